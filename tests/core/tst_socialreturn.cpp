// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Social return and the SROI input sheet (core/socialreturn.h), with figures worked out by
// hand: what a supplier owes, which placements count towards it and what they are worth, and
// the accountant's sheet of inputs and outcomes; the configuration file as IT writes it.

#include "core/socialreturn.h"
#include "protocol/socialreturnwire.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const QString kSupplier = u"supplier"_s;
const QString kOther = u"other"_s;
const QString kCorporation = u"corporation"_s;

ResultsOpportunity training(const QString &id, const QString &site, const QString &type)
{
    ResultsOpportunity o;
    o.id = id;
    o.title = id;
    o.kind = u"training"_s;
    o.status = u"published"_s;
    o.site = site;
    o.neighbourhood = site == u"site-a"_s ? u"wielewaal"_s : u"zuidwijk"_s;
    o.route = u"werken"_s;
    o.trainingType = type;
    return o;
}

ResultsPlacement placementEvent(const QString &signup, const QString &opportunity, const char *kind, const char *date)
{
    return {opportunity, QString::fromLatin1(kind), QString::fromLatin1(date), signup};
}

SocialReturnObligation obligation(qint64 contractCents, SocialReturnBasis basis = SocialReturnBasis::ContractSum)
{
    return {u"2026-017"_s, kSupplier, u"Renovatie"_s, u"site-a"_s, contractCents, basis, 0, PsoLevel::Trede2,
            QDate(2026, 1, 1), QDate(2026, 12, 31)};
}

// The supplier's internship and learn-work place at site-a, another employer's internship
// there, and the supplier's internship at site-b.
SocialReturnFacts facts()
{
    SocialReturnFacts f;
    f.opportunities = {training(u"stage"_s, u"site-a"_s, u"internship"_s),
                       training(u"leerwerk"_s, u"site-a"_s, u"learn-work"_s),
                       training(u"elders"_s, u"site-a"_s, u"internship"_s),
                       training(u"stage-b"_s, u"site-b"_s, u"internship"_s)};
    f.organisedBy = {kSupplier, QString(), kOther, kSupplier};
    f.partners = {{kSupplier, u"Bouwbedrijf De Vries"_s, PartnerKind::Werkgever, {}, {}, {}},
                  {kOther, u"Anders BV"_s, PartnerKind::Werkgever, {}, {}, {}},
                  {kCorporation, u"Woonstad"_s, PartnerKind::Woningcorporatie, {}, {}, {}}};
    // The learn-work place is the supplier's by its contribution as werkgever.
    f.contributions = {{u"c1"_s, kSupplier, u"leerwerk"_s, PartnerRole::Werkgever, u"2026-03"_s, 0, 0, 1, 0}};
    return f;
}

} // namespace

