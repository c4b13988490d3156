// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/goals.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// A goal's progress, straight line, forecast and status (Meedoen::computeGoalProgress): the
// one computation the server and the staff tablet share, with answers worked out by hand.
class TestGoals : public QObject
{
    Q_OBJECT

    GoalFacts m_facts{
        {{u"tuin"_s, u"Moestuin"_s, u"volunteer"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"wonen"_s, 0, 0, 0},
         {u"buurtkamer"_s, u"Buurtkamer"_s, u"self-management"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"wonen"_s, 0, 0, 0},
         {u"stage"_s, u"Stage"_s, u"training"_s, u"open"_s, u"site-a"_s, u"wielewaal"_s, u"werken"_s, 1, 1, 0},
         {u"koffie"_s, u"Koffie"_s, u"volunteer"_s, u"open"_s, u"site-b"_s, u"heuvel"_s, u"wonen"_s, 0, 0, 0}},
        {{u"p1"_s, u"tuin"_s, u"2025-12-31"_s, 240},        // before the period
         {u"p1"_s, u"tuin"_s, u"2026-01-10"_s, 120},
         {u"p1"_s, u"tuin"_s, u"2026-02-03"_s, 60},
         {u"p2"_s, u"buurtkamer"_s, u"2026-02-14"_s, 180},
         {u"p2"_s, u"buurtkamer"_s, u"2026-03-01"_s, 30},
         {u"p3"_s, u"tuin"_s, u"2026-03-20"_s, 0},           // corrected to nothing
         {u"p3"_s, u"koffie"_s, u"2026-03-05"_s, 600}},      // another neighbourhood
        {{u"stage"_s, u"started"_s, u"2025-11-01"_s},
         {u"stage"_s, u"started"_s, u"2026-02-01"_s},
         {u"stage"_s, u"completed"_s, u"2026-03-15"_s}},
        {{u"p1"_s, 60}, {u"p2"_s, 120}, {u"p3"_s, 0}},
        {}};

    static Goal goal(GoalMeasure measure, int target, const QString &route = u"wonen"_s,
                     GoalPeriod period = GoalPeriod::Year, QDate start = QDate(2026, 1, 1))
    {
        Goal g;
        g.id = u"g1"_s;
        g.site = u"site-a"_s;
        g.neighbourhood = u"wielewaal"_s;
        g.route = route;
        g.period = period;
        g.start = start;
        g.measure = measure;
        g.target = target;
        return g;
    }

private Q_SLOTS:
    void keys()
    {
        for (GoalMeasure m : allGoalMeasures())
            QCOMPARE(goalMeasureFromKey(toKey(m)), m);
        QCOMPARE(toKey(GoalMeasure::AgreementsMet), u"agreements-met"_s);
        QCOMPARE(goalPeriodFromKey(u"quarter"), GoalPeriod::Quarter);
        QCOMPARE(toKey(GoalStatus::OnTrack), u"on-track"_s);
        QVERIFY(!goalMeasureFromKey(u"volunteers"));
        // Moves up a rung are counted from the trajectories' steps.
        QVERIFY(isGoalMeasureCounted(GoalMeasure::RungMoves));
        QVERIFY(isGoalMeasureCounted(GoalMeasure::TrainingCompleted));
    }

