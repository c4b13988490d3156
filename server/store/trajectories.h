// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "core/trajectory.h"
#include "protocol/outcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace Server {

class AuditLog;
class ChangeLog;

// Trajectories (docs/privacy.md "Trajectory", docs/sync-protocol.md "Trajectory steps"): the
// steps staff with the consultant role record on a tenant's route, kept only while the
// tenant's `trajectory` consent stands, and the corporation's ladders per route (the
// Participatieladder where none is configured).
class Trajectories final : public StorePart
{
public:
    Trajectories(Session &session, ChangeLog &changes, AuditLog &audit)
        : StorePart(session), m_changes(changes), m_audit(audit)
    {
    }

    // trajectory-step: the person must be of `sites` and have the consent (refused
    // consent-missing, purpose and field named), the rung on the route's ladder (rung-unknown),
    // the date not after today (date-in-future). Audited; the step goes to the tenant's phone
    // and their site's tablets.
    std::optional<Wire::Outcome> applyStep(const Device &device, const Mutation &m, const QDateTime &now,
                                           const QStringList &sites);
    // The tenant's steps go: the rows, their changes, and a tombstone to every device that
    // could see one (consent withdrawn). False: a database fault.
    bool forget(const QString &personId);

    // The ladders in force: the configured routes, the Participatieladder for the others.
    std::optional<QList<Meedoen::Ladder>> ladders();
    // Replaces the configured ladders by these (checked with Meedoen::ladderProblem(); a
    // route left out goes back to the default). Devices pull the ladders that changed.
    // The problem in words, or empty; nullopt: a database fault.
    std::optional<QString> importLadders(const QList<Meedoen::Ladder> &ladders);

    // Every step of the sites' tenants (empty: every site), for the figures.
    std::optional<QList<Meedoen::TrajectoryStep>> steps(const QStringList &sites);

private:
    ChangeLog &m_changes;
    AuditLog &m_audit;
};

} // namespace Server
