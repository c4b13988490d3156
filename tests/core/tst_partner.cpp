// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/partner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// Partner organisations: what a coordinator types is checked with words they can act on, an
// old organiser name becomes the same partner everywhere, and a partner's page adds up what
// it put in and what came of it with the dashboard's own figures.
class TestPartner : public QObject
{
    Q_OBJECT

    const QString m_buurtwerk = partnerIdForOrganiser(u"Stichting Buurtwerk Charlois"_s);
    const QString m_roc = partnerIdForOrganiser(u"ROC Maasland"_s);

    // Three opportunities at two sites: the garden and the internship are Buurtwerk's, the
    // café at site-b names ROC Maasland but Buurtwerk houses it.
    const QList<ResultsOpportunity> m_opportunities{
        {u"tuin"_s, u"Moestuin"_s, u"volunteer"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"wonen"_s, 4, 3, 0},
        {u"stage"_s, u"Stage"_s, u"training"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"werken"_s, 2, 2, 1},
        {u"cafe"_s, u"Taalcafé"_s, u"volunteer"_s, u"open"_s, u"site-b"_s, u"heuvel"_s, u"leren"_s, 0, 5, 0}};
    const QStringList m_organisedBy{m_buurtwerk, m_buurtwerk, m_roc};
    const QList<PartnerContribution> m_contributions{
        {u"c1"_s, m_buurtwerk, u"tuin"_s, PartnerRole::Partner, u"2026-10"_s, 0, 240, 0, 0},
        {u"c2"_s, m_buurtwerk, u"stage"_s, PartnerRole::Werkgever, u"2026-10"_s, 0, 120, 2, 0},
        {u"c3"_s, m_buurtwerk, u"stage"_s, PartnerRole::Financier, u"2026-11"_s, 150000, 0, 0, 0},
        {u"c4"_s, m_buurtwerk, u"cafe"_s, PartnerRole::Huisvester, u"2026-11"_s, 0, 0, 0, 480},
        {u"c5"_s, m_roc, u"cafe"_s, PartnerRole::Opdrachtgever, u"2026-11"_s, 2500050, 60, 0, 0}};
    const QList<ResultsHours> m_hours{
        {u"p1"_s, u"tuin"_s, u"2026-10-05"_s, 120}, {u"p2"_s, u"tuin"_s, u"2026-10-12"_s, 90},
        {u"p1"_s, u"stage"_s, u"2026-11-02"_s, 60}, {u"p2"_s, u"tuin"_s, u"2026-11-20"_s, 0}, // corrected away
        {u"p3"_s, u"cafe"_s, u"2026-11-03"_s, 45},  {u"p4"_s, u"elders"_s, u"2026-11-03"_s, 600}};
    const QList<ResultsPlacement> m_placements{{u"stage"_s, u"started"_s, u"2026-10-01"_s},
                                               {u"stage"_s, u"started"_s, u"2026-10-15"_s},
                                               {u"stage"_s, u"completed"_s, u"2026-11-30"_s}};

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LANG", "nl_NL.UTF-8");
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }

    void keysBothWays()
    {
        for (const PartnerKind k : allPartnerKinds())
            QCOMPARE(partnerKindFromKey(toKey(k)), k);
        for (const PartnerRole r : allPartnerRoles())
            QCOMPARE(partnerRoleFromKey(toKey(r)), r);
        QCOMPARE(allPartnerRoles().size(), 5);
        QCOMPARE(toKey(PartnerRole::Huisvester), u"huisvester"_s);
        QCOMPARE(partnerRoleFromKey(u"sponsor"), std::nullopt);
    }

    void organiserBecomesOnePartner()
    {
        // The same name, also with white space around it, is the same partner; another name another.
        QCOMPARE(partnerIdForOrganiser(u"  ROC Maasland "_s), m_roc);
        QVERIFY(m_roc != m_buurtwerk);
        QCOMPARE(m_roc.size(), 36); // a UUID without braces, as every id on the wire
        // Pinned (RFC 4122 v5, as Python's uuid.uuid5 computes it): the server and devices of
        // every release derive the same id, and the demo catalogue spells it.
        QCOMPARE(m_roc, u"9f0b19dd-70bf-5c01-ac4a-e6b972505981"_s);
        QCOMPARE(partnerKindForOrganiserRole(u"opleider"), PartnerKind::Onderwijs);
        QCOMPARE(partnerKindForOrganiserRole(u"begeleiding"), PartnerKind::Welzijn);
        QCOMPARE(partnerKindForOrganiserRole(u"Woningcorporatie"), PartnerKind::Woningcorporatie);
        QCOMPARE(partnerKindForOrganiserRole(u"bewonersgroep"), PartnerKind::Bewonersgroep);
        QCOMPARE(partnerKindForOrganiserRole(u""), PartnerKind::Overig);
    }

    void partnerChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("contactName");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << u" ROC Maasland "_s << u"Fatima el Amrani"_s << u"010-1234567"_s << u"info@roc.nl"_s
                            << QString() << QString();
        QTest::newRow("no name") << u"  "_s << QString() << QString() << QString() << u"name"_s << u"text.required"_s;
        QTest::newRow("name too long") << QString(121, u'x') << QString() << QString() << QString() << u"name"_s
                                       << u"text.tooLong"_s;
        QTest::newRow("contact name digits") << u"ROC"_s << u"123"_s << QString() << QString() << u"contactName"_s
                                             << u"name.noLetter"_s;
        QTest::newRow("phone") << u"ROC"_s << QString() << u"12"_s << QString() << u"contactPhone"_s
                               << u"phone.format"_s;
        QTest::newRow("email") << u"ROC"_s << QString() << QString() << u"roc@"_s << u"contactEmail"_s
                               << u"email.format"_s;
    }

    void partnerChecked()
    {
        QFETCH(QString, name);
        QFETCH(QString, contactName);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, field);
        QFETCH(QString, code);
        Partner p{u"id"_s, name, PartnerKind::Onderwijs, contactName, phone, email};
        FieldErrors all;
        const auto v = validatePartner(p, &all);
        if (field.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.error ? v.error->code : QString()));
            QCOMPARE(v.value.name, u"ROC Maasland"_s);
            QCOMPARE(v.value.contactPhone, u"+31101234567"_s);
            return;
        }
        QVERIFY(v.error);
        QCOMPARE(v.error->field, field);
        QVERIFY2(v.error->code.startsWith(code.section(u'.', 0, 0)), qPrintable(v.error->code));
        QVERIFY(!v.error->message.isEmpty());
        QCOMPARE(all.size(), 1);
    }

    void contributionChecked()
    {
        PartnerContribution c{u"c"_s, u"p"_s, u"o"_s, PartnerRole::Financier, u"2026-13"_s, -1, 0, 0, 0};
        const FieldErrors errors = validateContribution(c);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, u"month"_s);
        QCOMPARE(errors.at(1).field, u"moneyCents"_s);
        QCOMPARE(errors.at(1).code, u"moneyCents.range"_s);
        c.month = u"2026-12"_s;
        c.moneyCents = kMaxContributionCents;
        QVERIFY(validateContribution(c).isEmpty());
        c.places = kMaxContributionPlaces + 1;
        QCOMPARE(validateContribution(c).value(0).field, u"places"_s);
    }

    void whatItPutInAndWhatCameOfIt()
    {
        const PartnerFigures f = computePartnerFigures(m_buurtwerk, m_opportunities, m_organisedBy, m_contributions,
                                                       m_hours, m_placements, {});
        // Its two opportunities plus the café it houses.
        QCOMPARE(f.opportunities, 3);
        QCOMPARE(f.placesFilled, 3 + 2 + 5);
        QCOMPARE(f.roles, (QList<PartnerRole>{PartnerRole::Werkgever, PartnerRole::Financier, PartnerRole::Partner,
                                              PartnerRole::Huisvester}));
        QCOMPARE(f.total.moneyCents, 150000);
        QCOMPARE(f.total.staffMinutes, 360);
        QCOMPARE(f.total.places, 2);
        QCOMPARE(f.total.premisesMinutes, 480);
        QCOMPARE(f.total.volunteerMinutes, 120 + 90 + 60 + 45);
        QCOMPARE(f.total.activeVolunteers, 3);          // p1, p2, p3; p4 worked elsewhere
        QCOMPARE(f.total.trainingStarted, 2);
        QCOMPARE(f.total.trainingCompleted, 1);
        QCOMPARE(f.months.size(), 2);
        const PartnerMonth &oct = f.months.at(0), &nov = f.months.at(1);
        QCOMPARE(oct.month, u"2026-10"_s);
        QCOMPARE(oct.staffMinutes, 360);
        QCOMPARE(oct.places, 2);
        QCOMPARE(oct.moneyCents, 0);
        QCOMPARE(oct.volunteerMinutes, 210);
        QCOMPARE(oct.activeVolunteers, 2);
        QCOMPARE(oct.trainingStarted, 2);
        QCOMPARE(nov.month, u"2026-11"_s);
        QCOMPARE(nov.moneyCents, 150000);
        QCOMPARE(nov.premisesMinutes, 480);
        QCOMPARE(nov.volunteerMinutes, 105);
        QCOMPARE(nov.activeVolunteers, 2);              // p1 at the internship, p3 at the café
        QCOMPARE(nov.trainingCompleted, 1);
    }

    void sameFiguresAsTheDashboard()
    {
        // What came of it is the dashboard's computeResults over the partner's opportunities.
        const PartnerFigures f = computePartnerFigures(m_roc, m_opportunities, m_organisedBy, m_contributions,
                                                       m_hours, m_placements, {});
        const Results dashboard = computeResults({m_opportunities.at(2)}, m_hours, m_placements, {});
        QCOMPARE(f.opportunities, 1);
        QCOMPARE(f.total.volunteerMinutes, dashboard.total.minutes);
        QCOMPARE(f.total.activeVolunteers, dashboard.total.activeVolunteers);
        QCOMPARE(f.placesFilled, 5);
        QCOMPARE(f.total.moneyCents, 2500050);          // € 25.000,50
        QCOMPARE(f.roles, QList<PartnerRole>{PartnerRole::Opdrachtgever});
    }

    void filterBySiteAndMonth()
    {
        ResultsFilter filter;
        filter.site = u"site-a"_s;
        filter.fromMonth = u"2026-11"_s;
        filter.toMonth = u"2026-11"_s;
        const PartnerFigures f = computePartnerFigures(m_buurtwerk, m_opportunities, m_organisedBy, m_contributions,
                                                       m_hours, m_placements, filter);
        QCOMPARE(f.opportunities, 2);                   // the café is at site-b
        QCOMPARE(f.placesFilled, 5);
        QCOMPARE(f.total.moneyCents, 150000);
        QCOMPARE(f.total.premisesMinutes, 0);           // the café's premises are site-b's
        QCOMPARE(f.total.staffMinutes, 0);              // October's staff hours are outside the months
        QCOMPARE(f.total.volunteerMinutes, 60);
        QCOMPARE(f.total.trainingCompleted, 1);
        QCOMPARE(f.total.trainingStarted, 0);
        QCOMPARE(f.roles, QList<PartnerRole>{PartnerRole::Financier});
    }

    void csvAsExported()
    {
        const PartnerFigures f = computePartnerFigures(m_roc, m_opportunities, m_organisedBy, m_contributions,
                                                       m_hours, m_placements, {});
        QCOMPARE(formatPartnerFiguresCsv(f),
                 u"record,month,money_eur,staff_hours,places,premises_hours,active_volunteers,volunteer_hours,"
                 "training_started,training_completed,opportunities,places_filled,roles\r\n"
                 "month,2026-11,25000.50,1.00,0,0.00,1,0.75,0,0,,,\r\n"
                 "total,,25000.50,1.00,0,0.00,1,0.75,0,0,1,5,opdrachtgever\r\n"_s);
    }

    void unknownPartnerHasNothing()
    {
        const PartnerFigures f = computePartnerFigures(u"nobody"_s, m_opportunities, m_organisedBy, m_contributions,
                                                       m_hours, m_placements, {});
        QCOMPARE(f.opportunities, 0);
        QCOMPARE(f.total, PartnerMonth{});
        QVERIFY(f.months.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartner)
#include "tst_partner.moc"
