// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/sqlstore.h"
#include "server/store/pgdirect.h"
#include "sqlite/sqlitedirect.h"
#include "server/store/storehelpers.h"

#include "core/personalcode.h"
#include "core/validation.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <atomic>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "meedoen.server.store")

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

constexpr qint64 kClockSkewLimitSeconds = 5 * 60;
// Any constant: every writer takes this transaction-level lock, so change-log rows are
// appended (and committed) strictly in sequence order. See docs/sync-protocol.md.
constexpr qint64 kChangeLogLockKey = 0x4d656564; // "Meed"

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"meedoen-server-%1"_s.arg(counter.fetch_add(1));
}

// The change-log scopes. "catalogue" rows are for every device; "personal" rows carry
// site, device and person so the pull query can pick a device's share.
const QString kCatalogue = u"catalogue"_s;
const QString kPersonal = u"personal"_s;

// The tables push() writes with multi-row INSERTs (SqlStore::addRow), in flush order.
struct DeferredTable
{
    QLatin1StringView name;
    QLatin1StringView insert;
    QLatin1StringView tail;
    int width;
};
constexpr DeferredTable kDeferredTables[] = {
    {"person"_L1,
     "INSERT INTO person (id, personal_code, date_of_birth, site_id, device_id, created_at, data) VALUES"_L1, ""_L1,
     7},
    {"signup"_L1,
     "INSERT INTO signup (id, reference_code, person_id, opportunity_id, site_id, device_id, state, "
     "waitlist_position, decline_reason, arrival, created_at, received_at, data) VALUES"_L1,
     ""_L1, 13},
    {"consent"_L1, "INSERT INTO consent (person_id, purpose, text_version, given_at, withdrawn_at) VALUES"_L1,
     " ON CONFLICT (person_id, purpose, given_at) DO NOTHING"_L1, 5},
    {"change_log"_L1,
     "INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) VALUES"_L1, ""_L1, 8},
    {"mutation"_L1,
     "INSERT INTO mutation (device_id, seq, mutation_id, kind, payload_hash, outcome, device_time, received_at, "
     "clock_skewed) VALUES"_L1,
     ""_L1, 9},
};
// Rows per statement: few distinct statement texts to prepare, well below SQLite's and
// PostgreSQL's limits on bound parameters.
constexpr int kRowsPerInsert = 128;
// Statement texts kept prepared; beyond that (texts built from a staff filter, say) a
// statement is prepared for its one use, so a long-running server does not grow.
constexpr size_t kMaxCachedStatements = 1024;

// An IN list is padded with NULLs to one of these lengths (a NULL matches nothing), so a
// handful of statement texts serve every batch.
constexpr int kInListLengths[] = {8, 16, 32, 64, 128};

} // namespace

struct SqlStore::BatchView
{
    struct Person
    {
        QString id;
        QDate dateOfBirth;
    };
    struct Opportunity
    {
        QString status;
        int capacity = 0;
        int confirmed = 0;  // as stored plus this batch's
        int waitlisted = 0; // as stored plus this batch's
        int minimumAge = 0;
        QDate endDate;
        QVariant site;
    };
    QHash<QString, QDate> personById;       // the persons these mutations name, and this batch's
    QHash<QString, Person> personByCode;    // by personal code
    QSet<QString> signupIds;                // sign-ups that exist already
    QSet<QString> referenceCodes;           // reference codes taken
    QSet<QString> holds;                    // person + '|' + opportunity, confirmed or waitlisted
    QHash<QString, Opportunity> opportunities;
};

// What applySignup() decides on, from the batch's view.
struct SqlStore::SignupFacts
{
    bool known = false; // this sign-up exists (a resend under another seq)
    QString personId;   // empty: no such person
    QDate dateOfBirth;
    BatchView::Opportunity *opportunity = nullptr; // null: no such opportunity
    bool alreadyHolds = false;
    bool referenceTaken = false;
};

SqlStore::SqlStore(Dialect dialect, const QString &connectionName)
    : m_dialect(dialect), m_connectionName(connectionName), m_cacheStatements(cachesOutsideWrites()),
      m_pipeline(dialect == Dialect::Postgres ? std::make_unique<PgDirect::Pipeline>() : nullptr)
{
}

SqlStore::~SqlStore()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void SqlStore::configureSession()
{
    if (m_dialect != Dialect::Postgres)
        return;
    QSqlQuery q(db());
    q.exec(u"SET client_min_messages = warning"_s);
    // Statements stay prepared for the server's lifetime while the tables grow from
    // nothing: a generic plan made for an empty sign-up table scans it, for ever. Each
    // execution is planned for its values and the table as it is now.
    q.exec(u"SET plan_cache_mode = force_custom_plan"_s);
}

bool SqlStore::reconnectIfBroken()
{
    // Only between transactions, and not while a caller still reads a cached statement.
    if (m_dialect != Dialect::Postgres || m_inTransaction)
        return true;
    // Closed: the last attempt to connect again failed; try once more.
    const bool closed = !db().isOpen();
    if (!closed && !PgDirect::isBroken(PgDirect::handle(db())))
        return true;
    for (const auto &[sql, statement] : m_statements) {
        if (statement->busy)
            return true;
    }
    qCWarning(lcStore) << "no working connection to PostgreSQL; connecting again";
    // Their prepared statements went with the old session.
    m_statements.clear();
    m_pipeline = std::make_unique<PgDirect::Pipeline>();
    QSqlDatabase d = db();
    d.close();
    if (!d.open()) {
        m_error = u"reconnect: "_s + d.lastError().text().section(u'\n', 0, 0);
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    configureSession();
    return true;
}

void SqlStore::fail(const QSqlError &error, QStringView what)
{
    // Only the first line: PostgreSQL's DETAIL lines may quote row values (personal data).
    const QString text = error.text().section(u'\n', 0, 0);
    m_error = what.toString() + u": "_s + text;
    qCWarning(lcStore).noquote() << m_error;
}

SqlStore::Statement SqlStore::run(const QString &sql, const QVariantList &binds)
{
    // While a write transaction is open, each statement is prepared once and reused; one
    // still lent to a caller (a nested loop over the same SQL) is not: that call gets a
    // statement of its own.
    if (!reconnectIfBroken())
        return {};
    Statement q;
    if (m_cacheStatements) {
        auto it = m_statements.find(sql);
        if (it == m_statements.end() && m_statements.size() < kMaxCachedStatements) {
            auto entry = std::make_unique<CachedStatement>();
            entry->query = QSqlQuery(db());
            entry->query.setForwardOnly(true);
            if (!entry->query.prepare(sql)) {
                fail(entry->query.lastError(), u"prepare");
                return {};
            }
            it = m_statements.emplace(sql, std::move(entry)).first;
        }
        if (it != m_statements.end() && !it->second->busy) {
            it->second->query.finish();
            q = Statement(&it->second->query, &it->second->busy);
        }
    }
    if (!q) {
        QSqlQuery own(db());
        own.setForwardOnly(true);
        if (!own.prepare(sql)) {
            fail(own.lastError(), u"prepare");
            return {};
        }
        q = Statement(std::move(own));
    }
    for (const QVariant &v : binds)
        q->addBindValue(v);
    if (!q->exec()) {
        fail(q->lastError(), u"exec");
        return {};
    }
    return q;
}

bool SqlStore::runRaw(const QString &sql)
{
    if (!reconnectIfBroken())
        return false;
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        fail(q.lastError(), u"exec");
        return false;
    }
    return true;
}

std::optional<QVariant> SqlStore::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = run(sql, binds);
    if (!q)
        return std::nullopt;
    if (!q->next())
        return QVariant();
    QVariant value = q->value(0);
    q->finish();
    return value;
}

void SqlStore::forgetWriteState()
{
    finishCached();
    m_deferOpportunities = false;
    m_touchedOpportunities.clear();
    m_touchedSet.clear();
    m_nextArrival = 0;
    m_deferRows = false;
    m_deferredRows.clear();
    m_deferredStatements.clear();
    m_confirmedDelta.clear();
    m_confirmedOrder.clear();
    m_view.reset();
}

