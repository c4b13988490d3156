// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Devices IT can watch (docs/operations.md, "Watching devices"), against the real server
// process: what a push and a pull report (app version, queue, oldest queued age) reaches
// `meedoen-server devices`; a device not seen for more than --quiet-hours is quiet there and
// in the staff tablet's GET /v1/staff/kiosks, which shows only the tablet's own site's kiosks.
// Time moves through MEEDOEN_SERVER_TEST_CLOCK_FILE, never by waiting. SQLite by default;
// with MEEDOEN_TEST_PG=1 (under pg_virtualenv) on PostgreSQL.

#include "storage/database.h"
#include "sync/syncclient.h"

#include "common/enrolleddevice.h"
#include "common/serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;

QJsonObject report(const QString &version, int queue, int oldestSeconds)
{
    return {{u"appVersion"_s, version}, {u"queueLength"_s, queue}, {u"oldestQueuedSeconds"_s, oldestSeconds}};
}

} // namespace

class TestDeviceWatch : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestDeviceWatch() : ServerHarness(u"watch"_s) {}

private:
    QString m_clockFile;

    void setClock(const QDateTime &t)
    {
        QFile f(m_clockFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(t.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    }

    Reply pullWith(const QByteArray &token, const QJsonObject &deviceReport = {})
    {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"10"_s);
        for (auto it = deviceReport.begin(); it != deviceReport.end(); ++it)
            query.addQueryItem(it.key(), it.value().isString() ? it.value().toString()
                                                               : QString::number(it.value().toInteger()));
        return get(u"/v1/pull?"_s + query.toString(QUrl::FullyEncoded), token);
    }

    // `devices --json`: the devices by id.
    QHash<QString, QJsonObject> devicesJson(const QStringList &extra = {})
    {
        const CliResult r = cli(QStringList{u"devices"_s, u"--json"_s, u"--db"_s, m_db} + extra);
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(u"devices"_s).toArray())
            byId.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        return byId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(prepare());
        QCoreApplication::setApplicationVersion(u"2.0.1"_s);
        m_clockFile = m_dir.filePath(u"clock"_s);
    }

    void init()
    {
        QFile::remove(m_clockFile);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MEEDOEN_SERVER_TEST_CLOCK_FILE"_s, m_clockFile);
        QVERIFY(startFresh(writeSmallCatalogue(), {u"--quiet-hours"_s, u"24"_s}, env));
    }

    void cleanup() { stopServer(); }

    // What a push and a pull carry reaches `devices`; an older app without a report is still
    // accepted, counts as seen and keeps the last report.
    void reportsReachDevices()
    {
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        QVERIFY(!kiosk.token.isEmpty() && !phone.token.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setClock(now.addSecs(-600));

        const Reply pushed = post(u"/v1/push"_s,
                                  {{u"mutations"_s, QJsonArray()}, {u"device"_s, report(u"1.2.0"_s, 3, 5400)}},
                                  kiosk.token);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pullWith(phone.token, report(u"1.1.9~rc1"_s, 0, 0)).status, 200);

        setClock(now);
        auto devices = devicesJson();
        QCOMPARE(devices.size(), 2);
        const QJsonObject k = devices.value(kiosk.deviceId);
        QCOMPARE(k.value(u"kind"_s).toString(), u"kiosk"_s);
        QCOMPARE(k.value(u"site"_s).toString(), u"site-a"_s);
        QCOMPARE(k.value(u"appVersion"_s).toString(), u"1.2.0"_s);
        QCOMPARE(k.value(u"queueLength"_s).toInt(), 3);
        // Reported 5400 s ten minutes ago: it has waited 6000 s by now (the CLI's real clock).
        QVERIFY2(qAbs(k.value(u"oldestQueuedSeconds"_s).toInt() - 6000) < 60, qPrintable(QString::number(k.value(u"oldestQueuedSeconds"_s).toInt())));
        QVERIFY(!k.value(u"quiet"_s).toBool());
        QVERIFY(!k.value(u"revoked"_s).toBool());
        const QJsonObject p = devices.value(phone.deviceId);
        QCOMPARE(p.value(u"appVersion"_s).toString(), u"1.1.9~rc1"_s);
        QCOMPARE(p.value(u"queueLength"_s).toInt(), 0);
        QCOMPARE(p.value(u"oldestQueuedSeconds"_s).toInt(), 0);

        // An older app: no report; last seen moves on, the last report stays.
        const QDateTime later = now.addSecs(3600);
        setClock(later);
        QCOMPARE(pullWith(kiosk.token).status, 200);
        QCOMPARE(post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray()}}, phone.token).status, 200);
        devices = devicesJson();
        QCOMPARE(QDateTime::fromString(devices.value(kiosk.deviceId).value(u"lastSeen"_s).toString(), Qt::ISODateWithMs),
                 later);
        QCOMPARE(devices.value(kiosk.deviceId).value(u"appVersion"_s).toString(), u"1.2.0"_s);
        QCOMPARE(QDateTime::fromString(devices.value(phone.deviceId).value(u"lastSeen"_s).toString(), Qt::ISODateWithMs),
                 later);

        // Columns for people: a header and one row per device with its version and queue.
        const CliResult table = cli({u"devices"_s, u"--db"_s, m_db});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"DEVICE"_s));
        const QString kioskLine = lines.at(1).contains(kiosk.deviceId) ? lines.at(1) : lines.at(2);
        QVERIFY2(kioskLine.contains(u" kiosk "_s) && kioskLine.contains(u" 1.2.0 "_s) && kioskLine.contains(u" 3 "_s)
                     && kioskLine.endsWith(u"ok"_s),
                 qPrintable(kioskLine));
    }

    // The device's own sync client reports its version and its queue with every round.
    void syncClientReports()
    {
        auto device = Fixtures::enrolledDevice(m_nam, m_serve, m_dir.filePath(u"kiosk-%1.db"_s.arg(m_dbCounter)),
                                               u"kiosk"_s, u"site-a"_s);
        QVERIFY(device);
        const QJsonObject listed = devicesJson().value(device->client->deviceId());
        QCOMPARE(listed.value(u"appVersion"_s).toString(), u"2.0.1"_s);
        QCOMPARE(listed.value(u"queueLength"_s).toInt(), 0);
        QVERIFY(!listed.value(u"lastSeen"_s).isNull());
        QVERIFY(!listed.value(u"quiet"_s).toBool());
    }

    // A report is bounded like every field: the request is refused, naming it, and nothing
    // of it is kept.
    void badReportsAreRefused_data()
    {
        QTest::addColumn<bool>("push");
        QTest::addColumn<QJsonObject>("deviceReport");
        QTest::addColumn<QString>("field");
        QTest::newRow("push: version with a space") << true << report(u"1.0 beta"_s, 0, 0) << u"device.appVersion"_s;
        QTest::newRow("push: negative queue") << true << report(u"1.0"_s, -1, 0) << u"device.queueLength"_s;
        QTest::newRow("push: unknown field") << true
                                             << QJsonObject{{u"appVersion"_s, u"1.0"_s}, {u"queueLength"_s, 0},
                                                            {u"oldestQueuedSeconds"_s, 0}, {u"owner"_s, u"x"_s}}
                                             << u"device.owner"_s;
        QTest::newRow("pull: queue over the bound") << false << report(u"1.0"_s, 2000000, 0) << u"queueLength"_s;
        QTest::newRow("pull: version alone") << false << QJsonObject{{u"appVersion"_s, u"1.0"_s}} << u"appVersion"_s;
    }

    void badReportsAreRefused()
    {
        QFETCH(bool, push);
        QFETCH(QJsonObject, deviceReport);
        QFETCH(QString, field);
        const Enrolled kiosk = enroll(u"kiosk"_s, u"site-a"_s);
        const Reply r = push ? post(u"/v1/push"_s, {{u"mutations"_s, QJsonArray()}, {u"device"_s, deviceReport}}, kiosk.token)
                             : pullWith(kiosk.token, deviceReport);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"field"_s).toString(), field);
        const QJsonObject listed = devicesJson().value(kiosk.deviceId);
        QVERIFY(listed.value(u"appVersion"_s).isNull());
        QVERIFY(listed.value(u"lastSeen"_s).isNull());
    }

    // Quiet: not seen for more than N hours. Revoked devices are marked, never quiet.
    void quietDevices()
    {
        const Enrolled old = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled fresh = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled revoked = enroll(u"kiosk"_s, u"site-a"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setClock(now.addSecs(-30 * 3600));
        QCOMPARE(pullWith(old.token, report(u"1.0"_s, 2, 60)).status, 200);
        QCOMPARE(pullWith(revoked.token).status, 200);
        setClock(now.addSecs(-60));
        QCOMPARE(pullWith(fresh.token, report(u"1.0"_s, 0, 0)).status, 200);
        QCOMPARE(cli({u"revoke"_s, revoked.deviceId, u"--db"_s, m_db}).exitCode, 0);

        auto devices = devicesJson();
        QVERIFY(devices.value(old.deviceId).value(u"quiet"_s).toBool());
        QVERIFY(!devices.value(fresh.deviceId).value(u"quiet"_s).toBool());
        QVERIFY(!devices.value(revoked.deviceId).value(u"quiet"_s).toBool());
        QVERIFY(devices.value(revoked.deviceId).value(u"revoked"_s).toBool());

        devices = devicesJson({u"--quiet-hours"_s, u"48"_s});
        QVERIFY(!devices.value(old.deviceId).value(u"quiet"_s).toBool());

        const CliResult table = cli({u"devices"_s, u"--quiet-hours"_s, u"12"_s, u"--db"_s, m_db});
        for (const QString &line : QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(old.deviceId))
                QVERIFY2(line.endsWith(u"quiet"_s) && line.contains(u"1d 06h"_s), qPrintable(line));
            else if (line.startsWith(revoked.deviceId))
                QVERIFY2(line.endsWith(u"revoked"_s), qPrintable(line));
            else if (line.startsWith(fresh.deviceId))
                QVERIFY2(line.endsWith(u"ok"_s), qPrintable(line));
        }
        QCOMPARE(cli({u"devices"_s, u"--quiet-hours"_s, u"0"_s, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(cli({u"devices"_s, u"--quiet-hours"_s, u"soon"_s, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(cli({u"sites"_s, u"--json"_s, u"--db"_s, m_db}).exitCode, 2);
    }

    // The staff tablet sees its own site's kiosks with the quiet ones marked: not phones, not
    // another site's kiosks, not revoked ones; only with a staff member signed in.
    void staffSeesQuietKiosks()
    {
        const Enrolled quiet = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled fine = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled never = enroll(u"kiosk"_s, u"site-a"_s);
        const Enrolled elsewhere = enroll(u"kiosk"_s, u"site-b"_s);
        const Enrolled phone = enroll(u"phone"_s, u"site-a"_s);
        const Enrolled tablet = enroll(u"staff"_s, u"site-a"_s);
        const CliResult added = cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Anna"_s, u"--login"_s,
                                     u"anna"_s, u"--role"_s, u"admin"_s, u"--db"_s, m_db},
                                    kPassword.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        setClock(now.addSecs(-26 * 3600));
        QCOMPARE(pullWith(quiet.token, report(u"1.0"_s, 4, 7200)).status, 200);
        QCOMPARE(pullWith(elsewhere.token).status, 200);
        setClock(now);
        QCOMPARE(pullWith(fine.token, report(u"1.0"_s, 0, 0)).status, 200);
        QCOMPARE(pullWith(phone.token).status, 200);
        // Enrolled 30 hours ago by the server's clock and never seen since: quiet as well.
        setClock(now.addSecs(-30 * 3600));
        const Enrolled silent = enroll(u"kiosk"_s, u"site-a"_s);
        setClock(now);

        QCOMPARE(get(u"/v1/staff/kiosks"_s, tablet.token).status, 401);
        QCOMPARE(get(u"/v1/staff/kiosks"_s, fine.token).status, 403);
        const Reply signedIn = post(u"/v1/staff/login"_s, {{u"login"_s, u"anna"_s}, {u"password"_s, kPassword}}, tablet.token);
        QCOMPARE(signedIn.status, 200);
        const QByteArray session = signedIn.json().value(u"sessionToken"_s).toString().toLatin1();
        QCOMPARE(get(u"/v1/staff/kiosks?site=site-b"_s, tablet.token, session).status, 400);

        const Reply r = get(u"/v1/staff/kiosks"_s, tablet.token, session);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(tablet.token) && !r.body.contains(session));
        QCOMPARE(r.json().value(u"quietHours"_s).toInt(), 24);
        QHash<QString, QJsonObject> kiosks;
        for (const QJsonValue &v : r.json().value(u"kiosks"_s).toArray())
            kiosks.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        QCOMPARE(kiosks.size(), 4);
        QVERIFY(!kiosks.contains(elsewhere.deviceId) && !kiosks.contains(phone.deviceId)
                && !kiosks.contains(tablet.deviceId));
        QVERIFY(kiosks.value(quiet.deviceId).value(u"quiet"_s).toBool());
        const QJsonObject quietReport = kiosks.value(quiet.deviceId).value(u"report"_s).toObject();
        QCOMPARE(quietReport.value(u"queueLength"_s).toInt(), 4);
        QCOMPARE(quietReport.value(u"oldestQueuedSeconds"_s).toInt(), 7200 + 26 * 3600);
        QVERIFY(!kiosks.value(fine.deviceId).value(u"quiet"_s).toBool());
        QVERIFY(!kiosks.value(never.deviceId).value(u"quiet"_s).toBool()); // enrolled just now
        QVERIFY(kiosks.value(silent.deviceId).value(u"quiet"_s).toBool());
        QVERIFY(!kiosks.value(silent.deviceId).contains(u"lastSeen"_s));

        QCOMPARE(cli({u"revoke"_s, quiet.deviceId, u"--db"_s, m_db}).exitCode, 0);
        const Reply afterRevoke = get(u"/v1/staff/kiosks"_s, tablet.token, session);
        QCOMPARE(afterRevoke.json().value(u"kiosks"_s).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDeviceWatch)
#include "tst_device_watch.moc"
