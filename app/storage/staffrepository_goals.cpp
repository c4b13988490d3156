// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: the site's goals as this tablet knows them (pulled, or set here and not yet
// confirmed by a pull) and their progress, computed as the server computes it
// (Meedoen::computeGoalsProgress over the same facts as the dashboard's).
#include "storage/staffrepository.h"

#include "protocol/goalwire.h"
#include "storage/staffrepository_p.h"
#include "storage/trajectoryrepository.h"

using namespace Qt::StringLiterals;
using namespace StaffSql;

QList<Meedoen::Goal> StaffRepository::goals() const
{
    QList<Meedoen::Goal> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data FROM staff_goal ORDER BY id"_s);
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto goal = Wire::goalChangeFromJson(parse(q.value(0)), QString());
        if (goal.ok())
            out.append(goal.value);
    }
    return out;
}

std::optional<Meedoen::Goal> StaffRepository::goal(const QString &goalId) const
{
    for (const Meedoen::Goal &g : goals()) {
        if (g.id == goalId)
            return g;
    }
    return std::nullopt;
}

bool StaffRepository::keepQueuedGoal(const Wire::GoalUpsertPayload &p, const QDateTime &now)
{
    if (p.removed)
        return run(m_db, u"DELETE FROM staff_goal WHERE id = ?"_s, {p.goal.id});
    // Shown at once; the pulled change replaces it with the server's who and when.
    Meedoen::Goal g = p.goal;
    const auto existing = goal(g.id);
    g.createdBy = existing ? existing->createdBy : p.staffId;
    g.createdAt = existing ? existing->createdAt : now;
    g.changedBy = p.staffId;
    g.changedAt = now;
    return applyPulled(g);
}

namespace {

// The months of both filters (an empty end is open).
Meedoen::ResultsFilter monthsOfBoth(const Meedoen::ResultsFilter &a, const Meedoen::ResultsFilter &b)
{
    Meedoen::ResultsFilter f;
    f.fromMonth = a.fromMonth.isEmpty() || b.fromMonth.isEmpty() ? QString() : std::min(a.fromMonth, b.fromMonth);
    f.toMonth = a.toMonth.isEmpty() || b.toMonth.isEmpty() ? QString() : std::max(a.toMonth, b.toMonth);
    return f;
}

} // namespace

StaffRepository::DashboardWithGoals StaffRepository::dashboardWithGoals(const DashboardFilter &filter, QDate today) const
{
    const QList<Meedoen::Goal> shown = Meedoen::goalsInFilter(goals(), filter);
    if (shown.isEmpty())
        return {dashboard(filter), {}};
    DashboardFilter months = monthsOfBoth(filter, Meedoen::goalsFactsMonths(shown, today));
    Meedoen::GoalFacts facts = dashboardFacts(months, true);
    facts.steps = TrajectoryRepository(m_db).allSteps();
    // computeResults and computeGoalsProgress each count only their own months of these facts.
    DashboardWithGoals out{Meedoen::computeResults(facts.opportunities, facts.hours, facts.placements, filter), {}};
    out.figures.ladder = Meedoen::ladderMovesFor(facts.steps, filter);
    out.goals = Meedoen::computeGoalsProgress(shown, facts, today);
    return out;
}

QList<Meedoen::GoalProgress> StaffRepository::goalProgress(const DashboardFilter &filter, QDate today) const
{
    const QList<Meedoen::Goal> shown = Meedoen::goalsInFilter(goals(), filter);
    if (shown.isEmpty())
        return {};
    // Only the months the goals count (a year's goals need a year of hours, not every year's).
    Meedoen::GoalFacts facts = dashboardFacts(Meedoen::goalsFactsMonths(shown, today), true);
    facts.steps = TrajectoryRepository(m_db).allSteps();
    return Meedoen::computeGoalsProgress(shown, facts, today);
}