bool SqlStore::beginWrite()
{
    forgetWriteState();
    if (m_dialect == Dialect::Sqlite) {
        if (!runRaw(u"BEGIN IMMEDIATE"_s))
            return false;
    } else {
        // One round trip for both (the key is a constant, not input). Should the lock fail,
        // the transaction is aborted and the write's first statement fails.
        if (!runRaw(u"BEGIN; SELECT pg_advisory_xact_lock(%1)"_s.arg(kChangeLogLockKey)))
            return false;
    }
    m_inTransaction = true;
    m_cacheStatements = true;
    return true;
}

void SqlStore::finishCached()
{
    for (auto &[sql, statement] : m_statements)
        statement->query.finish();
    m_cacheStatements = cachesOutsideWrites();
}

bool SqlStore::commit()
{
    finishCached();
    m_deferOpportunities = false;
    const bool committed = runRaw(u"COMMIT"_s);
    m_inTransaction = false;
    if (committed)
        return true;
    rollback();
    return false;
}

void SqlStore::rollback()
{
    forgetWriteState();
    QSqlQuery q(db());
    q.exec(u"ROLLBACK"_s);
    m_inTransaction = false;
}

QString SqlStore::lastError() const
{
    return m_error;
}

// ---------------------------------------------------------------- migrations

QList<QStringList> SqlStore::migrations() const
{
    const QString serialKey = m_dialect == Dialect::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                           : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s;
    return {
        // 1: catalogue, devices, people, sign-ups, the mutation record and the change log.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE neighbourhood (id TEXT PRIMARY KEY, data TEXT NOT NULL)"_s,
            u"CREATE TABLE site (id TEXT PRIMARY KEY, name TEXT NOT NULL, neighbourhood TEXT NOT NULL, "
            "data TEXT NOT NULL)"_s,
            // The database itself refuses more confirmed places than the capacity.
            u"CREATE TABLE opportunity (id TEXT PRIMARY KEY, site_id TEXT, status TEXT NOT NULL, "
            "capacity INTEGER NOT NULL, minimum_age INTEGER NOT NULL, end_date TEXT, "
            "confirmed INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, "
            "CONSTRAINT opportunity_capacity CHECK (confirmed >= 0 AND (capacity = 0 OR confirmed <= capacity)))"_s,
            u"CREATE TABLE enrollment_code (code_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, site_id TEXT NOT NULL, "
            "expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)"_s,
            u"CREATE TABLE device (id TEXT PRIMARY KEY, kind TEXT NOT NULL, site_id TEXT NOT NULL, "
            "token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, revoked_at TEXT, "
            "last_seq BIGINT NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE device_person (device_id TEXT NOT NULL, person_id TEXT NOT NULL, "
            "PRIMARY KEY (device_id, person_id))"_s,
            u"CREATE TABLE person (id TEXT PRIMARY KEY, personal_code TEXT UNIQUE, date_of_birth TEXT, "
            "site_id TEXT NOT NULL, device_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL)"_s,
            u"CREATE TABLE consent (person_id TEXT NOT NULL, purpose TEXT NOT NULL, text_version TEXT NOT NULL, "
            "given_at TEXT NOT NULL, withdrawn_at TEXT, PRIMARY KEY (person_id, purpose, given_at))"_s,
            u"CREATE TABLE signup (id TEXT PRIMARY KEY, reference_code TEXT NOT NULL UNIQUE, "
            "person_id TEXT NOT NULL, opportunity_id TEXT NOT NULL, site_id TEXT, device_id TEXT NOT NULL, "
            "state TEXT NOT NULL, waitlist_position INTEGER NOT NULL DEFAULT 0, decline_reason TEXT, "
            "arrival BIGINT NOT NULL UNIQUE, created_at TEXT, received_at TEXT NOT NULL, data TEXT NOT NULL)"_s,
            u"CREATE INDEX signup_by_opportunity ON signup (opportunity_id, state, arrival)"_s,
            u"CREATE TABLE mutation (device_id TEXT NOT NULL, seq BIGINT NOT NULL, mutation_id TEXT NOT NULL, "
            "kind TEXT NOT NULL, payload_hash TEXT NOT NULL, outcome TEXT NOT NULL, device_time TEXT, "
            "received_at TEXT NOT NULL, clock_skewed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (device_id, seq))"_s,
            // Same sequence number, other payload: set aside for staff, never dropped.
            u"CREATE TABLE conflict (device_id TEXT NOT NULL, seq BIGINT NOT NULL, payload_hash TEXT NOT NULL, "
            "mutation_id TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL, "
            "resolved_at TEXT, PRIMARY KEY (device_id, seq, payload_hash))"_s,
            u"CREATE TABLE change_log (seq "_s + serialKey
                + u", entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                  "op TEXT NOT NULL, scope TEXT NOT NULL, site_id TEXT, device_id TEXT, person_id TEXT, "
                  "data TEXT NOT NULL)"_s,
            u"CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, seq)"_s,
            u"CREATE TABLE rate_window (device_id TEXT PRIMARY KEY, window_start BIGINT NOT NULL, "
            "hits INTEGER NOT NULL)"_s,
        },
        // 2: staff, their sessions and decisions, the audit log, hours, training placements.
        {
            // version: bumped on every state change; a staff decision carries the one it saw.
            u"ALTER TABLE signup ADD COLUMN version BIGINT NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE signup ADD COLUMN message_to_tenant TEXT"_s,
            u"ALTER TABLE signup ADD COLUMN placement TEXT"_s,
            u"ALTER TABLE person ADD COLUMN agreed_minutes INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE person ADD COLUMN erased_at TEXT"_s,
            u"CREATE TABLE staff (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
            "password_hash TEXT NOT NULL, created_at TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0, "
            "last_failure_at TEXT)"_s,
            u"CREATE TABLE staff_site (staff_id TEXT NOT NULL, site_id TEXT NOT NULL, PRIMARY KEY (staff_id, site_id))"_s,
            u"CREATE TABLE staff_session (token_hash TEXT PRIMARY KEY, staff_id TEXT NOT NULL, device_id TEXT NOT NULL, "
            "created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"_s,
            u"CREATE INDEX staff_session_by_device ON staff_session (device_id, staff_id)"_s,
            // Every decision, also the stale ones (status 'conflict') and refusals: never dropped.
            u"CREATE TABLE decision (id TEXT PRIMARY KEY, signup_id TEXT NOT NULL, site_id TEXT, "
            "staff_id TEXT NOT NULL, device_id TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL, "
            "message TEXT NOT NULL, seen_version BIGINT NOT NULL, current_version BIGINT NOT NULL, "
            "status TEXT NOT NULL, refusal TEXT, device_time TEXT, received_at TEXT NOT NULL, arrival BIGINT NOT NULL)"_s,
            u"CREATE TABLE audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, staff_id TEXT, device_id TEXT NOT NULL, "
            "device_time TEXT, site_id TEXT, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
            "detail TEXT NOT NULL)"_s,
            // A correction is a new row pointing at the one it corrects (at most one each).
            u"CREATE TABLE hours (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, opportunity_id TEXT NOT NULL, "
            "site_id TEXT, work_date TEXT NOT NULL, minutes INTEGER NOT NULL, note TEXT NOT NULL, "
            "corrects_id TEXT UNIQUE, staff_id TEXT, device_id TEXT NOT NULL, created_at TEXT NOT NULL, "
            "verified_by TEXT, verified_at TEXT)"_s,
            u"CREATE INDEX hours_by_person ON hours (person_id, work_date)"_s,
            u"CREATE TABLE placement_event (id TEXT PRIMARY KEY, signup_id TEXT NOT NULL, "
            "opportunity_id TEXT NOT NULL, site_id TEXT, kind TEXT NOT NULL, event_date TEXT NOT NULL, "
            "staff_id TEXT NOT NULL, device_id TEXT NOT NULL, received_at TEXT NOT NULL)"_s,
        },
        // 3: a sign-up's "does this person already hold a place or wait for one?" reads the
        // person's sign-ups, not every sign-up of a popular opportunity.
        {
            u"CREATE INDEX signup_by_person ON signup (person_id, opportunity_id)"_s,
        },
    };
}

