// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbook/sroiworkbook.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Workbook {

namespace {

QString unitText(const QString &unit)
{
    if (unit == u"eur"_s)
        return QCoreApplication::translate("Sroi", "euro");
    if (unit == u"hours"_s)
        return QCoreApplication::translate("Sroi", "uren");
    if (unit == u"months"_s)
        return QCoreApplication::translate("Sroi", "maanden");
    return QCoreApplication::translate("Sroi", "aantal");
}

Row line(const QString &section, const SroiLine &l)
{
    return {text(section),
            text(l.item),
            text(l.label),
            l.unit == u"count"_s ? integer(qint64(l.quantity)) : number(l.quantity),
            text(unitText(l.unit)),
            l.proxyCents >= 0 ? euros(l.proxyCents) : Cell{},
            euros(l.valueCents),
            text(l.source)};
}

QString psoText(PsoLevel level)
{
    switch (level) {
    case PsoLevel::None: return QCoreApplication::translate("Sroi", "geen");
    case PsoLevel::Aspirant: return QCoreApplication::translate("Sroi", "aspirant");
    case PsoLevel::Trede1: return QCoreApplication::translate("Sroi", "trede 1");
    case PsoLevel::Trede2: return QCoreApplication::translate("Sroi", "trede 2");
    case PsoLevel::Trede3: return QCoreApplication::translate("Sroi", "trede 3");
    case PsoLevel::Pso30Plus: return QCoreApplication::translate("Sroi", "PSO 30+");
    }
    return {};
}

QString trainingText(TrainingType type)
{
    switch (type) {
    case TrainingType::Internship: return QCoreApplication::translate("Sroi", "Stage, per maand");
    case TrainingType::LearnWork: return QCoreApplication::translate("Sroi", "Leerwerkplek, per maand");
    case TrainingType::Reintegration: return QCoreApplication::translate("Sroi", "Re-integratieplek, per maand");
    case TrainingType::None: break;
    }
    return {};
}

} // namespace

