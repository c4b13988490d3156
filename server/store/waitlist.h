// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"

#include <QDateTime>
#include <QString>

namespace Server {

class ChangeLog;

// Who gets a place when one frees up or the capacity grows: the first on the waitlist in
// server arrival order; the rest are renumbered 1…n. Staff decisions, catalogue edits and
// erasures share these rules with a tenant's withdrawal (docs/sync-protocol.md, "Capacity
// and waitlist"), and every such change is logged so devices learn it on their next pull.
class Waitlist final : public StorePart
{
public:
    Waitlist(Session &session, ChangeLog &changes) : StorePart(session), m_changes(changes) {}

    // Positions 1…n in arrival order; only sign-ups whose position changes are logged again.
    bool renumber(const QString &opportunityId);
    // Fills free places of an opportunity from its waitlist, in arrival order: confirmed, or
    // pending when the opportunity's sign-ups need staff review (the place is held then).
    bool promote(const QString &opportunityId, const QDateTime &now);
    // Withdraws a confirmed, pending or waitlisted sign-up and gives a freed place to the
    // waitlist.
    bool withdraw(const QString &signupId, const QDateTime &now);

private:
    ChangeLog &m_changes;
};

} // namespace Server
