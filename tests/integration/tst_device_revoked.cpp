// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Revoked means wiped (issue 14, docs/security.md "A lost or stolen device"): IT revokes a
// kiosk, phone or staff tablet with the CLI; at its next sync the device reports what it still
// had queued to the server's conflict table (never applied), deletes every personal table and
// its token, and shows only "out of service" — also after a restart. A plain 401 wipes nothing.
#include "controllers/appcontext.h"
#include "controllers/startup.h"
#include "storage/devicewipe.h"
#include "storage/secretstore.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

// A device as main.cpp builds it: its data folder, database and sync client (token in a file
// beside the database), with the demo catalogue the server has too.
struct Device
{
    QTemporaryDir dir;
    AppServices services;
    QNetworkAccessManager network;
    std::unique_ptr<SyncClient> sync;

    bool open()
    {
        StartupOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        if (services.open(options).exitCode != ExitCode::Ok)
            return false;
        restartClient();
        return true;
    }
    void restartClient()
    {
        sync.reset();
        sync = std::make_unique<SyncClient>(&network, &services.database(), Fixtures::quickRounds(),
                                            [] { return QDateTime::currentDateTimeUtc(); }, [] { return 0.5; });
    }
    bool enroll(Server &server, const QString &kind)
    {
        QSignalSpy enrolled(sync.get(), &SyncClient::enrollFinished);
        if (!enrolled.isValid())
            return false;
        sync->enroll(QUrl(server.url()), server.enrollCode(kind, u"wielewaal-buurthuis"_s));
        return enrolled.wait(20000) && enrolled.at(0).at(0).toBool() && Fixtures::syncRound(*sync);
    }
    int rows(const QString &table)
    {
        QSqlQuery q(services.database().connection());
        // Names from DeviceWipe's constant lists.
        return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
    }
};

AppMode modeOf(const QString &kind)
{
    return kind == u"kiosk"_s ? AppMode::Kiosk : kind == u"phone"_s ? AppMode::Phone : AppMode::Staff;
}

// A new tenant signs up for a language buddy, as the registration pages do it; false when the
// form refused.
bool signUpNewTenant(RegistrationController *form, const QString &givenName)
{
    if (!form->begin(u"wlw-taal-01"_s))
        return false;
    form->setField(u"givenName"_s, givenName);
    form->setField(u"familyName"_s, u"Yılmaz"_s);
    form->setField(u"phone"_s, u"06 12345678"_s);
    form->setField(u"postcode"_s, u"3083bk"_s);
    form->setField(u"houseNumber"_s, u"12"_s);
    form->setField(u"birthDay"_s, u"3"_s);
    form->setField(u"birthMonth"_s, u"4"_s);
    form->setField(u"birthYear"_s, u"1985"_s);
    return form->submit();
}

} // namespace