class TestSocialReturn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredIsTheShareOfTheContract()
    {
        const SocialReturnRates rates = defaultSocialReturnRates();
        // 5 % of € 400,000 and 7 % of a wage sum of € 300,000; a share of its own wins.
        QCOMPARE(obligation(400'000'00).requiredCents(rates), 20'000'00);
        QCOMPARE(obligation(300'000'00, SocialReturnBasis::WageSum).requiredCents(rates), 21'000'00);
        SocialReturnObligation own = obligation(400'000'00);
        own.basisPoints = 250;
        QCOMPARE(own.requiredCents(rates), 10'000'00);
        // Rounded to the cent: 5 % of € 250,000.10 is € 12,500.005 → € 12,500.01.
        QCOMPARE(obligation(250'000'10).requiredCents(rates), 12'500'01);
    }

    void placementsPairStartWithTheirEnd()
    {
        // Out of order, two sign-ups, a start and end on one day, a second start while running
        // (ignored), an end without a start (ignored), an event of no sign-up (ignored).
        const QList<PlacementPeriod> periods = placementPeriods({
            placementEvent(u"s2"_s, u"stage"_s, "completed", "2026-04-30"),
            placementEvent(u"s1"_s, u"stage"_s, "started", "2026-02-01"),
            placementEvent(u"s2"_s, u"stage"_s, "started", "2026-03-01"),
            placementEvent(u"s1"_s, u"stage"_s, "started", "2026-02-15"),
            placementEvent(u"s3"_s, u"stage"_s, "dropped-out", "2026-05-01"),
            placementEvent(u"s4"_s, u"stage"_s, "dropped-out", "2026-06-01"),
            placementEvent(u"s4"_s, u"stage"_s, "started", "2026-06-01"),
            placementEvent(QString(), u"stage"_s, "started", "2026-01-01"),
        });
        QCOMPARE(periods.size(), 3);
        QCOMPARE(periods.at(0), (PlacementPeriod{u"s1"_s, u"stage"_s, QDate(2026, 2, 1), QDate(), false}));
        QCOMPARE(periods.at(1), (PlacementPeriod{u"s2"_s, u"stage"_s, QDate(2026, 3, 1), QDate(2026, 4, 30), true}));
        QCOMPARE(periods.at(2), (PlacementPeriod{u"s4"_s, u"stage"_s, QDate(2026, 6, 1), QDate(2026, 6, 1), false}));
    }

    void valueIsProRataADayUpToTheRatesMonths()
    {
        const PlacementRate rate{TrainingType::Internship, 250'00, 12};
        // A whole year is twelve months: € 3,000.
        QCOMPARE(placementValueCents(rate, 365), 3'000'00);
        // 28 days: 250 × 12 × 28 / 365 = 230.136… → € 230.14.
        QCOMPARE(placementValueCents(rate, 28), 230'14);
        const PlacementPeriod running{u"s"_s, u"stage"_s, QDate(2026, 3, 1), QDate(), false};
        // Within the window only, and a running placement up to its end.
        QCOMPARE(valuedDays(running, rate, QDate(2026, 1, 1), QDate(2026, 3, 31)), 31);
        QCOMPARE(valuedDays(running, rate, QDate(2026, 3, 15), QDate(2026, 3, 31)), 17);
        // No more than twelve months from the start (365 days), however long it runs.
        QCOMPARE(valuedDays(running, rate, QDate(2026, 1, 1), QDate(2028, 1, 1)), 365);
        const PlacementRate short_{TrainingType::Internship, 250'00, 1};
        QCOMPARE(valuedDays(running, short_, QDate(2026, 1, 1), QDate(2028, 1, 1)), 31); // ceil(365 / 12)
        // Before its start, or after its end: nothing.
        const PlacementPeriod ended{u"s"_s, u"stage"_s, QDate(2026, 3, 1), QDate(2026, 3, 10), true};
        QCOMPARE(valuedDays(ended, rate, QDate(2026, 4, 1), QDate(2026, 4, 30)), 0);
        QCOMPARE(valuedDays(ended, rate, QDate(2026, 1, 1), QDate(2026, 2, 28)), 0);
        QCOMPARE(valuedDays(ended, rate, QDate(2026, 1, 1), QDate(2026, 12, 31)), 10);
    }

    void fulfilmentCountsTheSuppliersPlacementsInTheTerm()
    {
        SocialReturnFacts f = facts();
        f.placements = {
            // The supplier's internship: 1 March – 30 April (61 days) and one still running
            // since 1 November.
            placementEvent(u"a"_s, u"stage"_s, "started", "2026-03-01"), placementEvent(u"a"_s, u"stage"_s, "completed", "2026-04-30"),
            placementEvent(u"b"_s, u"stage"_s, "started", "2026-11-01"),
            // The learn-work place (by contribution): 1 June – 14 June, dropped out (14 days).
            placementEvent(u"c"_s, u"leerwerk"_s, "started", "2026-06-01"), placementEvent(u"c"_s, u"leerwerk"_s, "dropped-out", "2026-06-14"),
            // Not the supplier's; not at the obligation's site; started before its term.
            placementEvent(u"d"_s, u"elders"_s, "started", "2026-03-01"),
            placementEvent(u"e"_s, u"stage-b"_s, "started", "2026-03-01"),
            placementEvent(u"f"_s, u"stage"_s, "started", "2025-12-01"),
        };
        SocialReturnConfig config;
        config.obligations = {obligation(400'000'00)};
        const QList<ObligationFulfilment> out = computeSocialReturn(config, f, u"site-a"_s, QDate(2026, 11, 30));
        QCOMPARE(out.size(), 1);
        const ObligationFulfilment &o = out.first();
        QCOMPARE(o.supplierName, u"Bouwbedrijf De Vries"_s);
        QCOMPARE(o.basisPoints, 500);
        QCOMPARE(o.requiredCents, 20'000'00);
        QCOMPARE(o.placements.size(), 3);
        // 61 days at € 250 a month: 250 × 12 × 61 / 365 = 501.369… → € 501.37; 30 days (1–30
        // November, as of the 30th) → € 246.58; 14 days at € 1,500 a month → € 690.41.
        QCOMPARE(o.placements.at(0).valueCents, 501'37);
        QCOMPARE(o.placements.at(1).type, TrainingType::LearnWork);
        QCOMPARE(o.placements.at(1).valueCents, 690'41);
        QCOMPARE(o.placements.at(2).days, 30);
        QCOMPARE(o.placements.at(2).valueCents, 246'58);
        QCOMPARE(o.achievedCents, 501'37 + 690'41 + 246'58);
        QCOMPARE(o.fulfilled(), double(1'438'36) / 20'000'00);

        // Another site's tablet does not see this site's obligation.
        QVERIFY(computeSocialReturn(config, f, u"site-b"_s, QDate(2026, 11, 30)).isEmpty());
        // Before anything started, nothing is achieved yet.
        QCOMPARE(computeSocialReturn(config, f, {}, QDate(2026, 2, 1)).first().achievedCents, 0);
        // CSV: a row per obligation with the share in force and the fulfilment.
        const QString csv = formatSocialReturnCsv(out);
        QVERIFY(csv.startsWith(u"obligation,supplier,contract,pso_level,basis,basis_points,contract_eur"_s));
        QVERIFY2(csv.contains(u"2026-017,Bouwbedrijf De Vries,Renovatie,trede-2,contract-sum,500,400000.00,2026-01-01,"
                              "2026-12-31,20000.00,1438.36,7.2,3\r\n"_s),
                 qPrintable(csv));
    }

    void sroiSheetPutsInputsBesideOutcomes()
    {
        SocialReturnFacts f = facts();
        f.opportunities.append(training(u"tuin"_s, u"site-a"_s, QString()));
        f.opportunities.last().kind = u"volunteer"_s;
        f.organisedBy.append(QString());
        f.contributions = {
            // November: the supplier's money and places, the corporation's staff and premises.
            {u"c1"_s, kSupplier, u"stage"_s, PartnerRole::Werkgever, u"2026-11"_s, 1'000'00, 0, 2, 0},
            {u"c2"_s, kCorporation, u"tuin"_s, PartnerRole::Partner, u"2026-11"_s, 0, 90, 0, 120},
            // October and another site: not in the sheet.
            {u"c3"_s, kCorporation, u"tuin"_s, PartnerRole::Partner, u"2026-10"_s, 0, 600, 0, 0},
            {u"c4"_s, kOther, u"stage-b"_s, PartnerRole::Financier, u"2026-11"_s, 5'000'00, 0, 0, 0},
        };
        f.hours = {{u"p1"_s, u"tuin"_s, u"2026-11-01"_s, 100}, {u"p2"_s, u"tuin"_s, u"2026-11-01"_s, 50},
                   {u"p3"_s, u"stage-b"_s, u"2026-11-01"_s, 600}};
        f.placements = {placementEvent(u"a"_s, u"stage"_s, "started", "2026-10-20"), placementEvent(u"a"_s, u"stage"_s, "completed", "2026-11-10"),
                        placementEvent(u"b"_s, u"stage"_s, "started", "2026-11-21")};
        f.ladder = {{u"wielewaal"_s, u"werken"_s, 2, 1, 1}};
        ResultsFilter filter;
        filter.site = u"site-a"_s;
        filter.fromMonth = u"2026-11"_s;
        filter.toMonth = u"2026-11"_s;
        const SocialReturnRates rates = defaultSocialReturnRates();
        const SroiSheet sheet = computeSroiSheet(rates, f, filter, QDate(2026, 11, 25));

        // Inputs by partner name: De Vries' money and places, Woonstad's 1.5 staff hours at
        // € 55 (€ 82.50) and 2 hours of premises at € 25 (€ 50).
        QCOMPARE(sheet.inputs.size(), 4);
        QCOMPARE(sheet.inputs.at(0).item, u"partner-money"_s);
        QCOMPARE(sheet.inputs.at(0).valueCents, 1'000'00);
        QCOMPARE(sheet.inputs.at(1).item, u"partner-places"_s);
        QCOMPARE(sheet.inputs.at(1).quantity, 2.0);
        QCOMPARE(sheet.inputs.at(1).valueCents, 0);
        QCOMPARE(sheet.inputs.at(2).item, u"corporation-staff-hours"_s);
        QCOMPARE(sheet.inputs.at(2).quantity, 1.5);
        QCOMPARE(sheet.inputs.at(2).valueCents, 82'50);
        QCOMPARE(sheet.inputs.at(3).item, u"partner-premises-hours"_s);
        QCOMPARE(sheet.inputs.at(3).valueCents, 50'00);
        QCOMPARE(sheet.inputCents, 1'000'00 + 82'50 + 50'00);

        const auto line = [&](const QString &item) {
            for (const SroiLine &l : sheet.outcomes) {
                if (l.item == item)
                    return l;
            }
            return SroiLine{};
        };
        // 150 minutes of volunteering at € 15 an hour.
        QCOMPARE(line(u"volunteer-hours"_s).quantity, 2.5);
        QCOMPARE(line(u"volunteer-hours"_s).valueCents, 37'50);
        QCOMPARE(line(u"volunteer-hours"_s).source, rates.volunteerHour.source);
        // One internship started in November, one completed in it.
        QCOMPARE(line(u"placements-started"_s).quantity, 1.0);
        QCOMPARE(line(u"placements-completed"_s).quantity, 1.0);
        // Internship days in November up to the 25th: 1–10 (10) and 21–25 (5): 15 days at
        // € 250 a month = € 123.29.
        QCOMPARE(line(u"placement-months-internship"_s).valueCents, 123'29);
        QCOMPARE(line(u"placement-months-internship"_s).quantity, 15 * 12.0 / 365.0);
        QCOMPARE(line(u"placement-months-learn-work"_s).valueCents, 0);
        // Two moves up at € 1,000 each; stable and down counted, not valued.
        QCOMPARE(line(u"ladder-up"_s).valueCents, 2'000'00);
        QCOMPARE(line(u"ladder-down"_s).quantity, 1.0);
        QCOMPARE(line(u"ladder-down"_s).proxyCents, -1);
        QCOMPARE(sheet.outcomeCents, 37'50 + 123'29 + 2'000'00);

        const QString csv = formatSroiCsv(sheet);
        QVERIFY(csv.startsWith(u"section,item,label,quantity,unit,proxy_eur,value_eur,source\r\n"_s));
        QVERIFY2(csv.contains(u"outcome,volunteer-hours,Uren vrijwilligerswerk,2.50,hours,15.00,37.50,"_s), qPrintable(csv));
        QVERIFY(csv.contains(u"total,inputs,Totaal inzet,,eur,,1132.50,\r\n"_s));
        QVERIFY(csv.endsWith(u"total,outcomes,Totaal opbrengst,,eur,,2160.79,\r\n"_s));
    }

    void aSupplierNameCannotBecomeAFormula()
    {
        SocialReturnFacts f = facts();
        f.partners[0].name = u"=HYPERLINK(\"http://x\")"_s;
        SocialReturnConfig config;
        config.obligations = {obligation(400'000'00)};
        const QString csv = formatSocialReturnCsv(computeSocialReturn(config, f, {}, QDate(2026, 11, 30)));
        QVERIFY2(csv.contains(u"'=HYPERLINK"_s), qPrintable(csv));
    }

    void theFileIsCheckedAndNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray good = R"({"id": "2026-017", "partnerId": "supplier", "contract": "Renovatie",
            "contractCents": 40000000, "basis": "contract-sum", "start": "2026-01-01", "end": "2026-12-31"})";
        QTest::newRow("under the threshold")
            << QByteArray(R"({"obligations": [{"id": "x", "partnerId": "s", "contract": "c", "contractCents": 25000000,
                 "basis": "contract-sum", "start": "2026-01-01", "end": "2026-12-31"}]})")
            << u"obligations[0].contractCents"_s;
        QTest::newRow("end before start")
            << QByteArray(R"({"obligations": [{"id": "x", "partnerId": "s", "contract": "c", "contractCents": 40000000,
                 "basis": "wage-sum", "start": "2026-01-01", "end": "2025-12-31"}]})")
            << u"obligations[0].end"_s;
        QTest::newRow("the same id twice") << QByteArray(R"({"obligations": [)" + good + ", " + good + "]}")
                                           << u"obligations[1].id"_s;
        QTest::newRow("unknown basis")
            << QByteArray(R"({"obligations": [{"id": "x", "partnerId": "s", "contract": "c", "contractCents": 40000000,
                 "basis": "gevoel", "start": "2026-01-01", "end": "2026-12-31"}]})")
            << u"obligations[0].basis"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"rates": {"volunteerHour": {"cents": 1500, "bron": "x"}}})")
                                       << u"rates.volunteerHour.bron"_s;
        QTest::newRow("negative proxy") << QByteArray(R"({"rates": {"staffHour": {"cents": -1}}})")
                                        << u"rates.staffHour.cents"_s;
        QTest::newRow("a type rated twice")
            << QByteArray(R"({"rates": {"placements": [{"type": "internship", "centsPerMonth": 1, "maxMonths": 1},
                 {"type": "internship", "centsPerMonth": 2, "maxMonths": 1}]}})")
            << u"rates.placements[1].type"_s;
        QTest::newRow("not json") << QByteArray("{\"obligations\": [") << QString();
    }

    void theFileIsCheckedAndNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto read = Wire::socialReturnFileFromJson(json);
        QVERIFY(read.error);
        QCOMPARE(read.error->field, field);
        QVERIFY(!read.error->message.isEmpty());
    }

    void theFileRoundTripsAndKeepsDefaults()
    {
        SocialReturnConfig config;
        config.rates.volunteerHour = {17'25, u"Accountant, 2026"_s};
        config.obligations = {obligation(400'000'00), obligation(300'000'00, SocialReturnBasis::WageSum)};
        config.obligations[1].id = u"2026-023"_s;
        config.obligations[1].basisPoints = 650;
        config.obligations[1].site.clear();
        const auto back = Wire::socialReturnFileFromJson(Wire::socialReturnFile(config));
        QVERIFY2(!back.error, back.error ? qPrintable(back.error->field + u' ' + back.error->message) : "");
        QCOMPARE(back.value, config);
        // A file with only its own volunteer hour keeps Meedoen's other rates.
        const auto partial = Wire::socialReturnFileFromJson(R"({"rates": {"volunteerHour": {"cents": 2000}}})");
        QVERIFY(!partial.error);
        QCOMPARE(partial.value.rates.volunteerHour.cents, 20'00);
        QCOMPARE(partial.value.rates.placements, defaultSocialReturnRates().placements);
        QVERIFY(partial.value.obligations.isEmpty());
        // Too large is refused before it is read.
        const auto large = Wire::socialReturnFileFromJson(QByteArray(Wire::kMaxSocialReturnFileBytes + 1, ' '));
        QVERIFY(large.error);
        QCOMPARE(large.error->code, u"size"_s);
    }
};

QTEST_GUILESS_MAIN(TestSocialReturn)
#include "tst_socialreturn.moc"
