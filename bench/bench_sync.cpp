// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync against the real meedoen-server on loopback (issue 4, item 7), on SQLite or — with
// MEEDOEN_TEST_PG=1 under pg_virtualenv — PostgreSQL:
//   sync_drain_<db>      a kiosk drains N queued mutations (N/2 registrations + N/2 sign-ups)
//                        through SyncClient; ratio against inserting the very rows the server
//                        wrote for them (mutation, person, consent, signup, change_log) into
//                        scratch tables of the same shape in the same server database, one
//                        transaction, prepared batch.
//   sync_pull_<db>       a fresh kiosk pulls a catalogue of M opportunities; ratio against
//                        inserting the same rows into the catalogue table (FTS triggers and
//                        all) of another fresh device database, one transaction.
//   sync_pull_rss_<db>   the client's peak RSS during that pull over its RSS just before it
//                        (VmHWM after resetting it through /proc/self/clear_refs).
// Each prints "<name> <value> <unit> ratio=<x>"; QElapsedTimer sections go to stderr.
//
// Usage: meedoen_bench_sync [drain=10000] [pull=100000] [directory for the databases]

#include "benchutil.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "core/personalcode.h"
#include "storage/registrationrepository.h"
#include "sync/syncclient.h"
#include "common/syncfixture.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using SyncFixture::Server;

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "bench_sync: %s\n", what);
    std::exit(1);
}

// kB from a "Name:  1234 kB" line of /proc/self/status.
qint64 statusKb(const char *name)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resets VmHWM to the current RSS (Linux ≥ 4.0).
void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

SyncClient::Options benchOptions()
{
    SyncClient::Options o; // the protocol's batch (100) and the client's page (1000)
    o.schedule.baseDelayMs = 20;
    o.schedule.maxAttempts = 100000;
    o.periodicIntervalMs = 0;
    o.watchNetwork = false;
    return o;
}

std::unique_ptr<SyncClient> makeClient(QNetworkAccessManager *nam, Database *db)
{
    return std::make_unique<SyncClient>(nam, db, benchOptions(), [] { return QDateTime::currentDateTimeUtc(); },
                                        [] { return QRandomGenerator::global()->generateDouble(); });
}

