// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inboxmodel.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/registrationrepository.h"
#include "common/storagefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// "Berichten": newest first, each item as the sentence the tenant reads with the staff
// member's words, the unread count, reading one or all.
class TestInboxModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A fresh phone database holding tenant p, as pulled; false when that failed.
    bool openWithTenant(Database &db, const Person &p)
    {
        return db.open(m_dir.filePath(u"m%1.db"_s.arg(++m_n))) == Database::Status::Open
            && RegistrationRepository(db.connection()).keepPulledPerson(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }

    void newestFirstReadAndUnread()
    {
        Database db;
        const Person p = StorageFixtures::person(1);
        QVERIFY(openWithTenant(db, p));
        InboxRepository repository(db.connection());
        Signup before = StorageFixtures::signup(1, p.id);
        before.state = SignupState::Pending;
        before.serverVersion = 3;
        Signup confirmed = before;
        confirmed.state = SignupState::Confirmed;
        confirmed.serverVersion = 5;
        confirmed.stateAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        QVERIFY(repository.notePulledSignup(before, confirmed, StorageFixtures::fixedNow()));
        Signup declined = before;
        declined.state = SignupState::Declined;
        declined.declineReason = u"staff-decision"_s;
        declined.messageToTenant = u"Helaas, de groep is vol."_s;
        declined.serverVersion = 9;
        declined.stateAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        QVERIFY(repository.notePulledSignup(confirmed, declined, StorageFixtures::fixedNow().addSecs(60)));
        // Not news: the same version again, and a sign-up first seen.
        QVERIFY(repository.notePulledSignup(confirmed, declined, StorageFixtures::fixedNow().addSecs(120)));
        QVERIFY(repository.notePulledSignup(std::nullopt, declined, StorageFixtures::fixedNow().addSecs(120)));

        InboxModel model(&repository);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&model, &InboxModel::unreadCountChanged);
        QVERIFY(unread.isValid());
        model.setPersonId(p.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(unread.size(), 1);
        const QModelIndex newest = model.index(0);
        QCOMPARE(newest.data(InboxModel::SentenceRole).toString(),
                 u"Een medewerker heeft je aanmelding op vrijdag 4 december 2026 afgewezen."_s);
        QCOMPARE(newest.data(InboxModel::MessageRole).toString(), u"Bericht van de medewerker: “Helaas, de groep is vol.”"_s);
        QCOMPARE(model.index(1).data(InboxModel::SentenceRole).toString(),
                 u"Je hebt een plek. Bevestigd op donderdag 3 december 2026."_s);
        QCOMPARE(model.index(1).data(InboxModel::MessageRole).toString(), QString());
        QCOMPARE(newest.data(InboxModel::ReadRole).toBool(), false);

        // Opened: read, here and after a restart; "alles gelezen" reads the rest.
        QVERIFY(model.markRead(newest.data(InboxModel::ItemIdRole).toString()));
        QCOMPARE(model.unreadCount(), 1);
        QCOMPARE(newest.data(InboxModel::ReadRole).toBool(), true);
        QCOMPARE(repository.unreadCount(p.id), 1);
        QVERIFY(!model.markRead(newest.data(InboxModel::ItemIdRole).toString())); // already read
        QVERIFY(model.markAllRead());
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(unread.size(), 3);
        model.refresh();
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(model.rowCount(), 2);

        // Another tenant (none): nothing shown.
        model.setPersonId({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sentenceFollowsTheLanguage()
    {
        Database db;
        const Person p = StorageFixtures::person(2);
        QVERIFY(openWithTenant(db, p));
        InboxRepository repository(db.connection());
        Signup before = StorageFixtures::signup(2, p.id);
        before.state = SignupState::Sent;
        Signup waitlisted = before;
        waitlisted.state = SignupState::Waitlisted;
        waitlisted.waitlistPosition = 2;
        waitlisted.serverVersion = 4;
        QVERIFY(repository.notePulledSignup(before, waitlisted, StorageFixtures::fixedNow()));
        InboxModel model(&repository);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPersonId(p.id);
        QCOMPARE(model.index(0).data(InboxModel::SentenceRole).toString(), u"Je staat op de wachtlijst, op nummer 2."_s);
        QTranslator english;
        QVERIFY(english.load(u":/i18n/meedoen_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.isValid());
        model.retranslate();
        QCOMPARE(changed.size(), 1);
        const QString sentence = model.index(0).data(InboxModel::SentenceRole).toString();
        QCoreApplication::removeTranslator(&english);
        QVERIFY2(!sentence.contains(u"wachtlijst"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(u'2'), qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
