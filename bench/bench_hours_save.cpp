// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Logging one hours entry on the phone: PhoneHoursRepository::log (the entry and its `hours`
// outbox row, one transaction, WAL + synchronous=FULL) against the same two rows written
// with the sqlite3 C API (prepared statements, one BEGIN/COMMIT, same pragmas, same schema).
// Rounds alternate between the two to cancel drift; the medians and their ratio are printed
// (target: ratio <= 1.3).
//
// Usage: meedoen_bench_hours_save [iterations=300] [directory for the database files]

#include "benchutil.h"
#include "rawsqlite.h"
#include "protocol/mutation.h"
#include "storage/database.h"
#include "storage/phonehoursrepository.h"
#include "storage/registrationrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

constexpr int kRoundSize = 10;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 12, 6), QTime(10, 15), Qt::UTC);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The phone's tenant, in both files: an hours entry points at them.
Person tenant()
{
    Person p;
    p.id = u"6f1c2a52-3c1e-4f0a-9d59-2b6a4c1e8f01"_s;
    p.personalCode = u"MD000001"_s;
    p.givenName = u"Fatma"_s;
    p.familyName = u"Yılmaz"_s;
    p.phone = u"+31612345678"_s;
    p.address = {u"3081 AB"_s, 12, u"B"_s};
    p.dateOfBirth = QDate(1978, 4, 23);
    return p;
}

HoursEntry makeEntry(int i)
{
    HoursEntry e;
    e.id = newId();
    e.personId = tenant().id;
    e.opportunityId = u"wlw-moestuin-01"_s;
    e.date = fixedNow().date().addDays(-(i % 50));
    e.minutes = 90;
    e.note = u"Onkruid gewied en de bakken gevuld"_s;
    return e;
}

// The two INSERTs log() runs, without Qt: hours_entry, outbox.
class RawWriter
{
public:
    explicit RawWriter(const QString &path) : m_sql(path)
    {
        m_entry = m_sql.prepare("INSERT INTO hours_entry (id, person_id, opportunity_id, date, minutes, note, state, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        m_outbox = m_sql.prepare("INSERT INTO outbox (mutation_id, kind, entity_id, payload, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)");
        m_begin = m_sql.prepare("BEGIN");
        m_commit = m_sql.prepare("COMMIT");
    }

    std::string personId;
    std::string payload; // the size of the repository's (computed once, outside the timing)

    void save(int i)
    {
        using Bench::RawSqlite;
        const std::string id = Bench::numbered("raw-entry-", i);
        const std::string now = "2026-12-06T10:15:00.000Z";
        m_sql.step(m_begin);
        RawSqlite::text(m_entry, 1, id);
        RawSqlite::text(m_entry, 2, personId);
        RawSqlite::text(m_entry, 3, "wlw-moestuin-01");
        RawSqlite::text(m_entry, 4, "2026-12-03");
        sqlite3_bind_int(m_entry, 5, 90);
        RawSqlite::text(m_entry, 6, "Onkruid gewied en de bakken gevuld");
        RawSqlite::text(m_entry, 7, "queued");
        RawSqlite::text(m_entry, 8, now);
        m_sql.step(m_entry);
        RawSqlite::text(m_outbox, 1, Bench::numbered("raw-mutation-", i));
        RawSqlite::text(m_outbox, 2, "hours");
        RawSqlite::text(m_outbox, 3, id);
        sqlite3_bind_blob(m_outbox, 4, payload.data(), int(payload.size()), SQLITE_TRANSIENT);
        RawSqlite::text(m_outbox, 5, now);
        m_sql.step(m_outbox);
        m_sql.step(m_commit);
    }

private:
    Bench::RawSqlite m_sql;
    sqlite3_stmt *m_entry = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

bool addTenant(const QSqlDatabase &db)
{
    Submission s;
    s.newPerson = tenant();
    return RegistrationRepository(db).submit(s, fixedNow());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int iterations = std::max(kRoundSize, args.value(1, u"300"_s).toInt());

    QTemporaryDir tmp(args.size() > 2 ? args.at(2) + u"/meedoen-bench-XXXXXX"_s : QString());
    if (!tmp.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    Database database;
    if (database.open(tmp.filePath(u"meedoen.db"_s)) != Database::Status::Open || !addTenant(database.connection())) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    // The raw side gets its own file with the very same schema and tenant, made by Database.
    const QString rawPath = tmp.filePath(u"raw.db"_s);
    {
        Database schemaOnly;
        if (schemaOnly.open(rawPath) != Database::Status::Open || !addTenant(schemaOnly.connection())) {
            std::fprintf(stderr, "cannot create the raw database\n");
            return 1;
        }
    }
    PhoneHoursRepository repository(database.connection());
    RawWriter raw(rawPath);
    raw.personId = tenant().id.toStdString();
    raw.payload = QJsonDocument(Wire::toJson(Wire::HoursPayload{QString(), makeEntry(0)}))
                      .toJson(QJsonDocument::Compact).toStdString();

    int next = 1;
    for (int i = 0; i < kRoundSize; ++i, ++next) {
        if (!repository.log(makeEntry(next), fixedNow(), newId()))
            return 1;
        raw.save(next);
    }

    const auto times = Bench::alternateSaves(iterations, kRoundSize, next, [&](int n) {
        const HoursEntry entry = makeEntry(n);
        const QString mutationId = newId();
        return [&repository, entry, mutationId] { return repository.log(entry, fixedNow(), mutationId); };
    }, [&raw](int n) { raw.save(n); });
    if (!times)
        return 1;
    const std::vector<double> &repoMs = times->ours, &rawMs = times->baseline;
    const double rawMedian = Bench::median(rawMs);
    Bench::report("hours_save_median", Bench::median(repoMs), "ms", rawMedian);
    Bench::report("hours_save_p95", Bench::percentile(repoMs, 95), "ms", Bench::percentile(rawMs, 95));
    Bench::report("hours_save_raw_median", rawMedian, "ms");
    return 0;
}
