// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The corporation's areas at CBS size (issue 14, "Tests and figures"):
//  1. `import-areas`' work — reading a generated CBS postcode-huisnummer-buurt table of N rows
//     (core/postcodeareas.h) and Areas::importAreas() into a fresh server database (SQLite) —
//     against a raw prepared batch insert of the same rows, already split, into a table of the
//     CBS table's columns with the sqlite3 C API, in one transaction, same run. Target: our
//     rows/s at most 1.5 times slower (ratio = our time / the baseline's).
//  2. The device's look-up postcode + house number → neighbourhood
//     (CatalogueRepository::neighbourhoodAt) over the pulled ranges of that table: p95 of
//     many random look-ups, against the same query through the C API. Target: p95 ≤ 1 ms.
//
// Usage: meedoen_bench_areas [ROWS=500000] [LOOKUPS=100000] [WORKDIR]

#include "benchutil.h"
#include "rawsqlite.h"

#include "core/postcodeareas.h"
#include "server/store/store.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

struct Row
{
    std::string postcode;
    int number;
    std::string buurt, wijk, gemeente;
};

// CBS-shaped: quoted values, ';', CRLF; ~18 addresses per postcode on two sides of a street
// (odd and even numbers), ~40 postcodes per buurt, some postcodes split between two buurten.
QByteArray generate(int rows, std::vector<Row> &split)
{
    QByteArray csv = "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\r\n";
    csv.reserve(qsizetype(rows) * 48);
    split.reserve(size_t(rows));
    QRandomGenerator rng(14);
    int postcode = 0;
    int written = 0;
    char line[128];
    while (written < rows) {
        const int digits = 1000 + postcode / 676;
        const char l1 = char('A' + (postcode / 26) % 26);
        const char l2 = char('A' + postcode % 26);
        const int buurt = postcode / 40;
        const int addresses = 6 + int(rng.bounded(25));
        const bool divided = rng.bounded(10) == 0;
        for (int a = 0; a < addresses && written < rows; ++a, ++written) {
            const int number = 1 + a * (a % 2 ? 1 : 2);
            const int b = divided && number > 20 ? buurt + 1 : buurt;
            char pc[16], bu[24], wk[24], gm[16];
            std::snprintf(pc, sizeof pc, "%d%c%c", digits, l1, l2);
            std::snprintf(bu, sizeof bu, "%04d%04d", 1 + b / 10000 % 9999, b % 10000);
            std::snprintf(wk, sizeof wk, "%04d%02d", 1 + b / 10000 % 9999, b / 100 % 100);
            std::snprintf(gm, sizeof gm, "%04d", 1 + b / 10000 % 9999);
            const int n = std::snprintf(line, sizeof line, "\"%s\";\"%d\";\"%s\";\"%s\";\"%s\"\r\n", pc, number, bu, wk, gm);
            csv.append(line, n);
            split.push_back({pc, number, bu, wk, gm});
        }
        ++postcode;
    }
    return csv;
}

