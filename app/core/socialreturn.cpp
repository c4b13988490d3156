// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/socialreturn.h"

#include "core/csv.h"
#include "core/keys.h"
#include "core/trajectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

constexpr std::array<QStringView, 2> kBasisKeys = {u"contract-sum", u"wage-sum"};
constexpr std::array<QStringView, 6> kPsoKeys = {u"none", u"aspirant", u"trede-1", u"trede-2", u"trede-3",
                                                 u"pso-30plus"};

constexpr qint64 kDaysPerYear = 365;

FieldError problem(const QString &field, const char *code, const QString &message)
{
    return {field, QString::fromLatin1(code), message};
}

QString euros(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}

QDate monthStart(const QString &month)
{
    return QDate::fromString(month + u"-01"_s, Qt::ISODate);
}

QDate monthEnd(const QString &month)
{
    const QDate first = monthStart(month);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

std::optional<FieldError> checkProxy(const SroiProxy &p, const QString &field)
{
    if (p.cents < 0 || p.cents > kMaxRateCents)
        return problem(field + u".cents"_s, "sroi.proxy.range",
                       QCoreApplication::translate("Validation", "Vul een bedrag in van 0 tot en met %1 cent.")
                           .arg(kMaxRateCents));
    if (p.source.size() > kMaxSourceLength || p.source.contains(u'\n'))
        return problem(field + u".source"_s, "sroi.source.length",
                       QCoreApplication::translate("Validation", "Schrijf de bron op één regel van hoogstens %1 tekens.")
                           .arg(kMaxSourceLength));
    return std::nullopt;
}

} // namespace

QString toKey(SocialReturnBasis basis) { return keyOf(kBasisKeys, basis); }
std::optional<SocialReturnBasis> socialReturnBasisFromKey(QStringView key)
{
    return enumFromKey<SocialReturnBasis>(kBasisKeys, key);
}
QString toKey(PsoLevel level) { return keyOf(kPsoKeys, level); }
std::optional<PsoLevel> psoLevelFromKey(QStringView key) { return enumFromKey<PsoLevel>(kPsoKeys, key); }
QList<PsoLevel> allPsoLevels()
{
    return {PsoLevel::None, PsoLevel::Aspirant, PsoLevel::Trede1, PsoLevel::Trede2, PsoLevel::Trede3,
            PsoLevel::Pso30Plus};
}

const PlacementRate *SocialReturnRates::rateFor(TrainingType type) const
{
    for (const PlacementRate &r : placements) {
        if (r.type == type)
            return &r;
    }
    return nullptr;
}