bool SqlStore::migrate()
{
    if (!beginWrite())
        return false;
    if (!runRaw(u"CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s)) {
        rollback();
        return false;
    }
    const auto current = scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_migration"_s);
    if (!current) {
        rollback();
        return false;
    }
    const QList<QStringList> all = migrations();
    if (current->toInt() > all.size()) {
        m_error = u"the database has schema version %1, newer than this server (%2)"_s.arg(current->toInt()).arg(all.size());
        rollback();
        return false;
    }
    for (int version = current->toInt() + 1; version <= all.size(); ++version) {
        for (const QString &statement : all.at(version - 1)) {
            if (!runRaw(statement)) {
                rollback();
                return false;
            }
        }
        if (!run(u"INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"_s,
                 {version, isoUtc(QDateTime::currentDateTimeUtc())})) {
            rollback();
            return false;
        }
    }
    return commit();
}

int SqlStore::schemaVersion()
{
    const auto v = scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_migration"_s);
    return v ? v->toInt() : 0;
}

// ---------------------------------------------------------------- change log

bool SqlStore::appendChange(const QString &entity, const QString &id, const QString &op, const QString &scope,
                            const QVariant &site, const QVariant &device, const QVariant &person,
                            const QJsonObject &data)
{
    return appendChangeJson(entity, id, op, scope, site, device, person, compact(data));
}

bool SqlStore::appendChangeJson(const QString &entity, const QString &id, const QString &op, const QString &scope,
                                const QVariant &site, const QVariant &device, const QVariant &person,
                                const QString &dataJson)
{
    if (m_deferRows)
        return addRow(u"change_log"_s, {entity, id, op, scope, site, device, person, dataJson});
    return bool(run(u"INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {entity, id, op, scope, site, device, person, dataJson}));
}

bool SqlStore::addRow(const QString &table, const QVariantList &row)
{
    m_deferredRows[table].append(row);
    return true;
}

void SqlStore::deferStatement(const QString &sql, const QVariantList &binds)
{
    Q_ASSERT(m_deferRows);
    m_deferredStatements.append({sql, binds});
}

QString SqlStore::numbered(const QString &sql)
{
    // libpq takes $1, $2, …; the store's SQL has no '?' other than placeholders.
    QString text;
    text.reserve(sql.size() + 16);
    int n = 0;
    for (QChar c : sql) {
        if (c == u'?')
            text += u'$' + QString::number(++n);
        else
            text += c;
    }
    return text;
}

bool SqlStore::insertRowsDirect(sqlite3 *handle, const QString &sql, const QString &tail, int width,
                                const QVariantList &values)
{
    // One row per step of one prepared statement: with SQLite that costs no round trip, and
    // binding straight to it skips QtSql's per-value work, the larger part of a batch's write.
    SqliteDirect::Statement insert(handle, sql + u" ("_s + placeholders(width) + u')' + tail);
    for (qsizetype first = 0; first < values.size(); first += width) {
        if (!insert.run(values.mid(first, width))) {
            m_error = u"exec: "_s + insert.error();
            qCWarning(lcStore).noquote() << m_error;
            return false;
        }
    }
    return true;
}

void SqlStore::addInserts(PgDirect::Pipeline &pipeline, const QString &sql, const QString &tail, int width,
                          const QVariantList &values)
{
    // Multi-row INSERTs, "… VALUES ($1, $2), ($3, $4)", of 128, 64, …, 2 or 1 rows: a run of
    // 100 rows is 64 + 32 + 4. A handful of statement texts per table, each prepared once.
    const qsizetype rows = values.size() / width;
    for (qsizetype first = 0; first < rows;) {
        qsizetype n = kRowsPerInsert;
        while (n > rows - first)
            n /= 2;
        QString text = sql;
        for (qsizetype i = 0; i < n * width; ++i) {
            text += i % width == 0 ? (i == 0 ? u" ($"_s : u"), ($"_s) : u", $"_s;
            text += QString::number(i + 1);
        }
        text += u')' + tail;
        pipeline.add(text, values.mid(first * width, n * width));
        first += n;
    }
}

bool SqlStore::flushDeferred()
{
    // PostgreSQL gets every statement below in one pipeline (one round trip, values as
    // parameters: PgDirect); SQLite, in-process, runs them one by one.
    PgDirect::Pipeline *pipeline = m_pipeline.get();
    const bool pipelined = pipeline != nullptr;
    auto statement = [&](const QString &sql, const QVariantList &binds) {
        if (pipelined)
            pipeline->add(numbered(sql), binds);
        return pipelined || bool(run(sql, binds));
    };
    for (const auto &[sql, binds] : std::exchange(m_deferredStatements, {})) {
        if (!statement(sql, binds))
            return false;
    }
    // Places first: the opportunities' change-log rows (flushOpportunities) read them.
    for (const QString &id : std::as_const(m_confirmedOrder)) {
        const int delta = m_confirmedDelta.value(id);
        if (delta != 0 && !statement(u"UPDATE opportunity SET confirmed = confirmed + ? WHERE id = ?"_s, {delta, id}))
            return false;
    }
    m_confirmedDelta.clear();
    m_confirmedOrder.clear();
    sqlite3 *sqlite = pipelined ? nullptr : SqliteDirect::handle(db());
    for (const DeferredTable &t : kDeferredTables) {
        const QVariantList rows = m_deferredRows.take(QString(t.name));
        if (rows.isEmpty())
            continue;
        if (pipelined)
            addInserts(*pipeline, QString(t.insert), QString(t.tail), t.width, rows);
        else if (!insertRowsDirect(sqlite, QString(t.insert), QString(t.tail), t.width, rows))
            return false;
    }
    if (!pipelined || pipeline->isEmpty())
        return true;
    PgDirect::Connection *connection = PgDirect::handle(db());
    if (!connection || !pipeline->run(connection)) {
        m_error = connection ? pipeline->error() : u"no libpq connection"_s;
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    return true;
}

bool SqlStore::emitOpportunity(const QString &id)
{
    if (!m_deferOpportunities)
        return writeOpportunityChanges({id});
    if (!m_touchedSet.contains(id)) {
        m_touchedSet.insert(id);
        m_touchedOpportunities.append(id);
    }
    return true;
}

bool SqlStore::flushOpportunities()
{
    const QStringList ids = std::exchange(m_touchedOpportunities, {});
    m_touchedSet.clear();
    return writeOpportunityChanges(ids);
}

bool SqlStore::writeOpportunityChanges(const QStringList &ids)
{
    // Read in lists of kRowsPerInsert (one statement each), written in the order given.
    struct OpportunityChange
    {
        QJsonObject data;
        QVariant site;
    };
    QHash<QString, OpportunityChange> changes;
    for (qsizetype first = 0; first < ids.size(); first += kRowsPerInsert) {
        const QStringList some = ids.mid(first, kRowsPerInsert);
        changes.clear();
        if (!selectIn(u"SELECT id, data, confirmed, site_id, (SELECT COUNT(*) FROM signup WHERE "
                      "signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted') "
                      "FROM opportunity WHERE id IN (%1)"_s,
                      {some}, [&changes](const QSqlQuery &q) {
                          QJsonObject data = parseObject(q.value(1));
                          data.insert(u"placesTaken"_s, q.value(2).toInt());
                          data.insert(u"waitlistLength"_s, q.value(4).toInt());
                          changes.insert(q.value(0).toString(), {data, q.value(3)});
                      })) {
            return false;
        }
        for (const QString &id : some) {
            const auto change = changes.constFind(id);
            if (change == changes.cend()) {
                m_error = u"opportunity vanished while its change was written"_s;
                return false;
            }
            if (!appendChange(u"opportunity"_s, id, u"upsert"_s, kCatalogue, change->site, QVariant(), QVariant(),
                              change->data))
                return false;
        }
    }
    return true;
}

std::optional<QJsonObject> SqlStore::emitSignup(const QString &id)
{
    auto q = run(u"SELECT reference_code, person_id, opportunity_id, site_id, device_id, state, waitlist_position, "
                 "decline_reason, arrival, version, message_to_tenant, placement FROM signup WHERE id = ?"_s,
                 {id});
    if (!q || !q->next())
        return std::nullopt;
    QJsonObject data{{u"id"_s, id},
                     {u"referenceCode"_s, q->value(0).toString()},
                     {u"personId"_s, q->value(1).toString()},
                     {u"opportunityId"_s, q->value(2).toString()},
                     {u"state"_s, q->value(5).toString()},
                     {u"waitlistPosition"_s, q->value(6).toInt()},
                     {u"arrival"_s, double(q->value(8).toLongLong())},
                     {u"version"_s, double(q->value(9).toLongLong())}};
    if (!q->value(7).toString().isEmpty())
        data.insert(u"declineReason"_s, q->value(7).toString());
    if (!q->value(10).toString().isEmpty())
        data.insert(u"messageToTenant"_s, q->value(10).toString());
    if (!q->value(11).toString().isEmpty())
        data.insert(u"placement"_s, q->value(11).toString());
    const QVariant site = q->value(3), device = q->value(4), person = q->value(1);
    q->finish();
    if (!appendChange(u"signup"_s, id, u"upsert"_s, kPersonal, site, device, person, data))
        return std::nullopt;
    return data;
}

// ---------------------------------------------------------------- catalogue

bool SqlStore::importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now)
{
    Q_UNUSED(now)
    if (!beginWrite())
        return false;
    m_deferOpportunities = true;
    auto abort = [this] {
        rollback();
        return false;
    };
    // Writes one catalogue row; a change is logged only when the row is new or different.
    auto upsert = [&](const QString &entity, const QString &id, const QString &selectSql, const QString &upsertSql,
                      const QVariantList &binds, const QString &data, const QJsonObject &json) -> bool {
        const auto old = scalar(selectSql, {id});
        if (!old)
            return false;
        if (!old->isNull() && old->toString() == data)
            return true;
        if (!run(upsertSql, binds))
            return false;
        if (entity == "opportunity"_L1)
            return emitOpportunity(id);
        return appendChange(entity, id, u"upsert"_s, kCatalogue, QVariant(), QVariant(), QVariant(), json);
    };
    for (const Neighbourhood &n : catalogue.neighbourhoods) {
        const QJsonObject json = Wire::toJson(n);
        if (!upsert(u"neighbourhood"_s, n.id, u"SELECT data FROM neighbourhood WHERE id = ?"_s,
                    u"INSERT INTO neighbourhood (id, data) VALUES (?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET data = excluded.data"_s,
                    {n.id, compact(json)}, compact(json), json))
            return abort();
    }
    for (const Site &s : catalogue.sites) {
        const QJsonObject json = Wire::toJson(s);
        if (!upsert(u"site"_s, s.id, u"SELECT data FROM site WHERE id = ?"_s,
                    u"INSERT INTO site (id, name, neighbourhood, data) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, neighbourhood = excluded.neighbourhood, "
                    "data = excluded.data"_s,
                    {s.id, s.name, s.neighbourhood, compact(json)}, compact(json), json))
            return abort();
    }
    QSet<QString> keep;
    for (const Opportunity &o : catalogue.opportunities) {
        keep.insert(o.id);
        QJsonObject json = Wire::toJson(o);
        json.remove(u"placesTaken"_s); // the server counts places and the waitlist itself
        json.remove(u"waitlistLength"_s);
        const QString data = compact(json);
        if (!upsert(u"opportunity"_s, o.id, u"SELECT data FROM opportunity WHERE id = ?"_s,
                    u"INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, end_date, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, status = excluded.status, "
                    "capacity = excluded.capacity, minimum_age = excluded.minimum_age, "
                    "end_date = excluded.end_date, data = excluded.data"_s,
                    {o.id, o.site.id.isEmpty() ? QVariant() : QVariant(o.site.id), toKey(o.status), o.capacity,
                     o.minimumAge, o.endDate.isValid() ? o.endDate.toString(Qt::ISODate) : QString(), data},
                    data, json)) {
            if (m_error.contains(u"opportunity_capacity"_s) || m_error.contains(u"CHECK"_s, Qt::CaseInsensitive))
                m_error = u"opportunity %1: the capacity is lower than the places already confirmed"_s.arg(o.id);
            return abort();
        }
    }
    // Opportunities no longer in the catalogue: deleted (a tombstone) when nobody signed up,
    // otherwise closed so existing sign-ups keep their opportunity.
    QStringList gone;
    {
        auto q = run(u"SELECT id FROM opportunity"_s);
        if (!q)
            return abort();
        while (q->next()) {
            if (!keep.contains(q->value(0).toString()))
                gone.append(q->value(0).toString());
        }
    }
    for (const QString &id : std::as_const(gone)) {
        const auto used = scalar(u"SELECT COUNT(*) FROM signup WHERE opportunity_id = ?"_s, {id});
        if (!used)
            return abort();
        if (used->toInt() == 0) {
            if (!run(u"DELETE FROM opportunity WHERE id = ?"_s, {id})
                || !appendChange(u"opportunity"_s, id, u"delete"_s, kCatalogue, QVariant(), QVariant(), QVariant(), {}))
                return abort();
        } else {
            auto q = run(u"SELECT data FROM opportunity WHERE id = ?"_s, {id});
            if (!q || !q->next())
                return abort();
            QJsonObject json = parseObject(q->value(0));
            q->finish();
            if (json.value(u"status"_s).toString() == "closed"_L1)
                continue;
            json.insert(u"status"_s, u"closed"_s);
            if (!run(u"UPDATE opportunity SET status = 'closed', data = ? WHERE id = ?"_s, {compact(json), id})
                || !emitOpportunity(id))
                return abort();
        }
    }
    if (!flushOpportunities())
        return abort();
    if (!commit())
        return false;
    // An import can change the size of the change log at once. PostgreSQL plans a pull's
    // page by its statistics, and with stale ones (before autovacuum gets to it) it finds a
    // bitmap scan plus a sort of every later change cheaper than walking the primary key:
    // ~35 ms instead of ~0.3 ms per page of a 100k catalogue. Refresh them now. A failure
    // here costs speed, not data.
    if (m_dialect == Dialect::Postgres && !runRaw(u"ANALYZE change_log"_s))
        qCWarning(lcStore) << "ANALYZE after the catalogue import failed";
    return true;
}

QList<Site> SqlStore::sites()
{
    QList<Site> out;
    auto q = run(u"SELECT id, name, neighbourhood FROM site ORDER BY id"_s);
    while (q && q->next()) {
        Site s;
        s.id = q->value(0).toString();
        s.name = q->value(1).toString();
        s.neighbourhood = q->value(2).toString();
        out.append(s);
    }
    return out;
}

bool SqlStore::hasSite(const QString &siteId)
{
    const auto v = scalar(u"SELECT COUNT(*) FROM site WHERE id = ?"_s, {siteId});
    return v && v->toInt() > 0;
}

// ---------------------------------------------------------------- devices

bool SqlStore::addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                                 const QDateTime &expiresAt)
{
    return bool(run(u"INSERT INTO enrollment_code (code_hash, kind, site_id, expires_at) VALUES (?, ?, ?, ?)"_s,
                    {QString::fromLatin1(codeHash), kind, site, isoUtc(expiresAt)}));
}

std::optional<Device> SqlStore::redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                                     const QByteArray &tokenHash, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    auto used = run(u"UPDATE enrollment_code SET used_at = ?, device_id = ? "
                    "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"_s,
                    {isoUtc(now), deviceId, QString::fromLatin1(codeHash), isoUtc(now)});
    if (!used || used->numRowsAffected() != 1) {
        rollback();
        return std::nullopt;
    }
    used->finish();
    auto q = run(u"SELECT kind, site_id FROM enrollment_code WHERE code_hash = ?"_s, {QString::fromLatin1(codeHash)});
    if (!q || !q->next()) {
        rollback();
        return std::nullopt;
    }
    Device d{deviceId, q->value(0).toString(), q->value(1).toString(), now, {}};
    q->finish();
    if (!run(u"INSERT INTO device (id, kind, site_id, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?)"_s,
             {d.id, d.kind, d.site, QString::fromLatin1(tokenHash), isoUtc(now)})
        || !commit()) {
        rollback();
        return std::nullopt;
    }
    return d;
}

std::optional<Device> SqlStore::deviceByTokenHash(const QByteArray &tokenHash)
{
    auto q = run(u"SELECT id, kind, site_id, enrolled_at, revoked_at FROM device WHERE token_hash = ?"_s,
                 {QString::fromLatin1(tokenHash)});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return Device{};
    return Device{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                  QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs),
                  QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs)};
}

