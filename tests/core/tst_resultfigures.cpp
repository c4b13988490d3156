// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resultfigures.h"
#include "protocol/resultswire.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// The one set of results definitions the server and the staff tablet share
// (Meedoen::computeResults), with known answers; and its JSON there and back.
class TestResultFigures : public QObject
{
    Q_OBJECT

    const QList<ResultsOpportunity> m_opportunities{
        {u"tuin"_s, u"Moestuin"_s, u"volunteer"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"wonen"_s, 4, 3, 0},
        {u"stage"_s, u"Stage"_s, u"training"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"werken"_s, 1, 1, 2},
        {u"koffie"_s, u"Koffie"_s, u"volunteer"_s, u"paused"_s, u"site-b"_s, u"heuvel"_s, u"wonen"_s, 0, 5, 0}};
    const QList<ResultsHours> m_hours{
        {u"p1"_s, u"tuin"_s, u"2026-10-05"_s, 120},  {u"p1"_s, u"stage"_s, u"2026-10-06"_s, 60},
        {u"p2"_s, u"tuin"_s, u"2026-10-12"_s, 90},   {u"p3"_s, u"tuin"_s, u"2026-11-20"_s, 0},  // corrected to nothing
        {u"p3"_s, u"koffie"_s, u"2026-11-03"_s, 30}, {u"p9"_s, u"gone"_s, u"2026-11-03"_s, 600}}; // unknown opportunity
    const QList<ResultsPlacement> m_placements{{u"stage"_s, u"started"_s, u"2026-09-01"_s},
                                               {u"stage"_s, u"completed"_s, u"2026-11-15"_s},
                                               {u"stage"_s, u"dropped-out"_s, u"2026-11-16"_s},
                                               {u"stage"_s, u"paused"_s, u"2026-11-17"_s}};

private Q_SLOTS:
    void everything()
    {
        const Results r = computeResults(m_opportunities, m_hours, m_placements, {});
        QCOMPARE(r.total.minutes, 300);
        QCOMPARE(r.total.activeVolunteers, 3);          // p1, p2, p3 (p3 by koffie only)
        QCOMPARE(r.total.trainingStarted, 1);
        QCOMPARE(r.total.trainingCompleted, 1);
        QCOMPARE(r.total.trainingDroppedOut, 1);        // an unknown kind counts nothing
        // Per row: October has two rows (tuin: wonen, stage: werken); p1 is in both.
        QCOMPARE(r.months.size(), 5);
        QCOMPARE(r.months.at(0).month, u"2026-09"_s);
        QCOMPARE(r.months.at(0).minutes, 0);
        QCOMPARE(r.months.at(0).trainingStarted, 1);
        QCOMPARE(r.months.at(1).route, u"werken"_s);
        QCOMPARE(r.months.at(1).activeVolunteers, 1);
        QCOMPARE(r.months.at(2).route, u"wonen"_s);
        QCOMPARE(r.months.at(2).activeVolunteers, 2);
        QCOMPARE(r.months.at(2).minutes, 210);
        // The trend counts a person once per month, whatever they did.
        QCOMPARE(r.trend.size(), 3);
        QCOMPARE(r.trend.at(1).month, u"2026-10"_s);
        QCOMPARE(r.trend.at(1).activeVolunteers, 2);
        QCOMPARE(r.trend.at(1).minutes, 270);
        QCOMPARE(r.trend.at(2).activeVolunteers, 1);    // p3's zero-minute entry does not make them active
        // Opportunities by title; fill rate, unlimited as -1.
        QCOMPARE(r.opportunities.size(), 3);
        QCOMPARE(r.opportunities.at(0).id, u"koffie"_s);
        QCOMPARE(r.opportunities.at(0).fillRate(), -1.0);
        QCOMPARE(r.opportunities.at(1).fillRate(), 0.75);
        QCOMPARE(r.opportunities.at(2).waitlistLength, 2);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<QString>("neighbourhood");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("volunteers");
        QTest::addColumn<int>("opportunities");
        QTest::newRow("site") << u"site-a"_s << QStringList() << QString() << QString() << QString() << QString() << 270 << 2 << 2;
        QTest::newRow("site wins over sites") << u"site-b"_s << QStringList{u"site-a"_s} << QString() << QString()
                                              << QString() << QString() << 30 << 1 << 1;
        QTest::newRow("my sites") << QString() << QStringList{u"site-b"_s} << QString() << QString() << QString()
                                  << QString() << 30 << 1 << 1;
        QTest::newRow("neighbourhood") << QString() << QStringList() << u"wielewaal"_s << QString() << QString()
                                       << QString() << 270 << 2 << 2;
        QTest::newRow("route") << QString() << QStringList() << QString() << u"werken"_s << QString() << QString()
                               << 60 << 1 << 1;
        QTest::newRow("months") << QString() << QStringList() << QString() << QString() << u"2026-11"_s << u"2026-11"_s
                                << 30 << 1 << 3;
        QTest::newRow("nothing") << u"site-z"_s << QStringList() << QString() << QString() << QString() << QString()
                                 << 0 << 0 << 0;
    }

    void filters()
    {
        QFETCH(QString, site);
        QFETCH(QStringList, sites);
        QFETCH(QString, neighbourhood);
        QFETCH(QString, route);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, minutes);
        QFETCH(int, volunteers);
        QFETCH(int, opportunities);
        ResultsFilter f;
        f.site = site;
        f.sites = sites;
        f.neighbourhood = neighbourhood;
        f.route = route;
        f.fromMonth = from;
        f.toMonth = to;
        const Results r = computeResults(m_opportunities, m_hours, m_placements, f);
        QCOMPARE(r.total.minutes, minutes);
        QCOMPARE(r.total.activeVolunteers, volunteers);
        QCOMPARE(r.opportunities.size(), opportunities);
    }

    void jsonThereAndBack()
    {
        const Results r = computeResults(m_opportunities, m_hours, m_placements, {});
        const QDateTime at(QDate(2026, 11, 28), QTime(9, 15), Qt::UTC);
        const QJsonObject json = Wire::resultsToJson(r, {}, at);
        QVERIFY(json.value(u"opportunities"_s)[0][u"fillRate"_s].isNull());
        const auto back = Wire::resultsFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->generatedAt, at);
        QCOMPARE(Wire::resultsToJson(back->results, {}, at), json);
        QVERIFY(!Wire::resultsFromJson({{u"months"_s, QJsonArray()}}));
    }

    void csvForTheCorporation()
    {
        ResultsFilter f;
        f.route = u"werken"_s;
        const QString csv = formatResultsCsv(computeResults(m_opportunities, m_hours, m_placements, f));
        QCOMPARE(csv, u"record,month,site,neighbourhood,route,opportunity,title,active_volunteers,hours,training_started,"
                      "training_completed,training_dropped_out,capacity,confirmed,waitlist_length,fill_rate\r\n"
                      "month,2026-09,site-a,wielewaal,werken,,,0,0.00,1,0,0,,,,\r\n"
                      "month,2026-10,site-a,wielewaal,werken,,,1,1.00,0,0,0,,,,\r\n"
                      "month,2026-11,site-a,wielewaal,werken,,,0,0.00,0,1,1,,,,\r\n"
                      "opportunity,,site-a,wielewaal,werken,stage,Stage,,,,,,1,1,2,1.000\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestResultFigures)
#include "tst_resultfigures.moc"
