// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/partner.h"

#include "core/csv.h"
#include "core/keys.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

constexpr std::array<QStringView, 7> kKindKeys = {u"woningcorporatie", u"gemeente", u"welzijn", u"onderwijs",
                                                  u"werkgever", u"bewonersgroep", u"overig"};
constexpr std::array<QStringView, 5> kRoleKeys = {u"werkgever", u"financier", u"opdrachtgever", u"partner",
                                                  u"huisvester"};

// The namespace of the name-based partner ids (RFC 4122 v5); never change it: the server and
// every device derive the same partner from the same organiser name with it.
const QUuid kOrganiserNamespace(u"6f1c2a7e-3d5b-4c8e-9a41-2b7d0e5f9c13"_s);

bool isMonth(const QString &month)
{
    return month.size() == 7 && QDate::fromString(month + u"-01"_s, Qt::ISODate).isValid();
}

FieldError rangeError(const QString &field, qint64 max)
{
    return {field, field + u".range"_s,
            QCoreApplication::translate("Validation", "Vul een getal in van 0 tot en met %1.").arg(max)};
}

} // namespace

QString toKey(PartnerKind kind) { return keyOf(kKindKeys, kind); }
std::optional<PartnerKind> partnerKindFromKey(QStringView key) { return enumFromKey<PartnerKind>(kKindKeys, key); }
QList<PartnerKind> allPartnerKinds()
{
    QList<PartnerKind> out;
    for (std::size_t i = 0; i < kKindKeys.size(); ++i)
        out.append(PartnerKind(i));
    return out;
}

QString toKey(PartnerRole role) { return keyOf(kRoleKeys, role); }
std::optional<PartnerRole> partnerRoleFromKey(QStringView key) { return enumFromKey<PartnerRole>(kRoleKeys, key); }
QList<PartnerRole> allPartnerRoles()
{
    QList<PartnerRole> out;
    for (std::size_t i = 0; i < kRoleKeys.size(); ++i)
        out.append(PartnerRole(i));
    return out;
}

Validated<Partner> validatePartner(const Partner &partner, FieldErrors *all)
{
    Partner p = partner;
    FieldErrors errors;
    const auto name = validateFreeText(p.name, u"name"_s, kMaxPartnerNameLength, true, false);
    if (name.error)
        errors.append(*name.error);
    p.name = name.value;
    if (!p.contactName.trimmed().isEmpty()) {
        const auto contact = validateName(p.contactName, u"contactName"_s);
        if (contact.error)
            errors.append(*contact.error);
        p.contactName = contact.value;
    } else {
        p.contactName.clear();
    }
    if (!p.contactPhone.trimmed().isEmpty()) {
        const auto phone = validatePhone(p.contactPhone, u"contactPhone"_s);
        if (phone.error)
            errors.append(*phone.error);
        else
            p.contactPhone = phone.value;
    } else {
        p.contactPhone.clear();
    }
    if (!p.contactEmail.trimmed().isEmpty()) {
        const auto email = validateEmail(p.contactEmail, u"contactEmail"_s);
        if (email.error)
            errors.append(*email.error);
        else
            p.contactEmail = email.value;
    } else {
        p.contactEmail.clear();
    }
    if (all)
        *all = errors;
    return {p, errors.isEmpty() ? std::nullopt : std::optional<FieldError>(errors.first())};
}

FieldErrors validateContribution(const PartnerContribution &c)
{
    FieldErrors errors;
    if (!isMonth(c.month))
        errors.append({u"month"_s, u"month.format"_s,
                       QCoreApplication::translate("Validation", "Kies een maand.")});
    if (c.moneyCents < 0 || c.moneyCents > kMaxContributionCents)
        errors.append(rangeError(u"moneyCents"_s, kMaxContributionCents));
    if (c.staffMinutes < 0 || c.staffMinutes > kMaxContributionMinutes)
        errors.append(rangeError(u"staffMinutes"_s, kMaxContributionMinutes));
    if (c.places < 0 || c.places > kMaxContributionPlaces)
        errors.append(rangeError(u"places"_s, kMaxContributionPlaces));
    if (c.premisesMinutes < 0 || c.premisesMinutes > kMaxContributionMinutes)
        errors.append(rangeError(u"premisesMinutes"_s, kMaxContributionMinutes));
    return errors;
}

QString partnerIdForOrganiser(const QString &organiser)
{
    return QUuid::createUuidV5(kOrganiserNamespace, organiser.trimmed()).toString(QUuid::WithoutBraces);
}

PartnerKind partnerKindForOrganiserRole(QStringView organiserRole)
{
    const QString role = organiserRole.trimmed().toString().toLower();
    if (role == "woningcorporatie"_L1)
        return PartnerKind::Woningcorporatie;
    if (role == "gemeente"_L1)
        return PartnerKind::Gemeente;
    if (role == "begeleiding"_L1 || role == "welzijn"_L1 || role == "buurtwerk"_L1)
        return PartnerKind::Welzijn;
    if (role == "opleider"_L1 || role == "onderwijs"_L1)
        return PartnerKind::Onderwijs;
    if (role == "werkgever"_L1)
        return PartnerKind::Werkgever;
    if (role == "bewonersgroep"_L1)
        return PartnerKind::Bewonersgroep;
    return PartnerKind::Overig;
}

