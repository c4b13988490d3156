// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3;
namespace PgDirect {
class Pipeline;
}

class QSqlError;

namespace Server {

// The Store on QtSql. SQLite and PostgreSQL share every statement but two: the change-log
// key column (DDL) and how a writer takes the single write lock (BEGIN IMMEDIATE on SQLite,
// a transaction-level advisory lock on PostgreSQL).
class SqlStore final : public Store
{
public:
    enum class Dialect { Sqlite, Postgres };

    SqlStore(Dialect dialect, const QString &connectionName);
    ~SqlStore() override;
    // PostgreSQL: the session's settings, once the connection is open (and again after a
    // reconnect).
    void configureSession();

    QString lastError() const override;
    bool migrate() override;
    int schemaVersion() override;
    bool importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now) override;
    QList<Meedoen::Site> sites() override;
    bool hasSite(const QString &siteId) override;
    bool addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                           const QDateTime &expiresAt) override;
    std::optional<Device> redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                               const QByteArray &tokenHash, const QDateTime &now) override;
    std::optional<Device> deviceByTokenHash(const QByteArray &tokenHash) override;
    QList<Device> devices() override;
    bool revoke(const QString &deviceId, const QDateTime &now) override;
    RateDecision countRequest(const QString &deviceId, const QDateTime &now, int limitPerMinute) override;
    std::optional<PushResult> push(const Device &device, const QList<Mutation> &mutations,
                                   const QDateTime &now) override;
    std::optional<PullPage> pull(const Device &device, std::optional<qint64> cursor, int limit) override;
    bool compactChanges(qint64 beforeSeq) override;

    std::optional<QString> addStaff(const QString &login, const QString &name, const QStringList &sites,
                                    const QByteArray &passwordHash, const QDateTime &now) override;
    bool unlockStaff(const QString &login) override;
    QList<StaffMember> staffMembers() override;
    std::optional<LoginGate> beginLogin(const QString &login, const QDateTime &now) override;
    bool finishLogin(const QString &staffId, const QString &deviceId, const QByteArray &sessionHash,
                     const QDateTime &now, const QDateTime &expiresAt) override;
    std::optional<StaffMember> staffBySession(const QByteArray &sessionHash, const QString &deviceId,
                                              const QDateTime &now) override;
    std::optional<Results> results(const ResultsFilter &filter) override;
    std::optional<QList<DecisionRecord>> decisions(const QString &site) override;

