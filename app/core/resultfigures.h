// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The results figures (resultaatmeting) in one place: meedoen-server computes them from its
// tables for GET /v1/staff/results and `export results`, the staff tablet from its pulled copy
// when it is offline. Both hand the same raw facts to computeResults(), so a figure means the
// same on both sides (docs/sync-protocol.md, "Results").
namespace Meedoen {

// What to count; empty strings do not filter. The first three keep their order for
// positional initialisation by the server's CLI.
struct ResultsFilter
{
    QString site;
    QString fromMonth;              // "YYYY-MM", inclusive
    QString toMonth;                // "YYYY-MM", inclusive
    QString neighbourhood = {};
    QString route = {};
    QStringList sites = {};         // with an empty site: only these sites (empty = every site)
};

// ---- the facts
struct ResultsOpportunity
{
    QString id;
    QString title;
    QString kind;
    QString status;
    QString site;
    QString neighbourhood;
    QString route;
    int capacity = 0;               // 0 = unlimited
    int confirmed = 0;
    int waitlistLength = 0;
    QString trainingType = {};      // a training place's type key (core/domain.h), for social return
};

// An effective hours entry: one that no correction replaced (a correction is one itself).
struct ResultsHours
{
    QString personId;
    QString opportunityId;
    QString date;                   // YYYY-MM-DD
    int minutes = 0;
};

// A training placement event: "started", "completed" or "dropped-out", dated by staff.
struct ResultsPlacement
{
    QString opportunityId;
    QString kind;
    QString date;                   // YYYY-MM-DD
    QString signupId = {};          // pairs a start with its end (core/socialreturn.h)
};

// ---- the figures
struct MonthFigures
{
    QString month;                  // YYYY-MM
    QString site;                   // empty in a month total
    QString neighbourhood;
    QString route;
    int activeVolunteers = 0;       // distinct tenants with effective minutes > 0
    int minutes = 0;                // effective minutes
    int trainingStarted = 0;        // placement events dated in the month
    int trainingCompleted = 0;
    int trainingDroppedOut = 0;
};

struct OpportunityFigures : ResultsOpportunity
{
    // confirmed / capacity; -1 when unlimited.
    double fillRate() const { return capacity > 0 ? double(confirmed) / capacity : -1.0; }
};

// Ladder moves (core/trajectory.h) per neighbourhood and route in a period: "daling
// voorkomen, stabiliseren, verder komen".
struct LadderMoves
{
    QString neighbourhood;
    QString route;
    int up = 0;                 // verder komen
    int stable = 0;             // stabiliseren
    int down = 0;               // daling (not prevented)
    friend bool operator==(const LadderMoves &, const LadderMoves &) = default;
};

struct Results
{
    QList<MonthFigures> months;             // per month × site × neighbourhood × route, sorted
    QList<MonthFigures> trend;              // per month over the whole filter (site etc. empty)
    QList<OpportunityFigures> opportunities; // by title, then id
    MonthFigures total;                     // the whole period (month empty); volunteers distinct
    QList<LadderMoves> ladder;              // Meedoen::ladderMovesFor() over the same filter
};

bool resultsFilterMatches(const ResultsFilter &filter, const ResultsOpportunity &o);
Results computeResults(const QList<ResultsOpportunity> &opportunities, const QList<ResultsHours> &hours,
                       const QList<ResultsPlacement> &placements, const ResultsFilter &filter);
// The CSV both the tablet and `meedoen-server export results` write: RFC 4180 through
// Meedoen::Csv, hours with two decimals, fill rate with three (empty when unlimited).
QString formatResultsCsv(const Results &results);

} // namespace Meedoen