QList<Device> SqlStore::devices()
{
    QList<Device> out;
    auto q = run(u"SELECT id, kind, site_id, enrolled_at, revoked_at FROM device ORDER BY enrolled_at, id"_s);
    while (q && q->next()) {
        out.append(Device{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs),
                          QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

bool SqlStore::revoke(const QString &deviceId, const QDateTime &now)
{
    auto q = run(u"UPDATE device SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"_s, {isoUtc(now), deviceId});
    return q && q->numRowsAffected() == 1;
}

RateDecision SqlStore::countRequest(const QString &deviceId, const QDateTime &now, int limitPerMinute)
{
    const qint64 epoch = now.toSecsSinceEpoch();
    const qint64 window = epoch - epoch % 60;
    // One statement, and it does not wait for the disk: a crash may forget the last hits
    // of a window, never anything a device sent (sync-protocol.md, Rate limit). On SQLite the
    // connection commits it without fsync (WAL, synchronous NORMAL: the next FULL commit
    // syncs it along); on PostgreSQL set_config(…, true) makes this one commit asynchronous.
    const QString upsert = m_dialect == Dialect::Sqlite
        ? u"INSERT INTO rate_window (device_id, window_start, hits) VALUES (?, ?, 1) "_s
        : u"INSERT INTO rate_window (device_id, window_start, hits) "
          "SELECT ?, ?, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) async "_s;
    if (m_dialect == Dialect::Sqlite)
        runRaw(u"PRAGMA synchronous = NORMAL"_s);
    std::optional<QVariant> hits =
        scalar(upsert + u"ON CONFLICT (device_id) DO UPDATE SET "
                        "hits = CASE WHEN rate_window.window_start = excluded.window_start THEN rate_window.hits + 1 ELSE 1 END, "
                        "window_start = excluded.window_start RETURNING hits"_s,
               {deviceId, window});
    if (m_dialect == Dialect::Sqlite && !runRaw(u"PRAGMA synchronous = FULL"_s))
        qCCritical(lcStore) << "cannot restore synchronous = FULL";
    // The rate limit never turns a database hiccup into a refusal.
    if (!hits || hits->toInt() <= limitPerMinute)
        return {};
    return {false, int(qMax<qint64>(1, window + 60 - epoch))};
}

// ---------------------------------------------------------------- push

std::optional<PushResult> SqlStore::push(const Device &device, const QList<Mutation> &mutations, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    auto abort = [this]() -> std::optional<PushResult> {
        rollback();
        return std::nullopt;
    };
    const auto last = scalar(u"SELECT last_seq FROM device WHERE id = ?"_s, {device.id});
    if (!last || last->isNull())
        return abort();
    PushResult result;
    result.lastSeq = last->toLongLong();
    m_deferOpportunities = true;
    m_deferRows = true;
    // What this device already pushed with the batch's sequence numbers, read in one go
    // when the numbers are close together (they are: a batch is consecutive), else per
    // mutation. Kept up to date below, so a number repeated inside the batch is a resend.
    struct Stored
    {
        QString hash;
        QString outcome;
    };
    QHash<qint64, Stored> stored;
    bool prefetched = false;
    if (!mutations.isEmpty()) {
        qint64 low = mutations.first().seq, high = low;
        for (const Mutation &m : mutations) {
            low = qMin(low, m.seq);
            high = qMax(high, m.seq);
        }
        if (high - low < 1000) {
            auto q = run(u"SELECT seq, payload_hash, outcome FROM mutation WHERE device_id = ? AND seq BETWEEN ? AND ?"_s,
                         {device.id, low, high});
            if (!q)
                return abort();
            while (q->next())
                stored.insert(q->value(0).toLongLong(), {q->value(1).toString(), q->value(2).toString()});
            prefetched = true;
        }
    }
    int applied = 0;
    for (qsizetype index = 0; index < mutations.size(); ++index) {
        const Mutation &m = mutations.at(index);
        const QString hash = QString::fromLatin1(m.payloadHash);
        if (!prefetched) {
            auto existing = run(u"SELECT payload_hash, outcome FROM mutation WHERE device_id = ? AND seq = ?"_s,
                                {device.id, m.seq});
            if (!existing)
                return abort();
            if (existing->next())
                stored.insert(m.seq, {existing->value(0).toString(), existing->value(1).toString()});
            existing->finish();
        }
        const auto existing = stored.constFind(m.seq);
        if (existing != stored.cend()) {
            const QString storedHash = existing->hash;
            const QJsonObject storedOutcome = parseObject(existing->outcome);
            if (storedHash == hash) {
                result.results.append(storedOutcome);
                continue;
            }
            if (!run(u"INSERT INTO conflict (device_id, seq, payload_hash, mutation_id, kind, payload, received_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, seq, payload_hash) DO NOTHING"_s,
                     {device.id, m.seq, hash, m.id, m.kind, QString::fromUtf8(m.canonicalPayload), isoUtc(now)}))
                return abort();
            result.results.append(QJsonObject{{u"seq"_s, double(m.seq)},
                                              {u"status"_s, u"conflict"_s},
                                              {u"httpStatus"_s, 409},
                                              {u"reason"_s, u"sequence-reused"_s}});
            continue;
        }
        if (m.seq != result.lastSeq + 1) {
            result.results.append(QJsonObject{{u"seq"_s, double(m.seq)},
                                              {u"status"_s, u"gap"_s},
                                              {u"expectedSeq"_s, double(result.lastSeq + 1)}});
            continue;
        }
        std::optional<QJsonObject> outcome;
        // Registrations and sign-ups read what the batch view holds; every other kind may
        // read or change any row, so the deferred rows go first and the view is read again
        // for the registrations and sign-ups after it.
        const bool viewed = m.kind == "registration"_L1 || m.kind == "signup"_L1;
        if (!viewed) {
            m_view.reset();
            if (!flushDeferred())
                return abort();
        } else if (!m_view && !prefetchBatch(mutations, index)) {
            return abort();
        }
        if (m.kind == "registration"_L1)
            outcome = applyRegistration(device, m, now);
        else if (m.kind == "signup"_L1)
            outcome = applySignup(device, m, now);
        else if (m.kind == "withdrawal"_L1)
            outcome = applyWithdrawal(device, m, now);
        else if (m.kind == "link"_L1)
            outcome = applyLink(device, m);
        else
            outcome = applyStaffMutation(device, m, now);
        if (!outcome)
            return abort();
        const bool skewed = m.deviceTime.isValid() && qAbs(m.deviceTime.secsTo(now)) > kClockSkewLimitSeconds;
        if (skewed)
            outcome->insert(u"clockSkewed"_s, true);
        const QString outcomeText = compact(*outcome);
        addRow(u"mutation"_s, {device.id, m.seq, m.id, m.kind, hash, outcomeText, isoUtc(m.deviceTime), isoUtc(now),
                               skewed ? 1 : 0});
        stored.insert(m.seq, {hash, outcomeText});
        result.results.append(*outcome);
        result.lastSeq = m.seq;
        ++applied;
        if (afterApply)
            afterApply(applied);
    }
    // Each opportunity a sign-up, withdrawal or decision touched: one change-log row with its
    // final places and waitlist, written under the same lock, before the commit.
    // Their rows join the batch's last flush: on PostgreSQL one round trip for the batch's
    // rows and the device's sequence number, one to read the opportunities, one to write them.
    m_view.reset();
    deferStatement(u"UPDATE device SET last_seq = ? WHERE id = ?"_s, {result.lastSeq, device.id});
    if (!flushDeferred() || !flushOpportunities() || !flushDeferred())
        return abort();
    m_deferRows = false;
    if (!commit())
        return std::nullopt;
    return result;
}

bool SqlStore::selectIn(const QString &sql, const QList<QStringList> &lists,
                        const std::function<void(const QSqlQuery &)> &row)
{
    // Chunk i of every list goes into one statement, each list padded to the same length.
    qsizetype longest = 0;
    for (const QStringList &values : lists)
        longest = qMax(longest, values.size());
    for (qsizetype first = 0; first < longest;) {
        const qsizetype left = longest - first;
        int length = kInListLengths[std::size(kInListLengths) - 1];
        for (int candidate : kInListLengths) {
            if (candidate >= left) {
                length = candidate;
                break;
            }
        }
        QString text = sql;
        QVariantList binds;
        binds.reserve(length * lists.size());
        for (const QStringList &values : lists) {
            text = text.arg(placeholders(length));
            for (int i = 0; i < length; ++i)
                binds.append(first + i < values.size() ? QVariant(values.at(first + i)) : QVariant());
        }
        auto q = run(text, binds);
        if (!q)
            return false;
        while (q->next())
            row(*q);
        first += length;
    }
    return true;
}

bool SqlStore::prefetchBatch(const QList<Mutation> &mutations, qsizetype from)
{
    QSet<QString> personIds, codes, signupIds, references, opportunityIds;
    for (qsizetype i = from; i < mutations.size(); ++i) {
        const Mutation &m = mutations.at(i);
        if (m.kind == "registration"_L1) {
            if (m.person) {
                personIds.insert(m.person->id);
                if (!m.person->personalCode.isEmpty())
                    codes.insert(m.person->personalCode);
            }
        } else if (m.kind == "signup"_L1) {
            if (m.signup) {
                signupIds.insert(m.signup->id);
                if (!m.signup->referenceCode.isEmpty())
                    references.insert(m.signup->referenceCode);
                opportunityIds.insert(m.signup->opportunityId);
                if (!m.identify)
                    personIds.insert(m.signup->personId);
            }
            if (m.identify && m.identifyCode)
                codes.insert(*m.identifyCode);
        } else {
            break;
        }
    }
    auto view = std::make_unique<BatchView>();
    auto person = [&view](const QSqlQuery &q) {
        const QString id = q.value(0).toString();
        const QDate dateOfBirth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        view->personById.insert(id, dateOfBirth);
        if (!q.value(1).isNull())
            view->personByCode.insert(q.value(1).toString(), {id, dateOfBirth});
    };
    // A row found through either list fills both maps: only the batch's own ids and codes
    // are ever looked up, and a row holding one of them was found through that list anyway.
    if (!selectIn(u"SELECT id, personal_code, date_of_birth FROM person WHERE id IN (%1) OR personal_code IN (%2)"_s,
                  {personIds.values(), codes.values()}, person)
        || !selectIn(u"SELECT id, reference_code FROM signup WHERE id IN (%1) OR reference_code IN (%2)"_s,
                     {signupIds.values(), references.values()},
                     [&view](const QSqlQuery &q) {
                         view->signupIds.insert(q.value(0).toString());
                         view->referenceCodes.insert(q.value(1).toString());
                     })
        || !selectIn(u"SELECT id, status, capacity, confirmed, minimum_age, end_date, site_id, (SELECT COUNT(*) "
                     "FROM signup WHERE signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted') "
                     "FROM opportunity WHERE id IN (%1)"_s,
                     {opportunityIds.values()},
                     [&view](const QSqlQuery &q) {
                         BatchView::Opportunity &o = view->opportunities[q.value(0).toString()];
                         o.status = q.value(1).toString();
                         o.capacity = q.value(2).toInt();
                         o.confirmed = q.value(3).toInt();
                         o.minimumAge = q.value(4).toInt();
                         o.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                         o.site = q.value(6);
                         o.waitlisted = q.value(7).toInt();
                     })) {
        return false;
    }
    // The rows read include every place confirmed so far: a view is read at the start of a
    // batch or right after flushDeferred() wrote the batch's places.
    // Whom the sign-ups name: by id, or by personal code (the view knows the persons now).
    QSet<QString> holders = personIds;
    for (const BatchView::Person &p : std::as_const(view->personByCode))
        holders.insert(p.id);
    if (!selectIn(u"SELECT person_id || '|' || opportunity_id FROM signup WHERE person_id IN (%1) "
                  "AND state IN ('confirmed', 'waitlisted')"_s,
                  {holders.values()}, [&view](const QSqlQuery &q) { view->holds.insert(q.value(0).toString()); }))
        return false;
    m_view = std::move(view);
    return true;
}

std::optional<QJsonObject> SqlStore::applyRegistration(const Device &device, const Mutation &m, const QDateTime &now)
{
    if (!m.refusal.isEmpty())
        return refused(m.seq, m.refusal);
    const Person &p = *m.person;
    const QJsonObject acceptedOutcome = accepted(m.seq, {{u"personId"_s, p.id}});
    // A known id is a resend under another seq: accepted, nothing more. A known code: refused.
    if (m_view->personById.contains(p.id))
        return acceptedOutcome;
    if (!p.personalCode.isEmpty() && m_view->personByCode.contains(p.personalCode))
        return refused(m.seq, u"personal-code-taken"_s);
    QJsonObject data = Wire::toJson(p);
    QJsonArray consents;
    for (const ConsentRecord &c : m.consents)
        consents.append(Wire::toJson(c));
    data.insert(u"consents"_s, consents);
    const QString dataJson = compact(data); // the person row and its change-log row
    addRow(u"person"_s, {p.id, p.personalCode.isEmpty() ? QVariant() : QVariant(p.personalCode),
                         p.dateOfBirth.toString(Qt::ISODate), device.site, device.id, isoUtc(now), dataJson});
    m_view->personById.insert(p.id, p.dateOfBirth);
    if (!p.personalCode.isEmpty())
        m_view->personByCode.insert(p.personalCode, {p.id, p.dateOfBirth});
    for (const ConsentRecord &c : m.consents) {
        addRow(u"consent"_s, {p.id, c.purpose, c.textVersion, isoUtc(c.givenAt),
                              c.withdrawnAt.isValid() ? QVariant(isoUtc(c.withdrawnAt)) : QVariant()});
    }
    if (device.kind == "phone"_L1 && !bindPhone(device, p.id, false))
        return std::nullopt;
    if (!appendChangeJson(u"person"_s, p.id, u"upsert"_s, kPersonal, device.site, device.id, p.id, dataJson))
        return std::nullopt;
    return acceptedOutcome;
}

bool SqlStore::bindPhone(const Device &device, const QString &personId, bool resend)
{
    auto bound = run(u"INSERT INTO device_person (device_id, person_id) VALUES (?, ?) "
                     "ON CONFLICT (device_id, person_id) DO NOTHING"_s,
                     {device.id, personId});
    if (!bound)
        return false;
    if (!resend || bound->numRowsAffected() != 1)
        return true;
    // Rows this batch has not written yet come after the copies, as they are newer.
    if (!flushDeferred())
        return false;
    // The newest row of each of the tenant's entities, in their original order. Other
    // devices in scope see an upsert they already have: the last one wins, nothing changes.
    return bool(run(u"INSERT INTO change_log (entity, entity_id, op, scope, site_id, device_id, person_id, data) "
                    "SELECT c.entity, c.entity_id, c.op, c.scope, c.site_id, c.device_id, c.person_id, c.data "
                    "FROM change_log c WHERE c.person_id = ? AND c.op = 'upsert' AND c.seq = "
                    "(SELECT MAX(n.seq) FROM change_log n WHERE n.entity = c.entity AND n.entity_id = c.entity_id) "
                    "ORDER BY c.seq"_s,
                    {personId}));
}

std::optional<QString> SqlStore::identifiedPerson(const QString &personalCode, QDate dateOfBirth)
{
    auto q = run(u"SELECT id FROM person WHERE personal_code = ? AND date_of_birth = ?"_s,
                 {personalCode, dateOfBirth.toString(Qt::ISODate)});
    if (!q)
        return std::nullopt;
    return q->next() ? q->value(0).toString() : QString();
}

std::optional<QJsonObject> SqlStore::applyLink(const Device &device, const Mutation &m)
{
    // Only a tenant's own phone follows a tenant; a kiosk or tablet never binds to one.
    if (device.kind != "phone"_L1)
        return refused(m.seq, u"not-allowed"_s);
    if (!m.identifyCode)
        return refused(m.seq, u"code-not-recognised"_s);
    const auto personId = identifiedPerson(*m.identifyCode, m.identifyDateOfBirth);
    if (!personId)
        return std::nullopt;
    if (personId->isEmpty())
        return refused(m.seq, u"code-not-recognised"_s);
    if (!bindPhone(device, *personId, true))
        return std::nullopt;
    return QJsonObject{{u"seq"_s, double(m.seq)}, {u"status"_s, u"linked"_s}, {u"personId"_s, *personId}};
}

std::optional<QJsonObject> SqlStore::signupOutcome(qint64 seq, const QString &signupId)
{
    auto q = run(u"SELECT reference_code, state, waitlist_position, decline_reason, arrival FROM signup WHERE id = ?"_s,
                 {signupId});
    if (!q || !q->next())
        return std::nullopt;
    QJsonObject o{{u"seq"_s, double(seq)},
                  {u"status"_s, q->value(1).toString()},
                  {u"signupId"_s, signupId},
                  {u"referenceCode"_s, q->value(0).toString()},
                  {u"arrival"_s, double(q->value(4).toLongLong())}};
    if (q->value(1).toString() == "waitlisted"_L1)
        o.insert(u"waitlistPosition"_s, q->value(2).toInt());
    if (!q->value(3).toString().isEmpty())
        o.insert(u"reason"_s, q->value(3).toString());
    return o;
}

SqlStore::SignupFacts SqlStore::signupFacts(const Mutation &m)
{
    const Signup &s = *m.signup;
    SignupFacts f;
    f.known = m_view->signupIds.contains(s.id);
    if (m.identify) {
        const auto person = m.identifyCode ? m_view->personByCode.constFind(*m.identifyCode)
                                           : m_view->personByCode.cend();
        if (person != m_view->personByCode.cend() && person->dateOfBirth == m.identifyDateOfBirth) {
            f.personId = person->id;
            f.dateOfBirth = person->dateOfBirth;
        }
    } else if (const auto person = m_view->personById.constFind(s.personId); person != m_view->personById.cend()) {
        f.personId = s.personId;
        f.dateOfBirth = *person;
    }
    if (const auto o = m_view->opportunities.find(s.opportunityId); o != m_view->opportunities.end())
        f.opportunity = &*o;
    f.alreadyHolds = !f.personId.isEmpty() && m_view->holds.contains(f.personId + u'|' + s.opportunityId);
    f.referenceTaken = m_view->referenceCodes.contains(s.referenceCode);
    return f;
}

std::optional<QJsonObject> SqlStore::applySignup(const Device &device, const Mutation &m, const QDateTime &now)
{
    if (!m.refusal.isEmpty())
        return refused(m.seq, m.refusal);
    const Signup &s = *m.signup;
    const QDate today = now.toUTC().date();
    const SignupFacts facts = signupFacts(m);
    const QString &personId = facts.personId;
    if (facts.known) {
        // The stored row answers; it may be among this batch's rows still to be written.
        if (!flushDeferred())
            return std::nullopt;
        return signupOutcome(m.seq, s.id);
    }
    if (m.identify) {
        if (!m.identifyCode || personId.isEmpty())
            return refused(m.seq, u"code-not-recognised"_s);
        if (device.kind == "phone"_L1 && !bindPhone(device, personId, true))
            return std::nullopt;
    } else if (personId.isEmpty()) {
        return refused(m.seq, u"person-unknown"_s);
    }
    if (!facts.opportunity)
        return refused(m.seq, u"opportunity-unknown"_s);
    BatchView::Opportunity &opportunity = *facts.opportunity;
    if (opportunity.status != "open"_L1)
        return refused(m.seq, u"opportunity-closed"_s);
    if (opportunity.minimumAge > 0 && ageOn(facts.dateOfBirth, today) < opportunity.minimumAge)
        return refused(m.seq, u"too-young"_s);
    if (facts.alreadyHolds)
        return refused(m.seq, u"already-signed-up"_s);
    QString state;
    int position = 0;
    QString declineReason;
    if (opportunity.endDate.isValid() && opportunity.endDate < today) {
        state = u"declined"_s;
        declineReason = u"opportunity-ended"_s;
    } else if (opportunity.capacity == 0 || opportunity.confirmed < opportunity.capacity) {
        state = u"confirmed"_s;
    } else {
        state = u"waitlisted"_s;
        position = opportunity.waitlisted + 1;
    }

    // The device printed a reference code on the receipt; keep it unless it is taken.
    QString reference = s.referenceCode;
    for (int attempt = 0;; ++attempt) {
        if (!reference.isEmpty()) {
            // A new code may be taken by a stored sign-up or by one of this batch.
            bool taken = attempt == 0 ? facts.referenceTaken : m_view->referenceCodes.contains(reference);
            if (attempt > 0 && !taken) {
                const auto count = scalar(u"SELECT COUNT(*) FROM signup WHERE reference_code = ?"_s, {reference});
                if (!count)
                    return std::nullopt;
                taken = count->toInt() > 0;
            }
            if (!taken)
                break;
        }
        if (attempt > 20)
            return std::nullopt;
        reference = generateReferenceCode(*QRandomGenerator::system());
    }
    // Arrival numbers are handed out under the write lock: read the highest once per
    // transaction, then count on.
    if (m_nextArrival == 0) {
        const auto arrival = scalar(u"SELECT COALESCE(MAX(arrival), 0) + 1 FROM signup"_s);
        if (!arrival)
            return std::nullopt;
        m_nextArrival = arrival->toLongLong();
    }
    const qint64 arrival = m_nextArrival;
    QJsonObject data = Wire::toJson(s);
    data.insert(u"personId"_s, personId);
    data.insert(u"referenceCode"_s, reference);
    addRow(u"signup"_s, {s.id, reference, personId, s.opportunityId, opportunity.site, device.id, state, position,
                         declineReason.isEmpty() ? QVariant() : QVariant(declineReason), arrival,
                         isoUtc(s.createdAt), isoUtc(now), compact(data)});
    ++m_nextArrival;
    m_view->signupIds.insert(s.id);
    m_view->referenceCodes.insert(reference);
    if (state == "confirmed"_L1) {
        // The place is counted here and written once per opportunity before the commit
        // (flushDeferred()); the CHECK on opportunity still guards it then.
        if (!m_confirmedDelta.contains(s.opportunityId))
            m_confirmedOrder.append(s.opportunityId);
        ++m_confirmedDelta[s.opportunityId];
        ++opportunity.confirmed;
    } else if (state == "waitlisted"_L1) {
        ++opportunity.waitlisted;
    }
    if (state != "declined"_L1) {
        m_view->holds.insert(personId + u'|' + s.opportunityId);
        if (!emitOpportunity(s.opportunityId)) // its places or its waitlist changed
            return std::nullopt;
    }
    // The row just written, as emitSignup() and signupOutcome() would read it back.
    QJsonObject change{{u"id"_s, s.id},
                       {u"referenceCode"_s, reference},
                       {u"personId"_s, personId},
                       {u"opportunityId"_s, s.opportunityId},
                       {u"state"_s, state},
                       {u"waitlistPosition"_s, position},
                       {u"arrival"_s, double(arrival)},
                       {u"version"_s, 1.0}};
    if (!declineReason.isEmpty())
        change.insert(u"declineReason"_s, declineReason);
    if (!appendChange(u"signup"_s, s.id, u"upsert"_s, kPersonal, opportunity.site, device.id, personId, change))
        return std::nullopt;
    QJsonObject outcome{{u"seq"_s, double(m.seq)},
                        {u"status"_s, state},
                        {u"signupId"_s, s.id},
                        {u"referenceCode"_s, reference},
                        {u"arrival"_s, double(arrival)}};
    if (state == "waitlisted"_L1)
        outcome.insert(u"waitlistPosition"_s, position);
    if (!declineReason.isEmpty())
        outcome.insert(u"reason"_s, declineReason);
    return outcome;
}

bool SqlStore::renumberWaitlist(const QString &opportunityId)
{
    QList<QPair<QString, int>> rows;
    {
        auto q = run(u"SELECT id, waitlist_position FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' "
                     "ORDER BY arrival"_s,
                     {opportunityId});
        if (!q)
            return false;
        while (q->next())
            rows.append({q->value(0).toString(), q->value(1).toInt()});
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).second == i + 1)
            continue;
        if (!run(u"UPDATE signup SET waitlist_position = ? WHERE id = ?"_s, {i + 1, rows.at(i).first})
            || !emitSignup(rows.at(i).first))
            return false;
    }
    return true;
}

std::optional<QJsonObject> SqlStore::applyWithdrawal(const Device &device, const Mutation &m, const QDateTime &now)
{
    Q_UNUSED(now)
    auto q = run(u"SELECT state, opportunity_id, device_id, person_id, site_id FROM signup WHERE id = ?"_s, {m.signupId});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return refused(m.seq, u"signup-unknown"_s);
    const QString state = q->value(0).toString();
    const QString opportunityId = q->value(1).toString();
    const QString owner = q->value(2).toString();
    const QString personId = q->value(3).toString();
    const QString site = q->value(4).toString();
    q->finish();
    bool allowed = owner == device.id || (device.kind == "staff"_L1 && site == device.site);
    if (!allowed && device.kind == "phone"_L1) {
        const auto bound = scalar(u"SELECT COUNT(*) FROM device_person WHERE device_id = ? AND person_id = ?"_s,
                                  {device.id, personId});
        if (!bound)
            return std::nullopt;
        allowed = bound->toInt() > 0;
    }
    if (!allowed)
        return refused(m.seq, u"signup-unknown"_s); // not told apart from unknown: no probing
    const QJsonObject withdrawn{{u"seq"_s, double(m.seq)}, {u"status"_s, u"withdrawn"_s}, {u"signupId"_s, m.signupId}};
    if (state == "withdrawn"_L1 || state == "declined"_L1)
        return withdrawn;
    if (!run(u"UPDATE signup SET state = 'withdrawn', waitlist_position = 0, version = version + 1 WHERE id = ?"_s,
             {m.signupId})
        || !emitSignup(m.signupId))
        return std::nullopt;
    if (state == "confirmed"_L1) {
        if (!run(u"UPDATE opportunity SET confirmed = confirmed - 1 WHERE id = ?"_s, {opportunityId}))
            return std::nullopt;
        // The freed place goes to the first on the waitlist, in server arrival order.
        auto first = run(u"SELECT id FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' "
                         "ORDER BY arrival LIMIT 1"_s,
                         {opportunityId});
        if (!first)
            return std::nullopt;
        if (first->next()) {
            const QString promoted = first->value(0).toString();
            first->finish();
            if (!run(u"UPDATE signup SET state = 'confirmed', waitlist_position = 0, version = version + 1 WHERE id = ?"_s,
                     {promoted})
                || !run(u"UPDATE opportunity SET confirmed = confirmed + 1 WHERE id = ?"_s, {opportunityId})
                || !emitSignup(promoted))
                return std::nullopt;
        }
        if (!emitOpportunity(opportunityId))
            return std::nullopt;
    }
    if (!renumberWaitlist(opportunityId))
        return std::nullopt;
    if (state == "waitlisted"_L1 && !emitOpportunity(opportunityId))
        return std::nullopt; // the waitlist length changed
    return withdrawn;
}

// ---------------------------------------------------------------- pull

std::optional<PullPage> SqlStore::pull(const Device &device, std::optional<qint64> cursor, int limit)
{
    PullPage page;
    const auto floor = scalar(u"SELECT value FROM meta WHERE key = 'compacted_before'"_s);
    const auto maxSeq = scalar(u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s);
    if (!floor || !maxSeq)
        return std::nullopt;
    if (cursor && (*cursor < floor->toLongLong() - 1 || *cursor > maxSeq->toLongLong())) {
        page.resetRequired = true;
        return page;
    }
    const qint64 from = cursor.value_or(0);
    // One fixed statement per device kind; the scope is in the WHERE clause, never in code
    // that could forget it.
    QString sql;
    QVariant scopeValue;
    if (device.kind == "kiosk"_L1) {
        sql = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "(scope = 'catalogue' OR (entity = 'signup' AND device_id = ?)) ORDER BY seq LIMIT ?"_s;
        scopeValue = device.id;
    } else if (device.kind == "phone"_L1) {
        sql = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "(scope = 'catalogue' OR person_id IN (SELECT person_id FROM device_person WHERE device_id = ?)) "
              "ORDER BY seq LIMIT ?"_s;
        scopeValue = device.id;
    } else {
        sql = u"SELECT seq, entity, entity_id, op, data FROM change_log WHERE seq > ? AND "
              "(scope = 'catalogue' OR site_id = ?) ORDER BY seq LIMIT ?"_s;
        scopeValue = device.site;
    }
    auto q = run(sql, {from, scopeValue, limit + 1});
    if (!q)
        return std::nullopt;
    page.cursor = from;
    while (q->next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), {}, {}};
        if (device.kind == "kiosk"_L1 && c.entity == "signup"_L1) {
            // A kiosk learns the status by reference code, nothing about the person.
            const QJsonObject data = parseObject(q->value(4));
            for (const QString &key : {u"id"_s, u"referenceCode"_s, u"opportunityId"_s, u"state"_s, u"waitlistPosition"_s})
                c.data.insert(key, data.value(key));
        } else {
            c.dataJson = q->value(4).toString().toUtf8(); // written by compact(): one JSON object
        }
        page.cursor = c.seq;
        page.changes.append(c);
    }
    return page;
}

