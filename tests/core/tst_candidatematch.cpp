// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Wie past hierbij?": who staff may ask for an opportunity (only with `matching` consent),
// in which order, and the reason they read.

#include "core/candidatematch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

Availability grid(std::initializer_list<std::pair<int, PartOfDay>> list)
{
    Availability a;
    for (const auto &[day, part] : list)
        a.set(day, part);
    return a;
}

ConsentRecord consent(const QString &purpose, bool withdrawn = false)
{
    ConsentRecord c;
    c.purpose = purpose;
    c.textVersion = u"2026-11-01"_s;
    c.givenAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    if (withdrawn)
        c.withdrawnAt = c.givenAt.addDays(3);
    return c;
}

Candidate candidate(const QString &given, const QString &family, QList<ConsentRecord> consents)
{
    Candidate c;
    c.person.id = given.toLower();
    c.person.givenName = given;
    c.person.familyName = family;
    c.consents = std::move(consents);
    return c;
}

Opportunity garden()
{
    Opportunity o;
    o.id = u"wlw-moestuin-01"_s;
    o.title = u"Deeltuin De Wielewaal samen beheren"_s;
    o.neighbourhood = u"wielewaal"_s;
    o.schedule = u"Elke dinsdag 9:00–12:00"_s;
    o.tags = {u"tuin"_s, u"groen"_s};
    return o;
}

} // namespace

class TestCandidateMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedule_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<bool>("known");
        QTest::addColumn<quint32>("bits");
        using P = PartOfDay;
        QTest::newRow("one morning") << u"Elke dinsdag 9:00–12:00"_s << true << grid({{1, P::Morning}}).bits();
        QTest::newRow("afternoon") << u"Elke donderdag 13:00–17:00"_s << true << grid({{3, P::Afternoon}}).bits();
        QTest::newRow("evening") << u"Om de week op maandag 19:30–21:00"_s << true << grid({{0, P::Evening}}).bits();
        QTest::newRow("range through the day")
            << u"Maandag tot en met vrijdag 7:30–16:00"_s << true
            << grid({{0, P::Morning}, {0, P::Afternoon}, {1, P::Morning}, {1, P::Afternoon}, {2, P::Morning},
                      {2, P::Afternoon}, {3, P::Morning}, {3, P::Afternoon}, {4, P::Morning}, {4, P::Afternoon}})
                   .bits();
        QTest::newRow("two days") << u"Dinsdag en vrijdag 10:00–12:30"_s << true
                                  << grid({{1, P::Morning}, {1, P::Afternoon}, {4, P::Morning}, {4, P::Afternoon}}).bits();
        QTest::newRow("shared part of day") << u"Woensdag- en zaterdagmiddag 13:00–17:00"_s << true
                                            << grid({{2, P::Afternoon}, {5, P::Afternoon}}).bits();
        QTest::newRow("a day without times")
            << u"Elke eerste zaterdag van de maand"_s << true
            << grid({{5, P::Morning}, {5, P::Afternoon}, {5, P::Evening}}).bits();
        QTest::newRow("no day: in overleg") << u"Eén keer per week 1 uur, tijd in overleg"_s << false << 0u;
        QTest::newRow("no day, only an evening") << u"Eén avond per week 20:00–21:30"_s << false << 0u;
        QTest::newRow("empty") << QString() << false << 0u;
    }
    void schedule()
    {
        QFETCH(QString, schedule);
        QFETCH(bool, known);
        QFETCH(quint32, bits);
        const auto found = scheduleSlots(schedule);
        QCOMPARE(found.has_value(), known);
        if (known)
            QCOMPARE(found->bits(), bits);
    }

    void languagesOfAnOpportunity()
    {
        Opportunity o = garden();
        QCOMPARE(opportunityLanguages(o), QStringList{u"nl"_s});     // nothing said: Dutch
        o.description = u"Je helpt met plannen, wiskunde of Engels."_s;
        QCOMPARE(opportunityLanguages(o), QStringList{u"en"_s});
        o.languageLevel = u"B1"_s;
        QCOMPARE(opportunityLanguages(o), (QStringList{u"nl"_s, u"en"_s}));
    }

    void consentDecidesWhoAppears()
    {
        Candidate given = candidate(u"Fatima"_s, u"Bakker"_s, {consent(u"matching"_s)});
        Candidate withdrawn = candidate(u"Piet"_s, u"Jansen"_s, {consent(u"matching"_s, true)});
        Candidate never = candidate(u"Ayse"_s, u"Demir"_s, {consent(u"contact"_s), consent(u"share-partner"_s)});
        for (Candidate *c : {&given, &withdrawn, &never}) {
            c->person.interests = {u"tuin"_s};
            c->person.neighbourhoods = {u"wielewaal"_s};
        }
        const auto matches = matchCandidates(garden(), {given, withdrawn, never});
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().person.id, u"fatima"_s);

        // Given again after a withdrawal: the tenant is back.
        withdrawn.consents.append(consent(u"matching"_s));
        QCOMPARE(matchCandidates(garden(), {withdrawn}).size(), 1);
    }

    void rankedByFit()
    {
        Candidate all = candidate(u"Anna"_s, u"Zwart"_s, {consent(u"matching"_s)});
        all.person.interests = {u"tuin"_s, u"koken"_s};
        all.person.availability = grid({{1, PartOfDay::Morning}});
        all.person.neighbourhoods = {u"wielewaal"_s};
        all.person.languages = {u"nl"_s};
        Candidate nearby = candidate(u"Bram"_s, u"Aalders"_s, {consent(u"matching"_s)});
        nearby.person.neighbourhoods = {u"wielewaal"_s};
        nearby.person.availability = grid({{3, PartOfDay::Evening}});     // not on Tuesday morning
        Candidate onlyLanguage = candidate(u"Chris"_s, u"Claes"_s, {consent(u"matching"_s)});
        onlyLanguage.person.languages = {u"nl"_s};
        Candidate signedUp = all;
        signedUp.person.id = u"daan"_s;
        signedUp.person.familyName = u"Aa"_s;
        signedUp.signedUp = true;

        const auto matches = matchCandidates(garden(), {nearby, signedUp, onlyLanguage, all});
        QCOMPARE(matches.size(), 3);                // a shared language alone proposes nobody
        QCOMPARE(matches.at(0).person.id, u"anna"_s);
        QCOMPARE(matches.at(0).interests, QStringList{u"tuin"_s});
        QVERIFY(matches.at(0).freeSlots.contains(1, PartOfDay::Morning));
        QVERIFY(matches.at(0).neighbourhood);
        QCOMPARE(matches.at(1).person.id, u"bram"_s);
        QVERIFY(matches.at(1).freeSlots.isEmpty());
        QCOMPARE(matches.at(2).person.id, u"daan"_s);   // the best fit, but already signed up: last
        QVERIFY(matches.at(2).signedUp);
    }

    void reasonInWords()
    {
        Candidate c = candidate(u"Anna"_s, u"Zwart"_s, {consent(u"matching"_s)});
        c.person.interests = {u"tuin"_s};
        c.person.availability = grid({{1, PartOfDay::Morning}});
        c.person.neighbourhoods = {u"wielewaal"_s};
        c.person.languages = {u"tr"_s, u"nl"_s};
        const auto matches = matchCandidates(garden(), {c});
        QCOMPARE(matches.size(), 1);
        const auto label = [](const QString &key) { return key == u"tuin" ? u"Tuin en groen"_s : key; };
        QCOMPARE(candidateReason(matches.first(), u"Wielewaal"_s, label),
                 u"Interesse: Tuin en groen · Beschikbaar: dinsdagochtend · Woont in Wielewaal · Spreekt Nederlands"_s);

        // Many free slots: the first three and how many more; no day in the schedule: in overleg.
        Opportunity weekdays = garden();
        weekdays.schedule = u"Maandag tot en met vrijdag 9:00–16:00"_s;
        c.person.availability = Availability(0x1FFFFF);
        c.person.languages.clear();
        c.person.neighbourhoods = {u"kanaleneiland"_s};
        QCOMPARE(candidateReason(matchCandidates(weekdays, {c}).first(), QString(), label),
                 u"Interesse: Tuin en groen · Beschikbaar: maandagochtend, maandagmiddag, dinsdagochtend en nog 7 dagdelen"_s);
        weekdays.schedule = u"Tijd in overleg"_s;
        QCOMPARE(candidateReason(matchCandidates(weekdays, {c}).first(), QString(), label),
                 u"Interesse: Tuin en groen · Tijden in overleg"_s);
    }
};

QTEST_GUILESS_MAIN(TestCandidateMatch)
#include "tst_candidatematch.moc"
