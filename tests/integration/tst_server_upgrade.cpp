// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades (issue 15, item 5): a server database at schema version 1, with a catalogue, an
// enrolled kiosk, a tenant, a confirmed sign-up and the kiosk's mutations as release 1 wrote
// them (tests/data/server-upgrade/schema-v1.sql, frozen), is upgraded by today's server on
// SQLite, and on PostgreSQL with MEEDOEN_TEST_PG=1: every row is still there with its values,
// the new columns have their defaults, and the kiosk goes on with its token and its sequence.
#include "common/syncfixture.h"
#include "common/tenants.h"
#include "common/testpaths.h"
#include "core/partner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

const QByteArray kToken = "v1-kiosk-token-0123456789abcdefghijklmnopqrstu"_ba;

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    // PostgreSQL prepares no DDL: a statement without values runs as it is.
    if (binds.isEmpty()) {
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    if (!q.prepare(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QVariant value(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// The rows of release 1, as its server wrote them.
bool fillVersion1(QSqlDatabase db)
{
    const QString at = u"2026-03-02T10:00:00.000Z"_s;
    const QString tokenHash = QString::fromLatin1(QCryptographicHash::hash(kToken, QCryptographicHash::Sha256).toHex());
    return exec(db, u"INSERT INTO neighbourhood (id, data) VALUES ('wielewaal', ?)"_s,
                {u"{\"id\":\"wielewaal\",\"name\":\"Wielewaal\"}"_s})
        && exec(db, u"INSERT INTO site (id, name, neighbourhood, data) VALUES ('site-a', 'Buurthuis A', 'wielewaal', ?)"_s,
                {u"{\"id\":\"site-a\",\"name\":\"Buurthuis A\",\"neighbourhood\":\"wielewaal\"}"_s})
        && exec(db,
                u"INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, end_date, confirmed, data) "
                "VALUES ('race', 'site-a', 'open', 5, 0, NULL, 1, ?)"_s,
                {u"{\"id\":\"race\",\"kind\":\"volunteer\",\"route\":\"wonen\",\"title\":\"Moestuin\",\"site\":\"site-a\","
                  "\"capacity\":5,\"organiser\":\"Bewonersvereniging De Wielewaal\",\"organiserRole\":\"bewonersgroep\"}"_s})
        && exec(db,
                u"INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, end_date, confirmed, data) "
                "VALUES ('train', 'site-a', 'open', 0, 18, '2027-06-30', 0, ?)"_s,
                {u"{\"id\":\"train\",\"kind\":\"training\",\"route\":\"werken\",\"title\":\"Horeca\",\"site\":\"site-a\","
                  "\"organiser\":\"ROC Maasland\",\"organiserRole\":\"opleider\"}"_s})
        && exec(db,
                u"INSERT INTO device (id, kind, site_id, token_hash, enrolled_at, revoked_at, last_seq) "
                "VALUES ('dev-v1', 'kiosk', 'site-a', ?, ?, NULL, 3)"_s,
                {tokenHash, at})
        && exec(db, u"INSERT INTO device_person (device_id, person_id) VALUES ('dev-v1', 'p-v1')"_s)
        // Release 1 counted devices and enrolling addresses in one table; a device's count
        // moves into its row (Devices::visit), an address's stays.
        && exec(db, u"INSERT INTO rate_window (device_id, window_start, hits) VALUES ('dev-v1', 1772323200, 5)"_s)
        && exec(db, u"INSERT INTO rate_window (device_id, window_start, hits) VALUES ('enroll-peer:ab12', 1772323200, 2)"_s)
        && exec(db,
                u"INSERT INTO person (id, personal_code, date_of_birth, site_id, device_id, created_at, data) "
                "VALUES ('p-v1', 'K7PX3MWR', '1980-05-17', 'site-a', 'dev-v1', ?, ?)"_s,
                {at, u"{\"id\":\"p-v1\",\"givenName\":\"Fatma\",\"familyName\":\"Yılmaz\"}"_s})
        && exec(db,
                u"INSERT INTO consent (person_id, purpose, text_version, given_at, withdrawn_at) "
                "VALUES ('p-v1', 'contact', '2026-01-01', ?, NULL)"_s,
                {at})
        && exec(db,
                u"INSERT INTO signup (id, reference_code, person_id, opportunity_id, site_id, device_id, state, "
                "waitlist_position, decline_reason, arrival, created_at, received_at, data) "
                "VALUES ('s-v1', 'R4ND0M', 'p-v1', 'race', 'site-a', 'dev-v1', 'confirmed', 0, NULL, 1, ?, ?, '{}')"_s,
                {at, at})
        && exec(db,
                u"INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, device_time, "
                "received_at, clock_skewed) VALUES ('dev-v1', 1, 'm-1', 'registration', 'h1', "
                "'{\"status\":\"accepted\"}', ?, ?, 0)"_s,
                {at, at})
        && exec(db,
                u"INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, device_time, "
                "received_at, clock_skewed) VALUES ('dev-v1', 2, 'm-2', 'signup', 'h2', "
                "'{\"status\":\"confirmed\"}', ?, ?, 0)"_s,
                {at, at})
        // Release 1 applied a reused mutation id again (migration 9 renames all but the first).
        && exec(db,
                u"INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, device_time, "
                "received_at, clock_skewed) VALUES ('dev-v1', 3, 'm-2', 'signup', 'h3', "
                "'{\"status\":\"refused\"}', ?, ?, 0)"_s,
                {at, at})
        && exec(db,
                u"INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) "
                "VALUES ('signup', 's-v1', 'upsert', 'device', 'site-a', 'dev-v1', 'p-v1', '{}')"_s);
}

// The counts of every table of version 1, to compare after the upgrade.
QMap<QString, qint64> counts(QSqlDatabase db)
{
    QMap<QString, qint64> c;
    for (const QString &table : {u"meta"_s, u"neighbourhood"_s, u"site"_s, u"opportunity"_s, u"enrollment_code"_s,
                                 u"device"_s, u"device_person"_s, u"person"_s, u"consent"_s, u"signup"_s,
                                 u"mutation"_s, u"conflict"_s, u"change_log"_s, u"rate_window"_s})
        c.insert(table, value(db, u"SELECT count(*) FROM "_s + table).toLongLong());
    return c;
}

} // namespace

class TestServerUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version1WithDataUpgrades()
    {
        Server server(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(server.createDatabase(u"v1"_s));
        QSqlDatabase db = server.inspect();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));

        // Release 1's schema and rows.
        QFile sql(qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/tests/data/server-upgrade/schema-v1.sql"_s);
        QVERIFY(sql.open(QIODevice::ReadOnly));
        const QString serial = usePostgres() ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                             : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
        int statements = 0;
        for (const QString &line : QString::fromUtf8(sql.readAll()).split(u'\n')) {
            if (line.trimmed().isEmpty() || line.startsWith(u"--"_s))
                continue;
            QString statement = line.trimmed();
            statement.chop(1); // the ';'
            QVERIFY(exec(db, statement.replace(u"@SERIAL_KEY@"_s, serial)));
            ++statements;
        }
        QCOMPARE(statements, 16);
        QVERIFY(exec(db, u"CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s));
        QVERIFY(exec(db, u"INSERT INTO schema_migration (version, applied_at) VALUES (1, '2026-03-01T00:00:00Z')"_s));
        QVERIFY(fillVersion1(db));
        const QMap<QString, qint64> before = counts(db);
        const QVariant personData = value(db, u"SELECT data FROM person WHERE id = 'p-v1'"_s);

        // Today's server opens it (any command migrates first).
        const Server::Cli sites = server.cli({u"sites"_s});
        QCOMPARE(sites.exitCode, 0);
        QVERIFY2(sites.out.contains(u"site-a"_s), qPrintable(sites.out));
        const int version = value(db, u"SELECT max(version) FROM schema_migration"_s).toInt();
        QVERIFY(version > 1);
        QCOMPARE(value(db, u"SELECT count(*) FROM schema_migration"_s).toInt(), version);

        // Every row of version 1 is still there, with its values; the change log has grown by
        // the two partners the organisers became and the two opportunities naming them.
        QMap<QString, qint64> expected = before;
        expected[u"change_log"_s] += 4;
        expected[u"rate_window"_s] -= 1; // the device's own count is in its row now
        QCOMPARE(counts(db), expected);
        QCOMPARE(value(db, u"SELECT count(*) FROM rate_window WHERE device_id = 'enroll-peer:ab12'"_s).toInt(), 1);
        QCOMPARE(value(db, u"SELECT data FROM person WHERE id = 'p-v1'"_s), personData);
        QCOMPARE(value(db, u"SELECT personal_code FROM person WHERE id = 'p-v1'"_s).toString(), u"K7PX3MWR"_s);
        QCOMPARE(value(db, u"SELECT state FROM signup WHERE id = 's-v1'"_s).toString(), u"confirmed"_s);
        QCOMPARE(value(db, u"SELECT reference_code FROM signup WHERE id = 's-v1'"_s).toString(), u"R4ND0M"_s);
        QCOMPARE(value(db, u"SELECT confirmed FROM opportunity WHERE id = 'race'"_s).toInt(), 1);
        QCOMPARE(value(db, u"SELECT last_seq FROM device WHERE id = 'dev-v1'"_s).toLongLong(), 3);
        QVERIFY(value(db, u"SELECT revoked_at FROM device WHERE id = 'dev-v1'"_s).isNull());
        QCOMPARE(value(db, u"SELECT text_version FROM consent WHERE person_id = 'p-v1'"_s).toString(), u"2026-01-01"_s);
        // The new columns, as their migrations say: a sign-up's first version, a training
        // reviewed by staff, no language recorded for an old consent, a once-used mutation id.
        QCOMPARE(value(db, u"SELECT version FROM signup WHERE id = 's-v1'"_s).toLongLong(), 1);
        QCOMPARE(value(db, u"SELECT needs_review FROM opportunity WHERE id = 'train'"_s).toInt(), 1);
        QCOMPARE(value(db, u"SELECT needs_review FROM opportunity WHERE id = 'race'"_s).toInt(), 0);
        QVERIFY(value(db, u"SELECT language FROM consent WHERE person_id = 'p-v1'"_s).isNull());
        QCOMPARE(value(db, u"SELECT mutation_id FROM mutation WHERE device_id = 'dev-v1' AND seq = 2"_s).toString(),
                 u"m-2"_s);
        QCOMPARE(value(db, u"SELECT mutation_id FROM mutation WHERE device_id = 'dev-v1' AND seq = 3"_s).toString(),
                 u"m-2#3"_s);
        // Staff roles (14): the table of roles per site and the audit's role, both empty here
        // (release 1 had no staff; tst_staff_roles upgrades staff of release 13).
        const QVariant staffRoles = value(db, u"SELECT count(*) FROM staff_role"_s);
        const QVariant auditRoles = value(db, u"SELECT count(role) FROM audit"_s);
        QVERIFY(staffRoles.isValid() && auditRoles.isValid()); // the table and column are there
        QCOMPARE(staffRoles.toInt(), 0);
        QCOMPARE(auditRoles.toInt(), 0);

        // Partners (issue 18): each old opportunity's organiser became a partner, with the id
        // devices derive from the name and the kind its role suggests; the opportunity names it
        // and keeps the name for the kiosks; done once (the mark is gone).
        const QString wielewaal = Meedoen::partnerIdForOrganiser(u"Bewonersvereniging De Wielewaal"_s);
        const QString roc = Meedoen::partnerIdForOrganiser(u"ROC Maasland"_s);
        QCOMPARE(value(db, u"SELECT count(*) FROM partner"_s).toInt(), 2);
        QCOMPARE(value(db, u"SELECT partner_id FROM opportunity WHERE id = 'race'"_s).toString(), wielewaal);
        QCOMPARE(value(db, u"SELECT partner_id FROM opportunity WHERE id = 'train'"_s).toString(), roc);
        QCOMPARE(value(db, u"SELECT name FROM partner WHERE id = ?"_s, {roc}).toString(), u"ROC Maasland"_s);
        QCOMPARE(value(db, u"SELECT kind FROM partner WHERE id = ?"_s, {roc}).toString(), u"onderwijs"_s);
        QCOMPARE(value(db, u"SELECT kind FROM partner WHERE id = ?"_s, {wielewaal}).toString(), u"bewonersgroep"_s);
        const QJsonObject race =
            QJsonDocument::fromJson(value(db, u"SELECT data FROM opportunity WHERE id = 'race'"_s).toString().toUtf8()).object();
        QCOMPARE(race.value(u"partnerId"_s).toString(), wielewaal);
        QCOMPARE(race.value(u"organiser"_s).toString(), u"Bewonersvereniging De Wielewaal"_s);
        QCOMPARE(value(db, u"SELECT count(*) FROM change_log WHERE entity = 'partner' AND scope = 'staff'"_s).toInt(), 2);
        QCOMPARE(value(db, u"SELECT count(*) FROM meta WHERE key = 'adopt_organisers'"_s).toInt(), 0);
        QCOMPARE(server.cli({u"sites"_s}).exitCode, 0); // opened again: nothing adopted twice
        QCOMPARE(counts(db), expected);

        // The kiosk of release 1 (no protocol header: protocol 1) goes on where it was.
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        const QJsonObject body{
            {u"mutations"_s,
             QJsonArray{Fixtures::mutationJson(4, u"registration"_s, Fixtures::registrationPayload(Fixtures::person(u"Anna"_s)))}}};
        QNetworkRequest request(QUrl(server.url() + u"/v1/push"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization"_ba, "Bearer " + kToken);
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        const QByteArray answer = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonArray results = QJsonDocument::fromJson(answer).object().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).toObject().value(u"status"_s).toString() == u"accepted"_s, answer.constData());
        QCOMPARE(server.count(u"SELECT last_seq FROM device WHERE id = 'dev-v1'"_s), 4);
        QCOMPARE(server.count(u"SELECT count(*) FROM person WHERE device_id = 'dev-v1'"_s), 2);
    }
};

QTEST_MAIN(TestServerUpgrade)
#include "tst_server_upgrade.moc"
