// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "protocol/outcome.h"
#include "protocol/staffroles.h"

#include <QJsonObject>

#include <optional>

namespace Server {

class AuditLog;
class ChangeLog;
class Erasure;
class HoursPush;
class Partners;
class StaffAccounts;
class Trajectories;
class Waitlist;

// The staff kinds of mutation (docs/sync-protocol.md, "Staff mutations"): who may send them
// (a staff member signed in on this tablet once; a phone only hours, consent withdrawal and
// an erasure request for its own tenant), and decisions, catalogue edits, training placements, consent
// withdrawal and identity checks. Hours are HoursPush's, erasure and erasure requests are Erasure's. They run in the
// same batch transaction as a tenant's mutations (PushBatch), so exactly-once holds for them too.
class StaffPush final : public StorePart
{
public:
    StaffPush(Session &session, ChangeLog &changes, Waitlist &waitlist, AuditLog &audit, StaffAccounts &accounts,
              HoursPush &hours, Erasure &erasure, Partners &partners, Trajectories &trajectories);

    std::optional<Wire::Outcome> apply(const Device &device, const Mutation &m, const QDateTime &now);
    // A staff member whose roles at the tablet's site do not hold `permission`: the outcome
    // that says so (the batch goes on) and the security event (device, kind, permission).
    static Wire::Outcome roleRefused(const Device &device, const Mutation &m, Wire::Permission permission);

private:
    std::optional<Wire::Outcome> applyDecision(const Device &device, const Mutation &m, const QDateTime &now,
                                             const QStringList &sites);
    std::optional<Wire::Outcome> applyOpportunityUpsert(const Device &device, const Mutation &m, const QDateTime &now,
                                                      const QStringList &sites);
    std::optional<Wire::Outcome> applyPlacement(const Device &device, const Mutation &m, const QDateTime &now,
                                              const QStringList &sites);
    std::optional<Wire::Outcome> applyConsentWithdraw(const Device &device, const Mutation &m, const QDateTime &now,
                                                    const QStringList &sites);
    std::optional<Wire::Outcome> applyConsentGive(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<Wire::Outcome> applyGoalUpsert(const Device &device, const Mutation &m, const QDateTime &now,
                                               const QStringList &sites);
    std::optional<Wire::Outcome> applyIdentityCheck(const Device &device, const Mutation &m, const QDateTime &now,
                                                  const QStringList &sites);

    ChangeLog &m_changes;
    Waitlist &m_waitlist;
    AuditLog &m_audit;
    StaffAccounts &m_accounts;
    HoursPush &m_hours;
    Erasure &m_erasure;
    Partners &m_partners;
    Trajectories &m_trajectories;
};

} // namespace Server