QList<Sheet> sroiSheets(const SroiSheet &sheet, const QList<ObligationFulfilment> &obligations,
                        const SocialReturnRates &rates)
{
    const ResultsFilter &f = sheet.filter;
    Sheet sroi{QCoreApplication::translate("Sroi", "SROI-invoer"), {}, {10, 26, 48, 12, 10, 12, 14, 60}};
    sroi.rows = {
        {heading(QCoreApplication::translate("Sroi", "SROI-invoer"))},
        {text(QCoreApplication::translate("Sroi", "Periode")), text(f.fromMonth + u" – "_s + f.toMonth)},
        {text(QCoreApplication::translate("Sroi", "Wijk")), text(f.neighbourhood.isEmpty() ? QCoreApplication::translate("Sroi", "alle wijken") : f.neighbourhood)},
        {text(QCoreApplication::translate("Sroi", "Locatie")), text(f.site.isEmpty() ? QCoreApplication::translate("Sroi", "alle locaties") : f.site)},
        {text(QCoreApplication::translate("Sroi", "Route")), text(f.route.isEmpty() ? QCoreApplication::translate("Sroi", "alle routes") : f.route)},
        {text(QCoreApplication::translate("Sroi", "Stand op")), text(sheet.asOf.toString(Qt::ISODate))},
        {},
        {heading(QCoreApplication::translate("Sroi", "Onderdeel")), heading(QCoreApplication::translate("Sroi", "Sleutel")), heading(QCoreApplication::translate("Sroi", "Post")), heading(QCoreApplication::translate("Sroi", "Aantal")),
         heading(QCoreApplication::translate("Sroi", "Eenheid")), heading(QCoreApplication::translate("Sroi", "Proxy (€)")), heading(QCoreApplication::translate("Sroi", "Waarde (€)")), heading(QCoreApplication::translate("Sroi", "Bron"))},
    };
    for (const SroiLine &l : sheet.inputs)
        sroi.rows.append(line(QCoreApplication::translate("Sroi", "Inzet"), l));
    for (const SroiLine &l : sheet.outcomes)
        sroi.rows.append(line(QCoreApplication::translate("Sroi", "Opbrengst"), l));
    sroi.rows.append(Row());
    sroi.rows.append({heading(QCoreApplication::translate("Sroi", "Totaal")), text(QString(kSroiInputs)), text(QCoreApplication::translate("Sroi", "Totaal inzet")), {}, text(QCoreApplication::translate("Sroi", "euro")), {},
                      euros(sheet.inputCents)});
    sroi.rows.append({heading(QCoreApplication::translate("Sroi", "Totaal")), text(QString(kSroiOutcomes)), text(QCoreApplication::translate("Sroi", "Totaal opbrengst")), {}, text(QCoreApplication::translate("Sroi", "euro")), {},
                      euros(sheet.outcomeCents)});

    Sheet social{QCoreApplication::translate("Sroi", "Social return"), {}, {18, 30, 40, 12, 14, 10, 16, 12, 12, 16, 16, 12, 12}};
    social.rows = {{heading(QCoreApplication::translate("Sroi", "Kenmerk")), heading(QCoreApplication::translate("Sroi", "Leverancier")), heading(QCoreApplication::translate("Sroi", "Opdracht")),
                    heading(QCoreApplication::translate("Sroi", "PSO-niveau")), heading(QCoreApplication::translate("Sroi", "Grondslag")), heading(QCoreApplication::translate("Sroi", "Aandeel")),
                    heading(QCoreApplication::translate("Sroi", "Contractwaarde (€)")), heading(QCoreApplication::translate("Sroi", "Begin")), heading(QCoreApplication::translate("Sroi", "Einde")),
                    heading(QCoreApplication::translate("Sroi", "Verplicht (€)")), heading(QCoreApplication::translate("Sroi", "Gerealiseerd (€)")), heading(QCoreApplication::translate("Sroi", "Vervuld")),
                    heading(QCoreApplication::translate("Sroi", "Plaatsingen"))}};
    for (const ObligationFulfilment &o : obligations) {
        const SocialReturnObligation &ob = o.obligation;
        social.rows.append({text(ob.id), text(o.supplierName), text(ob.contract), text(psoText(ob.pso)),
                            text(ob.basis == SocialReturnBasis::WageSum ? QCoreApplication::translate("Sroi", "loonsom") : QCoreApplication::translate("Sroi", "contractwaarde")),
                            percent(o.basisPoints / 10'000.0), euros(ob.contractCents),
                            text(ob.start.toString(Qt::ISODate)), text(ob.end.toString(Qt::ISODate)),
                            euros(o.requiredCents), euros(o.achievedCents), percent(o.fulfilled()),
                            integer(o.placements.size())});
    }

    Sheet proxies{QCoreApplication::translate("Sroi", "Proxies en bronnen"), {}, {36, 14, 16, 80}};
    proxies.rows = {{heading(QCoreApplication::translate("Sroi", "Post")), heading(QCoreApplication::translate("Sroi", "Waarde (€)")), heading(QCoreApplication::translate("Sroi", "Ten hoogste")), heading(QCoreApplication::translate("Sroi", "Bron"))}};
    for (const PlacementRate &r : rates.placements)
        proxies.rows.append({text(trainingText(r.type)), euros(r.centsPerMonth),
                             text(QCoreApplication::translate("Sroi", "%n maanden", nullptr, r.maxMonths)), text(rates.placementSource)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Vrijwilligersuur")), euros(rates.volunteerHour.cents), {}, text(rates.volunteerHour.source)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Uur van een medewerker")), euros(rates.staffHour.cents), {}, text(rates.staffHour.source)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Uur gebruik van ruimte")), euros(rates.premisesHour.cents), {}, text(rates.premisesHour.source)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Een trede hoger")), euros(rates.ladderMoveUp.cents), {}, text(rates.ladderMoveUp.source)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Drempel social return (contractwaarde boven)")), euros(rates.thresholdCents)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Aandeel van de contractwaarde")), percent(rates.contractSumBasisPoints / 10'000.0)});
    proxies.rows.append({text(QCoreApplication::translate("Sroi", "Aandeel van de loonsom")), percent(rates.wageSumBasisPoints / 10'000.0)});
    return {sroi, social, proxies};
}

std::optional<QByteArray> sroiWorkbook(const SroiSheet &sheet, const QList<ObligationFulfilment> &obligations,
                                       const SocialReturnRates &rates, QString *error)
{
    return write(sroiSheets(sheet, obligations, rates), error);
}

} // namespace Workbook
