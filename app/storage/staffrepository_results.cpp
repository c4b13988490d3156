// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: the facts the results dashboard and the decisions export read. The figures
// themselves are Meedoen::computeResults', the same as the server's.
#include "storage/staffrepository.h"

#include "storage/partnerrepository.h"
#include "storage/staffrepository_p.h"
#include "storage/trajectoryrepository.h"

#include "core/trajectory.h"

using namespace Qt::StringLiterals;
using namespace StaffSql;

StaffRepository::Dashboard StaffRepository::dashboard(const DashboardFilter &f) const
{
    // The facts this tablet holds; the filter and the definitions are Meedoen::computeResults'.
    const Meedoen::GoalFacts facts = dashboardFacts(f);
    Dashboard results = Meedoen::computeResults(facts.opportunities, facts.hours, facts.placements, f);
    // The ladder moves from the steps this tablet pulled, with the server's definition.
    results.ladder = Meedoen::ladderMovesFor(TrajectoryRepository(m_db).allSteps(), f);
    return results;
}

Meedoen::PartnerFigures StaffRepository::partnerFigures(const QString &partnerId, const DashboardFilter &f) const
{
    const Meedoen::GoalFacts facts = dashboardFacts(f);
    const PartnerRepository partners(m_db);
    const QHash<QString, QString> partnerOf = partners.partnerOfOpportunities();
    QStringList organisedBy;
    organisedBy.reserve(facts.opportunities.size());
    for (const Meedoen::ResultsOpportunity &o : facts.opportunities)
        organisedBy.append(partnerOf.value(o.id));
    return Meedoen::computePartnerFigures(partnerId, facts.opportunities, organisedBy, partners.contributions(partnerId),
                                          facts.hours, facts.placements, f);
}

Meedoen::SocialReturnFacts StaffRepository::socialReturnFacts(const DashboardFilter &f) const
{
    Meedoen::GoalFacts facts = dashboardFacts(f);
    const PartnerRepository partners(m_db);
    const QHash<QString, QString> partnerOf = partners.partnerOfOpportunities();
    Meedoen::SocialReturnFacts out;
    for (const Meedoen::ResultsOpportunity &o : std::as_const(facts.opportunities))
        out.organisedBy.append(partnerOf.value(o.id));
    out.opportunities = std::move(facts.opportunities);
    out.hours = std::move(facts.hours);
    out.placements = std::move(facts.placements);
    out.partners = partners.partners();
    out.contributions = partners.contributions();
    out.ladder = Meedoen::ladderMovesFor(TrajectoryRepository(m_db).allSteps(), f);
    return out;
}

Meedoen::GoalFacts StaffRepository::dashboardFacts(const DashboardFilter &f, bool withAgreements) const
{
    Meedoen::GoalFacts facts;
    QList<Meedoen::ResultsOpportunity> &opportunities = facts.opportunities;
    QSqlQuery o(m_db);
    // An opportunity without a neighbourhood of its own is in its site's, as on the server.
    o.prepare(u"SELECT o.id, o.title, o.kind, o.status, o.site_id, "
              "coalesce(nullif(o.neighbourhood_id, ''), (SELECT st.neighbourhood_id FROM site st WHERE st.id = o.site_id), ''), "
              "o.route, o.capacity, "
              "max(o.places_taken, (SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'confirmed')), "
              "(SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'waitlisted'), "
              "o.training_type FROM opportunity o"_s);
    if (o.exec()) {
        while (o.next()) {
            opportunities.append({o.value(0).toString(), o.value(1).toString(), o.value(2).toString(),
                                  o.value(3).toString(), o.value(4).toString(), o.value(5).toString(),
                                  o.value(6).toString(), o.value(7).toInt(), o.value(8).toInt(), o.value(9).toInt(),
                                  o.value(10).toString()});
        }
    }
    // Effective entries only: an entry that has a correction no longer counts, the correction
    // does. Those of the filter's months with minutes, summed per person, opportunity and
    // month (dated the month's first day), as the server reads them (server/store/resultsfacts.cpp).
    QList<Meedoen::ResultsHours> &hours = facts.hours;
    QSqlQuery h(m_db);
    h.prepare(u"SELECT person_id, opportunity_id, substr(date, 1, 7) || '-01', sum(minutes) FROM staff_hours "
              "WHERE superseded_by = '' AND minutes > 0 AND date >= ? AND date <= ? "
              "GROUP BY person_id, opportunity_id, substr(date, 1, 7)"_s);
    h.addBindValue(f.fromMonth.isEmpty() ? u"0000-01-01"_s : f.fromMonth + u"-01"_s);
    h.addBindValue(f.toMonth.isEmpty() ? u"9999-12-31"_s : f.toMonth + u"-31"_s);
    if (h.exec()) {
        while (h.next())
            hours.append({h.value(0).toString(), h.value(1).toString(), h.value(2).toString(), h.value(3).toInt()});
    }
    QList<Meedoen::ResultsPlacement> &placements = facts.placements;
    QSqlQuery p(m_db);
    p.prepare(u"SELECT opportunity_id, kind, date, signup_id FROM staff_placement"_s);
    if (p.exec()) {
        while (p.next())
            placements.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString(), p.value(3).toString()});
    }
    if (withAgreements) {
        // The tegenprestatie as the pulled person says it is now, as the server has it.
        QSqlQuery a(m_db);
        a.prepare(u"SELECT id, agreed_minutes FROM staff_person WHERE agreed_minutes > 0"_s);
        if (a.exec()) {
            while (a.next())
                facts.agreements.append({a.value(0).toString(), a.value(1).toInt()});
        }
    }
    return facts;
}

QList<QStringList> StaffRepository::decisionRows() const
{
    QList<QStringList> rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT d.decided_at, d.data, coalesce(acc.login, d.staff_id), coalesce(acc.name, ''), d.device_id, "
              "s.data, s.opportunity_id, coalesce(o.title, ''), d.decision, d.status "
              "FROM staff_decision d LEFT JOIN staff_account acc ON acc.staff_id = d.staff_id "
              "LEFT JOIN staff_signup s ON s.id = d.signup_id LEFT JOIN opportunity o ON o.id = s.opportunity_id "
              "ORDER BY d.decided_at, d.id"_s);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject data = parse(q.value(1));
        rows.append({q.value(0).toString(), data.value(u"deviceTime"_s).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(),
                     parse(q.value(5)).value(u"referenceCode"_s).toString(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                     data.value(u"refusal"_s).toString(), data.value(u"reason"_s).toString(),
                     data.value(u"messageToTenant"_s).toString()});
    }
    return rows;
}
