// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/goals.h"

#include "core/keys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

constexpr std::array<QStringView, 2> kPeriodKeys = {u"year", u"quarter"};
constexpr std::array<QStringView, 7> kMeasureKeys = {u"active-volunteers",  u"hours",
                                                     u"zelfbeheer-running", u"training-started",
                                                     u"training-completed", u"agreements-met",
                                                     u"rung-moves"};
constexpr std::array<QStringView, 6> kStatusKeys = {u"not-started", u"behind",  u"on-track",
                                                    u"ahead",       u"reached", u"missed"};

QString isoDay(QDate d) { return d.toString(Qt::ISODate); }

} // namespace

QString toKey(GoalPeriod period) { return keyOf(kPeriodKeys, period); }
std::optional<GoalPeriod> goalPeriodFromKey(QStringView key) { return enumFromKey<GoalPeriod>(kPeriodKeys, key); }
QString toKey(GoalMeasure measure) { return keyOf(kMeasureKeys, measure); }
std::optional<GoalMeasure> goalMeasureFromKey(QStringView key) { return enumFromKey<GoalMeasure>(kMeasureKeys, key); }
QString toKey(GoalStatus status) { return keyOf(kStatusKeys, status); }
std::optional<GoalStatus> goalStatusFromKey(QStringView key) { return enumFromKey<GoalStatus>(kStatusKeys, key); }

QList<GoalMeasure> allGoalMeasures()
{
    QList<GoalMeasure> out;
    for (size_t i = 0; i < kMeasureKeys.size(); ++i)
        out.append(GoalMeasure(i));
    return out;
}

bool isGoalMeasureCounted(GoalMeasure measure)
{
    // Every measure has its facts since the trajectories came (rung moves: core/trajectory.h).
    Q_UNUSED(measure)
    return true;
}

QDate Goal::end() const
{
    return start.addMonths(period == GoalPeriod::Year ? 12 : 3).addDays(-1);
}

int Goal::days() const
{
    return int(start.daysTo(end())) + 1;
}

std::optional<FieldError> checkGoal(const Goal &goal)
{
    if (goal.neighbourhood.trimmed().isEmpty())
        return FieldError{u"neighbourhood"_s, u"goal.neighbourhood.required"_s,
                          QCoreApplication::translate("Validation", "Kies een wijk.")};
    if (!goal.route.isEmpty() && !routeFromKey(goal.route))
        return FieldError{u"route"_s, u"goal.route.unknown"_s,
                          QCoreApplication::translate("Validation", "Kies een route uit de lijst.")};
    if (!goal.start.isValid() || goal.start.day() != 1
        || (goal.period == GoalPeriod::Year && goal.start.month() != 1))
        return FieldError{u"start"_s, u"goal.start.year"_s,
                          QCoreApplication::translate("Validation", "Een jaar begint op 1 januari.")};
    if (goal.period == GoalPeriod::Quarter && (goal.start.month() - 1) % 3 != 0)
        return FieldError{u"start"_s, u"goal.start.quarter"_s,
                          QCoreApplication::translate("Validation",
                                                      "Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.")};
    if (goal.target < 0 || goal.target > kMaxGoalTarget)
        return FieldError{u"target"_s, u"goal.target.range"_s,
                          QCoreApplication::translate("Validation", "Vul een doel in van 0 tot %1.")
                              .arg(kMaxGoalTarget)};
    if (!isGoalMeasureCounted(goal.measure))
        return FieldError{u"measure"_s, u"goal.measure.notCounted"_s,
                          QCoreApplication::translate("Validation", "Dit kan Meedoen nog niet tellen. Kies iets anders.")};
    return std::nullopt;
}

double goalElapsed(const Goal &goal, QDate today)
{
    if (today < goal.start)
        return 0.0;
    if (today >= goal.end())
        return 1.0;
    return double(goal.start.daysTo(today) + 1) / goal.days();
}

