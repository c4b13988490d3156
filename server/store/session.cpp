// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How every statement of the store runs (Session, session.h): one place for the cache, the lock and
// reconnecting, so no part can get them wrong on its own.

#include "server/store/session.h"
#include "server/store/pgdirect.h"
#include "server/store/storehelpers.h"

#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "meedoen.server.store")

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

namespace {

// Any constant: every writer takes this transaction-level lock, so change-log rows are
// appended (and committed) strictly in sequence order. See docs/sync-protocol.md.
constexpr qint64 kChangeLogLockKey = 0x4d656564; // "Meed"

// Statement texts kept prepared; beyond that (texts built from a staff filter, say) a
// statement is prepared for its one use, so a long-running server does not grow.
constexpr size_t kMaxCachedStatements = 1024;

// An IN list is padded with NULLs to one of these lengths (a NULL matches nothing), so a
// handful of statement texts serve every batch.
constexpr int kInListLengths[] = {8, 16, 32, 64, 128};

} // namespace

Session::Session(Dialect dialect, const QString &connectionName)
    : m_dialect(dialect), m_connectionName(connectionName), m_cacheStatements(cachesOutsideWrites()),
      m_pipeline(dialect == Dialect::Postgres ? std::make_unique<PgDirect::Pipeline>() : nullptr)
{
}

Session::~Session()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Session::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Session::configure()
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

bool Session::reconnectIfBroken()
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
    configure();
    return true;
}

void Session::fail(const QSqlError &error, QStringView what)
{
    // Only the first line: PostgreSQL's DETAIL lines may quote row values (personal data).
    const QString text = error.text().section(u'\n', 0, 0);
    m_error = what.toString() + u": "_s + text;
    qCWarning(lcStore).noquote() << m_error;
}

Session::Statement Session::run(const QString &sql, const QVariantList &binds)
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

bool Session::runRaw(const QString &sql)
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

Session::UnsyncedCommits::UnsyncedCommits(Session &session) : m_session(session)
{
    if (m_session.dialect() == Dialect::Sqlite)
        m_session.runRaw(u"PRAGMA synchronous = NORMAL"_s);
}

Session::UnsyncedCommits::~UnsyncedCommits()
{
    if (m_session.dialect() == Dialect::Sqlite && !m_session.runRaw(u"PRAGMA synchronous = FULL"_s)) {
        qCCritical(lcStore) << "cannot restore synchronous = FULL";
        m_session.setError(u"cannot restore synchronous = FULL"_s);
    }
}

std::optional<QVariant> Session::scalar(const QString &sql, const QVariantList &binds)
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

bool Session::selectIn(const QString &sql, const QList<QStringList> &lists,
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

void Session::forgetWriteState()
{
    finishCached();
    for (TransactionState *state : std::as_const(m_states))
        state->forgetTransaction();
}

bool Session::beginWrite()
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

void Session::finishCached()
{
    for (auto &[sql, statement] : m_statements)
        statement->query.finish();
    m_cacheStatements = cachesOutsideWrites();
}

bool Session::commit()
{
    forgetWriteState();
    const bool committed = runRaw(u"COMMIT"_s);
    m_inTransaction = false;
    if (committed)
        return true;
    rollback();
    return false;
}

void Session::rollback()
{
    forgetWriteState();
    QSqlQuery q(db());
    q.exec(u"ROLLBACK"_s);
    m_inTransaction = false;
}

} // namespace Server
