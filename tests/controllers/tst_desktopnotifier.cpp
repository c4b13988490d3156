// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/desktopnotifier.h"
#include "controllers/phoneinbox.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/registrationrepository.h"
#include "common/storagefixtures.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// A notification service as a desktop runs it, on the test's own bus: it keeps what it is asked
// to show.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString appName;
        QString summary;
        QString body;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        shown.append({appName, summary, body});
        return uint(shown.size());
    }
};

// The phone's inbox on the desktop: each new item once as a notification with its sentence
// where a notification service runs (a private dbus-daemon here), nothing broken where none does.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    int m_n = 0;

    // A tenant whose sign-up staff just declined with a message (one inbox item).
    static void declined(Database &db, const Person &p, int n, qint64 version)
    {
        RegistrationRepository registrations(db.connection());
        QVERIFY(registrations.keepPulledPerson(p));
        Signup before = StorageFixtures::signup(n, p.id);
        before.state = SignupState::Pending;
        Signup after = before;
        after.state = SignupState::Declined;
        after.declineReason = u"staff-decision"_s;
        after.messageToTenant = u"Helaas."_s;
        after.serverVersion = version;
        after.stateAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        QVERIFY(InboxRepository(db.connection()).notePulledSignup(before, after, StorageFixtures::fixedNow()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            return; // the bus tests skip; the no-bus tests still run
        m_daemon.setProgram(daemon);
        m_daemon.setArguments({u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        m_daemon.start();
        QVERIFY(m_daemon.waitForStarted());
        while (!m_daemon.canReadLine())
            QVERIFY(m_daemon.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(u"service"_s);
        QDBusConnection::disconnectFromBus(u"app"_s);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished();
        }
    }

    void notifyArrivesWithTheSentenceOnce()
    {
        if (m_address.isEmpty())
            QSKIP("dbus-daemon is not installed (scripts/setup-deps.sh installs it)");
        QDBusConnection service = QDBusConnection::connectToBus(m_address, u"service"_s);
        QVERIFY(service.isConnected());
        FakeNotifications fake;
        QVERIFY(service.registerObject(u"/org/freedesktop/Notifications"_s, &fake, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(u"org.freedesktop.Notifications"_s));

        DesktopNotifier notifier(QDBusConnection::connectToBus(m_address, u"app"_s));
        QVERIFY(notifier.hasBus());
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        QVERIFY(delivered.isValid());
        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"n%1.db"_s.arg(++m_n))), Database::Status::Open);
        const Person p = StorageFixtures::person(1);
        declined(db, p, 1, 5);
        PhoneInbox inbox(db.connection());
        inbox.setNotifier(&notifier);
        inbox.setPersonId(p.id);
        QTRY_COMPARE(fake.shown.size(), 1);
        QCOMPARE(fake.shown.at(0).appName, u"Meedoen"_s);
        QCOMPARE(fake.shown.at(0).body, u"Een medewerker heeft je aanmelding op vrijdag 4 december 2026 afgewezen."_s);
        // The sentence only: not the tenant's name, not the staff member's words.
        QVERIFY(!fake.shown.at(0).summary.contains(p.givenName));
        QVERIFY(!fake.shown.at(0).body.contains(u"Helaas"_s));
        QTRY_COMPARE(delivered.size(), 1);

        // A later pull with one more item: only that one is announced (a bus keeps the order of
        // one sender's calls, so a repeat of the first would arrive before it).
        inbox.refresh();
        Signup before = StorageFixtures::signup(2, p.id);
        before.state = SignupState::Sent;
        QVERIFY(RegistrationRepository(db.connection()).keepPulledSignup(before));
        Signup confirmed = before;
        confirmed.state = SignupState::Confirmed;
        confirmed.serverVersion = 7;
        QVERIFY(InboxRepository(db.connection()).notePulledSignup(before, confirmed, StorageFixtures::fixedNow()));
        inbox.refresh();
        QTRY_COMPARE(fake.shown.size(), 2);
        QCOMPARE(fake.shown.at(1).body, u"Je hebt een plek."_s);
        QCOMPARE(inbox.unreadCount(), 2);
        QVERIFY(service.unregisterService(u"org.freedesktop.Notifications"_s));
        service.unregisterObject(u"/org/freedesktop/Notifications"_s);
    }

    void aBusWithoutTheServiceBreaksNothing()
    {
        if (m_address.isEmpty())
            QSKIP("dbus-daemon is not installed (scripts/setup-deps.sh installs it)");
        DesktopNotifier notifier(QDBusConnection::connectToBus(m_address, u"app"_s));
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        QVERIFY(failed.isValid());
        QVERIFY(notifier.notify(u"Meedoen"_s, u"Je hebt een plek."_s)); // sent; nobody answers it
        QTRY_COMPARE(failed.size(), 1);
        // Nobody owns the name, and it is not started for us (auto-start off).
        QCOMPARE(failed.at(0).at(0).toString(), u"org.freedesktop.DBus.Error.NameHasNoOwner"_s);
    }

    void withoutABusNothingBreaks()
    {
        // No session bus advertised (CI): nothing is started, nothing sent, the inbox still fills.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        DesktopNotifier notifier;
        QVERIFY(!notifier.hasBus());
        QVERIFY(!notifier.notify(u"Meedoen"_s, u"Je hebt een plek."_s));

        Database db;
        QCOMPARE(db.open(m_dir.filePath(u"n%1.db"_s.arg(++m_n))), Database::Status::Open);
        const Person p = StorageFixtures::person(3);
        declined(db, p, 3, 5);
        PhoneInbox inbox(db.connection());
        QSignalSpy unread(&inbox, &PhoneInbox::unreadCountChanged);
        QVERIFY(unread.isValid());
        inbox.setNotifier(&notifier);
        inbox.setPersonId(p.id);
        QCOMPARE(inbox.unreadCount(), 1);
        QCOMPARE(unread.size(), 1);
        QCOMPARE(InboxRepository(db.connection()).unnotified(p.id).size(), 0); // not tried again later
        QVERIFY(inbox.markAllRead());
        QCOMPARE(inbox.unreadCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
