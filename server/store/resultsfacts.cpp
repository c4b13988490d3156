// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The facts behind the results figures and the decision log (ResultsFacts, resultsfacts.h).

#include "server/store/resultsfacts.h"
#include "server/store/partners.h"
#include "server/store/storehelpers.h"

#include "core/trajectory.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

// The filter's months as a range of work dates ("YYYY-MM-DD" compares as text).
QString monthsFrom(const ResultsFilter &filter) { return filter.fromMonth.isEmpty() ? u"0000-01-01"_s : filter.fromMonth + u"-01"_s; }
QString monthsTo(const ResultsFilter &filter) { return filter.toMonth.isEmpty() ? u"9999-12-31"_s : filter.toMonth + u"-31"_s; }

} // namespace

std::optional<Results> ResultsFacts::results(const ResultsFilter &filter)
{
    // The facts; Meedoen::computeResults() applies the filter and the definitions, the same
    // function the staff tablet runs on its pulled copy.
    const auto f = facts(filter);
    if (!f)
        return std::nullopt;
    Results results = computeResults(f->opportunities, f->hours, f->placements, filter);
    // The ladder moves from the same facts the tablet pulls (core/trajectory.h).
    results.ladder = ladderMovesFor(f->steps, filter);
    return results;
}

std::optional<PartnerFigures> ResultsFacts::partnerFigures(const QString &partnerId, const ResultsFilter &filter)
{
    const auto f = facts(filter);
    if (!f)
        return std::nullopt;
    QList<PartnerContribution> contributions;
    auto q = run(u"SELECT %1 FROM partner_contribution WHERE partner_id = ? ORDER BY month, id"_s
                     .arg(QStringView(Partners::kContributionColumns)),
                 {partnerId});
    if (!q)
        return std::nullopt;
    while (q->next())
        contributions.append(Partners::contributionFrom(*q));
    return computePartnerFigures(partnerId, f->opportunities, f->partnerOf, contributions, f->hours, f->placements,
                                 filter);
}

std::optional<QList<GoalProgress>> ResultsFacts::goals(const ResultsFilter &filter, QDate today)
{
    QList<Goal> goals;
    {
        auto q = run(u"SELECT id, site_id, neighbourhood, route, period, period_start, measure, target, created_by, "
                     "changed_by, created_at, changed_at FROM goal ORDER BY id"_s);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            QVariantList row;
            for (int i = 0; i < 12; ++i)
                row.append(q->value(i));
            const auto goal = goalOf(row);
            if (goal)
                goals.append(*goal);
        }
    }
    const QList<Goal> shown = goalsInFilter(goals, filter);
    if (shown.isEmpty())
        return QList<GoalProgress>();
    // Only the months the goals count (a year's goals need a year of hours, not every year's).
    const auto all = facts(goalsFactsMonths(shown, today), true);
    if (!all)
        return std::nullopt;
    return computeGoalsProgress(shown, GoalFacts{all->opportunities, all->hours, all->placements, all->agreements, all->steps}, today);
}

std::optional<Goal> ResultsFacts::goalOf(const QVariantList &row)
{
    const auto value = [&row](int i) { return row.value(i); };
    const auto period = goalPeriodFromKey(value(4).toString());
    const auto measure = goalMeasureFromKey(value(6).toString());
    if (!period || !measure)
        return std::nullopt;
    Goal g;
    g.id = value(0).toString();
    g.site = value(1).toString();
    g.neighbourhood = value(2).toString();
    g.route = value(3).toString();
    g.period = *period;
    g.start = QDate::fromString(value(5).toString(), Qt::ISODate);
    g.measure = *measure;
    g.target = value(7).toInt();
    g.createdBy = value(8).toString();
    g.changedBy = value(9).toString();
    g.createdAt = QDateTime::fromString(value(10).toString(), Qt::ISODateWithMs);
    g.changedAt = QDateTime::fromString(value(11).toString(), Qt::ISODateWithMs);
    return g;
}

