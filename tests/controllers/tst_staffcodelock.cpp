// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/staffpersons.h"
#include "controllers/staffsession.h"
#include "storage/database.h"
#include "sync/staffapi.h"

#include "common/fakestaffapi.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
const QString kPerson = u"5b0e1c4a-2d3f-4e5a-8b6c-7d8e9f0a1b2c"_s;

} // namespace

// The person page's "Code op slot": the tablet asks the server whether the tenant's personal
// code is locked after wrong dates of birth, lifts it, and tells staff in words what happened
// (the server's side: tst_identify_guessing::staffUnlockFromTheTablet).
class TestStaffCodeLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeStaffApi> m_api;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<StaffPersons> m_persons;

    void signIn() { QVERIFY(m_api->signIn(*m_session, kNow)); }

    QString state() const { return m_persons->codeLock().value(u"state"_s).toString(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"codelock.db"_s)), Database::Status::Open);
        m_api = std::make_unique<FakeStaffApi>();
        m_session = std::make_unique<StaffSession>(m_db.get(), m_api.get(), nullptr, [] { return kNow; },
                                                   StaffPinGuard::Cost::Minimum);
        m_persons = std::make_unique<StaffPersons>(m_session.get(), m_api.get());
    }

    void cleanup()
    {
        m_persons.reset();
        m_session.reset();
        m_api.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(u"codelock.db"_s));
    }

    void lockedThenUnlocked()
    {
        signIn();
        m_persons->loadCodeLock(kPerson);
        QCOMPARE(state(), u"asking"_s);
        QCOMPARE(m_api->codeLockAsked.size(), 1);
        QVERIFY(!m_api->codeLockAsked.first().unlock);
        const QDateTime lockedAt = kNow.addSecs(-3 * 3600);
        m_api->codeLockAsked.takeFirst().done({200, Wire::CodeLockReply{kPerson, true, lockedAt, false}});
        QCOMPARE(state(), u"locked"_s);
        QCOMPARE(m_persons->codeLock().value(u"lockedAt"_s).toDateTime(), lockedAt);
        QCOMPARE(m_persons->codeLock().value(u"personId"_s).toString(), kPerson);

        m_persons->unlockCode(kPerson);
        QCOMPARE(m_api->codeLockAsked.size(), 1);
        QVERIFY(m_api->codeLockAsked.first().unlock);
        QVERIFY(m_persons->codeLock().value(u"busy"_s).toBool()); // the button waits
        m_api->codeLockAsked.takeFirst().done({200, Wire::CodeLockReply{kPerson, false, QDateTime(), true}});
        QCOMPARE(state(), u"open"_s);
        QVERIFY(!m_persons->codeLock().value(u"busy"_s).toBool());
        QVERIFY2(m_session->message().contains(u"weer open"_s), qPrintable(m_session->message()));

        // Lifted by a colleague in the meantime: said so, not claimed.
        m_persons->unlockCode(kPerson);
        m_api->codeLockAsked.takeFirst().done({200, Wire::CodeLockReply{kPerson, false, QDateTime(), false}});
        QVERIFY2(m_session->message().contains(u"niet op slot"_s), qPrintable(m_session->message()));
    }

    void offlineOrNotTheirs()
    {
        // Locked tablet (no staff member): nothing asked, and nothing claimed.
        m_persons->loadCodeLock(kPerson);
        QVERIFY(m_api->codeLockAsked.isEmpty());
        QCOMPARE(state(), u"offline"_s);
        m_persons->unlockCode(kPerson);
        QVERIFY(m_api->codeLockAsked.isEmpty());

        signIn();
        m_persons->loadCodeLock(kPerson);
        m_api->codeLockAsked.takeFirst().done({0, std::nullopt});
        QCOMPARE(state(), u"offline"_s);
        m_persons->loadCodeLock(kPerson);
        m_api->codeLockAsked.takeFirst().done({404, std::nullopt});
        QCOMPARE(state(), u"unknown"_s);
        // The server could not be reached when lifting it: the tablet says so.
        m_persons->unlockCode(kPerson);
        m_api->codeLockAsked.takeFirst().done({0, std::nullopt});
        QVERIFY2(m_session->message().contains(u"geen antwoord"_s), qPrintable(m_session->message()));
    }

    // A personal code's lock is intake's (protocol/staffroles.h): an administrator's or a
    // coordinator's tablet neither asks the server nor lifts it, and says why.
    void aRoleWithoutIntakeNeitherAsksNorLifts()
    {
        QVERIFY(m_api->signIn(*m_session, kNow, {u"coordinator"_s, u"admin"_s}));
        m_persons->loadCodeLock(kPerson);
        QVERIFY(m_api->codeLockAsked.isEmpty());
        QCOMPARE(state(), u"offline"_s);
        m_persons->unlockCode(kPerson);
        QVERIFY(m_api->codeLockAsked.isEmpty());
        QVERIFY2(m_session->message().contains(u"rol"_s), qPrintable(m_session->message()));
    }

    // Staff moved on to the next person before the answer came: it is not shown for them.
    void onlyTheLatestQuestionCounts()
    {
        signIn();
        const QString other = u"6c1f2d5b-3e4a-4f6b-9c7d-8e9fa0b1c2d3"_s;
        m_persons->loadCodeLock(kPerson);
        m_persons->loadCodeLock(other);
        QCOMPARE(m_api->codeLockAsked.size(), 2);
        m_api->codeLockAsked.takeFirst().done({200, Wire::CodeLockReply{kPerson, true, kNow, false}});
        QCOMPARE(m_persons->codeLock().value(u"personId"_s).toString(), other);
        QCOMPARE(state(), u"asking"_s);
        m_api->codeLockAsked.takeFirst().done({200, Wire::CodeLockReply{other, false, QDateTime(), false}});
        QCOMPARE(state(), u"open"_s);
    }
};

QTEST_GUILESS_MAIN(TestStaffCodeLock)
#include "tst_staffcodelock.moc"