class TestDeviceRevoked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"revoked"_s));
        const QString catalogue = qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/demo/catalogue.json"_s;
        QCOMPARE(m_server->cli({u"import-catalogue"_s, catalogue}).exitCode, 0);
        QVERIFY(m_server->start());
    }

    void revokedDeviceReportsWipesAndStaysOutOfService_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("kiosk") << u"kiosk"_s;
        QTest::newRow("phone") << u"phone"_s;
        QTest::newRow("staff tablet") << u"staff"_s;
    }

    void revokedDeviceReportsWipesAndStaysOutOfService()
    {
        QFETCH(QString, kind);
        const QString canary = u"Kanarie"_s + kind;

        if (kind == u"staff"_s) {
            // The tablet's site has a tenant (registered at a kiosk) whom it pulls.
            Device kiosk;
            QVERIFY(kiosk.open());
            QVERIFY(kiosk.enroll(*m_server, u"kiosk"_s));
            AppContext kioskContext(AppMode::Kiosk, kiosk.services);
            QVERIFY(signUpNewTenant(kioskContext.registration(), canary + u"Gezien"_s));
            QVERIFY(Fixtures::syncUntilDrained(*kiosk.sync));
        }

        Device device;
        QVERIFY(device.open());
        QVERIFY(device.enroll(*m_server, kind));
        const QString deviceId = device.sync->deviceId();
        const QString dbPath = device.services.database().path();
        QVERIFY(!FileSecretStore(dbPath).read(u"token"_s).value_or(QByteArray()).isEmpty());
        if (kind == u"staff"_s)
            QVERIFY(device.rows(u"staff_person"_s) > 0 || device.rows(u"staff_signup"_s) > 0);

        // One app context at a time (it is the QML singleton): this one goes before the restart.
        auto context = std::make_unique<AppContext>(modeOf(kind), device.services);
        context->watchRevocation(device.sync.get());
        QVERIFY(!context->isOutOfService());
        QSignalSpy outOfService(context.get(), &AppContext::outOfServiceChanged);
        QVERIFY(outOfService.isValid());

        // Queued, not sent yet (no round started by the save): a registration and a sign-up.
        QVERIFY(signUpNewTenant(context->registration(), canary));
        device.sync->refreshPendingCount();
        const int queued = device.sync->pendingCount();
        QVERIFY(queued >= 2);
        QVERIFY(device.rows(u"person"_s) > 0);

        QCOMPARE(m_server->cli({u"revoke"_s, deviceId}).exitCode, 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"device revoked: personal data deleted; %1 queued mutations "
                                                              "reported to the server, 0 dropped unsent"_s.arg(queued)));
        QVERIFY(!Fixtures::syncRound(*device.sync));

        // The device: out of service, no token, nothing personal left.
        QVERIFY(device.sync->isRevoked());
        QVERIFY(!device.sync->isEnrolled());
        QCOMPARE(device.sync->pendingCount(), 0);
        QCOMPARE(outOfService.count(), 1);
        QVERIFY(context->isOutOfService());
        QVERIFY(context->registration()->field(u"givenName"_s).isEmpty()); // the form forgot the tenant
        QVERIFY(FileSecretStore(dbPath).read(u"token"_s).value_or(QByteArray()).isEmpty());
        for (const QString &table : DeviceWipe::wipedTables())
            QVERIFY2(device.rows(table) == (table == u"sync_state"_s ? 1 : 0), qPrintable(table));
        QVERIFY(device.rows(u"opportunity"_s) > 0); // the catalogue is public and stays

        // The server: what was queued sits in its conflict table for staff, never applied.
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM conflict WHERE device_id = ? AND reason = 'device-revoked'"_s,
                                 {deviceId}),
                 qint64(queued));
        QCOMPARE(m_server->count(u"SELECT COUNT(*) FROM person WHERE data LIKE ?"_s, {QString(u'%' + canary + u"\"%"_s)}),
                 qint64(0));

        // No round starts again, and after a restart the device is still only out of service.
        QSignalSpy stateChanged(device.sync.get(), &SyncClient::stateChanged);
        QVERIFY(stateChanged.isValid());
        device.sync->syncNow();
        QCOMPARE(stateChanged.count(), 0);
        context.reset();
        device.restartClient();
        QVERIFY(device.sync->isRevoked());
        QVERIFY(!device.sync->isEnrolled());
        AppContext restarted(modeOf(kind), device.services);
        restarted.watchRevocation(device.sync.get());
        QVERIFY(restarted.isOutOfService());
    }

    // Only the server's "revoked" wipes: a token the server does not know (a restored backup, a
    // proxy's 401) keeps the queue and the tenant, and the device tries again later.
    void unknownTokenKeepsEverything()
    {
        Device device;
        QVERIFY(device.open());
        QVERIFY(device.enroll(*m_server, u"kiosk"_s));
        AppContext context(AppMode::Kiosk, device.services);
        context.watchRevocation(device.sync.get());
        QVERIFY(signUpNewTenant(context.registration(), u"Kanariebewaard"_s));
        QVERIFY(FileSecretStore(device.services.database().path()).write(u"token"_s, "not-a-token-of-this-server"));
        device.restartClient();
        device.sync->refreshPendingCount();
        const int queued = device.sync->pendingCount();
        QVERIFY(queued >= 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"server refused the request: 401"_s));
        QVERIFY(!Fixtures::syncRound(*device.sync));
        QVERIFY(!device.sync->isRevoked());
        QVERIFY(device.sync->isEnrolled());
        QCOMPARE(device.sync->pendingCount(), queued);
        QVERIFY(device.rows(u"person"_s) > 0);
        QVERIFY(!context.isOutOfService());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
};

QTEST_MAIN(TestDeviceRevoked)
#include "tst_device_revoked.moc"
