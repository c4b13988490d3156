// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// h. Concurrent writers while devices pull: an administrator re-imports the catalogue again
// and again (each import rewrites every opportunity), a staff tablet edits and creates
// opportunities, two kiosks push registrations and sign-ups — while four devices pull the
// change log through SyncClient. On PostgreSQL (MEEDOEN_TEST_PG=1 under pg_virtualenv)
// three server processes share one database and the devices are spread over them; on
// SQLite one server process (the single-writer store). Afterwards every puller has seen
// every change-log row of its scope exactly once, in sequence order, and holds the
// server's catalogue. MEEDOEN_CONCURRENT_CHANGES sets how many catalogue changes the
// imports write (20,000 by default; 100,000 in the "slow" run).

#include "storage/database.h"
#include "storage/outbox.h"
#include "protocol/mutation.h"
#include "core/personalcode.h"
#include "storage/registrationrepository.h"
#include "sync/syncclient.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/tenants.h"
#include "storage/secretstore.h"
#include "storage/syncstaterepository.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

namespace {

constexpr int kCatalogueSize = 2000; // opportunities rewritten by each import
const QString kPassword = u"correct horse battery"_s;

// A network access manager that remembers the sequence number of every change each pull
// page brought. It reads the answer with peek() in a slot connected before the client's,
// so the client still reads the whole page.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<qint64> seen;
    int pages = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        if (op == GetOperation && request.url().path() == "/v1/pull"_L1) {
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    return;
                const QJsonObject page = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
                ++pages;
                const QJsonArray changes = page.value(u"changes"_s).toArray();
                for (const QJsonValue &c : changes)
                    seen.append(qint64(c.toObject().value(u"seq"_s).toDouble()));
            });
        }
        return reply;
    }
};

struct Device
{
    QString kind;
    QString path;
    Database db;
    RecordingNetwork network;
    std::unique_ptr<SyncClient> client;
    QString deviceId;
    bool busy = false;  // a round is running
    int rounds = 0;
};

SyncClient::Options options()
{
    SyncClient::Options o;
    o.schedule.baseDelayMs = 20;
    o.schedule.maxDelayMs = 500;
    o.schedule.maxAttempts = 1000000;
    o.requestTimeoutMs = 120000; // a push may wait for an import's write lock
    o.periodicIntervalMs = 0;
    o.watchNetwork = false;
    return o;
}

// The catalogue of import `round`: "race" and "open" (where tenants sign up; never changed)
// and kCatalogueSize opportunities whose titles carry the round, so every import rewrites them.
QByteArray catalogue(int round)
{
    QJsonArray opportunities{
        QJsonObject{{u"id"_s, u"race"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                    {u"title"_s, u"Moestuin"_s}, {u"site"_s, u"site-a"_s}, {u"capacity"_s, 3}},
        QJsonObject{{u"id"_s, u"open"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                    {u"title"_s, u"Koffie schenken"_s}, {u"site"_s, u"site-a"_s}},
    };
    for (int i = 0; i < kCatalogueSize; ++i) {
        opportunities.append(QJsonObject{{u"id"_s, u"opp-%1"_s.arg(i)}, {u"kind"_s, u"volunteer"_s},
                                         {u"route"_s, u"leren"_s}, {u"title"_s, u"Taalmaatje %1 ronde %2"_s.arg(i).arg(round)},
                                         {u"site"_s, i % 4 ? u"site-a"_s : u"site-b"_s}});
    }
    return QJsonDocument(QJsonObject{
                             {u"format"_s, u"meedoen-catalogue/1"_s},
                             {u"textVersion"_s, u"2026-11-01"_s},
                             {u"neighbourhoods"_s, QJsonArray{QJsonObject{{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}}}},
                             {u"sites"_s, QJsonArray{QJsonObject{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s},
                                                                 {u"neighbourhood"_s, u"wielewaal"_s}},
                                                     QJsonObject{{u"id"_s, u"site-b"_s}, {u"name"_s, u"Buurthuis B"_s},
                                                                 {u"neighbourhood"_s, u"wielewaal"_s}}}},
                             {u"opportunities"_s, opportunities},
                         })
        .toJson(QJsonDocument::Compact);
}

// The staff member edits an imported opportunity of their site or creates a new one (the
// next import removes it again: a tombstone).
bool queueStaffEdit(Device &d, const QString &staffId, int n)
{
    const QString id = n % 2 ? u"staff-%1"_s.arg(n) : u"opp-%1"_s.arg((n * 4 + 1) % kCatalogueSize);
    Meedoen::Opportunity o;
    o.id = id;
    o.kind = Meedoen::OpportunityKind::VolunteerTask;
    o.route = Meedoen::Route::Leren;
    o.title = u"Bewerkt %1"_s.arg(n);
    o.site.id = u"site-a"_s;
    return Outbox(d.db.connection())
        .enqueue(Wire::OpportunityUpsertPayload{staffId, o}, id, QDateTime::currentDateTimeUtc(), Fixtures::uuid());
}

// id → what a tenant sees of an opportunity.
using CatalogueView = QMap<QString, QString>;

CatalogueView deviceCatalogue(const Device &d)
{
    CatalogueView view;
    QSqlQuery q(d.db.connection());
    q.exec(u"SELECT id, title, status, capacity, places_taken FROM opportunity"_s);
    while (q.next()) {
        view.insert(q.value(0).toString(), q.value(1).toString() + u'|' + q.value(2).toString() + u'|'
                                               + q.value(3).toString() + u'|' + q.value(4).toString());
    }
    return view;
}

CatalogueView serverCatalogue(Server &server)
{
    CatalogueView view;
    QSqlQuery q(server.inspect());
    q.exec(u"SELECT id, data, status, capacity, confirmed FROM opportunity"_s);
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        view.insert(q.value(0).toString(), data.value(u"title"_s).toString() + u'|' + q.value(2).toString() + u'|'
                                               + q.value(3).toString() + u'|' + q.value(4).toString());
    }
    return view;
}

} // namespace

class TestSyncConcurrentPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noChangeMissedUnderConcurrentWriters()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int changes = qEnvironmentVariableIsSet("MEEDOEN_CONCURRENT_CHANGES")
            ? qEnvironmentVariableIntValue("MEEDOEN_CONCURRENT_CHANGES") : 20000;
        const int imports = std::max(1, (changes + kCatalogueSize - 1) / kCatalogueSize);
        const QString binary = TestPaths::serverBinary();
        Server server(binary, dir.path());
        QVERIFY(server.createDatabase(u"concurrent"_s));
        QVERIFY(server.importCatalogue(3));

        // Several stateless server processes on one PostgreSQL database; one on SQLite.
        std::vector<std::unique_ptr<SyncFixture::Instance>> servers;
        const int serverCount = SyncFixture::usePostgres() ? 3 : 1;
        for (int i = 0; i < serverCount; ++i) {
            servers.push_back(std::make_unique<SyncFixture::Instance>());
            QVERIFY2(servers.back()->start(binary, server.db()), "serve did not start");
        }

        // Kiosks 0 and 1 push sign-ups, 2 only pulls, 3 is the staff tablet.
        std::vector<std::unique_ptr<Device>> devices;
        for (const QString &kind : {u"kiosk"_s, u"kiosk"_s, u"kiosk"_s, u"staff"_s}) {
            auto d = std::make_unique<Device>();
            d->kind = kind;
            d->path = dir.filePath(u"device-%1.db"_s.arg(devices.size()));
            QCOMPARE(d->db.open(d->path), Database::Status::Open);
            d->client = std::make_unique<SyncClient>(&d->network, &d->db, options(),
                                                     [] { return QDateTime::currentDateTimeUtc(); },
                                                     [] { return QRandomGenerator::global()->generateDouble(); });
            QSignalSpy enrolled(d->client.get(), &SyncClient::enrollFinished);
            QVERIFY(enrolled.isValid());
            QSignalSpy round(d->client.get(), &SyncClient::roundFinished);
            QVERIFY(round.isValid());
            d->client->enroll(QUrl(servers.at(devices.size() % servers.size())->url()), server.enrollCode(kind, u"site-a"_s));
            QVERIFY(enrolled.wait(30000));
            QVERIFY(enrolled.first().at(0).toBool());
            QVERIFY(round.wait(30000));
            d->deviceId = SyncStateRepository(d->db.connection()).value(u"deviceId"_s);
            QVERIFY(!d->deviceId.isEmpty());
            devices.push_back(std::move(d));
        }
        Device &tablet = *devices.at(3);

        // The staff member signs in once on the tablet.
        QString staffId;
        {
            QProcess add;
            add.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            add.start(binary, {u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Fatma Demir"_s, u"--login"_s,
                               u"fatma"_s, u"--db"_s, server.db()});
            add.write(kPassword.toUtf8() + '\n');
            add.closeWriteChannel();
            QVERIFY(add.waitForFinished(60000));
            QCOMPARE(add.exitCode(), 0);
            staffId = QString::fromUtf8(add.readAllStandardOutput()).split(u' ').value(1);
            QNetworkRequest request(QUrl(servers.back()->url() + u"/v1/staff/login"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            request.setRawHeader("Authorization"_ba,
                                 "Bearer " + FileSecretStore(tablet.db.path()).read(u"token"_s).value_or(QByteArray()));
            QNetworkAccessManager nam;
            std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(QJsonObject{
                                                                       {u"login"_s, u"fatma"_s}, {u"password"_s, kPassword}})
                                                                       .toJson(QJsonDocument::Compact)));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }

        // Writers: back-to-back imports (separate processes, so they contend with the servers
        // for the write lock), and each writing device queues more after every round.
        int importsDone = 0;
        bool importFailed = false;
        QProcess importer;
        importer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const auto startImport = [&] {
            const QString path = dir.filePath(u"catalogue-%1.json"_s.arg(importsDone));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(catalogue(importsDone + 1)) < 0) {
                importFailed = true;
                return;
            }
            f.close();
            importer.start(binary, {u"import-catalogue"_s, path, u"--db"_s, server.db()});
        };
        connect(&importer, &QProcess::finished, this, [&](int code) {
            if (code != 0) {
                importFailed = true;
                return;
            }
            if (++importsDone < imports)
                startImport();
        });

        bool writing = true;
        int staffEdits = 0;
        int submissions = 0;
        for (std::size_t i = 0; i < devices.size(); ++i) {
            Device *d = devices.at(i).get();
            connect(d->client.get(), &SyncClient::roundFinished, this, [&, d, i](bool) {
                d->busy = false;
                ++d->rounds;
                if (!writing)
                    return;
                if (i < 2) {
                    for (int k = 0; k < 5; ++k)
                        submissions += Fixtures::queueSignup(d->db.connection(), u"open"_s).isEmpty() ? 0 : 1;
                } else if (d == &tablet) {
                    for (int k = 0; k < 3; ++k)
                        staffEdits += queueStaffEdit(*d, staffId, staffEdits) ? 1 : 0;
                }
                d->busy = true;
                d->client->syncNow();
            });
        }
        QElapsedTimer timer;
        timer.start();
        startImport();
        for (auto &d : devices) {
            d->busy = true;
            d->client->syncNow();
        }
        QTRY_VERIFY_WITH_TIMEOUT(importsDone == imports || importFailed, 3600000);
        QVERIFY(!importFailed);
        writing = false;
        const qint64 writeMs = timer.elapsed();

        // Let every device finish its round and push what it still holds; then one more round
        // each, started after the last write committed, pulls to the end of the log.
        for (int pass = 0; pass < 2; ++pass) {
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(devices.begin(), devices.end(), [](const auto &d) { return !d->busy; }),
                                     600000);
            for (auto &d : devices) {
                if (pass == 0 && d->client->pendingCount() == 0)
                    continue;
                d->busy = true;
                d->client->syncNow();
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(devices.begin(), devices.end(), [](const auto &d) { return !d->busy; }), 600000);
        for (auto &d : devices) {
            QCOMPARE(d->client->pendingCount(), 0);
            QVERIFY(Fixtures::syncRound(*d->client, 600000));
        }

        // What the writers wrote arrived, once.
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM mutation WHERE kind = 'signup'"_s), qint64(submissions));
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM mutation WHERE kind = 'opportunity-upsert' AND outcome LIKE ?"_s,
                              {u"%\"accepted\"%"_s}),
                 qint64(staffEdits));
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM conflict"_s), 0);
        // Written, not kept: an opportunity's earlier rows go when a newer one is written
        // (docs/sync-protocol.md, "Superseded catalogue rows"); the sequence numbers count them all.
        const qint64 catalogueChanges = server.count(u"SELECT MAX(seq) FROM change_log"_s);
        QVERIFY2(catalogueChanges >= qint64(imports) * kCatalogueSize, "the imports wrote fewer changes than planned");
        QVERIFY(submissions > 0);
        QVERIFY(staffEdits > 0);

        // Every puller saw every change of its scope still in the log exactly once, in order,
        // and holds the server's catalogue.
        const CatalogueView expectedCatalogue = serverCatalogue(server);
        for (const auto &d : devices) {
            QList<qint64> expected;
            {
                QSqlQuery q(server.inspect());
                q.prepare(d->kind == "staff"_L1
                              ? u"SELECT seq FROM change_log WHERE scope = 'catalogue' OR site_id = ? ORDER BY seq"_s
                              : u"SELECT seq FROM change_log WHERE scope = 'catalogue' OR (entity = 'signup' AND device_id = ?) "
                                "ORDER BY seq"_s);
                q.addBindValue(d->kind == "staff"_L1 ? u"site-a"_s : d->deviceId);
                QVERIFY(q.exec());
                while (q.next())
                    expected.append(q.value(0).toLongLong());
            }
            const QList<qint64> &seen = d->network.seen;
            QVERIFY2(std::adjacent_find(seen.begin(), seen.end(), std::greater_equal<qint64>()) == seen.end(),
                     "a change was pulled twice or out of order");
            QList<qint64> missed;
            std::set_difference(expected.begin(), expected.end(), seen.begin(), seen.end(), std::back_inserter(missed));
            if (!missed.isEmpty())
                qWarning("device %zu: %lld missed, first %lld", std::size_t(&d - &devices.front()), qlonglong(missed.size()),
                         qlonglong(missed.value(0)));
            QVERIFY2(missed.isEmpty(), "a change of the device's scope was never pulled");
            QCOMPARE(deviceCatalogue(*d), expectedCatalogue);
        }
        qInfo("%d server process(es), %d imports + %d staff edits + %d sign-ups in %lld ms; %lld catalogue changes; "
              "pullers took %d/%d/%d/%d rounds, %d/%d/%d/%d pages",
              serverCount, imports, staffEdits, submissions, writeMs, catalogueChanges, devices[0]->rounds,
              devices[1]->rounds, devices[2]->rounds, devices[3]->rounds, devices[0]->network.pages,
              devices[1]->network.pages, devices[2]->network.pages, devices[3]->network.pages);
        servers.clear();
    }
};

QTEST_MAIN(TestSyncConcurrentPull)
#include "tst_sync_concurrent_pull.moc"
