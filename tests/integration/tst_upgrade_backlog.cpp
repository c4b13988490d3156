// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades with a backlog (issue 15, item 5): a kiosk's database from every earlier schema
// version, holding queued registrations and sign-ups written in that version's format, is
// opened by today's app (migrated), enrolled and drained against the real server: every
// queued mutation arrives once — none lost, none doubled, counted on the server.
//
// The number of queued mutations per version is MEEDOEN_UPGRADE_BACKLOG (default 100, every
// run); tst_upgrade_backlog_full runs 1,000 per version (label slow).
#include "storage/database.h"
#include "storage/outbox.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/tenants.h"
#include "common/testpaths.h"
#include "core/isotime.h"
#include "core/personalcode.h"
#include "protocol/wire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

int backlogSize()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MEEDOEN_UPGRADE_BACKLOG", &ok);
    return ok && n > 0 ? n - n % 2 : 100;
}

// One statement with bound values on `db`; false (and a warning) when it fails.
bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

// `count` mutations queued on a kiosk at schema version `version`, as that version's app
// queued them: per tenant a person and a sign-up row, and the outbox rows `registration` and
// `signup` (the outbox table is the one of v1 in every version). Payloads as that version
// sent them: before v10 a consent carried no `language`.
bool queueBacklog(QSqlDatabase db, int version, int count)
{
    if (!db.transaction())
        return false;
    const QString now = Meedoen::isoUtc(QDateTime::currentDateTimeUtc().addDays(-1));
    for (int i = 0; i < count / 2; ++i) {
        // A name has no digits: the tenant's number and the version spelt in letters.
        QString letters = u"%1 %2"_s.arg(i).arg(version);
        for (QChar &c : letters)
            c = c.isDigit() ? QChar(u'a' + c.digitValue()) : c;
        const Meedoen::Person p = Fixtures::person(u"Tenant "_s + letters);
        QJsonObject registration = Fixtures::registrationPayload(p);
        if (version < 10) {
            QJsonArray consents;
            for (const QJsonValue &c : registration.value(u"consents"_s).toArray()) {
                QJsonObject consent = c.toObject();
                consent.remove(u"language"_s);
                consents.append(consent);
            }
            registration.insert(u"consents"_s, consents);
        }
        Meedoen::Signup s;
        s.id = Fixtures::uuid();
        s.personId = p.id;
        s.opportunityId = u"open"_s;
        s.referenceCode = Meedoen::generateReferenceCode(*QRandomGenerator::global());
        s.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        const QJsonObject signup{{u"signup"_s, Wire::toJson(s)}};
        const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        if (!exec(db,
                  u"INSERT INTO person (id, given_name, family_name, phone, postcode, house_number, date_of_birth, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {p.id, p.givenName, p.familyName, p.phone, p.address.postcode, p.address.houseNumber,
                   p.dateOfBirth.toString(Qt::ISODate), now})
            || !exec(db,
                     u"INSERT INTO signup (id, reference_code, person_id, opportunity_id, state, created_at) "
                     "VALUES (?, ?, ?, ?, 'queued', ?)"_s,
                     {s.id, s.referenceCode, p.id, s.opportunityId, now})
            || !exec(db,
                     u"INSERT INTO outbox (mutation_id, kind, entity_id, payload, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                     {Fixtures::uuid(), u"registration"_s, p.id, compact(registration), now})
            || !exec(db,
                     u"INSERT INTO outbox (mutation_id, kind, entity_id, payload, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                     {Fixtures::uuid(), u"signup"_s, s.id, compact(signup), now})) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace

class TestUpgradeBacklog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_total;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"backlog"_s));
        QVERIFY(m_server->importCatalogue(10));
        QVERIFY(m_server->start());
        m_total.start();
    }

    void cleanupTestCase()
    {
        qInfo("%d versions x %d queued mutations upgraded and drained in %lld ms", Database::latestSchemaVersion() - 1,
              backlogSize(), m_total.elapsed());
    }

    void everyEarlierVersionDrainsOnce_data()
    {
        QTest::addColumn<int>("version");
        // v1 is the first schema with an outbox; the latest is what a new device gets.
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void everyEarlierVersionDrainsOnce()
    {
        QFETCH(int, version);
        const int count = backlogSize();
        const QString path = m_dir.filePath(u"kiosk-v%1.db"_s.arg(version));
        {
            Database old;
            QCOMPARE(old.open(path, version), Database::Status::Open);
            QCOMPARE(old.schemaVersion(), version);
            QVERIFY(queueBacklog(old.connection(), version, count));
        }

        // Today's app opens it: migrated, nothing of the queue touched.
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Outbox(db.connection()).pendingCount(), count);

        // Enrolled (the first round already sends), then drained.
        const auto client = Fixtures::enrolledClient(m_nam, db, *m_server, u"kiosk"_s, u"site-a"_s);
        QVERIFY(client);
        QVERIFY(Fixtures::syncUntilDrained(*client, 10, 60000));
        QCOMPARE(Outbox(db.connection()).pendingCount(), 0);

        // On the server: each queued mutation once, each tenant and sign-up once.
        const QString device = client->deviceId();
        QCOMPARE(m_server->count(u"SELECT count(*) FROM mutation WHERE device_id = ?"_s, {device}), qint64(count));
        QCOMPARE(m_server->count(u"SELECT count(DISTINCT mutation_id) FROM mutation WHERE device_id = ?"_s, {device}),
                 qint64(count));
        QCOMPARE(m_server->count(u"SELECT max(seq) FROM mutation WHERE device_id = ?"_s, {device}), qint64(count));
        QCOMPARE(m_server->count(u"SELECT count(*) FROM person WHERE device_id = ?"_s, {device}), qint64(count / 2));
        QCOMPARE(m_server->count(u"SELECT count(*) FROM signup WHERE device_id = ?"_s, {device}), qint64(count / 2));
        QCOMPARE(m_server->count(u"SELECT count(*) FROM conflict WHERE device_id = ?"_s, {device}), 0);
    }
};

QTEST_MAIN(TestUpgradeBacklog)
#include "tst_upgrade_backlog.moc"
