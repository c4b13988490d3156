// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "core/trajectory.h"
#include "server/store/store.h"

#include "core/goals.h"
#include "core/socialreturn.h"

#include <QVariantList>

namespace Server {

// What the corporation's results are made of (resultaatmeting): the facts read from the
// tables, handed to Meedoen::computeResults() — the same function the staff tablet runs on its
// pulled copy, so both count alike — and the decision log for its export. Rendering (CSV,
// JSON) is server/results.h.
class Partners;

class ResultsFacts final : public StorePart
{
public:
    ResultsFacts(Session &session, Partners &partners) : StorePart(session), m_partners(partners) {}

    std::optional<Results> results(const ResultsFilter &filter);
    // The same facts with each opportunity's partner and the partners' contributions.
    std::optional<Meedoen::PartnerFigures> partnerFigures(const QString &partnerId, const ResultsFilter &filter);
    // The goals the filter shows, with their progress on `today` (Meedoen::computeGoalsProgress,
    // as the tablet computes it).
    std::optional<QList<Meedoen::GoalProgress>> goals(const ResultsFilter &filter, QDate today);
    // The columns of `SELECT id, site_id, neighbourhood, route, period, period_start, measure, target,
    // created_by, changed_by, created_at, changed_at FROM goal`.
    static std::optional<Meedoen::Goal> goalOf(const QVariantList &row);
    std::optional<QList<DecisionRecord>> decisions(const QString &site);
    // Social return (core/socialreturn.h) on `asOf`: each obligation at `site` (empty: all) and
    // its fulfilment; the SROI input sheet of the filter (its months are needed).
    std::optional<QList<Meedoen::ObligationFulfilment>> socialReturn(const QString &site, QDate asOf);
    std::optional<Meedoen::SroiSheet> sroiSheet(const ResultsFilter &filter, QDate asOf);

private:
    Partners &m_partners;

    struct Facts
    {
        QList<Meedoen::ResultsOpportunity> opportunities;
        QStringList partnerOf;      // per opportunity, its partner id (empty: none)
        QList<Meedoen::ResultsHours> hours;
        QList<Meedoen::ResultsPlacement> placements;
        QList<Meedoen::TrajectoryStep> steps;   // every step up the ladder (the ladder moves)
        QList<Meedoen::GoalAgreement> agreements; // with withAgreements: the tegenprestaties now
    };
    // The facts of the filter's months (hours summed per person, opportunity and month, dated
    // the month's first day); the agreements only when asked (goals).
    std::optional<Facts> facts(const ResultsFilter &filter, bool withAgreements = false);
    // The facts with the partner register and contributions, as the tablet hands them over.
    std::optional<Meedoen::SocialReturnFacts> socialReturnFacts(const ResultsFilter &filter);
};

} // namespace Server
