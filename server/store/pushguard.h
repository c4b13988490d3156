// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include <QSet>

#include <optional>

namespace Server {

// What a device may not do with the exactly-once record (docs/security/scope.md): apply one
// mutation id twice under two sequence numbers, or fill the conflict table without end.
class PushGuard final : public StorePart
{
public:
    explicit PushGuard(Session &session) : StorePart(session) {}

    // Of these mutations' ids, those this device has already used. nullopt on a database fault.
    std::optional<QSet<QString>> usedIds(const Device &device, const QList<Mutation> &mutations);

    enum class SetAside {
        Stored,     // kept for staff (or kept already)
        LimitReached // the device's conflicts reached Meedoen::kMaxConflictsPerDevice or its bytes: nothing stored
    };
    // Keeps a mutation that conflicts with the record (a seq or an id reused, or sent by a
    // revoked device) for staff with the reason, unless the device's unresolved conflicts
    // reached their limit. nullopt on a database fault.
    std::optional<SetAside> setAside(const Device &device, const Mutation &m, const QString &hash,
                                     const QString &reason, const QDateTime &now);
};

} // namespace Server
