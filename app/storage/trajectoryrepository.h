// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trajectory.h"
#include "protocol/changes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// A device's pulled trajectories (docs/privacy.md, "Trajectory"): the phone keeps its tenant's
// steps, a staff tablet those of its site's tenants (for the person page and the offline
// figures); a kiosk none. The ladders per route as the server configured them, the
// Participatieladder for the others. Written by PullApplier in the page's transaction.
class TrajectoryRepository
{
public:
    explicit TrajectoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool keepPulled(const Wire::TrajectoryStepChange &step);
    bool removePulled(const QString &stepId);
    // A person's steps go with them (erasure seen on this device).
    bool removePerson(const QString &personId);
    bool keepLadder(const Meedoen::Ladder &ladder);
    bool removeLadder(const QString &route);
    // "Reset required": the pulled steps and ladders go.
    bool clear();

    // A tenant's steps in the order they happened (oldest first).
    QList<Wire::TrajectoryStepChange> steps(const QString &personId) const;
    // Every step this device holds, for the figures (Meedoen::ladderMovesFor).
    QList<Meedoen::TrajectoryStep> allSteps() const;
    // The ladders in force here.
    QList<Meedoen::Ladder> ladders() const;
    // What a staff tablet knows of a tenant's sign-ups that may propose a step: per sign-up
    // the opportunity's route, its kind key, the sign-up's state and placement key.
    struct SignupFact
    {
        QString route, kind, state, placement;
    };
    QList<SignupFact> signupFacts(const QString &personId) const;

private:
    QSqlDatabase m_db;
};
