// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tenant's route up the ladder (docs/privacy.md, "Trajectory"): per route a ladder of
// rungs from informal to formal, the steps staff recorded for a tenant who gave the
// `trajectory` consent, and the figures the server and the offline tablet count from the
// same steps ("daling voorkomen, stabiliseren, verder komen"). QtCore only; time is passed in.

#include "core/resultfigures.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Meedoen {

// The consent purpose without which no step is kept or shown for a tenant.
inline constexpr QStringView kTrajectoryConsent = u"trajectory";
// The Participatieladder is meant to be measured at least twice a year.
inline constexpr int kMeasureEveryMonths = 6;
// A step's note (the staff member's words), in characters.
inline constexpr int kMaxTrajectoryNote = 500;
// A ladder has at least two rungs and at most this many.
inline constexpr int kMaxLadderRungs = 12;

struct LadderRung
{
    int level = 0;              // 1 = the lowest rung
    QString title;              // as the corporation names it ("Betaald werk met ondersteuning")
    QString plain;              // the tenant's words on the phone ("Je werkt en krijgt daarbij hulp")
    friend bool operator==(const LadderRung &, const LadderRung &) = default;
};

struct Ladder
{
    QString route;              // a route key: "wonen", "leren", "werken", "vrije-tijd"
    QList<LadderRung> rungs;    // by level, 1..n without gaps
    int top() const { return int(rungs.size()); }
    bool has(int level) const { return level >= 1 && level <= top(); }
    const LadderRung *rung(int level) const { return has(level) ? &rungs.at(level - 1) : nullptr; }
    friend bool operator==(const Ladder &, const Ladder &) = default;
};

// The Dutch default for every route: the Participatieladder of the municipalities (six
// treden), so a corporation's figures line up with its municipality's. Titles and plain
// words are Dutch source texts; devices translate the plain words of the default
// (ladderPlainText()).
QList<Ladder> participatieLadders();
// The ladder of `route` in `ladders`, if configured.
const Ladder *ladderFor(const QList<Ladder> &ladders, QStringView route);
// Why a configuration is not a ladder set (empty when it is): rungs numbered 1..n without
// gaps, 2..kMaxLadderRungs of them, titles set, each route once and known.
QString ladderProblem(const QList<Ladder> &ladders);
// The plain words of a rung in the app's language when it is the default's wording,
// otherwise the corporation's own text as configured.
QString ladderPlainText(const LadderRung &rung);

// One measurement on a tenant's route: the rung they are on at `date`, confirmed by staff.
struct TrajectoryStep
{
    QString id;                 // UUID
    QString personId;
    QString route;
    int rung = 0;
    QDate date;                 // the day staff measured it
    QString note;               // the staff member's short note
    QString staffId;            // who confirmed it
    QString neighbourhood;      // the tenant's neighbourhood when it was recorded (for the figures)
    QDateTime recordedAt;       // order of two steps on one day
    QString site;               // the tenant's site (the results filter)
    friend bool operator==(const TrajectoryStep &, const TrajectoryStep &) = default;
};

// A personal goal on a route: "over 6 maanden een stageplek", reviewed on `reviewDate`.
struct TrajectoryGoal
{
    QString route;
    int rung = 0;               // the rung the tenant aims for
    QString text;               // in the tenant's and the staff member's own words
    QDate reviewDate;
    friend bool operator==(const TrajectoryGoal &, const TrajectoryGoal &) = default;
};

// The steps in the order they happened: by date, then recorded time, then id.
QList<TrajectoryStep> sortedSteps(QList<TrajectoryStep> steps);

// ---- the figures
// Per tenant and route, a period's move compares the rung at the period's end (the last step
// dated in the period) with the rung before it (the last step dated before the period; when
// there is none, the first step in the period). A tenant and route with no step in the
// period, or whose only measurement ever is in it, is not counted: nothing was measured twice.

// One row per neighbourhood × route that counted anyone, sorted by neighbourhood then route.
// Empty neighbourhood / route filters count everything.
QList<LadderMoves> ladderMoves(const QList<TrajectoryStep> &steps, QDate from, QDate to,
                               const QString &neighbourhood = {}, const QString &route = {});
// The same for the results filter: months from..to (YYYY-MM, inclusive, empty: open), site or
// sites, neighbourhood and route; what Results::ladder holds on the server and the tablet.
QList<LadderMoves> ladderMovesFor(const QList<TrajectoryStep> &steps, const ResultsFilter &filter);
// The whole period's total (neighbourhood and route empty).
LadderMoves totalMoves(const QList<LadderMoves> &rows);

// The fact a goal's measure "tenants who moved up a rung" counts: the tenants whose rung at
// the end of [from, to] is above the rung before it, in that neighbourhood and route (empty:
// any). The same definition as LadderMoves::up.
int tenantsMovedUp(const QList<TrajectoryStep> &steps, QDate from, QDate to, const QString &neighbourhood = {},
                   const QString &route = {});

// A tenant's route whose last measurement is more than kMeasureEveryMonths old on `today`.
struct MeasurementDue
{
    QString personId;
    QString route;
    QDate lastMeasured;
    friend bool operator==(const MeasurementDue &, const MeasurementDue &) = default;
};
QList<MeasurementDue> measurementsDue(const QList<TrajectoryStep> &steps, QDate today);

// ---- proposals
// What a sign-up's outcome says about the tenant's rung on the Participatieladder: a started
// or completed training place or a confirmed volunteer task shows at least unpaid work (4);
// completing a place when already there proposes the next rung. Nothing when the proposal
// would not be a step up from `current` (0 = not measured yet). Staff confirm it with a date
// and a note; a proposal is never a step by itself.
enum class StepCause { VolunteerConfirmed, PlacementStarted, PlacementCompleted };
std::optional<int> proposedRung(const Ladder &ladder, int current, StepCause cause);

} // namespace Meedoen