    // Tenants of the goal's site and neighbourhood who moved up a rung on its route, from the
    // period's start to each month's end (core/trajectory.h's definition): Anna from 3 (before
    // the period) to 4 in March; Bram measured at 2 in February and at 3 in May; Cor went down;
    // Dewi moved up at another site; Eva on another route.
    void rungMoves()
    {
        const auto step = [](const char *person, int rung, QDate date, const QString &site = u"site-a"_s,
                             const QString &route = u"werken"_s) {
            return TrajectoryStep{QString::fromLatin1(person) + date.toString(Qt::ISODate), QString::fromLatin1(person),
                                  route, rung, date, {}, u"staff"_s, u"wielewaal"_s, date.startOfDay(Qt::UTC), site};
        };
        GoalFacts facts = m_facts;
        facts.steps = {step("anna", 3, QDate(2025, 12, 1)), step("anna", 4, QDate(2026, 3, 10)),
                       step("bram", 2, QDate(2026, 2, 1)),  step("bram", 3, QDate(2026, 5, 5)),
                       step("cor", 4, QDate(2025, 11, 1)),  step("cor", 3, QDate(2026, 4, 2)),
                       step("dewi", 1, QDate(2025, 10, 1), u"site-b"_s), step("dewi", 3, QDate(2026, 2, 2), u"site-b"_s),
                       step("eva", 2, QDate(2025, 10, 1), u"site-a"_s, u"leren"_s),
                       step("eva", 3, QDate(2026, 2, 2), u"site-a"_s, u"leren"_s)};
        const GoalProgress p = computeGoalProgress(goal(GoalMeasure::RungMoves, 4, u"werken"_s), facts, QDate(2026, 6, 15));
        QList<double> values;
        for (const GoalPoint &point : p.points)
            values.append(point.value);
        QCOMPARE(values, (QList<double>{0, 0, 1, 1, 2, 2}));
        QCOMPARE(p.value, 2.0);
        // Every route: Eva's move on leren counts too.
        QCOMPARE(computeGoalProgress(goal(GoalMeasure::RungMoves, 4, {}), facts, QDate(2026, 6, 15)).value, 3.0);
    }

