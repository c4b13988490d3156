// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/prometheustext.h"
#include "common/serverharness.h"
#include "common/tenants.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;

struct Device
{
    QString id;
    QByteArray token;
    qint64 nextSeq = 1;
};

} // namespace

// meedoen-server as IT runs it (docs/operations.md, "Running the server as a service"): the
// real process over HTTP, on SQLite and (MEEDOEN_TEST_PG=1) PostgreSQL. A health check, metrics
// a Prometheus can scrape that move with what devices do, refusals counted, who may read them,
// JSON log lines that name nobody, and a backup taken while serving that restores every record.
class TestServerService : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestServerService() : ServerHarness(u"service"_s) {}

private:
    Device enrollDevice(const QString &kind, const QString &site)
    {
        const Enrolled e = enroll(kind, site);
        return {e.deviceId, e.token};
    }

    Reply push(Device &d, const QList<QPair<QString, QJsonObject>> &mutations)
    {
        QJsonArray list;
        for (const auto &[kind, payload] : mutations)
            list.append(Fixtures::mutationJson(d.nextSeq++, kind, payload));
        return post(u"/v1/push"_s, {{u"mutations"_s, list}}, d.token);
    }

    // A kiosk at site-a; a tenant registers and signs up for "race" (5 places) and "open".
    Meedoen::Person registerTenant(Device &kiosk, const QString &given, const QString &family)
    {
        const Meedoen::Person p = Fixtures::person(given, family);
        const Reply r = push(kiosk, {{u"registration"_s, Fixtures::registrationPayload(p)},
                                     {u"signup"_s, Fixtures::signupPayload(p.id, u"race"_s)},
                                     {u"signup"_s, Fixtures::signupPayload(p.id, u"open"_s)}});
        if (r.status != 200)
            qWarning("push answered %d: %s", r.status, r.body.constData());
        return p;
    }

    PrometheusText::Parsed scrape(const QByteArray &token = {})
    {
        const Reply r = get(u"/metrics"_s, token);
        if (r.status != 200 || !r.contentType.startsWith("text/plain"))
            return {u"GET /metrics answered %1 (%2)"_s.arg(r.status).arg(QString::fromLatin1(r.contentType)), {}, {}};
        return PrometheusText::parse(r.body);
    }

    // Every row of every table of the SQLite database at `path`, by table, in a fixed order.
    static QMap<QString, QStringList> tableRows(const QString &path)
    {
        QMap<QString, QStringList> rows;
        const QString name = u"rows-"_s + path;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(path));
            for (const QString &table : db.tables(QSql::Tables)) {
                QSqlQuery q(db);
                // Table names come from the database itself, not from input.
                if (!q.exec(u"SELECT * FROM "_s + table))
                    qFatal("cannot read %s", qPrintable(table));
                QStringList &list = rows[table];
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i)
                        cells.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
                    list.append(cells.join(u'\x1f'));
                }
                list.sort();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", m_pg ? "PostgreSQL" : "SQLite");
    }

    void init()
    {
        freshDatabase();
        QVERIFY(m_serve.importCatalogue(5));
    }

    void cleanup() { stopServer(); }

    // A load balancer's or IT's check, without a token: up, and which schema.
    void healthz()
    {
        QVERIFY(startServer());
        const Reply r = get(u"/healthz"_s, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, "application/json"_ba);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(r.json().value(u"database"_s).toString(), u"reachable"_s);
        QCOMPARE(r.json().value(u"schemaVersion"_s).toInt(),
                 int(m_serve.count(u"SELECT MAX(version) FROM schema_migration"_s)));
        QVERIFY(r.json().contains(u"uptimeSeconds"_s));
    }

    // The figures move with what devices do, and nothing in them names a tenant.
    void metricsMoveWithRequests()
    {
        QVERIFY(startServer());
        const auto before = scrape();
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QCOMPARE(before.value(u"meedoen_push_duration_seconds_count"_s), 0.0);

        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        QVERIFY(!kiosk.token.isEmpty());
        enrollDevice(u"kiosk"_s, u"site-b"_s);
        const Device phone = enrollDevice(u"phone"_s, u"site-a"_s);
        QCOMPARE(get(u"/v1/pull"_s, phone.token).status, 200);
        const Meedoen::Person tenant = registerTenant(kiosk, u"Zeynep"_s, u"Karaçalı"_s);
        const Reply pulled = get(u"/v1/pull?limit=500"_s, kiosk.token);
        QCOMPARE(pulled.status, 200);
        const qsizetype rows = pulled.json().value(u"changes"_s).toArray().size();
        QVERIFY(rows > 0);
        QCOMPARE(get(u"/v1/pull"_s, "not-a-token"_ba).status, 401);

        const Reply page = get(u"/metrics"_s, {});
        const auto after = PrometheusText::parse(page.body);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.value(uR"(meedoen_http_requests_total{route="/v1/enroll",status="200"})"_s), 3.0);
        QCOMPARE(after.value(uR"(meedoen_http_requests_total{route="/v1/push",status="200"})"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_http_requests_total{route="/v1/pull",status="200"})"_s), 2.0);
        QCOMPARE(after.value(uR"(meedoen_http_requests_total{route="/v1/pull",status="401"})"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_http_requests_total{route="/metrics",status="200"})"_s), 1.0);
        QCOMPARE(after.value(u"meedoen_push_duration_seconds_count"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_push_duration_seconds_bucket{le="+Inf"})"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_mutations_total{kind="registration",outcome="accepted"})"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_mutations_total{kind="signup",outcome="confirmed"})"_s), 2.0);
        QVERIFY(after.value(u"meedoen_pull_rows_total"_s) >= double(rows));
        // When the kiosk last called, for an alert on quiet kiosks; no phone is listed.
        const QString seen = uR"(meedoen_device_last_seen_timestamp_seconds{device="%1",site="site-a",kind="kiosk"})"_s;
        QVERIFY(qAbs(after.value(seen.arg(kiosk.id)) - double(QDateTime::currentSecsSinceEpoch())) < 300);
        QVERIFY(!page.body.contains(phone.id.toUtf8()));
        QCOMPARE(after.value(uR"(meedoen_security_events_total{event="unauthorized"})"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_devices{site="site-a",kind="kiosk",state="active"})"_s), 1.0);
        QCOMPARE(after.value(uR"(meedoen_devices{site="site-b",kind="kiosk",state="active"})"_s), 1.0);
        QCOMPARE(after.value(u"meedoen_database_errors_total"_s), 0.0);
        for (const QString &personal : {tenant.givenName, tenant.familyName, tenant.personalCode, tenant.phone,
                                        tenant.address.postcode})
            QVERIFY2(personal.isEmpty() || !QString::fromUtf8(page.body).contains(personal), qPrintable(personal));

        // A revoked device is refused and counted.
        QCOMPARE(m_serve.cli({u"revoke"_s, kiosk.id}).exitCode, 0);
        QCOMPARE(get(u"/v1/pull"_s, kiosk.token).status, 401);
        const auto revoked = scrape();
        QCOMPARE(revoked.value(uR"(meedoen_devices{site="site-a",kind="kiosk",state="revoked"})"_s), 1.0);
        QCOMPARE(revoked.value(uR"(meedoen_http_requests_total{route="/v1/pull",status="401"})"_s), 2.0);
    }

    // Rate-limit refusals: the 429 and the security event, each counted once per refusal.
    void rateLimitRefusalsCounted()
    {
        QVERIFY(startServer({u"--rate-limit"_s, u"2"_s}));
        const Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        QCOMPARE(get(u"/v1/pull"_s, kiosk.token).status, 200);
        QCOMPARE(get(u"/v1/pull"_s, kiosk.token).status, 200);
        QCOMPARE(get(u"/v1/pull"_s, kiosk.token).status, 429);
        QCOMPARE(get(u"/v1/pull"_s, kiosk.token).status, 429);
        const auto parsed = scrape();
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.value(uR"(meedoen_http_requests_total{route="/v1/pull",status="429"})"_s), 2.0);
        QCOMPARE(parsed.value(uR"(meedoen_security_events_total{event="rate-limited"})"_s), 2.0);
    }

    // With --metrics-token-file every scraper sends the token, also one on loopback.
    void metricsToken()
    {
        const QString tokenFile = m_dir.filePath(u"metrics-token"_s);
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret-metrics-token-0123456789\n");
        f.close();
        QVERIFY(startServer({u"--metrics-token-file"_s, tokenFile}));
        QCOMPARE(get(u"/metrics"_s, {}).status, 401);
        QCOMPARE(get(u"/metrics"_s, "wrong-token-0123456789"_ba).status, 401);
        const auto parsed = scrape("s3cret-metrics-token-0123456789"_ba);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.value(uR"(meedoen_security_events_total{event="metrics-refused"})"_s), 2.0);
        // /healthz stays open: a load balancer has no token.
        QCOMPARE(get(u"/healthz"_s, {}).status, 200);
    }

    // Without a token, only this host reads the figures: a peer on the network gets 403.
    void metricsLoopbackOnlyWithoutToken()
    {
        QHostAddress lan;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
                lan = a;
                break;
            }
        }
        if (lan.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        QProcess serve;
        serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        serve.start(TestPaths::serverBinary(), {u"serve"_s, u"--db"_s, m_db, u"--listen"_s,
                                                lan.toString() + u":0"_s, u"--insecure-http"_s});
        QVERIFY(serve.waitForReadyRead(30000));
        const QByteArray line = serve.readLine().trimmed();
        const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
        QVERIFY2(port != 0, line.constData());
        const auto fetch = [&](const QString &path) {
            return finish(m_nam.get(QNetworkRequest(QUrl(u"http://%1:%2%3"_s.arg(lan.toString()).arg(port).arg(path)))));
        };
        QCOMPARE(fetch(u"/metrics"_s).status, 403);
        QCOMPARE(fetch(u"/healthz"_s).status, 200);
        serve.kill();
        serve.waitForFinished(10000);
    }

    // --log-format json: every line of the server's log is one JSON object with the five
    // keys, and none of them carries what tenants and staff typed.
    void jsonLogsNamenobody()
    {
        QProcess serve;
        m_port = SyncFixture::startServe(serve, TestPaths::serverBinary(), m_db, {u"--log-format"_s, u"json"_s},
                                         QProcessEnvironment::systemEnvironment(), QProcess::SeparateChannels);
        QVERIFY(m_port != 0);
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        const Meedoen::Person tenant = registerTenant(kiosk, u"Wilhelmina"_s, u"Oosterhuis-Bakkal"_s);
        QCOMPARE(get(u"/v1/pull"_s, "guessed-token"_ba).status, 401);
        // A status look-up with the tenant's code and a wrong date of birth (a security event).
        QVERIFY(post(u"/v1/status"_s, {{u"personalCode"_s, tenant.personalCode}, {u"dateOfBirth"_s, u"1990-01-01"_s}},
                     kiosk.token)
                    .status
                >= 400);
        Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        const auto added = cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Geertruida Veldkamp"_s,
                                u"--login"_s, u"gveldkamp"_s, u"--db"_s, m_db},
                               kPassword.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(post(u"/v1/staff/login"_s, {{u"login"_s, u"gveldkamp"_s}, {u"password"_s, u"wrong password!"_s}},
                      tablet.token)
                     .status,
                 401);
        QCOMPARE(post(u"/v1/staff/login"_s, {{u"login"_s, u"gveldkamp"_s}, {u"password"_s, kPassword}}, tablet.token)
                     .status,
                 200);
        serve.kill();
        serve.waitForFinished(10000);

        const QList<QByteArray> lines = serve.readAllStandardError().split('\n');
        int parsed = 0;
        QSet<QString> messages;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QCOMPARE(o.keys(), (QStringList{u"category"_s, u"fields"_s, u"level"_s, u"message"_s, u"time"_s}));
            QVERIFY(QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
            for (const QString &personal :
                 {tenant.givenName, tenant.familyName, tenant.personalCode, tenant.phone, tenant.address.postcode,
                  tenant.dateOfBirth.toString(Qt::ISODate), u"1990-01-01"_s, u"gveldkamp"_s, u"Geertruida"_s,
                  kPassword, u"wrong password!"_s, u"guessed-token"_s, QString::fromLatin1(kiosk.token)})
                QVERIFY2(personal.isEmpty() || !QString::fromUtf8(line).contains(personal), line.constData());
            messages.insert(o.value(u"message"_s).toString());
            ++parsed;
        }
        QVERIFY(parsed >= 3);
        // The security events are there, by name, for IT to alert on.
        QVERIFY(messages.contains(u"unauthorized"_s));
        QVERIFY(messages.contains(u"login-failed"_s));
    }

    // backup while the server serves, restore into a new file: every row of every table is
    // there, the restored database serves the same devices, and restore will not overwrite a
    // database a server still has open.
    void backupWhileServingRestoresEveryRecord()
    {
        if (m_pg)
            QSKIP("PostgreSQL is backed up with pg_dump (docs/operations.md)");
        QVERIFY(startServer());
        Device kiosk = enrollDevice(u"kiosk"_s, u"site-a"_s);
        QList<Meedoen::Person> tenants;
        for (int i = 0; i < 6; ++i)
            tenants.append(registerTenant(kiosk, u"Tenant"_s + QChar(u'A' + i), u"Achternaam"_s)); // 6th: waitlisted

        // Staff: a decision (audited) and hours.
        Device tablet = enrollDevice(u"staff"_s, u"site-a"_s);
        const auto added = cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Medewerker A"_s,
                                u"--login"_s, u"medewerker"_s, u"--db"_s, m_db},
                               kPassword.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
        const QString staffId = QString::fromUtf8(added.out).section(u' ', 1, 1);
        QCOMPARE(post(u"/v1/staff/login"_s, {{u"login"_s, u"medewerker"_s}, {u"password"_s, kPassword}}, tablet.token)
                     .status,
                 200);
        const QString signupId = m_serve.inspect().isOpen()
            ? [&] {
                  QSqlQuery q(m_serve.inspect());
                  q.exec(u"SELECT id FROM signup WHERE state = 'confirmed' ORDER BY arrival LIMIT 1"_s);
                  return q.next() ? q.value(0).toString() : QString();
              }()
            : QString();
        QVERIFY(!signupId.isEmpty());
        const QJsonObject hours{{u"staffId"_s, staffId},
                                {u"entry"_s, QJsonObject{{u"id"_s, Fixtures::uuid()}, {u"personId"_s, tenants.at(0).id},
                                                        {u"opportunityId"_s, u"race"_s},
                                                        {u"date"_s, QDate::currentDate().toString(Qt::ISODate)},
                                                        {u"minutes"_s, 90}}}};
        const Reply staffPush = push(
            tablet, {{u"decision"_s, QJsonObject{{u"staffId"_s, staffId}, {u"signupId"_s, signupId},
                                                 {u"decision"_s, u"decline"_s}, {u"seenVersion"_s, 1},
                                                 {u"reason"_s, u"no-show"_s}}},
                     {u"hours"_s, hours}});
        QCOMPARE(staffPush.status, 200);

        const QString live = m_db.mid(7);
        const QString backup = m_dir.filePath(u"backup-%1.db"_s.arg(m_dbCounter));
        const auto backedUp = cli({u"backup"_s, u"--db"_s, m_db, u"--to"_s, backup});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QCOMPARE(QFile::permissions(backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        // A restore over the database the server still serves is refused, even with --force.
        const auto refused = cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, m_db, u"--force"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"in use"_s), qPrintable(refused.err));

        const QString restored = m_dir.filePath(u"restored-%1.db"_s.arg(m_dbCounter));
        const auto put = cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, u"sqlite:"_s + restored});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        // Not over an existing file without --force.
        QCOMPARE(cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, u"sqlite:"_s + restored}).exitCode, 1);

        const QMap<QString, QStringList> before = tableRows(live);
        const QMap<QString, QStringList> after = tableRows(restored);
        QCOMPARE(after.keys(), before.keys());
        for (const QString &table : before.keys())
            QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
        for (const QString &table : {u"person"_s, u"signup"_s, u"staff"_s, u"mutation"_s, u"change_log"_s, u"device"_s})
            QVERIFY2(!after.value(table).isEmpty(), qPrintable(table));
        qInfo("restored %lld tables, %lld rows in person, %lld in signup", qlonglong(after.size()),
              qlonglong(after.value(u"person"_s).size()), qlonglong(after.value(u"signup"_s).size()));

        // The restored database serves the same kiosk with its own token.
        stopServer();
        QProcess serve;
        m_port = SyncFixture::startServe(serve, TestPaths::serverBinary(), u"sqlite:"_s + restored);
        QVERIFY(m_port != 0);
        QCOMPARE(get(u"/healthz"_s, {}).status, 200);
        const Reply pulled = get(u"/v1/pull?limit=500"_s, kiosk.token);
        QCOMPARE(pulled.status, 200);
        serve.kill();
        serve.waitForFinished(10000);
    }

    // A file that is not a Meedoen backup is refused and nothing is written.
    void restoreRefusesWhatIsNotABackup()
    {
        if (m_pg)
            QSKIP("SQLite only");
        const QString junk = m_dir.filePath(u"junk.db"_s);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database");
        f.close();
        const QString target = m_dir.filePath(u"never.db"_s);
        const auto r = cli({u"restore"_s, u"--from"_s, junk, u"--db"_s, u"sqlite:"_s + target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(target));
        QVERIFY(cli({u"backup"_s, u"--db"_s, u"postgresql:///meedoen"_s, u"--to"_s, junk}).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestServerService)
#include "tst_server_service.moc"
