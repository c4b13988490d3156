// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The store's one database connection and how a statement runs on it: the prepared-statement
// cache, the write transaction with its database-wide lock, and connecting again after
// PostgreSQL went away. Every part of the store (server/store/sqlstore.h) runs its SQL here,
// so these rules hold for all of them alike.

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

class QSqlError;
namespace PgDirect {
class Pipeline;
}

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Server {

// SQLite and PostgreSQL share every statement but a few: the change-log key column (DDL), how
// a writer takes the single write lock, and how the rate limit skips waiting for the disk.
enum class Dialect { Sqlite, Postgres };

// What a part of the store collects during one write transaction (rows still to write,
// entities to log before the commit, what a batch has read). The session drops it when a
// write begins and when it ends, so nothing of a failed batch leaks into the next one.
class TransactionState
{
public:
    virtual ~TransactionState() = default;
    virtual void forgetTransaction() = 0;
};

class Session
{
public:
    // The result of run(): a query that ran (false when it failed). It is either a cached
    // prepared statement, lent until the Statement goes, or one of its own.
    class Statement
    {
    public:
        Statement() = default;
        explicit Statement(QSqlQuery &&own)
            : m_own(std::make_unique<QSqlQuery>(std::move(own))), m_query(m_own.get())
        {
        }
        Statement(QSqlQuery *lent, bool *busy) : m_query(lent), m_busy(busy) { *m_busy = true; }
        Statement(Statement &&other) noexcept { *this = std::move(other); }
        Statement &operator=(Statement &&other) noexcept
        {
            release();
            m_own = std::move(other.m_own);
            m_query = std::exchange(other.m_query, nullptr);
            m_busy = std::exchange(other.m_busy, nullptr);
            return *this;
        }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        ~Statement() { release(); }
        explicit operator bool() const { return m_query != nullptr; }
        QSqlQuery *operator->() const { return m_query; }
        QSqlQuery &operator*() const { return *m_query; }

    private:
        void release()
        {
            // A statement given back to the cache is finished: its result goes, and with it
            // the read snapshot an SQLite statement would otherwise keep until its next use.
            if (m_busy) {
                m_query->finish();
                *m_busy = false;
            }
            m_busy = nullptr;
        }
        std::unique_ptr<QSqlQuery> m_own;
        QSqlQuery *m_query = nullptr;
        bool *m_busy = nullptr;
    };

    // The connection `connectionName` is added (and opened) by openStore().
    Session(Dialect dialect, const QString &connectionName);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase db() const;
    // PostgreSQL: the session's settings, once the connection is open (and again after a
    // reconnect).
    void configure();

    QString lastError() const { return m_error; }
    void setError(const QString &error) { m_error = error; }
    // Sets lastError() from a failed statement and logs it.
    void fail(const QSqlError &error, QStringView what);

    Statement run(const QString &sql, const QVariantList &binds = {});
    bool runRaw(const QString &sql);

    // While one lives, SQLite commits on this connection without waiting for the disk
    // (synchronous NORMAL in WAL mode: a killed process loses nothing, a power cut the last
    // few commits, and the next FULL commit syncs them along); FULL again after. For counters
    // only (the rate limit, sign-in attempts), never for what a device sent. PostgreSQL: no
    // effect; a transaction asks for the same with set_config('synchronous_commit', 'off', true).
    class UnsyncedCommits
    {
    public:
        explicit UnsyncedCommits(Session &session);
        ~UnsyncedCommits();
        UnsyncedCommits(const UnsyncedCommits &) = delete;
        UnsyncedCommits &operator=(const UnsyncedCommits &) = delete;

    private:
        Session &m_session;
    };
    // First column of the first row; a null QVariant when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // Rows of `sql` (with "%1", "%2", … for the IN lists) for these lists of values, in
    // statements of at most 128 values per list.
    bool selectIn(const QString &sql, const QList<QStringList> &lists,
                  const std::function<void(const QSqlQuery &)> &row);

    // A write takes the database-wide write lock first (docs/sync-protocol.md, "Change-log
    // order and concurrent writers"); every tracked TransactionState is forgotten when it
    // begins, commits or rolls back.
    bool beginWrite();
    bool commit();
    void rollback();
    void track(TransactionState *state) { m_states.append(state); }

    // PostgreSQL: the batch rows' way to the database (server/store/pgdirect.h), with the
    // statements it has prepared on this connection; null on SQLite.
    PgDirect::Pipeline *pipeline() const { return m_pipeline.get(); }

private:
    struct CachedStatement
    {
        QSqlQuery query;
        bool busy = false;
    };

    // PostgreSQL: when libpq has found the connection broken (the database restarted, a
    // network cut), connects again before the next statement, outside a transaction; the
    // request that found it broken failed as a server fault and is sent again. False when
    // connecting again failed (lastError() says why).
    bool reconnectIfBroken();
    void forgetWriteState();
    // Ends every cached statement's result (a live SQLite read statement would pin its
    // snapshot).
    void finishCached();
    // Prepared statements are kept between requests too. On PostgreSQL preparing one costs a
    // round trip to the database and dropping it another, three per statement instead of one
    // for the token check, the rate limit and the write lock of every request; on SQLite,
    // parsing and planning the token check, the rate limit and the pull's statement again for
    // every request was a tenth of the server's time under load (docs/operations.md, "Load
    // test"). A lent statement is finished when it comes back (Statement::release).
    bool cachesOutsideWrites() const { return true; }

    Dialect m_dialect;
    QString m_connectionName;
    QString m_error;
    // Prepared statements by SQL text (cachesOutsideWrites()).
    std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
    bool m_cacheStatements = false;
    bool m_inTransaction = false;
    QList<TransactionState *> m_states;
    std::unique_ptr<PgDirect::Pipeline> m_pipeline;
};

// A part of the store (devices, change log, pushes …): it shares the one session and calls its
// statements as its own, so the SQL reads the same in every part.
class StorePart
{
protected:
    explicit StorePart(Session &session) : m_session(session) {}

    Session::Statement run(const QString &sql, const QVariantList &binds = {}) { return m_session.run(sql, binds); }
    bool runRaw(const QString &sql) { return m_session.runRaw(sql); }
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {})
    {
        return m_session.scalar(sql, binds);
    }
    bool selectIn(const QString &sql, const QList<QStringList> &lists,
                  const std::function<void(const QSqlQuery &)> &row)
    {
        return m_session.selectIn(sql, lists, row);
    }
    bool beginWrite() { return m_session.beginWrite(); }
    bool commit() { return m_session.commit(); }

    // A person a mutation names, as every push checks them first: their site, whether they
    // were erased and their personal code (empty if none); found is false for an id the server
    // does not know. nullopt: database fault.
    struct PersonSite
    {
        bool found = false;
        QString site;
        bool erased = false;
        QString personalCode;
    };
    std::optional<PersonSite> personSite(const QString &personId)
    {
        auto q = run(QStringLiteral("SELECT site_id, erased_at, personal_code FROM person WHERE id = ?"), {personId});
        if (!q)
            return std::nullopt;
        PersonSite person;
        if (q->next()) {
            person.found = true;
            person.site = q->value(0).toString();
            person.erased = !q->value(1).toString().isEmpty();
            person.personalCode = q->value(2).toString();
        }
        q->finish();
        return person;
    }
    // Whether a phone may act for this person: it registered them or linked them since.
    // nullopt: database fault.
    std::optional<bool> phoneKnowsPerson(const QString &deviceId, const QString &personId)
    {
        const auto bound = scalar(QStringLiteral("SELECT COUNT(*) FROM device_person WHERE device_id = ? AND person_id = ?"),
                                  {deviceId, personId});
        if (!bound)
            return std::nullopt;
        return bound->toInt() > 0;
    }
    // Whose person this is for a phone: its own live tenant, nobody (unknown or erased), or
    // somebody else's (a scope refusal); `site`, when given, gets the person's site.
    // nullopt: database fault.
    enum class PhoneTenant { Own, Unknown, Others };
    std::optional<PhoneTenant> phoneTenant(const QString &deviceId, const QString &personId, QString *site = nullptr)
    {
        const auto person = personSite(personId);
        if (!person)
            return std::nullopt;
        if (!person->found || person->erased)
            return PhoneTenant::Unknown;
        if (site)
            *site = person->site;
        const auto known = phoneKnowsPerson(deviceId, personId);
        if (!known)
            return std::nullopt;
        return *known ? PhoneTenant::Own : PhoneTenant::Others;
    }
    // Whether the person's consent for `purpose` stands (given, not withdrawn). nullopt: database fault.
    std::optional<bool> consentStands(const QString &personId, const QString &purpose)
    {
        const auto n = scalar(QStringLiteral("SELECT COUNT(*) FROM consent WHERE person_id = ? AND purpose = ? "
                                             "AND withdrawn_at IS NULL"),
                              {personId, purpose});
        if (!n)
            return std::nullopt;
        return n->toInt() > 0;
    }
    void rollback() { m_session.rollback(); }

    Session &m_session;
};

} // namespace Server
