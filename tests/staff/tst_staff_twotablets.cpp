// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "personalcode.h"
#include "registrationrepository.h"
#include "staffcontroller.h"
#include "syncclient.h"
#include "syncfixture.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

// Two staff tablets (each its own database, sync client and StaffController) against the
// real meedoen-server: both decide on the same application while offline — the later one
// lands in the conflict list and changes nothing; an erasure on one tablet reaches the
// other. SQLite by default; MEEDOEN_TEST_PG=1 under pg_virtualenv for PostgreSQL.
class TestStaffTwoTablets : public QObject
{
    Q_OBJECT

    struct Device
    {
        Database db;
        std::unique_ptr<SyncClient> client;
        std::unique_ptr<StaffController> staff;
    };

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Server> m_server;
    int m_devices = 0;
    const QString m_password = u"correct horse battery"_s;
    const QString m_pin = u"24680"_s;

    static SyncClient::Options options()
    {
        SyncClient::Options o;
        o.schedule.baseDelayMs = 20;
        o.schedule.maxDelayMs = 400;
        o.schedule.maxAttempts = 100000;
        o.periodicIntervalMs = 0;
        o.watchNetwork = false;
        return o;
    }

    std::unique_ptr<Device> device(const QString &kind)
    {
        auto d = std::make_unique<Device>();
        if (d->db.open(m_dir.filePath(u"device-%1.db"_s.arg(++m_devices))) != Database::Status::Open)
            return nullptr;
        d->client = std::make_unique<SyncClient>(&m_nam, &d->db, options(), [] { return QDateTime::currentDateTimeUtc(); },
                                                 [] { return 0.5; });
        QSignalSpy enrolled(d->client.get(), &SyncClient::enrollFinished);
        d->client->enroll(QUrl(m_server->url()), m_server->enrollCode(kind, u"site-a"_s));
        if (!enrolled.wait(20000) || !enrolled.first().at(0).toBool())
            return nullptr;
        QSignalSpy round(d->client.get(), &SyncClient::roundFinished);
        round.wait(20000);
        if (kind == "staff"_L1)
            d->staff = std::make_unique<StaffController>(&d->db, d->client.get(), [] { return QDateTime::currentDateTimeUtc(); },
                                                         StaffPinGuard::Cost::Minimum);
        return d;
    }

    static bool sync(Device &d)
    {
        QSignalSpy round(d.client.get(), &SyncClient::roundFinished);
        d.client->syncNow();
        return round.wait(20000) && round.last().at(0).toBool();
    }

    static QString submit(Device &d, const QString &opportunity, const QString &givenName)
    {
        RegistrationRepository repo(d.db.connection());
        Submission s;
        s.newPerson = SyncFixture::person(givenName);
        s.consents = {ConsentRecord{s.newPerson->id, u"contact"_s, u"2026-11-01"_s, QDateTime::currentDateTimeUtc(), {}}};
        Signup signup;
        signup.id = SyncFixture::uuid();
        signup.personId = s.newPerson->id;
        signup.opportunityId = opportunity;
        signup.referenceCode = generateReferenceCode(*QRandomGenerator::global());
        s.signup = signup;
        return repo.submit(s, QDateTime::currentDateTimeUtc()) ? signup.id : QString();
    }

    bool addStaff(const QString &login, const QString &name)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(SyncFixture::serverBinary(MEEDOEN_SERVER_PATH),
                {u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, name, u"--login"_s, login, u"--db"_s, m_server->db()});
        p.write(m_password.toUtf8() + '\n');
        p.closeWriteChannel();
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    // Online sign-in, then a PIN of their own.
    bool signIn(Device &d, const QString &login)
    {
        QSignalSpy stage(d.staff.get(), &StaffController::stageChanged);
        d.staff->login(login, m_password);
        if (!stage.wait(20000) || d.staff->stage() != StaffController::Stage::ChoosePin)
            return false;
        return d.staff->choosePin(m_pin, m_pin);
    }