double elapsedMs(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 500000;
    const int lookups = args.size() > 2 ? args.at(2).toInt() : 100000;
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + u"/areas-XXXXXX"_s : QString());
    if (!tmp.isValid() || rows <= 0 || lookups <= 0) {
        std::fprintf(stderr, "usage: meedoen_bench_areas [ROWS] [LOOKUPS] [WORKDIR]\n");
        return 2;
    }
    std::vector<Row> split;
    const QByteArray csv = generate(rows, split);

    // Baseline first: the same rows into a table of the CBS columns, one prepared INSERT.
    double baselineMs = 0;
    {
        QFile created(tmp.filePath(u"raw.db"_s)); // RawSqlite opens an existing file
        if (!created.open(QIODevice::WriteOnly))
            return 1;
        created.close();
        Bench::RawSqlite raw(created.fileName());
        raw.exec("CREATE TABLE postcode_row (pc6 TEXT NOT NULL, huisnummer INTEGER NOT NULL, buurt TEXT NOT NULL, "
                 "wijk TEXT NOT NULL, gemeente TEXT NOT NULL)");
        sqlite3_stmt *insert = raw.prepare("INSERT INTO postcode_row VALUES (?, ?, ?, ?, ?)");
        QElapsedTimer t;
        t.start();
        raw.exec("BEGIN");
        for (const Row &r : split) {
            sqlite3_bind_text(insert, 1, r.postcode.c_str(), int(r.postcode.size()), SQLITE_STATIC);
            sqlite3_bind_int(insert, 2, r.number);
            sqlite3_bind_text(insert, 3, r.buurt.c_str(), int(r.buurt.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 4, r.wijk.c_str(), int(r.wijk.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, r.gemeente.c_str(), int(r.gemeente.size()), SQLITE_STATIC);
            raw.step(insert);
        }
        raw.exec("COMMIT");
        baselineMs = elapsedMs(t);
    }

    // Ours: read and check the file, collapse, import into the server's database.
    QString error;
    const auto store = Server::openStore(u"sqlite:"_s + tmp.filePath(u"server.db"_s), &error);
    if (!store || !store->migrate()) {
        std::fprintf(stderr, "server database: %s\n", qPrintable(store ? store->lastError() : error));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const AreaTableRead read = PostcodeAreas::read(csv);
    const double readMs = elapsedMs(t);
    if (read.error) {
        std::fprintf(stderr, "line %d: %s\n", read.error->line, qPrintable(read.error->message));
        return 1;
    }
    const auto summary = store->importAreas(read.table);
    const double oursMs = elapsedMs(t);
    if (!summary) {
        std::fprintf(stderr, "import: %s\n", qPrintable(store->lastError()));
        return 1;
    }
    qsizetype ranges = 0;
    for (const PostcodeArea &a : read.table.areas)
        ranges += a.ranges.size();
    std::printf("# %d rows, %lld postcodes, %lld ranges, %lld neighbourhoods; reading %.0f ms of %.0f ms\n", rows,
                qlonglong(read.table.areas.size()), qlonglong(ranges), qlonglong(read.table.neighbourhoods.size()),
                readMs, oursMs);
    Bench::report("areas_import_rows_per_s", rows / (oursMs / 1000), "rows/s");
    Bench::report("areas_raw_insert_rows_per_s", rows / (baselineMs / 1000), "rows/s");
    Bench::report("areas_import_ms", oursMs, "ms", baselineMs);

    // The device: the pulled ranges, then random addresses of the table.
    Database device;
    if (device.open(tmp.filePath(u"device.db"_s)) != Database::Status::Open) {
        std::fprintf(stderr, "device database\n");
        return 1;
    }
    CatalogueRepository catalogue(device.connection());
    {
        Transaction tx(device.connection());
        for (const PostcodeArea &a : read.table.areas) {
            if (!catalogue.keepPostcodeArea(a))
                return 1;
        }
        if (!tx.commit())
            return 1;
    }
    QRandomGenerator rng(7);
    std::vector<std::pair<QString, int>> addresses;
    addresses.reserve(size_t(lookups));
    for (int i = 0; i < lookups; ++i) {
        const Row &r = split[rng.bounded(quint32(split.size()))];
        const QString pc = QString::fromStdString(r.postcode);
        addresses.push_back({pc.left(4) + u' ' + pc.right(2), r.number});
    }
    std::vector<double> ours, baseline;
    ours.reserve(size_t(lookups));
    int found = 0;
    for (const auto &[postcode, number] : addresses) {
        t.start();
        found += catalogue.neighbourhoodAt(postcode, number).isEmpty() ? 0 : 1;
        ours.push_back(elapsedMs(t));
    }
    {
        Bench::RawSqlite raw(tmp.filePath(u"device.db"_s));
        sqlite3_stmt *q = raw.prepare("SELECT last_number, neighbourhood_id FROM postcode_range WHERE postcode = ? "
                                      "AND first_number <= ? ORDER BY first_number DESC LIMIT 1");
        baseline.reserve(size_t(lookups));
        for (const auto &[postcode, number] : addresses) {
            const QByteArray pc6 = (postcode.left(4) + postcode.right(2)).toLatin1();
            t.start();
            sqlite3_bind_text(q, 1, pc6.constData(), int(pc6.size()), SQLITE_STATIC);
            sqlite3_bind_int(q, 2, number);
            const int rc = sqlite3_step(q);
            const bool hit = rc == SQLITE_ROW && sqlite3_column_int(q, 0) >= number;
            sqlite3_reset(q);
            baseline.push_back(elapsedMs(t));
            if (!hit)
                return 1;
        }
    }
    if (found != lookups) {
        std::fprintf(stderr, "%d of %d addresses found\n", found, lookups);
        return 1;
    }
    Bench::report("areas_lookup_p50_ms", Bench::percentile(ours, 50), "ms", Bench::percentile(baseline, 50));
    Bench::report("areas_lookup_p95_ms", Bench::percentile(ours, 95), "ms", Bench::percentile(baseline, 95));
    return 0;
}
