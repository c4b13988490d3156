// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resultfigures.h"
#include "core/trajectory.h"
#include "core/validation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Goals and steering (resultaatmeting en tussentijds bijsturen): a coordinator's target per
// neighbourhood × route × period, and how far the period's figures have come. meedoen-server
// computes the progress for GET /v1/staff/results, the staff tablet from its pulled copy when
// offline: both hand the same facts and the same day to computeGoalProgress() (docs/sync-protocol.md,
// "Goals").
namespace Meedoen {

enum class GoalPeriod { Year, Quarter };

// What a goal counts. Keys are stored and sent; append new ones at the end. A measure whose
// facts Meedoen does not have yet is in the list (so the wire and the store know its key) but
// not counted: isGoalMeasureCounted() is false, the server refuses a goal with it and the
// tablet does not offer it.
enum class GoalMeasure {
    ActiveVolunteers,   // distinct tenants with effective minutes > 0 since the period's start
    Hours,              // effective hours since the period's start
    ZelfbeheerRunning,  // distinct zelfbeheer initiatives with effective minutes > 0
    TrainingStarted,    // training places started (placement events)
    TrainingCompleted,  // training places completed
    AgreementsMet,      // tegenprestatie months met: a tenant's agreed minutes reached in a month
    RungMoves,          // tenants who moved up a rung of their route (core/trajectory.h, tenantsMovedUp)
};

QString toKey(GoalPeriod period);
std::optional<GoalPeriod> goalPeriodFromKey(QStringView key);
QString toKey(GoalMeasure measure);
std::optional<GoalMeasure> goalMeasureFromKey(QStringView key);
QList<GoalMeasure> allGoalMeasures();
// Whether Meedoen has the facts to count this measure (RungMoves waits for trajectories).
bool isGoalMeasureCounted(GoalMeasure measure);

inline constexpr int kMaxGoalTarget = 1000000;
// Within this share of the straight line a goal is on track; below it behind, above it ahead.
inline constexpr double kGoalTolerance = 0.10;

struct Goal
{
    QString id;
    QString site;
    QString neighbourhood;
    QString route;                  // a route key; empty: every route
    GoalPeriod period = GoalPeriod::Year;
    QDate start;                    // 1 January; a quarter: 1 January, April, July or October
    GoalMeasure measure = GoalMeasure::ActiveVolunteers;
    int target = 0;                 // hours for Hours, a count otherwise
    QString createdBy;              // staff ids
    QString changedBy;
    QDateTime createdAt;            // server time
    QDateTime changedAt;

    // The period's last day and its length in days.
    QDate end() const;
    int days() const;
    friend bool operator==(const Goal &, const Goal &) = default;
};

// Codes: goal.neighbourhood.required, goal.route.unknown, goal.start.year,
// goal.start.quarter, goal.target.range, goal.measure.notCounted. Messages in context
// "Validation".
std::optional<FieldError> checkGoal(const Goal &goal);

// A tenant's tegenprestatie as it stands now (minutes a month; 0: none).
struct GoalAgreement
{
    QString personId;
    int agreedMinutes = 0;
};

// The facts behind goals: the results' facts and the agreements.
struct GoalFacts
{
    QList<ResultsOpportunity> opportunities;
    QList<ResultsHours> hours;
    QList<ResultsPlacement> placements;
    QList<GoalAgreement> agreements;
    QList<TrajectoryStep> steps;        // the steps up the ladder (rung moves; core/trajectory.h)
};

enum class GoalStatus {
    NotStarted,     // the period has not begun
    Behind,         // below the straight line by more than the tolerance
    OnTrack,
    Ahead,          // above it by more than the tolerance
    Reached,        // the target is met (also before the end; a target of 0 from the start)
    Missed,         // the period is over and the target was not met
};
QString toKey(GoalStatus status);
std::optional<GoalStatus> goalStatusFromKey(QStringView key);

// The measure's value at the end of `date`, and the straight line's.
struct GoalPoint
{
    QDate date;
    double value = 0;
    double planned = 0;
    friend bool operator==(const GoalPoint &, const GoalPoint &) = default;
};

struct GoalProgress
{
    Goal goal;
    // At the end of each month of the period up to today (today's month ends today); none
    // before the start. The line starts at 0 on the period's first day.
    QList<GoalPoint> points;
    double value = 0;               // to date (at the period's end once it is over)
    double planned = 0;             // the straight line's value today
    double forecast = 0;            // at the period's end: value / elapsed share of the period
    GoalStatus status = GoalStatus::NotStarted;
    friend bool operator==(const GoalProgress &, const GoalProgress &) = default;
};

// The share of the period gone by at the end of `today` (0 before the start, 1 after the end),
// counted in whole days.
double goalElapsed(const Goal &goal, QDate today);
// The measure's cumulative value from the period's start to the end of `date`.
double goalValue(const Goal &goal, const GoalFacts &facts, QDate date);
GoalProgress computeGoalProgress(const Goal &goal, const GoalFacts &facts, QDate today);
// Every goal's, ordered by neighbourhood, route, start, measure and id.
// The months whose facts these goals count on `today` (from the earliest start to the latest
// end, no later than today), as a filter for reading the facts; both months empty without goals.
ResultsFilter goalsFactsMonths(const QList<Goal> &goals, QDate today);
QList<GoalProgress> computeGoalsProgress(const QList<Goal> &goals, const GoalFacts &facts, QDate today);
// The goals a results filter shows: its site (or sites), neighbourhood and route.
bool goalInFilter(const Goal &goal, const ResultsFilter &filter);
QList<Goal> goalsInFilter(const QList<Goal> &goals, const ResultsFilter &filter);

} // namespace Meedoen
