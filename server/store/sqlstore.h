// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/areas.h"
#include "server/store/auditlog.h"
#include "server/store/catalogue.h"
#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/devices.h"
#include "server/store/erasure.h"
#include "server/store/hourspush.h"
#include "server/store/partners.h"
#include "server/store/pushbatch.h"
#include "server/store/resultsfacts.h"
#include "server/store/schema.h"
#include "server/store/session.h"
#include "server/store/staffaccounts.h"
#include "server/store/staffpush.h"
#include "server/store/statuslookup.h"
#include "server/store/store.h"
#include "server/store/tenancies.h"
#include "server/store/tenantpush.h"
#include "server/store/trajectories.h"
#include "server/store/waitlist.h"

namespace Server {

// The Store on QtSql, for SQLite and PostgreSQL alike. It only puts the parts together and
// hands each Store call to the part that answers it; a newcomer finds the work by name:
//   session.h        the connection, statements, transactions, reconnecting
//   deferredrows.h   a push's rows as multi-row INSERTs (SQLite direct, PostgreSQL pipeline)
//   schema.h         the tables and their migrations
//   changelog.h      what devices pull: append, emit an entity (entitychanges.h), pull, compact
//   catalogue.h      importing the catalogue; sites
//   devices.h        enrolment codes, devices and tokens, rate limits
//   pushbatch.h      one push: exactly-once, sequence numbers, dispatch
//   tenancies.h      the rent administration's tenancies, a registration's tenancy verdict
//   tenantpush.h     registration, sign-up (the capacity decision), withdrawal, link
//   waitlist.h       promotion from and renumbering of a waitlist
//   staffpush.h      staff decisions, catalogue edits, placements, consents, identity checks
//   hourspush.h      hours, their verification and correction, agreed minutes
//   erasure.h        the right to erasure
//   auditlog.h       the staff audit entries
//   staffaccounts.h  staff members, sign-in back-off, sessions
//   identifyattempts.h  how often a tenant's code and date of birth may be tried; unlocking a code
//   statuslookup.h   a kiosk's status look-up and its back-off
//   resultsfacts.h   the facts behind the results figures, the decision log
//   areas.h          the corporation's areas (postcode → neighbourhood), neighbourhood names, site coordinates
class SqlStore final : public Store
{
public:
    SqlStore(Dialect dialect, const QString &connectionName);

    // PostgreSQL: the session's settings, once the connection is open.
    void configureSession() { m_session.configure(); }

    QString lastError() const override { return m_session.lastError(); }
    bool migrate() override { return m_schema.migrate() && m_partners.adoptPendingOrganisers(); }
    int schemaVersion() override { return m_schema.appliedVersion(); }

    bool importCatalogue(const Wire::Catalogue &catalogue, const QDateTime &now) override
    {
        return m_catalogue.importCatalogue(catalogue, now);
    }
    QList<Meedoen::Site> sites() override { return m_catalogue.sites(); }
    bool hasSite(const QString &siteId) override { return m_catalogue.hasSite(siteId); }