bool goalInFilter(const Goal &goal, const ResultsFilter &f)
{
    if (!f.site.isEmpty() ? goal.site != f.site : (!f.sites.isEmpty() && !f.sites.contains(goal.site)))
        return false;
    return (f.neighbourhood.isEmpty() || goal.neighbourhood == f.neighbourhood)
        && (f.route.isEmpty() || goal.route.isEmpty() || goal.route == f.route);
}

QList<Goal> goalsInFilter(const QList<Goal> &goals, const ResultsFilter &filter)
{
    QList<Goal> shown;
    for (const Goal &g : goals) {
        if (goalInFilter(g, filter))
            shown.append(g);
    }
    return shown;
}

namespace {

// One pass over the facts in the goal's scope, in date order, for the dates asked (ascending).
QList<double> cumulativeValues(const Goal &goal, const GoalFacts &facts, const QList<QDate> &dates)
{
    QList<double> out;
    if (dates.isEmpty())
        return out;
    if (goal.measure == GoalMeasure::RungMoves) {
        // Tenants of the goal's site who moved up a rung from the period's start to each date,
        // with the dashboard's definition (tenantsMovedUp: once per tenant, whatever the route).
        QList<TrajectoryStep> steps;
        for (const TrajectoryStep &s : facts.steps) {
            if (s.site == goal.site)
                steps.append(s);
        }
        for (const QDate &date : dates)
            out.append(tenantsMovedUp(steps, goal.start, std::min(date, goal.end()), goal.neighbourhood, goal.route));
        return out;
    }
    ResultsFilter scope;
    scope.site = goal.site;
    scope.neighbourhood = goal.neighbourhood;
    scope.route = goal.route;
    QHash<QString, const ResultsOpportunity *> inScope;
    for (const ResultsOpportunity &o : facts.opportunities) {
        if (resultsFilterMatches(scope, o))
            inScope.insert(o.id, &o);
    }
    const QString first = isoDay(goal.start);
    const QString last = isoDay(std::min(dates.last(), goal.end()));
    const auto inPeriod = [&](const QString &date) { return date.size() == 10 && date >= first && date <= last; };

    // What is counted, as (date, index into the facts) in date order.
    struct Fact
    {
        QString date;
        qsizetype index;
    };
    QList<Fact> events;
    const bool byHours = goal.measure == GoalMeasure::ActiveVolunteers || goal.measure == GoalMeasure::Hours
        || goal.measure == GoalMeasure::ZelfbeheerRunning || goal.measure == GoalMeasure::AgreementsMet;
    const bool byPlacements = goal.measure == GoalMeasure::TrainingStarted || goal.measure == GoalMeasure::TrainingCompleted;
    const QString placementKind = goal.measure == GoalMeasure::TrainingStarted ? u"started"_s : u"completed"_s;
    if (byHours) {
        for (qsizetype i = 0; i < facts.hours.size(); ++i) {
            const ResultsHours &h = facts.hours.at(i);
            if (h.minutes > 0 && inScope.contains(h.opportunityId) && inPeriod(h.date))
                events.append({h.date, i});
        }
    } else if (byPlacements) {
        for (qsizetype i = 0; i < facts.placements.size(); ++i) {
            const ResultsPlacement &p = facts.placements.at(i);
            if (p.kind == placementKind && inScope.contains(p.opportunityId) && inPeriod(p.date))
                events.append({p.date, i});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Fact &a, const Fact &b) { return a.date < b.date; });

    QHash<QString, int> agreed;
    for (const GoalAgreement &a : facts.agreements) {
        if (a.agreedMinutes > 0)
            agreed.insert(a.personId, a.agreedMinutes);
    }
    const QString zelfbeheer = toKey(OpportunityKind::SelfManagement);
    double value = 0;
    QSet<QString> seen;                     // persons or initiatives counted
    QHash<QString, int> monthMinutes;       // agreements: "<person>/<YYYY-MM>" → minutes so far
    qsizetype next = 0;
    for (const QDate &date : dates) {
        const QString until = isoDay(date);
        for (; next < events.size() && events.at(next).date <= until; ++next) {
            const qsizetype i = events.at(next).index;
            switch (goal.measure) {
            case GoalMeasure::ActiveVolunteers:
                seen.insert(facts.hours.at(i).personId);
                value = seen.size();
                break;
            case GoalMeasure::Hours:
                value += facts.hours.at(i).minutes / 60.0;
                break;
            case GoalMeasure::ZelfbeheerRunning:
                if (inScope.value(facts.hours.at(i).opportunityId)->kind == zelfbeheer)
                    seen.insert(facts.hours.at(i).opportunityId);
                value = seen.size();
                break;
            case GoalMeasure::AgreementsMet: {
                const ResultsHours &h = facts.hours.at(i);
                const int needed = agreed.value(h.personId);
                if (needed <= 0)
                    break;
                int &sum = monthMinutes[h.personId + u'/' + h.date.left(7)];
                const bool before = sum >= needed;
                sum += h.minutes;
                if (!before && sum >= needed)
                    value += 1;
                break;
            }
            case GoalMeasure::TrainingStarted:
            case GoalMeasure::TrainingCompleted:
                value += 1;
                break;
            case GoalMeasure::RungMoves:
                break;
            }
        }
        out.append(value);
    }
    return out;
}

} // namespace

