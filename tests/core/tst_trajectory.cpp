// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trajectory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

// The ladder figures the server and the offline tablet share: who moved up, stayed or went
// down in a period, per neighbourhood and route, with known answers.
class TestTrajectory : public QObject
{
    Q_OBJECT

    static TrajectoryStep step(const QString &person, const QString &route, int rung, const QString &date,
                               const QString &neighbourhood = u"wielewaal"_s)
    {
        return {u"id-%1-%2-%3"_s.arg(person, route, date), person, route, rung, QDate::fromString(date, Qt::ISODate),
                {}, u"staff-1"_s, neighbourhood, {}, {}};
    }

    // Q1 2027 is the period: 2027-01-01 .. 2027-03-31.
    const QDate m_from{2027, 1, 1};
    const QDate m_to{2027, 3, 31};
    const QList<TrajectoryStep> m_steps{
        // up: measured at 2 in 2026, at 4 in the period
        step(u"ayse"_s, u"werken"_s, 2, u"2026-10-01"_s), step(u"ayse"_s, u"werken"_s, 4, u"2027-02-10"_s),
        // stable: 3 before, 3 in the period
        step(u"bram"_s, u"werken"_s, 3, u"2026-09-15"_s), step(u"bram"_s, u"werken"_s, 3, u"2027-03-01"_s),
        // down: 5 before, 4 at the end although 6 in between (the end counts)
        step(u"cora"_s, u"werken"_s, 5, u"2026-12-31"_s), step(u"cora"_s, u"werken"_s, 6, u"2027-01-15"_s),
        step(u"cora"_s, u"werken"_s, 4, u"2027-03-31"_s),
        // up within the period only (first measurement in it is the baseline)
        step(u"dirk"_s, u"leren"_s, 1, u"2027-01-05"_s, u"heuvel"_s),
        step(u"dirk"_s, u"leren"_s, 3, u"2027-03-05"_s, u"heuvel"_s),
        // not counted: only one measurement ever, in the period
        step(u"eva"_s, u"werken"_s, 2, u"2027-02-01"_s),
        // not counted: nothing in the period
        step(u"fien"_s, u"werken"_s, 2, u"2026-06-01"_s), step(u"fien"_s, u"werken"_s, 4, u"2027-04-01"_s),
        // ayse also on leren: up there too, moved-up counts her once
        step(u"ayse"_s, u"leren"_s, 3, u"2026-11-01"_s), step(u"ayse"_s, u"leren"_s, 5, u"2027-01-20"_s),
        // moved house: the neighbourhood at the end counts
        step(u"gijs"_s, u"werken"_s, 4, u"2026-08-01"_s, u"heuvel"_s), step(u"gijs"_s, u"werken"_s, 3, u"2027-02-02"_s),
    };

private Q_SLOTS:
    void participatieladderIsTheDefault()
    {
        const QList<Ladder> ladders = participatieLadders();
        QCOMPARE(ladders.size(), 4);
        QVERIFY(ladderProblem(ladders).isEmpty());
        const Ladder *werken = ladderFor(ladders, u"werken");
        QVERIFY(werken);
        QCOMPARE(werken->top(), 6);
        QCOMPARE(werken->rung(1)->title, u"Geïsoleerd"_s);
        QCOMPARE(werken->rung(4)->title, u"Onbetaald werk (vrijwilligerswerk, stage)"_s);
        QCOMPARE(werken->rung(6)->title, u"Betaald werk"_s);
        QVERIFY(!werken->rung(7));
        QCOMPARE(ladderPlainText(*werken->rung(6)), u"Je hebt betaald werk."_s);
        QVERIFY(!ladderFor(ladders, u"sport"));
    }

    void badLaddersAreNamed()
    {
        QList<Ladder> l = participatieLadders();
        l[0].rungs.removeAt(2);
        QVERIFY(ladderProblem(l).contains(u"numbered"_s));
        l = participatieLadders();
        l.append(l.first());
        QVERIFY(ladderProblem(l).contains(u"twice"_s));
        l = {{u"sport"_s, participatieLadders().first().rungs}};
        QVERIFY(ladderProblem(l).contains(u"unknown route"_s));
        l = {{u"werken"_s, {{1, u"Alleen"_s, {}}}}};
        QVERIFY(ladderProblem(l).contains(u"between 2"_s));
        l = {{u"werken"_s, {{1, u"Een"_s, {}}, {2, u" "_s, {}}}}};
        QVERIFY(ladderProblem(l).contains(u"no title"_s));
    }