private:
    // The result of run(): a query that ran (false when it failed). It is either a cached
    // prepared statement, lent until the Statement goes, or one of its own.
    class Statement
    {
    public:
        Statement() = default;
        explicit Statement(QSqlQuery &&own) : m_own(std::make_unique<QSqlQuery>(std::move(own))), m_query(m_own.get()) {}
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
            if (m_busy)
                *m_busy = false;
            m_busy = nullptr;
        }
        std::unique_ptr<QSqlQuery> m_own;
        QSqlQuery *m_query = nullptr;
        bool *m_busy = nullptr;
    };
    struct CachedStatement
    {
        QSqlQuery query;
        bool busy = false;
    };

    QSqlDatabase db() const;
    // PostgreSQL: when libpq has found the connection broken (the database restarted, a
    // network cut), connects again before the next statement, outside a transaction; the
    // request that found it broken failed as a server fault and is sent again. False when
    // connecting again failed (lastError() says why).
    bool reconnectIfBroken();
    QList<QStringList> migrations() const;
    void fail(const QSqlError &error, QStringView what);
    Statement run(const QString &sql, const QVariantList &binds = {});
    bool runRaw(const QString &sql);
    // First column of the first row; a null QVariant when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // What a write transaction collects (deferred rows and statements, touched
    // opportunities, the batch view), dropped at its start and when it rolls back.
    void forgetWriteState();
    bool beginWrite();
    bool commit();
    void rollback();
    // Ends every cached statement's result (a live SQLite read statement would pin its
    // snapshot); on SQLite it turns the cache off, so run() prepares afresh outside a write.
    void finishCached();
    // PostgreSQL keeps its prepared statements between requests too: preparing one costs a
    // round trip to the database and dropping it another, three per statement instead of one
    // for the token check, the rate limit and the write lock of every request.
    bool cachesOutsideWrites() const { return m_dialect == Dialect::Postgres; }

    bool appendChange(const QString &entity, const QString &id, const QString &op, const QString &scope,
                      const QVariant &site, const QVariant &device, const QVariant &person, const QJsonObject &data);
    // The same with data already as compact JSON text.
    bool appendChangeJson(const QString &entity, const QString &id, const QString &op, const QString &scope,
                          const QVariant &site, const QVariant &device, const QVariant &person,
                          const QString &dataJson);
    // Inside push() rows of person, signup, consent, change_log and mutation are collected
    // and written with one INSERT per table (one round trip instead of one per row on
    // PostgreSQL), in the order they were added, before anything else could read those
    // tables: flushDeferred() runs before a withdrawal, link or staff mutation, before a
    // sign-up's stored outcome is read, and before the commit.
    bool addRow(const QString &table, const QVariantList &row);
    // A statement for flushDeferred() to run before the rows (only while rows are deferred).
    void deferStatement(const QString &sql, const QVariantList &binds);
    // The SQL with its '?' placeholders as libpq's $1, $2, ….
    static QString numbered(const QString &sql);
    bool flushDeferred();
    bool insertRowsDirect(sqlite3 *handle, const QString &sql, const QString &tail, int width,
                          const QVariantList &values);
    static void addInserts(PgDirect::Pipeline &pipeline, const QString &sql, const QString &tail, int width,
                           const QVariantList &values);
    // Inside push() and importCatalogue() only remembered; the rows are written once per
    // opportunity, just before the transaction commits (flushOpportunities()).
    bool emitOpportunity(const QString &id);
    bool writeOpportunityChanges(const QStringList &ids);
    bool flushOpportunities();
    std::optional<QJsonObject> emitSignup(const QString &id);
    std::optional<QJsonObject> signupOutcome(qint64 seq, const QString &signupId);
    // Binds a phone to a tenant. When the binding is new and `resend` is set, the tenant's
    // records written before it (person, sign-ups, hours, balance) enter the change log
    // again, so the phone's next pull brings them although its cursor is past them.
    bool bindPhone(const Device &device, const QString &personId, bool resend);
    // The person with this personal code and date of birth: an empty string when none,
    // nullopt on a database fault.
    std::optional<QString> identifiedPerson(const QString &personalCode, QDate dateOfBirth);
    bool renumberWaitlist(const QString &opportunityId);
    // What the registrations and sign-ups of a push batch read (persons, sign-ups, reference
    // codes, places), fetched for a run of them in a few statements and kept up to date as
    // they apply; their person and sign-up rows are written by flushDeferred() too.
    struct BatchView;
    // The view for mutations[from…] up to the first mutation of another kind.
    bool prefetchBatch(const QList<Mutation> &mutations, qsizetype from);
    // Rows of `sql` (with "%1", "%2", … for the IN lists) for these lists of values, in
    // statements of at most 128 values per list.
    bool selectIn(const QString &sql, const QList<QStringList> &lists,
                  const std::function<void(const QSqlQuery &)> &row);
    struct SignupFacts;
    SignupFacts signupFacts(const Mutation &m);
    std::optional<QJsonObject> applyRegistration(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<QJsonObject> applySignup(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<QJsonObject> applyWithdrawal(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<QJsonObject> applyLink(const Device &device, const Mutation &m);

    // Staff side (server/store/staffstore.cpp).
    // Withdraws a confirmed or waitlisted sign-up and gives a freed place to the waitlist.
    bool withdrawSignup(const QString &signupId);
    // Fills free places of an opportunity from its waitlist, in arrival order.
    bool promoteWaitlist(const QString &opportunityId);
    std::optional<QStringList> signedInStaffSites(const Device &device, const QString &staffId);
    bool audit(const Device &device, const Mutation &m, const QDateTime &now, const QString &site,
               const QString &entity, const QString &entityId, const QJsonObject &detail);
    bool emitPerson(const QString &personId);
    bool emitHours(const QString &entryId);
    bool emitBalance(const QString &personId, const QString &month);
    bool emitDecision(const QString &decisionId);
    std::optional<QJsonObject> applyStaffMutation(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<QJsonObject> applyDecision(const Device &device, const Mutation &m, const QDateTime &now,
                                             const QStringList &sites);
    std::optional<QJsonObject> applyOpportunityUpsert(const Device &device, const Mutation &m, const QDateTime &now,
                                                      const QStringList &sites);
    std::optional<QJsonObject> applyHours(const Device &device, const Mutation &m, const QDateTime &now,
                                          const QStringList &sites);
    std::optional<QJsonObject> applyHoursVerifyOrCorrect(const Device &device, const Mutation &m,
                                                         const QDateTime &now, const QStringList &sites);
    std::optional<QJsonObject> applyHoursAgreement(const Device &device, const Mutation &m, const QDateTime &now,
                                                   const QStringList &sites);
    std::optional<QJsonObject> applyPlacement(const Device &device, const Mutation &m, const QDateTime &now,
                                              const QStringList &sites);
    std::optional<QJsonObject> applyConsentWithdraw(const Device &device, const Mutation &m, const QDateTime &now,
                                                    const QStringList &sites);
    std::optional<QJsonObject> applyIdentityCheck(const Device &device, const Mutation &m, const QDateTime &now,
                                                  const QStringList &sites);
    std::optional<QJsonObject> applyErasure(const Device &device, const Mutation &m, const QDateTime &now,
                                            const QStringList &sites);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_error;
    // Prepared statements by SQL text, used while a write transaction is open (PostgreSQL:
    // always, cachesOutsideWrites()).
    std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
    bool m_cacheStatements = false;
    bool m_inTransaction = false;
    // Opportunities whose change-log row is due before the commit, in first-touch order.
    bool m_deferOpportunities = false;
    QStringList m_touchedOpportunities;
    QSet<QString> m_touchedSet;
    // The next sign-up arrival number inside the open write transaction (0: not read yet).
    qint64 m_nextArrival = 0;
    // push(): rows waiting for flushDeferred(), per table, and confirmed places added by
    // sign-ups in this batch that are not yet in opportunity.confirmed (the capacity check
    // adds them, so the decision is the same as with one UPDATE per sign-up).
    bool m_deferRows = false;
    QHash<QString, QVariantList> m_deferredRows;
    QList<std::pair<QString, QVariantList>> m_deferredStatements;
    QHash<QString, int> m_confirmedDelta;
    QStringList m_confirmedOrder;
    std::unique_ptr<BatchView> m_view;
    // PostgreSQL: the batch rows' way to the database, with the statements it has prepared.
    std::unique_ptr<PgDirect::Pipeline> m_pipeline;
};

} // namespace Server