std::optional<ResultsFacts::Facts> ResultsFacts::facts(const ResultsFilter &filter, bool withAgreements)
{
    Facts out;
    QList<ResultsOpportunity> &opportunities = out.opportunities;
    {
        auto q = run(u"SELECT o.id, COALESCE(o.site_id, ''), o.status, o.capacity, o.confirmed, o.data, "
                     "COALESCE(s.neighbourhood, ''), (SELECT COUNT(*) FROM signup w WHERE w.opportunity_id = o.id "
                     "AND w.state = 'waitlisted'), COALESCE(o.partner_id, '') FROM opportunity o "
                     "LEFT JOIN site s ON s.id = o.site_id ORDER BY o.id"_s);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            const QJsonObject data = parseObject(q->value(5));
            ResultsOpportunity f;
            f.id = q->value(0).toString();
            f.site = q->value(1).toString();
            f.status = q->value(2).toString();
            f.capacity = q->value(3).toInt();
            f.confirmed = q->value(4).toInt();
            f.title = data.value(u"title"_s).toString();
            f.kind = data.value(u"kind"_s).toString();
            f.trainingType = data.value(u"trainingType"_s).toString();
            f.route = data.value(u"route"_s).toString();
            f.neighbourhood = data.value(u"neighbourhood"_s).toString();
            if (f.neighbourhood.isEmpty())
                f.neighbourhood = q->value(6).toString();
            f.waitlistLength = q->value(7).toInt();
            opportunities.append(f);
            out.partnerOf.append(q->value(8).toString());
        }
    }
    // The effective entries of the filter's months with minutes, summed per person,
    // opportunity and month (dated the month's first day) in the database: what computeResults() counts of them is the same,
    // and a year of a large corporation is a few hundred thousand rows rather than a million.
    QList<ResultsHours> &hours = out.hours;
    {
        auto q = run(u"SELECT h.person_id, h.opportunity_id, SUBSTR(h.work_date, 1, 7) || '-01', SUM(h.minutes) FROM hours h "
                     "WHERE h.minutes > 0 AND h.work_date >= ? AND h.work_date <= ? "
                     "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id) "
                     "GROUP BY h.person_id, h.opportunity_id, SUBSTR(h.work_date, 1, 7)"_s,
                     {monthsFrom(filter), monthsTo(filter)});
        if (!q)
            return std::nullopt;
        while (q->next())
            hours.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()});
    }
    QList<ResultsPlacement> &placements = out.placements;
    {
        auto q = run(u"SELECT opportunity_id, kind, event_date, signup_id FROM placement_event"_s);
        if (!q)
            return std::nullopt;
        while (q->next())
            placements.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString()});
    }
    // The steps up the ladder (core/trajectory.h), for the ladder moves.
    {
        auto q = run(u"SELECT id, person_id, site_id, route, rung, step_date, neighbourhood, received_at "
                     "FROM trajectory_step"_s);
        if (!q)
            return std::nullopt;
        while (q->next())
            out.steps.append({q->value(0).toString(), q->value(1).toString(), q->value(3).toString(),
                              q->value(4).toInt(), QDate::fromString(q->value(5).toString(), Qt::ISODate), {}, {},
                              q->value(6).toString(), QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs),
                              q->value(2).toString()});
    }
    if (withAgreements) {
        // The tegenprestatie as it stands now, as the staff tablet has it from the person.
        auto q = run(u"SELECT id, agreed_minutes FROM person WHERE agreed_minutes > 0"_s);
        if (!q)
            return std::nullopt;
        while (q->next())
            out.agreements.append({q->value(0).toString(), q->value(1).toInt()});
    }
    return out;
}

std::optional<SocialReturnFacts> ResultsFacts::socialReturnFacts(const ResultsFilter &filter)
{
    auto f = facts(filter);
    if (!f)
        return std::nullopt;
    SocialReturnFacts out;
    out.ladder = ladderMovesFor(f->steps, filter);
    out.opportunities = std::move(f->opportunities);
    out.organisedBy = std::move(f->partnerOf);
    out.hours = std::move(f->hours);
    out.placements = std::move(f->placements);
    out.partners = m_partners.partners();
    out.contributions = m_partners.contributions({});
    return out;
}

std::optional<QList<ObligationFulfilment>> ResultsFacts::socialReturn(const QString &site, QDate asOf)
{
    const auto config = m_partners.socialReturn();
    if (!config)
        return std::nullopt;
    if (config->obligations.isEmpty())
        return QList<ObligationFulfilment>();
    // Placements count from their start, whatever month: the hours are not needed.
    const auto f = socialReturnFacts({QString(), u"0000-01"_s, u"0000-01"_s});
    if (!f)
        return std::nullopt;
    return computeSocialReturn(*config, *f, site, asOf);
}

std::optional<SroiSheet> ResultsFacts::sroiSheet(const ResultsFilter &filter, QDate asOf)
{
    const auto config = m_partners.socialReturn();
    if (!config)
        return std::nullopt;
    const auto f = socialReturnFacts(filter);
    if (!f)
        return std::nullopt;
    return computeSroiSheet(config->rates, *f, filter, asOf);
}

std::optional<QList<DecisionRecord>> ResultsFacts::decisions(const QString &site)
{
    auto q = run(u"SELECT d.id, d.received_at, d.device_time, COALESCE(st.login, ''), COALESCE(st.name, ''), "
                 "d.device_id, COALESCE(s.reference_code, ''), COALESCE(s.opportunity_id, ''), COALESCE(o.data, '{}'), "
                 "d.decision, d.status, COALESCE(d.refusal, ''), d.reason, d.message FROM decision d "
                 "LEFT JOIN staff st ON st.id = d.staff_id LEFT JOIN signup s ON s.id = d.signup_id "
                 "LEFT JOIN opportunity o ON o.id = s.opportunity_id WHERE d.site_id = ? ORDER BY d.arrival"_s,
                 {site});
    if (!q)
        return std::nullopt;
    QList<DecisionRecord> out;
    while (q->next()) {
        DecisionRecord r;
        r.id = q->value(0).toString();
        r.decidedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        r.deviceTime = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        r.staffLogin = q->value(3).toString();
        r.staffName = q->value(4).toString();
        r.deviceId = q->value(5).toString();
        r.referenceCode = q->value(6).toString();
        r.opportunityId = q->value(7).toString();
        r.opportunityTitle = parseObject(q->value(8)).value(u"title"_s).toString();
        r.decision = q->value(9).toString();
        r.status = q->value(10).toString();
        r.refusal = q->value(11).toString();
        r.reason = q->value(12).toString();
        r.messageToTenant = q->value(13).toString();
        out.append(r);
    }
    return out;
}

} // namespace Server