    void movesPerNeighbourhoodAndRoute()
    {
        const QList<LadderMoves> rows = ladderMoves(m_steps, m_from, m_to);
        // heuvel/leren: dirk up; wielewaal/leren: ayse up; wielewaal/werken: ayse up, bram
        // stable, cora down and gijs down (he lives in wielewaal now: the last step's counts).
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (LadderMoves{u"heuvel"_s, u"leren"_s, 1, 0, 0}));
        QCOMPARE(rows.at(1), (LadderMoves{u"wielewaal"_s, u"leren"_s, 1, 0, 0}));
        QCOMPARE(rows.at(2), (LadderMoves{u"wielewaal"_s, u"werken"_s, 1, 1, 2}));
        const LadderMoves total = totalMoves(rows);
        QCOMPARE(total.up, 3);
        QCOMPARE(total.stable, 1);
        QCOMPARE(total.down, 2);
    }

    void filters()
    {
        QCOMPARE(ladderMoves(m_steps, m_from, m_to, u"heuvel"_s).size(), 1);
        QCOMPARE(ladderMoves(m_steps, m_from, m_to, {}, u"leren"_s).size(), 2);
        QCOMPARE(ladderMoves(m_steps, m_from, m_to, u"wielewaal"_s, u"werken"_s),
                 (QList<LadderMoves>{{u"wielewaal"_s, u"werken"_s, 1, 1, 2}}));
        // A period with nothing measured twice counts nothing.
        QVERIFY(ladderMoves(m_steps, {2025, 1, 1}, {2025, 12, 31}).isEmpty());
        // Fien's second measurement falls in Q2: there she moved up.
        QCOMPARE(ladderMoves(m_steps, {2027, 4, 1}, {2027, 6, 30}),
                 (QList<LadderMoves>{{u"wielewaal"_s, u"werken"_s, 1, 0, 0}}));
    }

    void resultsFilterMonthsAndSites()
    {
        QList<TrajectoryStep> steps = m_steps;
        for (TrajectoryStep &s : steps)
            s.site = s.personId == u"bram"_s ? u"site-b"_s : u"site-a"_s;
        ResultsFilter f{QString(), u"2027-01"_s, u"2027-03"_s};
        QCOMPARE(ladderMovesFor(steps, f), ladderMoves(steps, m_from, m_to));
        f.site = u"site-b"_s;
        QCOMPARE(ladderMovesFor(steps, f), (QList<LadderMoves>{{u"wielewaal"_s, u"werken"_s, 0, 1, 0}}));
        f.site.clear();
        f.sites = {u"site-a"_s};
        f.route = u"werken"_s;
        QCOMPARE(ladderMovesFor(steps, f),
                 (QList<LadderMoves>{{u"wielewaal"_s, u"werken"_s, 1, 0, 2}}));
        // March alone: cora went down (6 in January is the baseline before March), dirk up, bram stable.
        const ResultsFilter march{QString(), u"2027-03"_s, u"2027-03"_s};
        QCOMPARE(totalMoves(ladderMovesFor(steps, march)), (LadderMoves{{}, {}, 1, 1, 1}));
    }

    void movedUpIsTheSameDefinition()
    {
        // ayse moved up on two routes: one tenant.
        QCOMPARE(tenantsMovedUp(m_steps, m_from, m_to), 2);
        QCOMPARE(tenantsMovedUp(m_steps, m_from, m_to, u"wielewaal"_s), 1);
        QCOMPARE(tenantsMovedUp(m_steps, m_from, m_to, u"heuvel"_s, u"leren"_s), 1);
        QCOMPARE(tenantsMovedUp(m_steps, m_from, m_to, u"heuvel"_s, u"werken"_s), 0);
        for (const LadderMoves &row : ladderMoves(m_steps, m_from, m_to))
            QCOMPARE(tenantsMovedUp(m_steps, m_from, m_to, row.neighbourhood, row.route), row.up);
    }

    void sameDayStepsKeepTheirOrder()
    {
        TrajectoryStep a = step(u"h"_s, u"werken"_s, 2, u"2027-01-10"_s);
        TrajectoryStep b = step(u"h"_s, u"werken"_s, 3, u"2027-01-10"_s);
        a.id = u"z"_s;
        b.id = u"a"_s;
        a.recordedAt = QDateTime(QDate(2027, 1, 10), QTime(9, 0), Qt::UTC);
        b.recordedAt = QDateTime(QDate(2027, 1, 10), QTime(10, 0), Qt::UTC);
        // Recorded at 9:00 on 2, corrected to 3 at 10:00: up.
        QCOMPARE(tenantsMovedUp({b, a}, m_from, m_to), 1);
    }

    void measurementOlderThanSixMonthsIsDue()
    {
        const QList<MeasurementDue> due = measurementsDue(m_steps, {2027, 4, 2});
        // Every route was measured after 2026-10-02 (bram's 2026-09-15 is followed by 2027-03-01).
        QVERIFY(due.isEmpty());
        const QList<MeasurementDue> later = measurementsDue(m_steps, {2027, 8, 3});
        // Last measured before 2027-02-03: ayse/leren, eva, gijs; oldest first.
        QCOMPARE(later.size(), 3);
        QCOMPARE(later.at(0), (MeasurementDue{u"ayse"_s, u"leren"_s, {2027, 1, 20}}));
        QCOMPARE(later.at(1), (MeasurementDue{u"eva"_s, u"werken"_s, {2027, 2, 1}}));
        QCOMPARE(later.at(2), (MeasurementDue{u"gijs"_s, u"werken"_s, {2027, 2, 2}}));
    }

    void outcomesProposeAStepUp()
    {
        const Ladder werken = *ladderFor(participatieLadders(), u"werken");
        QCOMPARE(proposedRung(werken, 0, StepCause::PlacementStarted), std::optional<int>(4));
        QCOMPARE(proposedRung(werken, 2, StepCause::VolunteerConfirmed), std::optional<int>(4));
        QCOMPARE(proposedRung(werken, 4, StepCause::PlacementStarted), std::nullopt);
        QCOMPARE(proposedRung(werken, 4, StepCause::PlacementCompleted), std::optional<int>(5));
        QCOMPARE(proposedRung(werken, 3, StepCause::PlacementCompleted), std::optional<int>(4));
        QCOMPARE(proposedRung(werken, 6, StepCause::PlacementCompleted), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTrajectory)
#include "tst_trajectory.moc"