    static QVariantMap signupOf(Device &d, const QString &opportunity, const QString &signupId)
    {
        for (const QVariant &v : d.staff->signupsFor(opportunity)) {
            if (v.toMap().value(u"signupId"_s).toString() == signupId)
                return v.toMap();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_server = std::make_unique<Server>(SyncFixture::serverBinary(MEEDOEN_SERVER_PATH), m_dir.path());
        QVERIFY(m_server->createDatabase(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(m_server->importCatalogue(1));
        QVERIFY(m_server->start());
        QVERIFY(addStaff(u"anna"_s, u"Anna de Boer"_s));
        QVERIFY(addStaff(u"bert"_s, u"Bert Smit"_s));
    }

    void cleanup() { m_server.reset(); }

    void signInFailsWithAWrongPassword()
    {
        auto tablet = device(u"staff"_s);
        QVERIFY(tablet);
        QSignalSpy message(tablet->staff.get(), &StaffController::messageChanged);
        tablet->staff->login(u"anna"_s, u"wrong password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tablet->staff->busy(), 20000);
        QCOMPARE(tablet->staff->stage(), StaffController::Stage::SignIn);
        QVERIFY(tablet->staff->message().contains(u"klopt niet"_s));
        // A kiosk cannot be used to sign staff in.
        auto kiosk = device(u"kiosk"_s);
        QVERIFY(kiosk);
        StaffController kioskStaff(&kiosk->db, kiosk->client.get(), [] { return QDateTime::currentDateTimeUtc(); });
        kioskStaff.login(u"anna"_s, m_password);
        QCOMPARE(kioskStaff.stage(), StaffController::Stage::SignIn);
        QVERIFY(!kioskStaff.message().isEmpty());
    }

    void twoTabletsDecideTheSameApplicationOffline()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet1 = device(u"staff"_s);
        auto tablet2 = device(u"staff"_s);
        QVERIFY(kiosk && tablet1 && tablet2);
        const QString first = submit(*kiosk, u"race"_s, u"Een"_s);
        const QString second = submit(*kiosk, u"race"_s, u"Twee"_s);
        QVERIFY(sync(*kiosk));
        QVERIFY(signIn(*tablet1, u"anna"_s));
        QVERIFY(signIn(*tablet2, u"bert"_s));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        QCOMPARE(signupOf(*tablet1, u"race"_s, second).value(u"state"_s).toString(), u"waitlisted"_s);
        QCOMPARE(signupOf(*tablet2, u"race"_s, second).value(u"version"_s).toInt(), 1);
        QCOMPARE(signupOf(*tablet2, u"race"_s, first).value(u"name"_s).toString(), u"Een Yılmaz"_s);

        // Offline (no sync in between), both decide on the same waitlisted application.
        QVERIFY(tablet1->staff->decide(second, u"decline"_s, u"Past niet bij de eisen"_s, {}, u"Helaas."_s));
        QVERIFY(tablet2->staff->decide(second, u"decline"_s, u"Anders"_s, u"dubbel"_s, u"Sorry."_s));
        QCOMPARE(tablet2->client->pendingCount(), 1);

        // Tablet 1 comes online first: its decision stands.
        QVERIFY(sync(*tablet1));
        QCOMPARE(signupOf(*tablet1, u"race"_s, second).value(u"state"_s).toString(), u"declined"_s);
        // Tablet 2's decision was on version 1: a conflict, acknowledged (the queue goes on).
        QVERIFY(sync(*tablet2));
        QCOMPARE(tablet2->client->pendingCount(), 0);
        const QVariantList conflicts = tablet2->staff->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toMap().value(u"signupId"_s).toString(), second);
        QCOMPARE(conflicts.at(0).toMap().value(u"seenVersion"_s).toInt(), 1);
        QCOMPARE(conflicts.at(0).toMap().value(u"currentState"_s).toString(), u"declined"_s);
        QCOMPARE(signupOf(*tablet2, u"race"_s, second).value(u"state"_s).toString(), u"declined"_s);
        // The other tablet learns of the conflict on its next pull; nothing was overwritten.
        QVERIFY(sync(*tablet1));
        QCOMPARE(tablet1->staff->conflicts().size(), 1);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM decision WHERE status = 'conflict'"_s), 1);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM decision WHERE status = 'decided'"_s), 1);

        // Who decided is in the audit trail of both tablets.
        bool seenDecision = false;
        for (const QVariant &v : tablet2->staff->audit())
            seenDecision = seenDecision || (v.toMap().value(u"action"_s).toString() == u"decision"_s
                                            && !v.toMap().value(u"onDevice"_s).toBool());
        QVERIFY(seenDecision);
    }

    void erasureReachesTheSecondTablet()
    {
        auto kiosk = device(u"kiosk"_s);
        auto tablet1 = device(u"staff"_s);
        auto tablet2 = device(u"staff"_s);
        QVERIFY(kiosk && tablet1 && tablet2);
        const QString first = submit(*kiosk, u"race"_s, u"Wis"_s);
        const QString second = submit(*kiosk, u"race"_s, u"Blijf"_s);
        QVERIFY(sync(*kiosk));
        QVERIFY(signIn(*tablet1, u"anna"_s));
        QVERIFY(signIn(*tablet2, u"bert"_s));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        const QString personId = signupOf(*tablet2, u"race"_s, first).value(u"personId"_s).toString();
        QVERIFY(!personId.isEmpty());
        QCOMPARE(tablet2->staff->person(personId).value(u"name"_s).toString(), u"Wis Yılmaz"_s);

        QVERIFY(!tablet1->staff->erasePerson(personId, u"13579"_s));
        QVERIFY(tablet1->staff->erasePerson(personId, m_pin));
        QVERIFY(sync(*tablet1));
        QVERIFY(sync(*tablet2));
        // Gone from the second tablet; their place went to the waitlist.
        const QVariantMap erased = tablet2->staff->person(personId);
        QVERIFY(erased.isEmpty() || erased.value(u"erased"_s).toBool());
        QVERIFY(erased.value(u"name"_s).toString().isEmpty());
        for (const QVariant &v : tablet2->staff->persons({}))
            QVERIFY(v.toMap().value(u"personId"_s).toString() != personId);
        QCOMPARE(signupOf(*tablet2, u"race"_s, second).value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(signupOf(*tablet2, u"race"_s, first).value(u"state"_s).toString(), u"withdrawn"_s);
    }
};

QTEST_MAIN(TestStaffTwoTablets)
#include "tst_staff_twotablets.moc"
