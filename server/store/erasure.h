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
class Waitlist;

// The right to erasure (erase-person, docs/sync-protocol.md "Erasure" and docs/privacy.md):
// in one transaction the person's future places are freed, their personal data goes from
// every table and from the change log, and devices that could see it get tombstones, while
// ids, dates and minutes stay for the figures. A tenant asks for it from their phone
// (erase-request); staff carry it out.
class Erasure final : public StorePart
{
public:
    Erasure(Session &session, ChangeLog &changes, Waitlist &waitlist, AuditLog &audit)
        : StorePart(session), m_changes(changes), m_waitlist(waitlist), m_audit(audit)
    {
    }

    std::optional<Wire::Outcome> applyErasure(const Device &device, const Mutation &m, const QDateTime &now,
                                            const QStringList &sites);
    // A tenant's phone asks for the erasure of its own tenant (erase-request): recorded once
    // (a second request while one is open is the same request) and published to the
    // tablets of the person's site; applyErasure() marks it done.
    std::optional<Wire::Outcome> applyEraseRequest(const Device &device, const Mutation &m, const QDateTime &now);

private:
    ChangeLog &m_changes;
    Waitlist &m_waitlist;
    AuditLog &m_audit;
};

} // namespace Server
