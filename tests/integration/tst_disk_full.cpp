// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Full disks and a read-only database on both sides of a sync (issue 15), against the real
// meedoen-server process on 127.0.0.1:
// - a device whose storage fills up during a round keeps its outbox and its pull cursor
//   consistent (nothing marked sent that the server does not have, no cursor past changes
//   it did not apply), and catches up once there is room;
// - a server whose disk is full (SQLite on a small tmpfs) or whose database is read-only
//   (PostgreSQL: default_transaction_read_only) answers 500 problem+json with nothing
//   applied; the device keeps its outbox, retries by itself, and gets through once the
//   server can write again;
// - a device started on a damaged database, enrolled again from its screen, no longer shows
//   why it had to be.

#include "controllers/appcontext.h"
#include "controllers/startup.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/syncstaterepository.h"
#include "sync/pullapplier.h"
#include "sync/syncclient.h"
#include "common/damagedfiles.h"
#include "common/enrolleddevice.h"
#include "common/smalldisk.h"
#include "common/storagefixtures.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/tenants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SyncFixture::Server;

namespace {

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QJsonObject json;
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    int m_devices = 0;

    QString devicePath() { return m_dir.filePath(u"device-%1.db"_s.arg(++m_devices)); }

    Reply post(const Server &server, const QString &path, const QJsonObject &body, const QByteArray &token = {})
    {
        QNetworkRequest request(QUrl(server.url() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (!token.isEmpty())
            request.setRawHeader("Authorization"_ba, "Bearer " + token);
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            (void)finished.wait(60000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

    // A device enrolled over HTTP only, for pushes the test writes itself: its token.
    QByteArray enrollRaw(Server &server)
    {
        const Reply r = post(server, u"/v1/enroll"_s, {{u"code"_s, server.enrollCode(u"kiosk"_s, u"site-a"_s)}});
        return r.json.value(u"token"_s).toString().toLatin1();
    }

    // A batch of one tenant's registration and sign-up, as a kiosk sends it.
    static QJsonObject pushBatch()
    {
        const Meedoen::Person p = Fixtures::person(u"Ayla"_s);
        return {{u"mutations"_s,
                 QJsonArray{Fixtures::mutationJson(1, u"registration"_s, Fixtures::registrationPayload(p)),
                            Fixtures::mutationJson(2, u"signup"_s, Fixtures::signupPayload(p.id, u"open"_s))}}};
    }

    struct ServerHolds
    {
        qint64 mutations = 0;
        qint64 persons = 0;
        qint64 signups = 0;
        bool operator==(const ServerHolds &) const = default;
    };
    static ServerHolds holds(Server &server)
    {
        return {server.count(u"SELECT COUNT(*) FROM mutation"_s), server.count(u"SELECT COUNT(*) FROM person"_s),
                server.count(u"SELECT COUNT(*) FROM signup"_s)};
    }

    // The refusal of a server that cannot write: 500, problem+json, nothing applied.
    static void verifyServerFault(const Reply &r)
    {
        QCOMPARE(r.status, 500);
        QCOMPARE(r.contentType, "application/problem+json"_ba);
        QVERIFY2(r.json.value(u"type"_s).toString().contains(u"server-fault"_s),
                 QJsonDocument(r.json).toJson().constData());
        QVERIFY2(r.json.value(u"detail"_s).toString().contains(u"Nothing of this request was applied"_s),
                 QJsonDocument(r.json).toJson().constData());
    }

    // The server refuses while it cannot write; the device keeps everything and tries again
    // by itself (no syncNow from here on) until the server can write, then all gets through
    // once.
    void refusedThenThrough(Server &server, const std::function<bool()> &breakIt, const std::function<bool()> &mendIt)
    {
        Database db;
        QCOMPARE(db.open(devicePath()), Database::Status::Open);
        const auto client = Fixtures::enrolledClient(m_nam, db, server, u"kiosk"_s, u"site-a"_s);
        QVERIFY(client);
        const QByteArray rawToken = enrollRaw(server);
        QVERIFY(!rawToken.isEmpty());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Fixtures::queueSignup(db.connection(), u"open"_s).isEmpty());
        QCOMPARE(Outbox(db.connection()).pendingCount(), 6);
        const ServerHolds before = holds(server);
        const QDateTime lastSuccess = client->lastSuccessfulSync();

        QVERIFY(breakIt());
        verifyServerFault(post(server, u"/v1/push"_s, pushBatch(), rawToken));
        QVERIFY(!Fixtures::syncRound(*client));
        QCOMPARE(client->state(), SyncClient::State::Error);
        QCOMPARE(holds(server), before);
        QCOMPARE(Outbox(db.connection()).pendingCount(), 6);
        QCOMPARE(client->lastSuccessfulSync(), lastSuccess);
        // Still refused on the next attempt the device makes by itself.
        QSignalSpy rounds(client.get(), &SyncClient::roundFinished);
        QVERIFY(rounds.wait(20000));
        QCOMPARE(rounds.first().at(0).toBool(), false);
        QCOMPARE(holds(server), before);

        QVERIFY(mendIt());
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(db.connection()).pendingCount(), 0, 60000);
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM mutation"_s), before.mutations + 6);
        QCOMPARE(server.count(u"SELECT COUNT(DISTINCT mutation_id) FROM mutation"_s), before.mutations + 6);
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM signup"_s), before.signups + 3);
        QTRY_VERIFY_WITH_TIMEOUT(client->lastSuccessfulSync() > lastSuccess, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qInfo("backend: %s", SyncFixture::usePostgres() ? "PostgreSQL" : "SQLite");
    }

    // The device fills up during a round: what the server answered to its push is recorded
    // or not at all (never marked sent without the server having it), and a pulled page is
    // applied with its cursor or not at all. With room again, one round catches up.
    void deviceFullDuringARound()
    {
        Server server(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(server.createDatabase(u"devicefull"_s));
        QVERIFY(server.importCatalogue(3));
        QVERIFY(server.start());
        Database db;
        QCOMPARE(db.open(devicePath()), Database::Status::Open);
        const auto client = Fixtures::enrolledClient(m_nam, db, server, u"phone"_s, u"site-a"_s);
        QVERIFY(client);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!Fixtures::queueSignup(db.connection(), u"open"_s).isEmpty());
        QCOMPARE(Outbox(db.connection()).pendingCount(), 10);
        // What the next pull brings: 300 more opportunities, more than fits.
        QVERIFY(server.importCatalogue(3, 300));
        const QSqlDatabase conn = db.connection();
        const QString cursorBefore = SyncStateRepository(conn).value(QString(PullApplier::kCursorKey));
        const int catalogueBefore = CatalogueRepository(conn).count();
        QVERIFY(!cursorBefore.isEmpty());
        QVERIFY(StorageFixtures::fillToPageLimit(conn, /*withSignups=*/false));

        QVERIFY(!Fixtures::syncRound(*client));
        // The pull: nothing of the page, and the cursor where it was.
        QCOMPARE(SyncStateRepository(conn).value(QString(PullApplier::kCursorKey)), cursorBefore);
        QCOMPARE(CatalogueRepository(conn).count(), catalogueBefore);
        // The push: every row marked sent is on the server.
        QSqlQuery acked(conn);
        QVERIFY(acked.exec(u"SELECT mutation_id FROM outbox WHERE acked_at IS NOT NULL"_s));
        int ackedCount = 0;
        while (acked.next()) {
            ++ackedCount;
            QCOMPARE(server.count(u"SELECT COUNT(*) FROM mutation WHERE mutation_id = ?"_s, {acked.value(0)}), 1);
        }
        acked.finish();
        QCOMPARE(ackedCount + Outbox(conn).pendingCount(), 10);
        qInfo("on the full device: %d of 10 mutations recorded as sent", ackedCount);
        QCOMPARE(db.quickCheck(), QString());

        QVERIFY(StorageFixtures::liftPageLimit(conn));
        QVERIFY(Fixtures::syncUntilDrained(*client));
        QVERIFY(SyncStateRepository(conn).value(QString(PullApplier::kCursorKey)) != cursorBefore);
        QVERIFY(CatalogueRepository(conn).count() >= catalogueBefore + 150); // site-a's half at least
        QCOMPARE(Outbox(conn).pendingCount(), 0);
        QCOMPARE(server.count(u"SELECT COUNT(*) FROM mutation"_s), 10);
        QCOMPARE(server.count(u"SELECT COUNT(DISTINCT mutation_id) FROM mutation"_s), 10);
    }

    // SQLite on a small tmpfs, filled to its last byte.
    void serverDiskFull()
    {
        if (SyncFixture::usePostgres())
            QSKIP("SQLite's disk; PostgreSQL: serverDatabaseReadOnly");
        Fixtures::SmallDisk disk(m_dir.filePath(u"server-disk"_s), 48);
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        Server server(TestPaths::serverBinary(), m_dir.filePath(u"server-disk"_s));
        QVERIFY(server.createDatabase(u"diskfull"_s));
        QVERIFY(server.importCatalogue(3));
        QVERIFY(server.start());
        const QString filler = m_dir.filePath(u"server-disk/filler"_s);
        refusedThenThrough(
            server,
            [&] {
                // The log emptied first, so that the server's next write needs a new block.
                QSqlQuery q(server.inspect());
                if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !q.next() || q.value(0).toInt() != 0)
                    return false;
                q.finish();
                return disk.fill(u"filler"_s) > 0;
            },
            [&] { return QFile::remove(filler); });
        // The test's own connection to the server's file goes before the disk does.
        const QString inspect = u"inspect-"_s + server.db();
        QSqlDatabase::database(inspect, false).close();
        QSqlDatabase::removeDatabase(inspect);
    }

    // PostgreSQL: the server's database turned read-only (as a full tablespace or a replica
    // that was promoted back leaves it), its sessions started anew.
    void serverDatabaseReadOnly()
    {
        if (!SyncFixture::usePostgres())
            QSKIP("PostgreSQL only (MEEDOEN_TEST_PG=1 under pg_virtualenv)");
        Server server(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(server.createDatabase(u"readonly"_s));
        QVERIFY(server.importCatalogue(3));
        QVERIFY(server.start());
        const QString name = server.db().section(u'/', -1);
        const auto setReadOnly = [&](bool on) {
            QSqlQuery q(server.inspect());
            // ALTER DATABASE takes no bound parameters; the name is the fixture's own.
            const QString alter = on ? u"ALTER DATABASE \"%1\" SET default_transaction_read_only = on"_s.arg(name)
                                     : u"ALTER DATABASE \"%1\" RESET default_transaction_read_only"_s.arg(name);
            if (!q.exec(alter))
                return false;
            // The server's sessions end; it connects again and gets the new default.
            return q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s);
        };
        refusedThenThrough(server, [&] { return setReadOnly(true); }, [&] { return setReadOnly(false); });
    }

    // A device started on a damaged database shows why it is not set up until it is
    // enrolled again; then the note is gone and it syncs.
    void enrolledAgainAfterDamage()
    {
        Server server(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(server.createDatabase(u"reenrol"_s));
        QVERIFY(server.importCatalogue(3));
        QVERIFY(server.start());
        QTemporaryDir data;
        const QString dbPath = data.filePath(u"meedoen.db"_s);
        QVERIFY(DamagedFiles::writeDatabase(dbPath, 50));
        QVERIFY(DamagedFiles::damage(dbPath, DamagedFiles::Damage::CutShort));

        StartupOptions options;
        options.dataDir = data.path();
        AppServices services;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        QVERIFY(!services.damagedMovedTo().isEmpty());
        AppContext context(AppMode::Kiosk, services);
        SyncClient sync(&m_nam, &services.database(), Fixtures::quickRounds(),
                        [] { return QDateTime::currentDateTimeUtc(); }, [] { return 0.5; });
        QVERIFY(!sync.isEnrolled());
        context.setEnrollmentClient(&sync);
        QCOMPARE(context.damagedDatabase(), QFileInfo(services.damagedMovedTo()).fileName());

        QSignalSpy enrolled(&sync, &SyncClient::enrollFinished);
        sync.enroll(QUrl(server.url()), server.enrollCode(u"kiosk"_s, u"site-a"_s));
        QVERIFY(enrolled.wait(20000));
        QVERIFY(enrolled.first().at(0).toBool());
        QTRY_VERIFY(context.damagedDatabase().isEmpty());
        QVERIFY(SyncStateRepository(services.database().connection())
                    .value(AppServices::kDamagedDatabaseKey.toString())
                    .isEmpty());
        QVERIFY(Fixtures::syncRound(sync));
        QVERIFY(services.catalogue().count() > 0);
        // The damaged file is still where it was put.
        QVERIFY(QFile::exists(services.damagedMovedTo()));
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