SocialReturnRates defaultSocialReturnRates()
{
    SocialReturnRates r;
    r.placements = {
        {TrainingType::Internship, 250'00, 12},      // stage: about € 1,500 a half year
        {TrainingType::LearnWork, 1'500'00, 24},     // leerwerkplek (BBL): about € 18,000 a year
        {TrainingType::Reintegration, 2'500'00, 12}, // re-integratieplek: about € 30,000 a year
    };
    r.placementSource = u"Meedoen-standaard, indicatief naar de bouwblokkenmethode; vervang door de tabel van uw gemeente"_s;
    r.volunteerHour = {15'00, u"Meedoen-standaard, indicatieve vervangingswaarde van een vrijwilligersuur; vervang door de waarde van uw accountant"_s};
    r.staffHour = {55'00, u"Meedoen-standaard, indicatief integraal uurtarief; vervang door uw eigen tarief"_s};
    r.premisesHour = {25'00, u"Meedoen-standaard, indicatieve huurwaarde per uur; vervang door uw eigen tarief"_s};
    r.ladderMoveUp = {1'000'00, u"Meedoen-standaard, indicatieve waarde van een trede hoger; vervang door de waarde van uw accountant"_s};
    return r;
}

int SocialReturnObligation::effectiveBasisPoints(const SocialReturnRates &rates) const
{
    if (basisPoints > 0)
        return basisPoints;
    return basis == SocialReturnBasis::WageSum ? rates.wageSumBasisPoints : rates.contractSumBasisPoints;
}

qint64 SocialReturnObligation::requiredCents(const SocialReturnRates &rates) const
{
    // Rounded to the cent, half up; contract sums are bounded, so this does not overflow.
    return (contractCents * effectiveBasisPoints(rates) + 5'000) / 10'000;
}

std::optional<FieldError> checkSocialReturn(const SocialReturnConfig &config)
{
    const SocialReturnRates &r = config.rates;
    if (r.thresholdCents < 0 || r.thresholdCents > kMaxContractCents)
        return problem(u"rates.thresholdCents"_s, "sroi.threshold.range",
                       QCoreApplication::translate("Validation", "Vul een drempel in van 0 tot en met %1 cent.")
                           .arg(kMaxContractCents));
    for (const auto &[field, bp] : {std::pair{u"rates.contractSumBasisPoints"_s, r.contractSumBasisPoints},
                                    std::pair{u"rates.wageSumBasisPoints"_s, r.wageSumBasisPoints}}) {
        if (bp < 1 || bp > 10'000)
            return problem(field, "sroi.basisPoints.range",
                           QCoreApplication::translate("Validation", "Vul een aandeel in van 1 tot en met 10000 basispunten."));
    }
    QSet<TrainingType> rated;
    for (qsizetype i = 0; i < r.placements.size(); ++i) {
        const PlacementRate &p = r.placements.at(i);
        const QString field = u"rates.placements[%1]"_s.arg(i);
        if (p.type == TrainingType::None || rated.contains(p.type))
            return problem(field + u".type"_s, "sroi.placement.type",
                           QCoreApplication::translate("Validation", "Geef elk soort leerplek één tarief."));
        rated.insert(p.type);
        if (p.centsPerMonth < 0 || p.centsPerMonth > kMaxRateCents)
            return problem(field + u".centsPerMonth"_s, "sroi.proxy.range",
                           QCoreApplication::translate("Validation", "Vul een bedrag in van 0 tot en met %1 cent.")
                               .arg(kMaxRateCents));
        if (p.maxMonths < 1 || p.maxMonths > kMaxPlacementMonths)
            return problem(field + u".maxMonths"_s, "sroi.placement.months",
                           QCoreApplication::translate("Validation", "Vul een aantal maanden in van 1 tot en met %1.")
                               .arg(kMaxPlacementMonths));
    }
    if (r.placementSource.size() > kMaxSourceLength || r.placementSource.contains(u'\n'))
        return problem(u"rates.placementSource"_s, "sroi.source.length",
                       QCoreApplication::translate("Validation", "Schrijf de bron op één regel van hoogstens %1 tekens.")
                           .arg(kMaxSourceLength));
    for (const auto &[field, proxy] : {std::pair{u"rates.volunteerHour"_s, &r.volunteerHour},
                                       std::pair{u"rates.staffHour"_s, &r.staffHour},
                                       std::pair{u"rates.premisesHour"_s, &r.premisesHour},
                                       std::pair{u"rates.ladderMoveUp"_s, &r.ladderMoveUp}}) {
        if (auto e = checkProxy(*proxy, field))
            return e;
    }
    if (config.obligations.size() > kMaxSocialReturnObligations)
        return problem(u"obligations"_s, "sroi.obligations.count",
                       QCoreApplication::translate("Validation", "Hoogstens %1 verplichtingen.").arg(kMaxSocialReturnObligations));
    QSet<QString> ids;
    for (qsizetype i = 0; i < config.obligations.size(); ++i) {
        const SocialReturnObligation &o = config.obligations.at(i);
        const QString field = u"obligations[%1]"_s.arg(i);
        if (o.id.trimmed().isEmpty() || o.id.size() > kMaxContractLength || ids.contains(o.id))
            return problem(field + u".id"_s, "sroi.obligation.id",
                           QCoreApplication::translate("Validation", "Geef elke verplichting een eigen kenmerk, zoals het contractnummer."));
        ids.insert(o.id);
        if (o.partnerId.isEmpty())
            return problem(field + u".partnerId"_s, "sroi.obligation.partner",
                           QCoreApplication::translate("Validation", "Kies de leverancier uit de partners."));
        if (o.contract.trimmed().isEmpty() || o.contract.size() > kMaxContractLength || o.contract.contains(u'\n'))
            return problem(field + u".contract"_s, "sroi.obligation.contract",
                           QCoreApplication::translate("Validation", "Beschrijf de opdracht op één regel van hoogstens %1 tekens.")
                               .arg(kMaxContractLength));
        if (o.contractCents <= r.thresholdCents || o.contractCents > kMaxContractCents)
            return problem(field + u".contractCents"_s, "sroi.obligation.threshold",
                           QCoreApplication::translate("Validation", "Social return geldt voor opdrachten boven € %1.")
                               .arg(double(r.thresholdCents) / 100.0, 0, 'f', 2));
        if (o.basisPoints < 0 || o.basisPoints > 10'000)
            return problem(field + u".basisPoints"_s, "sroi.basisPoints.range",
                           QCoreApplication::translate("Validation", "Vul een aandeel in van 1 tot en met 10000 basispunten."));
        if (!o.start.isValid() || !o.end.isValid() || o.end < o.start)
            return problem(field + u".end"_s, "sroi.obligation.term",
                           QCoreApplication::translate("Validation", "De looptijd eindigt op of na de begindatum."));
    }
    return std::nullopt;
}

// ---- placements

QList<PlacementPeriod> placementPeriods(const QList<ResultsPlacement> &events)
{
    QList<const ResultsPlacement *> sorted;
    sorted.reserve(events.size());
    for (const ResultsPlacement &e : events) {
        if (!e.signupId.isEmpty())
            sorted.append(&e);
    }
    // Per sign-up by date; on one day a start comes before its end.
    std::sort(sorted.begin(), sorted.end(), [](const ResultsPlacement *a, const ResultsPlacement *b) {
        if (a->signupId != b->signupId)
            return a->signupId < b->signupId;
        if (a->date != b->date)
            return a->date < b->date;
        return (a->kind == u"started"_s) > (b->kind == u"started"_s);
    });
    QList<PlacementPeriod> out;
    std::optional<PlacementPeriod> open;
    QString signup;
    for (const ResultsPlacement *e : std::as_const(sorted)) {
        if (e->signupId != signup) {
            if (open)
                out.append(*open);
            open.reset();
            signup = e->signupId;
        }
        const QDate date = QDate::fromString(e->date, Qt::ISODate);
        if (!date.isValid())
            continue;
        if (e->kind == u"started"_s) {
            if (!open)
                open = PlacementPeriod{e->signupId, e->opportunityId, date, {}, false};
        } else if (open) {
            open->end = date;
            open->completed = e->kind == u"completed"_s;
            out.append(*open);
            open.reset();
        }
    }
    if (open)
        out.append(*open);
    std::sort(out.begin(), out.end(), [](const PlacementPeriod &a, const PlacementPeriod &b) {
        return a.start != b.start ? a.start < b.start : a.signupId < b.signupId;
    });
    return out;
}

int valuedDays(const PlacementPeriod &p, const PlacementRate &rate, QDate from, QDate to)
{
    // The rate's months from the start, in days (a month is 365/12 days).
    const QDate capEnd = p.start.addDays((qint64(rate.maxMonths) * kDaysPerYear + 11) / 12 - 1);
    QDate last = p.end.isValid() ? p.end : to;
    last = std::min({last, to, capEnd});
    const QDate first = std::max(p.start, from);
    return first <= last ? int(first.daysTo(last) + 1) : 0;
}

qint64 placementValueCents(const PlacementRate &rate, int days)
{
    const qint64 numerator = rate.centsPerMonth * 12 * days;
    return (numerator + kDaysPerYear / 2) / kDaysPerYear;
}

QList<ObligationFulfilment> computeSocialReturn(const SocialReturnConfig &config, const SocialReturnFacts &facts,
                                                const QString &site, QDate asOf)
{
    QHash<QString, QString> partnerNames;
    for (const Partner &p : facts.partners)
        partnerNames.insert(p.id, p.name);
    QHash<QString, const ResultsOpportunity *> opportunities;
    QHash<QString, QSet<QString>> suppliersOf; // opportunity → partners offering its places
    for (qsizetype i = 0; i < facts.opportunities.size(); ++i) {
        const ResultsOpportunity &o = facts.opportunities.at(i);
        opportunities.insert(o.id, &o);
        if (i < facts.organisedBy.size() && !facts.organisedBy.at(i).isEmpty())
            suppliersOf[o.id].insert(facts.organisedBy.at(i));
    }
    for (const PartnerContribution &c : facts.contributions) {
        if (c.role == PartnerRole::Werkgever)
            suppliersOf[c.opportunityId].insert(c.partnerId);
    }
    const QList<PlacementPeriod> periods = placementPeriods(facts.placements);

    QList<ObligationFulfilment> out;
    for (const SocialReturnObligation &ob : config.obligations) {
        if (!site.isEmpty() && !ob.site.isEmpty() && ob.site != site)
            continue;
        ObligationFulfilment f;
        f.obligation = ob;
        f.supplierName = partnerNames.value(ob.partnerId, ob.partnerId);
        f.basisPoints = ob.effectiveBasisPoints(config.rates);
        f.requiredCents = ob.requiredCents(config.rates);
        const QDate until = std::min(ob.end, asOf);
        for (const PlacementPeriod &p : periods) {
            if (p.start < ob.start || p.start > until)
                continue;
            const ResultsOpportunity *o = opportunities.value(p.opportunityId);
            if (!o || !suppliersOf.value(p.opportunityId).contains(ob.partnerId))
                continue;
            if (!ob.site.isEmpty() && o->site != ob.site)
                continue;
            const auto type = trainingTypeFromKey(o->trainingType);
            const PlacementRate *rate = type ? config.rates.rateFor(*type) : nullptr;
            if (!rate)
                continue;
            ValuedPlacement v{p, *type, valuedDays(p, *rate, ob.start, until), 0};
            v.valueCents = placementValueCents(*rate, v.days);
            f.achievedCents += v.valueCents;
            f.placements.append(v);
        }
        out.append(f);
    }
    std::sort(out.begin(), out.end(), [](const ObligationFulfilment &a, const ObligationFulfilment &b) {
        const int byName = a.supplierName.localeAwareCompare(b.supplierName);
        return byName != 0 ? byName < 0 : a.obligation.id < b.obligation.id;
    });
    return out;
}

// ---- the SROI sheet

SroiSheet computeSroiSheet(const SocialReturnRates &rates, const SocialReturnFacts &facts, const ResultsFilter &filter,
                           QDate asOf)
{
    SroiSheet sheet;
    sheet.filter = filter;
    sheet.asOf = asOf;
    const QDate from = monthStart(filter.fromMonth);
    const QDate to = std::min(monthEnd(filter.toMonth), asOf);

    QHash<QString, const ResultsOpportunity *> inScope;
    for (const ResultsOpportunity &o : facts.opportunities) {
        if (resultsFilterMatches(filter, o))
            inScope.insert(o.id, &o);
    }
    const auto inMonths = [&](const QString &month) {
        return month >= filter.fromMonth && month <= filter.toMonth;
    };
    const auto hoursOf = [](qint64 minutes) { return double(minutes) / 60.0; };
    // Rounded to the cent, half up.
    const auto valueOf = [](qint64 minutes, qint64 centsPerHour) { return (minutes * centsPerHour + 30) / 60; };
    const auto add = [](QList<SroiLine> &lines, qint64 &total, SroiLine line) {
        total += line.valueCents;
        lines.append(std::move(line));
    };

    // ---- inputs: what each partner put in, the corporation's staff hours among them
    struct Put
    {
        qint64 money = 0, staffMinutes = 0, premisesMinutes = 0, places = 0;
    };
    QMap<QString, Put> put; // by partner id, for a stable order below (then by name)
    for (const PartnerContribution &c : facts.contributions) {
        if (!inScope.contains(c.opportunityId) || !inMonths(c.month))
            continue;
        Put &p = put[c.partnerId];
        p.money += c.moneyCents;
        p.staffMinutes += c.staffMinutes;
        p.premisesMinutes += c.premisesMinutes;
        p.places += c.places;
    }
    QList<const Partner *> contributors;
    for (const Partner &p : facts.partners) {
        if (put.contains(p.id))
            contributors.append(&p);
    }
    std::sort(contributors.begin(), contributors.end(), [](const Partner *a, const Partner *b) {
        const int byName = a->name.localeAwareCompare(b->name);
        return byName != 0 ? byName < 0 : a->id < b->id;
    });
    for (const Partner *partner : std::as_const(contributors)) {
        const Put &p = put.value(partner->id);
        const bool corporation = partner->kind == PartnerKind::Woningcorporatie;
        if (p.money > 0)
            add(sheet.inputs, sheet.inputCents,
                {u"partner-money"_s, QCoreApplication::translate("Sroi", "Bijdrage in geld: %1").arg(partner->name), double(p.money) / 100.0, u"eur"_s,
                 -1, p.money, QString()});
        if (p.staffMinutes > 0)
            add(sheet.inputs, sheet.inputCents,
                {corporation ? u"corporation-staff-hours"_s : u"partner-staff-hours"_s,
                 corporation ? QCoreApplication::translate("Sroi", "Uren van medewerkers van de corporatie: %1").arg(partner->name)
                             : QCoreApplication::translate("Sroi", "Uren van medewerkers: %1").arg(partner->name),
                 hoursOf(p.staffMinutes), u"hours"_s, rates.staffHour.cents, valueOf(p.staffMinutes, rates.staffHour.cents),
                 rates.staffHour.source});
        if (p.premisesMinutes > 0)
            add(sheet.inputs, sheet.inputCents,
                {u"partner-premises-hours"_s, QCoreApplication::translate("Sroi", "Gebruik van ruimte: %1").arg(partner->name), hoursOf(p.premisesMinutes),
                 u"hours"_s, rates.premisesHour.cents, valueOf(p.premisesMinutes, rates.premisesHour.cents),
                 rates.premisesHour.source});
        if (p.places > 0)
            add(sheet.inputs, sheet.inputCents,
                {u"partner-places"_s, QCoreApplication::translate("Sroi", "Aangeboden plaatsen: %1").arg(partner->name), double(p.places), u"count"_s, -1,
                 0, QString()});
    }

    // ---- outcomes
    qint64 minutes = 0;
    for (const ResultsHours &h : facts.hours) {
        if (h.minutes > 0 && inScope.contains(h.opportunityId) && inMonths(h.date.left(7)))
            minutes += h.minutes;
    }
    add(sheet.outcomes, sheet.outcomeCents,
        {u"volunteer-hours"_s, QCoreApplication::translate("Sroi", "Uren vrijwilligerswerk"), hoursOf(minutes), u"hours"_s, rates.volunteerHour.cents,
         valueOf(minutes, rates.volunteerHour.cents), rates.volunteerHour.source});

    int started = 0, completed = 0;
    QMap<TrainingType, std::pair<qint64, qint64>> byType; // days, cents
    for (const PlacementPeriod &p : placementPeriods(facts.placements)) {
        const ResultsOpportunity *o = inScope.value(p.opportunityId);
        if (!o)
            continue;
        if (p.start >= from && p.start <= to)
            ++started;
        if (p.completed && p.end >= from && p.end <= to)
            ++completed;
        const auto type = trainingTypeFromKey(o->trainingType);
        const PlacementRate *rate = type ? rates.rateFor(*type) : nullptr;
        if (!rate)
            continue;
        const int days = valuedDays(p, *rate, from, to);
        if (days == 0)
            continue;
        auto &[d, cents] = byType[*type];
        d += days;
        cents += placementValueCents(*rate, days);
    }
    add(sheet.outcomes, sheet.outcomeCents,
        {u"placements-started"_s, QCoreApplication::translate("Sroi", "Leerwerkplaatsen begonnen"), double(started), u"count"_s, -1, 0, QString()});
    add(sheet.outcomes, sheet.outcomeCents,
        {u"placements-completed"_s, QCoreApplication::translate("Sroi", "Leerwerkplaatsen afgerond"), double(completed), u"count"_s, -1, 0, QString()});
    for (const PlacementRate &rate : rates.placements) {
        const auto [days, cents] = byType.value(rate.type);
        const char *label = rate.type == TrainingType::Internship  ? QT_TRANSLATE_NOOP("Sroi", "Maanden stage")
                          : rate.type == TrainingType::LearnWork   ? QT_TRANSLATE_NOOP("Sroi", "Maanden leerwerkplek")
                                                                   : QT_TRANSLATE_NOOP("Sroi", "Maanden re-integratieplek");
        add(sheet.outcomes, sheet.outcomeCents,
            {u"placement-months-"_s + toKey(rate.type), QCoreApplication::translate("Sroi", label), double(days) * 12.0 / double(kDaysPerYear),
             u"months"_s, rate.centsPerMonth, cents, rates.placementSource});
    }
    const LadderMoves moves = totalMoves(facts.ladder);
    add(sheet.outcomes, sheet.outcomeCents,
        {u"ladder-up"_s, QCoreApplication::translate("Sroi", "Huurders een trede hoger"), double(moves.up), u"count"_s, rates.ladderMoveUp.cents,
         rates.ladderMoveUp.cents * moves.up, rates.ladderMoveUp.source});
    add(sheet.outcomes, sheet.outcomeCents,
        {u"ladder-stable"_s, QCoreApplication::translate("Sroi", "Huurders op dezelfde trede"), double(moves.stable), u"count"_s, -1, 0, QString()});
    add(sheet.outcomes, sheet.outcomeCents,
        {u"ladder-down"_s, QCoreApplication::translate("Sroi", "Huurders een trede lager"), double(moves.down), u"count"_s, -1, 0, QString()});
    return sheet;
}

QString formatSroiCsv(const SroiSheet &sheet)
{
    QString out = Csv::row({u"section"_s, u"item"_s, u"label"_s, u"quantity"_s, u"unit"_s, u"proxy_eur"_s, u"value_eur"_s,
                            u"source"_s});
    const auto lines = [&](const QString &section, const QList<SroiLine> &rows) {
        for (const SroiLine &l : rows) {
            const QString quantity = l.unit == u"count"_s ? QString::number(qint64(l.quantity))
                                                          : QString::number(l.quantity, 'f', 2);
            out += Csv::row({section, l.item, l.label, quantity, l.unit,
                             l.proxyCents >= 0 ? euros(l.proxyCents) : QString(), euros(l.valueCents), l.source});
        }
    };
    lines(u"input"_s, sheet.inputs);
    lines(u"outcome"_s, sheet.outcomes);
    out += Csv::row({u"total"_s, QString(kSroiInputs), QCoreApplication::translate("Sroi", "Totaal inzet"), QString(), u"eur"_s, QString(),
                     euros(sheet.inputCents), QString()});
    out += Csv::row({u"total"_s, QString(kSroiOutcomes), QCoreApplication::translate("Sroi", "Totaal opbrengst"), QString(), u"eur"_s, QString(),
                     euros(sheet.outcomeCents), QString()});
    return out;
}

QString formatSocialReturnCsv(const QList<ObligationFulfilment> &fulfilment)
{
    QString out = Csv::row({u"obligation"_s, u"supplier"_s, u"contract"_s, u"pso_level"_s, u"basis"_s,
                            u"basis_points"_s, u"contract_eur"_s, u"start"_s, u"end"_s, u"required_eur"_s,
                            u"achieved_eur"_s, u"fulfilled_percent"_s, u"placements"_s});
    for (const ObligationFulfilment &f : fulfilment) {
        const SocialReturnObligation &o = f.obligation;
        out += Csv::row({o.id, f.supplierName, o.contract, toKey(o.pso), toKey(o.basis),
                         QString::number(f.basisPoints),
                         euros(o.contractCents), o.start.toString(Qt::ISODate), o.end.toString(Qt::ISODate),
                         euros(f.requiredCents), euros(f.achievedCents), QString::number(f.fulfilled() * 100.0, 'f', 1),
                         QString::number(f.placements.size())});
    }
    return out;
}

} // namespace Meedoen