    bool addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                           const QDateTime &expiresAt) override
    {
        return m_devices.addEnrollmentCode(codeHash, kind, site, expiresAt);
    }
    bool addEnrollmentCodes(const QList<QByteArray> &codeHashes, const QString &kind, const QString &site,
                            const QDateTime &expiresAt) override
    {
        return m_devices.addEnrollmentCodes(codeHashes, kind, site, expiresAt);
    }
    std::optional<Device> redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                               const QByteArray &tokenHash, const QDateTime &now) override
    {
        return m_devices.redeemEnrollmentCode(codeHash, deviceId, tokenHash, now);
    }
    QList<Device> devices() override { return m_devices.devices(); }
    bool revoke(const QString &deviceId, const QDateTime &now) override { return m_devices.revoke(deviceId, now); }
    std::optional<DeviceVisit> visit(const QByteArray &tokenHash, const QDateTime &now, int limitPerMinute,
                                     const std::optional<Sighting> &sighting) override
    {
        return m_devices.visit(tokenHash, now, limitPerMinute, sighting);
    }
    RateDecision countRequest(const QString &key, const QDateTime &now, int limitPerMinute) override
    {
        return m_devices.countRequest(key, now, limitPerMinute);
    }
    bool recordSeen(const QString &deviceId, const QDateTime &now,
                    const std::optional<Wire::DeviceReport> &report) override
    {
        return m_devices.recordSeen(deviceId, now, report);
    }
    std::optional<QList<DeviceStatus>> deviceStatuses(const QString &site) override
    {
        return m_devices.deviceStatuses(site);
    }
    std::optional<int> releaseConflicts(const QString &deviceId, const QDateTime &now) override
    {
        return m_devices.releaseConflicts(deviceId, now);
    }

    std::optional<PushResult> push(const Device &device, const QList<Mutation> &mutations,
                                   const QDateTime &now) override
    {
        return m_push.apply({device, mutations, now, std::nullopt}, afterApply);
    }
    QList<std::optional<PushResult>> pushGroup(const QList<PushRequest> &pushes) override
    {
        return m_push.applyGroup(pushes, afterApply);
    }
    std::optional<bool> keepRevokedReport(const Device &device, const QList<Mutation> &mutations,
                                          const QDateTime &now) override
    {
        return m_push.keepRevokedReport(device, mutations, now);
    }
    std::optional<PullPage> pull(const Device &device, std::optional<qint64> cursor, int limit) override
    {
        return m_changes.pull(device, cursor, limit);
    }
    bool compactChanges(qint64 beforeSeq) override { return m_changes.compactChanges(beforeSeq); }

    std::optional<QString> addStaff(const QString &login, const QString &name, const QStringList &sites,
                                    const QList<Wire::StaffRole> &roles, const QByteArray &passwordHash,
                                    const QDateTime &now) override
    {
        return m_staff.addStaff(login, name, sites, roles, passwordHash, now);
    }
    RolesChange setStaffRoles(const QString &login, const QString &site, const QList<Wire::StaffRole> &roles) override
    {
        return m_staff.setRoles(login, site, roles);
    }
    bool unlockStaff(const QString &login) override { return m_staff.unlockStaff(login); }
    std::optional<bool> unlockPersonalCode(const QString &personalCode, const QString &actor,
                                           const QDateTime &now) override
    {
        return m_identify.unlock(personalCode, actor, now);
    }
    std::optional<CodeLockState> codeLockOf(const QString &personId, const QStringList &sites,
                                            const QDateTime &now) override
    {
        return m_identify.codeLockOf(personId, sites, now);
    }
    std::optional<CodeLockState> unlockCodeOf(const QString &personId, const QStringList &sites, const QString &staffId,
                                              const QString &deviceId, const QString &role, const QDateTime &now) override
    {
        return m_identify.unlockCodeOf(personId, sites, staffId, deviceId, role, now);
    }
    QList<StaffMember> staffMembers() override { return m_staff.staffMembers(); }
    std::optional<StatusAnswer> lookUpStatus(const QString &deviceId, const QByteArray &codeHash,
                                             const QString &personalCode, QDate dateOfBirth,
                                             const QDateTime &now) override
    {
        return m_status.lookUpStatus(deviceId, codeHash, personalCode, dateOfBirth, now);
    }
    std::optional<LoginGate> beginLogin(const QString &login, const QString &deviceId,
                                        const Meedoen::AttemptPolicy &policy, const QDateTime &now) override
    {
        return m_staff.beginLogin(login, deviceId, policy, now);
    }
    bool finishLogin(const QString &login, const QString &staffId, const QString &deviceId,
                     const QByteArray &sessionHash, const QDateTime &now, const QDateTime &expiresAt) override
    {
        return m_staff.finishLogin(login, staffId, deviceId, sessionHash, now, expiresAt);
    }
    std::optional<StaffMember> staffBySession(const QByteArray &sessionHash, const QString &deviceId,
                                              const QDateTime &now) override
    {
        return m_staff.staffBySession(sessionHash, deviceId, now);
    }

    std::optional<TenancyImport> importTenancies(const QList<Meedoen::Tenancy> &tenancies,
                                                 const QDateTime &now) override
    {
        return m_tenancies.importTenancies(tenancies, now);
    }

    std::optional<Results> results(const ResultsFilter &filter) override { return m_results.results(filter); }
    std::optional<Meedoen::PartnerFigures> partnerFigures(const QString &partnerId,
                                                          const ResultsFilter &filter) override
    {
        return m_results.partnerFigures(partnerId, filter);
    }
    std::optional<QList<Meedoen::GoalProgress>> goals(const ResultsFilter &filter, QDate today) override
    {
        return m_results.goals(filter, today);
    }
    std::optional<QList<DecisionRecord>> decisions(const QString &site) override
    {
        return m_results.decisions(site);
    }
    std::optional<QList<Meedoen::ObligationFulfilment>> socialReturn(const QString &site, QDate asOf) override
    {
        return m_results.socialReturn(site, asOf);
    }
    std::optional<Meedoen::SroiSheet> sroiSheet(const ResultsFilter &filter, QDate asOf) override
    {
        return m_results.sroiSheet(filter, asOf);
    }
    std::optional<Meedoen::SocialReturnConfig> socialReturnConfig() override { return m_partners.socialReturn(); }
    std::optional<QString> importSocialReturn(const Meedoen::SocialReturnConfig &config) override
    {
        return m_partners.importSocialReturn(config);
    }

    std::optional<AreaImportSummary> importAreas(const Meedoen::AreaTable &table) override
    {
        return m_areas.importAreas(table);
    }
    QList<Meedoen::Neighbourhood> neighbourhoods() override { return m_areas.neighbourhoods(); }
    bool renameNeighbourhood(const Meedoen::Neighbourhood &neighbourhood) override
    {
        return m_areas.renameNeighbourhood(neighbourhood);
    }
    bool setSiteLocation(const QString &siteId, double latitude, double longitude) override
    {
        return m_areas.setSiteLocation(siteId, latitude, longitude);
    }
    std::optional<QList<Meedoen::Ladder>> ladders() override { return m_trajectories.ladders(); }
    std::optional<QString> importLadders(const QList<Meedoen::Ladder> &ladders) override
    {
        return m_trajectories.importLadders(ladders);
    }
    std::optional<QList<Meedoen::TrajectoryStep>> trajectorySteps(const QStringList &sites) override
    {
        return m_trajectories.steps(sites);
    }

private:
    // Declared in the order they are built: each part gets the parts it uses.
    Session m_session;
    DeferredRows m_rows;
    ChangeLog m_changes;
    Schema m_schema;
    Catalogue m_catalogue;
    Devices m_devices;
    StaffAccounts m_staff;
    StatusLookup m_status;
    AuditLog m_audit;
    Partners m_partners;
    Waitlist m_waitlist;
    Tenancies m_tenancies;
    TenantPush m_tenants;
    HoursPush m_hours;
    Erasure m_erasure;
    Trajectories m_trajectories;
    StaffPush m_staffPush;
    PushBatch m_push;
    ResultsFacts m_results;
    IdentifyAttempts m_identify{m_session};
    Areas m_areas{m_session, m_rows, m_changes};
};

} // namespace Server