// Waits for `signal` of `sender`; false after timeoutMs.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs, std::function<bool()> until = {})
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(sender, signal, &loop, [&] {
        if (!until || until()) {
            done = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done;
}

bool enroll(SyncClient &client, Server &server, std::function<void()> onEnrolled = {})
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &SyncClient::enrollFinished, &loop, [&](bool success) {
        ok = success;
        if (onEnrolled)
            onEnrolled();
    });
    QObject::connect(&client, &SyncClient::roundFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    client.enroll(QUrl(server.url()), server.enrollCode(u"kiosk"_s, u"site-a"_s));
    loop.exec();
    return ok;
}

// The rows of `table` matching `where`, column by column (for QSqlQuery::execBatch).
struct Rows
{
    QStringList columns;
    QList<QVariantList> values;
    qsizetype count = 0;
};

Rows readRows(QSqlDatabase db, const QString &table, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT * FROM "_s + table + u" WHERE "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        die("reading rows");
    Rows rows;
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        rows.columns.append(record.fieldName(c));
    rows.values.resize(record.count());
    while (q.next()) {
        for (int c = 0; c < record.count(); ++c)
            rows.values[c].append(q.value(c));
        ++rows.count;
    }
    return rows;
}

bool insertRows(QSqlDatabase db, const QString &table, const Rows &rows)
{
    QStringList marks;
    for (qsizetype c = 0; c < rows.columns.size(); ++c)
        marks.append(u"?"_s);
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO "_s + table + u" ("_s + rows.columns.join(u", "_s) + u") VALUES ("_s
                   + marks.join(u", "_s) + u")"_s))
        return false;
    for (const QVariantList &column : rows.values)
        q.addBindValue(column);
    if (!q.execBatch()) {
        std::fprintf(stderr, "insert into %s: %s\n", qPrintable(table), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// A scratch copy of a server table with the same columns, keys and indexes.
bool createScratch(QSqlDatabase db, bool postgres, const QString &table)
{
    QSqlQuery q(db);
    const QString scratch = u"bench_"_s + table;
    q.exec(u"DROP TABLE IF EXISTS "_s + scratch);
    if (postgres)
        return q.exec(u"CREATE TABLE "_s + scratch + u" (LIKE "_s + table + u" INCLUDING ALL)"_s);
    q.prepare(u"SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC"_s);
    q.addBindValue(table);
    if (!q.exec())
        return false;
    QStringList statements;
    while (q.next()) {
        QString sql = q.value(2).toString();
        if (q.value(0).toString() == "table"_L1) {
            sql.replace(u"CREATE TABLE "_s + table, u"CREATE TABLE "_s + scratch);
        } else {
            sql.replace(u"CREATE INDEX "_s + q.value(1).toString(), u"CREATE INDEX bench_"_s + q.value(1).toString());
            sql.replace(u" ON "_s + table, u" ON "_s + scratch);
        }
        statements.append(sql);
    }
    for (const QString &s : std::as_const(statements)) {
        if (!q.exec(s))
            return false;
    }
    return !statements.isEmpty();
}

void dropScratch(QSqlDatabase db, const QStringList &tables)
{
    QSqlQuery q(db);
    for (const QString &t : tables)
        q.exec(u"DROP TABLE IF EXISTS bench_"_s + t);
}

// N queued mutations: N/2 tenants each registered and signed up for "open" at the kiosk.
void queueSubmissions(Database &db, int mutations)
{
    QSqlQuery pragma(db.connection());
    pragma.exec(u"PRAGMA synchronous = OFF"_s); // seeding is not what is measured
    for (int i = 0; i < mutations / 2; ++i) {
        if (Fixtures::queueSignup(db.connection(), u"open"_s).isEmpty())
            die("queueing a submission");
    }
    pragma.exec(u"PRAGMA synchronous = FULL"_s);
}

void drain(const QString &dir, const QString &backend, int mutations)
{
    Server server(TestPaths::serverBinary(), dir);
    if (!server.createDatabase(u"drain"_s) || !server.importCatalogue(3) || !server.start())
        die("starting the server");
    QNetworkAccessManager nam;
    Database db;
    if (db.open(dir + u"/drain-kiosk.db"_s) != Database::Status::Open)
        die("opening the device database");
    auto client = makeClient(&nam, &db);
    if (!enroll(*client, server))
        die("enrolling");
    queueSubmissions(db, mutations);
    client->refreshPendingCount();
    if (client->pendingCount() != mutations)
        die("queue size");
    const qint64 logBefore = server.count(u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s);

    QElapsedTimer timer;
    timer.start();
    client->syncNow();
    if (!waitFor(client.get(), &SyncClient::roundFinished, 600000, [&] { return client->pendingCount() == 0; }))
        die("draining did not finish");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double rate = mutations / seconds;
    std::fprintf(stderr, "drain: %d mutations in %.3f s\n", mutations, seconds);
    if (server.count(u"SELECT COUNT(*) FROM mutation"_s) != mutations)
        die("the server does not hold every mutation once");

    // The baseline: the same rows, written by nothing but a prepared batch insert.
    server.stop();
    QSqlDatabase sdb = server.inspect();
    const bool postgres = SyncFixture::usePostgres();
    if (!postgres) {
        QSqlQuery q(sdb);
        q.exec(u"PRAGMA synchronous = FULL"_s); // as the server runs it
    }
    const QStringList tables{u"mutation"_s, u"person"_s, u"consent"_s, u"signup"_s, u"change_log"_s};
    QList<Rows> rows{
        readRows(sdb, u"mutation"_s, u"1 = 1"_s, {}),
        readRows(sdb, u"person"_s, u"1 = 1"_s, {}),
        readRows(sdb, u"consent"_s, u"1 = 1"_s, {}),
        readRows(sdb, u"signup"_s, u"1 = 1"_s, {}),
        readRows(sdb, u"change_log"_s, u"seq > ?"_s, {logBefore}),
    };
    qsizetype total = 0;
    for (const Rows &r : std::as_const(rows))
        total += r.count;
    for (const QString &t : tables) {
        if (!createScratch(sdb, postgres, t))
            die("creating a scratch table");
    }
    timer.restart();
    if (!sdb.transaction())
        die("begin");
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (!insertRows(sdb, u"bench_"_s + tables.at(i), rows.at(i)))
            die("raw insert");
    }
    if (!sdb.commit())
        die("commit");
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9;
    dropScratch(sdb, tables);
    const double rawRate = mutations / rawSeconds;
    std::fprintf(stderr, "drain baseline: %lld rows for %d mutations in %.3f s\n", qlonglong(total), mutations, rawSeconds);
    Bench::report(qPrintable(u"sync_drain_raw_insert_"_s + backend), rawRate, "mutations/s");
    Bench::report(qPrintable(u"sync_drain_"_s + backend), rate, "mutations/s", rawRate);
}

void pull(const QString &dir, const QString &backend, int rows)
{
    Server server(TestPaths::serverBinary(), dir);
    QElapsedTimer timer;
    timer.start();
    if (!server.createDatabase(u"pull"_s) || !server.importCatalogue(3, rows - 2) || !server.start())
        die("starting the server with the catalogue");
    std::fprintf(stderr, "pull: server imported %d opportunities in %.3f s\n", rows, double(timer.elapsed()) / 1e3);

    QNetworkAccessManager nam;
    Database db;
    if (db.open(dir + u"/pull-kiosk.db"_s) != Database::Status::Open)
        die("opening the device database");
    auto client = makeClient(&nam, &db);
    qint64 baselineKb = 0;
    // Enrolment starts the first round at once, and that round is the initial pull.
    const bool enrolled = enroll(*client, server, [&] {
        baselineKb = statusKb("VmRSS");
        resetPeakRss();
        timer.restart();
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 peakKb = statusKb("VmHWM");
    if (!enrolled)
        die("enrolling");
    const int pulled = CatalogueRepository(db.connection()).count();
    if (pulled != rows)
        die("the device does not hold the whole catalogue");
    std::fprintf(stderr, "pull: %d rows in %.3f s; RSS before %lld kB, peak %lld kB\n", pulled, seconds,
                 qlonglong(baselineKb), qlonglong(peakKb));

    // The baseline: the same rows into the catalogue table of another fresh device database.
    Database fresh;
    if (fresh.open(dir + u"/pull-raw.db"_s) != Database::Status::Open)
        die("opening the baseline database");
    const Rows neighbourhoods = readRows(db.connection(), u"neighbourhood"_s, u"1 = 1"_s, {});
    const Rows sites = readRows(db.connection(), u"site"_s, u"1 = 1"_s, {});
    const Rows opportunities = readRows(db.connection(), u"opportunity"_s, u"1 = 1"_s, {});
    timer.restart();
    {
        Transaction tx(fresh.connection());
        if (!insertRows(fresh.connection(), u"neighbourhood"_s, neighbourhoods)
            || !insertRows(fresh.connection(), u"site"_s, sites)
            || !insertRows(fresh.connection(), u"opportunity"_s, opportunities) || !tx.commit())
            die("raw insert");
    }
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double rawRate = rows / rawSeconds;
    std::fprintf(stderr, "pull baseline: %d rows in %.3f s\n", rows, rawSeconds);
    Bench::report(qPrintable(u"sync_pull_raw_insert_"_s + backend), rawRate, "rows/s");
    Bench::report(qPrintable(u"sync_pull_"_s + backend), rows / seconds, "rows/s", rawRate);
    const double overMb = double(peakKb - baselineKb) / 1024.0;
    std::printf("sync_pull_rss_%s %.3f MB ratio=%.2f baseline=%.1fMB peak=%.1fMB\n", qPrintable(backend), overMb,
                baselineKb > 0 ? double(peakKb) / double(baselineKb) : 0.0, double(baselineKb) / 1024.0,
                double(peakKb) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int drainCount = args.value(1, u"10000"_s).toInt();
    const int pullCount = args.value(2, u"100000"_s).toInt();
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + u"/bench-sync-XXXXXX"_s : QString());
    if (!tmp.isValid() || drainCount < 0 || pullCount < 0 || drainCount == 1 || pullCount == 1 || pullCount == 2)
        die("usage: meedoen_bench_sync [drain=10000] [pull=100000] [directory]");
    const QString backend = SyncFixture::usePostgres() ? u"postgresql"_s : u"sqlite"_s;
    if (drainCount > 0)
        drain(tmp.path(), backend, drainCount);
    if (pullCount > 0)
        pull(tmp.path(), backend, pullCount);
    return 0;
}
