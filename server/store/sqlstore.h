// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

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
    QSqlDatabase db() const;
    QList<QStringList> migrations() const;
    void fail(const QSqlError &error, QStringView what);
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &binds = {});
    bool runRaw(const QString &sql);
    // First column of the first row; a null QVariant when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    bool beginWrite();
    bool commit();
    void rollback();

    bool appendChange(const QString &entity, const QString &id, const QString &op, const QString &scope,
                      const QVariant &site, const QVariant &device, const QVariant &person, const QJsonObject &data);
    bool emitOpportunity(const QString &id);
    std::optional<QJsonObject> emitSignup(const QString &id);
    std::optional<QJsonObject> signupOutcome(qint64 seq, const QString &signupId);
    bool bindPhone(const Device &device, const QString &personId);
    bool renumberWaitlist(const QString &opportunityId);
    std::optional<QJsonObject> applyRegistration(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<QJsonObject> applySignup(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<QJsonObject> applyWithdrawal(const Device &device, const Mutation &m, const QDateTime &now);

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
    std::optional<QJsonObject> applyErasure(const Device &device, const Mutation &m, const QDateTime &now,
                                            const QStringList &sites);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_error;
};

} // namespace Server
