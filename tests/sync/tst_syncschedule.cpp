// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The retry schedule with an injected clock and randomness: exponential backoff with
// jitter, and never more than 6 attempts in any minute whatever triggers the client.

#include "sync/syncschedule.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsWithJitter_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("delays");
        // Full jitter in [base, min(cap, base·2^(n-1))], base 2 s, cap 5 min.
        QTest::newRow("lowest") << 0.0 << QList<qint64>{2000, 2000, 2000, 2000};
        QTest::newRow("highest") << 0.999999 << QList<qint64>{2000, 3999, 7999, 15999};
        QTest::newRow("half") << 0.5 << QList<qint64>{2000, 3000, 5000, 9000};
    }
    void backoffGrowsWithJitter()
    {
        QFETCH(double, random);
        QFETCH(QList<qint64>, delays);
        QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        SyncSchedule::Policy policy;
        policy.maxAttempts = 1000; // only the backoff here
        SyncSchedule schedule(policy, [&] { return now; }, [&] { return random; });
        QCOMPARE(schedule.delayUntilNextAttempt(), 0);
        for (qint64 expected : delays) {
            schedule.recordAttempt();
            schedule.recordFailure();
            QCOMPARE(schedule.delayUntilNextAttempt(), expected);
            now = now.addMSecs(expected);
            QCOMPARE(schedule.delayUntilNextAttempt(), 0);
        }
        schedule.recordSuccess();
        QCOMPARE(schedule.delayUntilNextAttempt(), 0);
    }

    void capAndRetryAfter()
    {
        QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        SyncSchedule schedule({}, [&] { return now; }, [] { return 0.999999; });
        for (int i = 0; i < 40; ++i)
            schedule.recordFailure();
        QVERIFY(schedule.delayUntilNextAttempt() <= 5 * 60 * 1000);
        QVERIFY(schedule.delayUntilNextAttempt() > 4 * 60 * 1000);
        schedule.resetBackoff(); // the network came back
        QCOMPARE(schedule.delayUntilNextAttempt(), 0);
        schedule.recordFailure(120000); // 429 with Retry-After: 120
        QCOMPARE(schedule.delayUntilNextAttempt(), 120000);
    }

    // Whatever calls come in (a save every second, the network flapping), a failing
    // client starts at most 6 attempts in any 60-second window.
    void neverMoreThanSixAMinute_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<bool>("networkFlaps");
        QTest::newRow("no jitter") << 0.0 << false;
        QTest::newRow("jitter") << 0.37 << false;
        QTest::newRow("network flapping") << 0.0 << true;
    }
    void neverMoreThanSixAMinute()
    {
        QFETCH(double, random);
        QFETCH(bool, networkFlaps);
        QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        SyncSchedule schedule({}, [&] { return now; }, [&] { return random; });
        QList<QDateTime> starts;
        for (int second = 0; second < 30 * 60; ++second) {
            if (networkFlaps && second % 7 == 0)
                schedule.resetBackoff();
            if (schedule.delayUntilNextAttempt() == 0) { // a trigger every second
                schedule.recordAttempt();
                starts.append(now);
                schedule.recordFailure();
            }
            now = now.addSecs(1);
        }
        QVERIFY(starts.size() > 6);
        for (qsizetype i = 6; i < starts.size(); ++i)
            QVERIFY2(starts.at(i - 6).secsTo(starts.at(i)) >= 60, "seven attempts within one minute");
        if (networkFlaps)
            QVERIFY(starts.size() >= 6 * 29); // the window, not the backoff, limits it
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_syncschedule.moc"
