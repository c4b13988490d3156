// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "protocol/outcome.h"

#include <QJsonObject>

#include <optional>

namespace Server {

class AuditLog;
class ChangeLog;

// Volunteer hours (docs/sync-protocol.md, "Hours"): entries logged by staff or, for their own
// tenant, by a phone; verification; corrections (a new entry pointing at the one it corrects,
// never an edit — only the tenant's phone edits or withdraws its own entry while unverified); and the agreed minutes a month (tegenprestatie). Each change logs the entry
// and the month's balance again, so tablets and phones show the same figures offline.
class HoursPush final : public StorePart
{
public:
    HoursPush(Session &session, ChangeLog &changes, AuditLog &audit)
        : StorePart(session), m_changes(changes), m_audit(audit)
    {
    }

    // `sites`: the staff member's sites (empty for a phone).
    std::optional<Wire::Outcome> applyHours(const Device &device, const Mutation &m, const QDateTime &now,
                                          const QStringList &sites);
    // The tenant's phone takes back an entry no staff member verified or corrected yet.
    std::optional<Wire::Outcome> applyHoursWithdraw(const Device &device, const Mutation &m, const QDateTime &now);
    std::optional<Wire::Outcome> applyHoursVerifyOrCorrect(const Device &device, const Mutation &m,
                                                         const QDateTime &now, const QStringList &sites);
    std::optional<Wire::Outcome> applyHoursAgreement(const Device &device, const Mutation &m, const QDateTime &now,
                                                   const QStringList &sites);

private:
    ChangeLog &m_changes;
    AuditLog &m_audit;
};

} // namespace Server
