// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/pushguard.h"
#include "server/store/session.h"
#include "server/store/store.h"

#include <functional>
#include <optional>

namespace Server {

class ChangeLog;
class DeferredRows;
class StaffPush;
class TenantPush;

// One POST /v1/push, applied in one write transaction so that no record is lost and none
// doubled: the exactly-once record of (device, seq) → payload hash and stored outcome, the
// sequence rules (a resend gets the stored outcome, another payload is a conflict, a jump is
// a gap, a mutation id used before under another seq is a conflict), and the hand-off of each mutation to the tenant or the staff side
// (docs/sync-protocol.md, "Exactly once").
class PushBatch final : public StorePart
{
public:
    PushBatch(Session &session, ChangeLog &changes, DeferredRows &rows, TenantPush &tenants, StaffPush &staff);

    // nullopt on a server fault (nothing applied). `afterApply` (tests only) is called after
    // each applied mutation with the number applied so far.
    std::optional<PushResult> apply(const PushRequest &push, const std::function<void(int)> &afterApply);
    // Group commit: every push in one transaction, in this order, each with the result it
    // would have had alone. Should one of them meet a fault or its device's conflict limit,
    // the group's transaction is rolled back and each push is applied alone in its own, so
    // one device's trouble never costs another its answer.
    QList<std::optional<PushResult>> applyGroup(const QList<PushRequest> &pushes,
                                                const std::function<void(int)> &afterApply);

    // A revoked device's report of what it could not send (docs/sync-protocol.md, "Revoked
    // device"): once per device, every mutation of the push is kept in the conflict table
    // with reason device-revoked, never applied — all of them within the device's conflict
    // limits, or none. True when they were kept; false when the device reported before or the
    // limits left no room; nullopt on a server fault.
    std::optional<bool> keepRevokedReport(const Device &device, const QList<Mutation> &mutations, const QDateTime &now);

private:
    // One push inside the open write transaction. On a fault (nullopt) or the conflict limit
    // it has rolled the transaction back.
    std::optional<PushResult> applyInTransaction(const PushRequest &push, const std::function<void(int)> &afterApply);

    ChangeLog &m_changes;
    DeferredRows &m_rows;
    TenantPush &m_tenants;
    StaffPush &m_staff;
    PushGuard m_guard; // mutation ids used once, conflicts capped per device
};

} // namespace Server
