// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "controllers/staffpin.h"
#include "storage/staffrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The tablet's PIN: Argon2id hash only, exponential back-off after wrong PINs, at most
// 100 attempts an hour, per staff member, with a clock the test moves.
class TestStaffPin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;

    StaffPinGuard guard()
    {
        return StaffPinGuard(m_db->connection(), [this] { return m_now; }, StaffPinGuard::Cost::Minimum);
    }
    void addStaff(const QString &id)
    {
        StaffRepository::Account a;
        a.staffId = id;
        a.login = id;
        a.name = id;
        a.signedInAt = m_now;
        QVERIFY(StaffRepository(m_db->connection()).upsertAccount(a));
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"pin-%1.db"_s.arg(QDateTime::currentMSecsSinceEpoch()))), Database::Status::Open);
        m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        addStaff(u"fatma"_s);
        addStaff(u"pieter"_s);
    }
    void cleanup() { m_db.reset(); }

    void acceptablePins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("five digits") << u"24680"_s << true;
        QTest::newRow("twelve digits") << u"314159265358"_s << true;
        QTest::newRow("four digits") << u"2468"_s << false;
        QTest::newRow("thirteen") << u"3141592653589"_s << false;
        QTest::newRow("all same") << u"11111"_s << false;
        QTest::newRow("run up") << u"12345"_s << false;
        QTest::newRow("run down") << u"98765"_s << false;
        QTest::newRow("letters") << u"24a80"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void acceptablePins()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QCOMPARE(StaffPinGuard::isAcceptablePin(pin), ok);
    }

    void onlyTheArgon2idHashIsStored()
    {
        auto g = guard();
        QVERIFY(g.setPin(u"fatma"_s, u"24680"_s));
        const auto a = StaffRepository(m_db->connection()).account(u"fatma"_s);
        QVERIFY(a);
        QVERIFY(a->pinHash.startsWith(u"$argon2id$"_s));
        QVERIFY(!a->pinHash.contains(u"24680"_s));
        QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Unlocked);
        QCOMPARE(g.check(u"fatma"_s, u"24681"_s).result, StaffPinGuard::Result::WrongPin);
        // Each staff member has their own PIN.
        QCOMPARE(g.check(u"pieter"_s, u"24680"_s).result, StaffPinGuard::Result::NoPin);
        QCOMPARE(g.check(u"nobody"_s, u"24680"_s).result, StaffPinGuard::Result::UnknownStaff);
    }

    void backoffDoublesAfterThreeFreeMistakes()
    {
        auto g = guard();
        QVERIFY(g.setPin(u"fatma"_s, u"24680"_s));
        // Three free mistakes.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(g.check(u"fatma"_s, u"00000"_s).result, StaffPinGuard::Result::WrongPin);
        }
        QCOMPARE(g.secondsUntilAllowed(u"fatma"_s), 1);
        // Then even the right PIN must wait: 1, 2, 4, 8 … seconds after the last mistake.
        int expected = 1;
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Wait);
            m_now = m_now.addSecs(expected - 1);
            QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Wait);
            m_now = m_now.addSecs(1);
            const auto wrong = g.check(u"fatma"_s, u"00000"_s);
            QCOMPARE(wrong.result, StaffPinGuard::Result::WrongPin);
            expected *= 2;
            QCOMPARE(wrong.retryAfterSeconds, expected);
        }
        // A colleague on the same tablet is not slowed down.
        QVERIFY(g.setPin(u"pieter"_s, u"13579"_s));
        QCOMPARE(g.check(u"pieter"_s, u"13579"_s).result, StaffPinGuard::Result::Unlocked);
        // After waiting, the right PIN unlocks and forgives the mistakes.
        m_now = m_now.addSecs(expected);
        QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Unlocked);
        QCOMPARE(g.secondsUntilAllowed(u"fatma"_s), 0);
        QCOMPARE(g.check(u"fatma"_s, u"00000"_s).result, StaffPinGuard::Result::WrongPin);
        QCOMPARE(g.secondsUntilAllowed(u"fatma"_s), 0);
    }

    void backoffStopsGrowingAtFifteenMinutes()
    {
        auto g = guard();
        QVERIFY(g.setPin(u"fatma"_s, u"24680"_s));
        int last = 0;
        for (int i = 0; i < 20; ++i) {
            m_now = m_now.addSecs(g.secondsUntilAllowed(u"fatma"_s));
            last = g.check(u"fatma"_s, u"00000"_s).retryAfterSeconds;
        }
        QCOMPARE(last, 15 * 60);
        // Never locked for good: after the wait the right PIN works.
        m_now = m_now.addSecs(last);
        QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Unlocked);
    }

    void atMostHundredAttemptsAnHour()
    {
        auto g = guard();
        QVERIFY(g.setPin(u"fatma"_s, u"24680"_s));
        // Right PINs do not wait, but count: 100 in an hour, then the 101st waits.
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Unlocked);
            m_now = m_now.addSecs(20);
        }
        QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Wait);
        // An hour after the first attempts, room again.
        m_now = m_now.addSecs(60 * 60 - 100 * 20 + 21);
        QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Unlocked);
    }

    void countersSurviveARestart()
    {
        {
            auto g = guard();
            QVERIFY(g.setPin(u"fatma"_s, u"24680"_s));
            for (int i = 0; i < 5; ++i) {
                m_now = m_now.addSecs(g.secondsUntilAllowed(u"fatma"_s));
                g.check(u"fatma"_s, u"00000"_s);
            }
        }
        const QString path = m_db->path();
        m_db.reset();
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(path), Database::Status::Open);
        auto g = guard();
        QCOMPARE(g.secondsUntilAllowed(u"fatma"_s), 4);
        QCOMPARE(g.check(u"fatma"_s, u"24680"_s).result, StaffPinGuard::Result::Wait);
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