QStringList partnerOpportunities(const QString &partnerId, const QList<ResultsOpportunity> &opportunities,
                                 const QStringList &organisedBy, const QList<PartnerContribution> &contributions)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < opportunities.size() && i < organisedBy.size(); ++i) {
        if (organisedBy.at(i) == partnerId)
            ids.insert(opportunities.at(i).id);
    }
    for (const PartnerContribution &c : contributions) {
        if (c.partnerId == partnerId)
            ids.insert(c.opportunityId);
    }
    QStringList out;
    for (const ResultsOpportunity &o : opportunities) {
        if (ids.contains(o.id))
            out.append(o.id);
    }
    return out;
}

PartnerFigures computePartnerFigures(const QString &partnerId, const QList<ResultsOpportunity> &opportunities,
                                     const QStringList &organisedBy, const QList<PartnerContribution> &contributions,
                                     const QList<ResultsHours> &hours, const QList<ResultsPlacement> &placements,
                                     const ResultsFilter &filter)
{
    PartnerFigures out;
    const QStringList ids = partnerOpportunities(partnerId, opportunities, organisedBy, contributions);
    const QSet<QString> idSet(ids.begin(), ids.end());
    QList<ResultsOpportunity> theirs;
    for (const ResultsOpportunity &o : opportunities) {
        if (idSet.contains(o.id))
            theirs.append(o);
    }
    // The outcomes are the dashboard's own figures over the partner's opportunities.
    const Results results = computeResults(theirs, hours, placements, filter);
    QSet<QString> inScope;
    for (const OpportunityFigures &o : results.opportunities) {
        inScope.insert(o.id);
        out.placesFilled += o.confirmed;
    }
    out.opportunities = int(inScope.size());

    const auto inRange = [&](const QString &month) {
        return (filter.fromMonth.isEmpty() || month >= filter.fromMonth)
            && (filter.toMonth.isEmpty() || month <= filter.toMonth);
    };
    QMap<QString, PartnerMonth> months;
    const auto monthOf = [&](const QString &month) -> PartnerMonth & {
        auto it = months.find(month);
        if (it == months.end())
            it = months.insert(month, PartnerMonth{month});
        return *it;
    };
    QSet<PartnerRole> roles;
    for (const PartnerContribution &c : contributions) {
        if (c.partnerId != partnerId || !inScope.contains(c.opportunityId) || !inRange(c.month))
            continue;
        roles.insert(c.role);
        PartnerMonth &m = monthOf(c.month);
        for (PartnerMonth *t : {&m, &out.total}) {
            t->moneyCents += c.moneyCents;
            t->staffMinutes += c.staffMinutes;
            t->places += c.places;
            t->premisesMinutes += c.premisesMinutes;
        }
    }
    for (const MonthFigures &f : results.trend) {
        PartnerMonth &m = monthOf(f.month);
        m.activeVolunteers = f.activeVolunteers;
        m.volunteerMinutes = f.minutes;
        m.trainingStarted = f.trainingStarted;
        m.trainingCompleted = f.trainingCompleted;
    }
    out.total.activeVolunteers = results.total.activeVolunteers;
    out.total.volunteerMinutes = results.total.minutes;
    out.total.trainingStarted = results.total.trainingStarted;
    out.total.trainingCompleted = results.total.trainingCompleted;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        out.months.append(*it);
    for (const PartnerRole role : allPartnerRoles()) {
        if (roles.contains(role))
            out.roles.append(role);
    }
    return out;
}

QString formatPartnerFiguresCsv(const PartnerFigures &f)
{
    const auto hours = [](int minutes) { return QString::number(minutes / 60.0, 'f', 2); };
    const auto row = [&](const QString &record, const PartnerMonth &m, const QStringList &extra) {
        return Csv::row(QStringList{record, m.month, QString::number(m.moneyCents / 100.0, 'f', 2),
                                    hours(m.staffMinutes), QString::number(m.places), hours(m.premisesMinutes),
                                    QString::number(m.activeVolunteers), hours(m.volunteerMinutes),
                                    QString::number(m.trainingStarted), QString::number(m.trainingCompleted)}
                        + extra);
    };
    QString out = Csv::row({u"record"_s, u"month"_s, u"money_eur"_s, u"staff_hours"_s, u"places"_s,
                            u"premises_hours"_s, u"active_volunteers"_s, u"volunteer_hours"_s,
                            u"training_started"_s, u"training_completed"_s, u"opportunities"_s,
                            u"places_filled"_s, u"roles"_s});
    for (const PartnerMonth &m : f.months)
        out += row(u"month"_s, m, {QString(), QString(), QString()});
    QStringList roles;
    for (const PartnerRole r : f.roles)
        roles.append(toKey(r));
    out += row(u"total"_s, f.total,
               {QString::number(f.opportunities), QString::number(f.placesFilled), roles.join(u' ')});
    return out;
}

} // namespace Meedoen