    void periods()
    {
        QCOMPARE(goal(GoalMeasure::Hours, 1).end(), QDate(2026, 12, 31));
        QCOMPARE(goal(GoalMeasure::Hours, 1).days(), 365);
        QCOMPARE(goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Year, QDate(2024, 1, 1)).days(), 366);
        const Goal q1 = goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Quarter);
        QCOMPARE(q1.end(), QDate(2026, 3, 31));
        QCOMPARE(q1.days(), 90);
        QCOMPARE(goalElapsed(q1, QDate(2025, 12, 31)), 0.0);
        QCOMPARE(goalElapsed(q1, QDate(2026, 1, 1)), 1.0 / 90);
        QCOMPARE(goalElapsed(q1, QDate(2026, 3, 31)), 1.0);
        QCOMPARE(goalElapsed(q1, QDate(2027, 1, 1)), 1.0);
    }

    void check_data()
    {
        QTest::addColumn<Goal>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("fine") << goal(GoalMeasure::Hours, 100) << QString() << QString();
        QTest::newRow("every route") << goal(GoalMeasure::Hours, 100, {}) << QString() << QString();
        QTest::newRow("quarter in April") << goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Quarter, QDate(2026, 4, 1))
                                          << QString() << QString();
        QTest::newRow("target 0") << goal(GoalMeasure::Hours, 0) << QString() << QString();
        Goal noNeighbourhood = goal(GoalMeasure::Hours, 1);
        noNeighbourhood.neighbourhood = u"  "_s;
        QTest::newRow("no neighbourhood") << noNeighbourhood << u"goal.neighbourhood.required"_s << u"neighbourhood"_s;
        QTest::newRow("unknown route") << goal(GoalMeasure::Hours, 1, u"sport"_s) << u"goal.route.unknown"_s << u"route"_s;
        QTest::newRow("year in February") << goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Year, QDate(2026, 2, 1))
                                          << u"goal.start.year"_s << u"start"_s;
        QTest::newRow("year on the 2nd") << goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Year, QDate(2026, 1, 2))
                                         << u"goal.start.year"_s << u"start"_s;
        QTest::newRow("quarter in February") << goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Quarter, QDate(2026, 2, 1))
                                             << u"goal.start.quarter"_s << u"start"_s;
        QTest::newRow("no start") << goal(GoalMeasure::Hours, 1, {}, GoalPeriod::Year, QDate()) << u"goal.start.year"_s
                                  << u"start"_s;
        QTest::newRow("negative") << goal(GoalMeasure::Hours, -1) << u"goal.target.range"_s << u"target"_s;
        QTest::newRow("too many") << goal(GoalMeasure::Hours, kMaxGoalTarget + 1) << u"goal.target.range"_s << u"target"_s;
        QTest::newRow("rung moves") << goal(GoalMeasure::RungMoves, 5) << QString() << QString();
    }

    void check()
    {
        QFETCH(Goal, input);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto error = checkGoal(input);
        QCOMPARE(error ? error->code : QString(), code);
        QCOMPARE(error ? error->field : QString(), field);
        if (error)
            QVERIFY(!error->message.isEmpty());
    }

    // Hours in wielewaal × wonen in 2026, on 31 March (day 90 of 365): 2 h in January,
    // 1 + 3 in February, 0.5 in March; not December's 4 h, not the zero entry, not koffie.
    void hoursBehind()
    {
        const GoalProgress p = computeGoalProgress(goal(GoalMeasure::Hours, 100), m_facts, QDate(2026, 3, 31));
        QCOMPARE(p.points.size(), 3);
        QCOMPARE(p.points.at(0), (GoalPoint{QDate(2026, 1, 31), 2.0, 100.0 * 31 / 365}));
        QCOMPARE(p.points.at(1), (GoalPoint{QDate(2026, 2, 28), 6.0, 100.0 * 59 / 365}));
        QCOMPARE(p.points.at(2), (GoalPoint{QDate(2026, 3, 31), 6.5, 100.0 * 90 / 365}));
        QCOMPARE(p.value, 6.5);
        QCOMPARE(p.planned, 100.0 * 90 / 365);            // 24.66
        QCOMPARE(p.forecast, 6.5 * 365 / 90);              // 26.36 h by 31 December
        QCOMPARE(p.status, GoalStatus::Behind);
    }

    // Today's month ends today: the last point is today's.
    void pointsEndToday()
    {
        const GoalProgress p = computeGoalProgress(goal(GoalMeasure::Hours, 100), m_facts, QDate(2026, 2, 10));
        QCOMPARE(p.points.size(), 2);
        QCOMPARE(p.points.at(1).date, QDate(2026, 2, 10));
        QCOMPARE(p.points.at(1).value, 3.0);               // 2 h + 1 h on 3 February
        QCOMPARE(p.forecast, 3.0 * 365 / 41);
    }

    void counts_data()
    {
        QTest::addColumn<int>("measure");
        QTest::addColumn<QList<double>>("values");
        // Per month end, January to March.
        QTest::newRow("volunteers") << int(GoalMeasure::ActiveVolunteers) << QList<double>{1, 2, 2};
        QTest::newRow("zelfbeheer") << int(GoalMeasure::ZelfbeheerRunning) << QList<double>{0, 1, 1};
        // p1: 120 ≥ 60 in January, 60 ≥ 60 in February; p2: 180 ≥ 120 in February, 30 in March.
        QTest::newRow("agreements") << int(GoalMeasure::AgreementsMet) << QList<double>{1, 3, 3};
    }

    void counts()
    {
        QFETCH(int, measure);
        QFETCH(QList<double>, values);
        const GoalProgress p = computeGoalProgress(goal(GoalMeasure(measure), 8), m_facts, QDate(2026, 3, 31));
        QList<double> shown;
        for (const GoalPoint &point : p.points)
            shown.append(point.value);
        QCOMPARE(shown, values);
    }

    // 8 volunteers by December: the line is at 1.97 on 31 March, 2 is within 10 %; for 5 it
    // is at 1.23, and 2 is ahead.
    void onTrackAndAhead()
    {
        QCOMPARE(computeGoalProgress(goal(GoalMeasure::ActiveVolunteers, 8), m_facts, QDate(2026, 3, 31)).status,
                 GoalStatus::OnTrack);
        const GoalProgress ahead = computeGoalProgress(goal(GoalMeasure::ActiveVolunteers, 5), m_facts, QDate(2026, 3, 31));
        QCOMPARE(ahead.status, GoalStatus::Ahead);
        QCOMPARE(ahead.forecast, 2.0 * 365 / 90);
    }

    // A quarter, training places on the werken route: reached before the end, behind on its
    // last day, missed the day after, not started before it.
    void quarter()
    {
        const Goal started = goal(GoalMeasure::TrainingStarted, 1, u"werken"_s, GoalPeriod::Quarter);
        const GoalProgress reached = computeGoalProgress(started, m_facts, QDate(2026, 2, 15));
        QCOMPARE(reached.status, GoalStatus::Reached);
        QCOMPARE(reached.value, 1.0);                      // not November's
        QCOMPARE(reached.planned, 46.0 / 90);
        QCOMPARE(reached.forecast, 90.0 / 46);

        const Goal completed = goal(GoalMeasure::TrainingCompleted, 2, u"werken"_s, GoalPeriod::Quarter);
        const GoalProgress lastDay = computeGoalProgress(completed, m_facts, QDate(2026, 3, 31));
        QCOMPARE(lastDay.status, GoalStatus::Behind);
        QCOMPARE(lastDay.planned, 2.0);
        QCOMPARE(lastDay.forecast, 1.0);

        const GoalProgress after = computeGoalProgress(completed, m_facts, QDate(2026, 6, 1));
        QCOMPARE(after.status, GoalStatus::Missed);
        QCOMPARE(after.points.size(), 3);                  // January to March, nothing after the end
        QCOMPARE(after.points.last().date, QDate(2026, 3, 31));
        QCOMPARE(after.value, 1.0);
        QCOMPARE(after.forecast, 1.0);                     // the end is known
        QCOMPARE(after.planned, 2.0);

        const Goal second = goal(GoalMeasure::TrainingCompleted, 2, u"werken"_s, GoalPeriod::Quarter, QDate(2026, 4, 1));
        const GoalProgress before = computeGoalProgress(second, m_facts, QDate(2026, 3, 31));
        QCOMPARE(before.status, GoalStatus::NotStarted);
        QVERIFY(before.points.isEmpty());
        QCOMPARE(before.value, 0.0);
        QCOMPARE(before.forecast, 0.0);
    }

    // Nothing to reach: reached from the first day, with a line flat at 0.
    void targetZero()
    {
        const GoalProgress p = computeGoalProgress(goal(GoalMeasure::Hours, 0), m_facts, QDate(2026, 1, 1));
        QCOMPARE(p.status, GoalStatus::Reached);
        QCOMPARE(p.planned, 0.0);
        QCOMPARE(p.value, 0.0);
        QCOMPARE(p.forecast, 0.0);
        QCOMPARE(p.points.size(), 1);
    }

    // Every route of the neighbourhood: tuin and buurtkamer (wonen) and stage (werken, no hours).
    void everyRouteAndOrder()
    {
        Goal every = goal(GoalMeasure::Hours, 10, {});
        every.id = u"g0"_s;
        QCOMPARE(computeGoalProgress(every, m_facts, QDate(2026, 12, 31)).value, 6.5);
        const auto list = computeGoalsProgress({goal(GoalMeasure::Hours, 10), every}, m_facts, QDate(2026, 3, 31));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).goal.id, u"g0"_s);             // no route sorts first
        ResultsFilter werken;
        werken.route = u"werken"_s;
        QVERIFY(goalInFilter(every, werken));              // a goal for every route shows under each
        QVERIFY(!goalInFilter(goal(GoalMeasure::Hours, 1), werken));
        ResultsFilter elsewhere;
        elsewhere.sites = {u"site-b"_s};
        QVERIFY(!goalInFilter(every, elsewhere));
    }
};

QTEST_GUILESS_MAIN(TestGoals)
#include "tst_goals.moc"