double goalValue(const Goal &goal, const GoalFacts &facts, QDate date)
{
    if (date < goal.start)
        return 0.0;
    return cumulativeValues(goal, facts, {date}).value(0);
}

GoalProgress computeGoalProgress(const Goal &goal, const GoalFacts &facts, QDate today)
{
    GoalProgress p;
    p.goal = goal;
    if (!goal.start.isValid() || today < goal.start)
        return p;
    const QDate upTo = std::min(today, goal.end());
    QList<QDate> dates;
    for (QDate month(goal.start.year(), goal.start.month(), 1); month <= upTo; month = month.addMonths(1))
        dates.append(std::min(month.addMonths(1).addDays(-1), upTo));
    const QList<double> values = cumulativeValues(goal, facts, dates);
    for (qsizetype i = 0; i < dates.size(); ++i)
        p.points.append({dates.at(i), values.at(i), goal.target * goalElapsed(goal, dates.at(i))});
    const double elapsed = goalElapsed(goal, upTo);
    p.value = values.last();
    p.planned = goal.target * elapsed;
    // Linear extrapolation of the value to date: the pace so far, kept up to the end.
    p.forecast = p.value / elapsed;
    if (p.value >= goal.target)
        p.status = GoalStatus::Reached;
    else if (today > goal.end())
        p.status = GoalStatus::Missed;
    else if (p.value < p.planned * (1.0 - kGoalTolerance))
        p.status = GoalStatus::Behind;
    else if (p.value > p.planned * (1.0 + kGoalTolerance))
        p.status = GoalStatus::Ahead;
    else
        p.status = GoalStatus::OnTrack;
    return p;
}

ResultsFilter goalsFactsMonths(const QList<Goal> &goals, QDate today)
{
    ResultsFilter f;
    QDate first, last;
    for (const Goal &g : goals) {
        if (!g.start.isValid())
            continue;
        if (!first.isValid() || g.start < first)
            first = g.start;
        const QDate end = std::min(g.end(), today);
        if (!last.isValid() || end > last)
            last = end;
    }
    if (first.isValid() && last.isValid() && first <= last) {
        f.fromMonth = first.toString(u"yyyy-MM"_s);
        f.toMonth = last.toString(u"yyyy-MM"_s);
    }
    return f;
}

QList<GoalProgress> computeGoalsProgress(const QList<Goal> &goals, const GoalFacts &facts, QDate today)
{
    QList<Goal> sorted = goals;
    std::sort(sorted.begin(), sorted.end(), [](const Goal &a, const Goal &b) {
        return std::tuple(a.neighbourhood, a.route, a.start, int(a.measure), a.id)
             < std::tuple(b.neighbourhood, b.route, b.start, int(b.measure), b.id);
    });
    QList<GoalProgress> out;
    out.reserve(sorted.size());
    for (const Goal &g : sorted)
        out.append(computeGoalProgress(g, facts, today));
    return out;
}

} // namespace Meedoen