bool SqlStore::compactChanges(qint64 beforeSeq)
{
    if (!beginWrite())
        return false;
    // Tombstones and rows superseded by a newer row for the same entity go; the newest
    // upsert of every live entity stays, so a device starting from scratch still gets it all.
    if (!run(u"DELETE FROM change_log WHERE seq < ? AND (op = 'delete' OR EXISTS (SELECT 1 FROM change_log newer "
             "WHERE newer.entity = change_log.entity AND newer.entity_id = change_log.entity_id "
             "AND newer.seq > change_log.seq))"_s,
             {beforeSeq})
        || !run(u"INSERT INTO meta (key, value) VALUES ('compacted_before', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                {QString::number(beforeSeq)})) {
        rollback();
        return false;
    }
    return commit();
}

// ---------------------------------------------------------------- opening

std::unique_ptr<Store> openStore(const QString &spec, QString *error)
{
    const QString name = nextConnectionName();
    std::unique_ptr<SqlStore> store;
    if (spec.startsWith("sqlite:"_L1)) {
        const QString path = spec.mid(7);
        if (path.isEmpty()) {
            *error = u"sqlite: needs a file path, e.g. sqlite:/var/lib/meedoen/server.db"_s;
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
        store = std::make_unique<SqlStore>(SqlStore::Dialect::Sqlite, name);
        if (!db.open()) {
            *error = db.lastError().text();
            return nullptr;
        }
        // WAL lets readers go on while one writer writes; FULL makes a commit survive power loss.
        // secure_delete: an erased person's data is overwritten in the file, not just unlinked.
        // temp_store: a push's multi-row statements keep their statement journals in memory
        // instead of a temporary file each; cache_size: a server's working set, 64 MiB.
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                      u"PRAGMA secure_delete = ON"_s, u"PRAGMA temp_store = MEMORY"_s,
                                      u"PRAGMA cache_size = -65536"_s}) {
            QSqlQuery q(db);
            if (!q.exec(pragma)) {
                *error = q.lastError().text();
                return nullptr;
            }
        }
    } else if (spec.startsWith("postgresql:"_L1) || spec.startsWith("postgres:"_L1)) {
        const QUrl url(spec);
        if (!url.isValid()) {
            *error = u"not a valid postgresql:// URL"_s;
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        // Parts left out come from libpq's PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE.
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        const QString dbName = url.path().mid(1);
        if (!dbName.isEmpty())
            db.setDatabaseName(dbName);
        else if (qEnvironmentVariableIsSet("PGDATABASE"))
            db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
        store = std::make_unique<SqlStore>(SqlStore::Dialect::Postgres, name);
        if (!db.open()) {
            *error = db.lastError().text().section(u'\n', 0, 0);
            return nullptr;
        }
        store->configureSession();
    } else {
        *error = u"--db must be sqlite:PATH or postgresql://user:pass@host:port/dbname"_s;
        return nullptr;
    }
    if (!store->migrate()) {
        *error = u"migration failed: "_s + store->lastError();
        return nullptr;
    }
    return store;
}

} // namespace Server
