// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attemptpolicy.h"

#include <QTest>

using namespace Meedoen;

class TestAttemptPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delay_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("free") << 2 << 0;
        QTest::newRow("first wait") << 3 << 1;
        QTest::newRow("doubles") << 4 << 2;
        QTest::newRow("doubles again") << 6 << 8;
        QTest::newRow("capped") << 40 << 900;
    }
    void delay()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(backoffDelaySeconds(kStaffLoginPolicy, failures), seconds);
    }

    void waitsThenAllows()
    {
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        const AttemptState state{4, t0, 4};
        const AttemptVerdict now = checkAttempt(kStaffLoginPolicy, state, t0);
        QCOMPARE(now.kind, AttemptVerdict::Wait);
        QCOMPARE(now.retryAfterSeconds, 2);
        QCOMPARE(checkAttempt(kStaffLoginPolicy, state, t0.addSecs(1)).retryAfterSeconds, 1);
        QCOMPARE(checkAttempt(kStaffLoginPolicy, state, t0.addSecs(2)).kind, AttemptVerdict::Allowed);
    }

    void locksAfterTooManyFailures()
    {
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QCOMPARE(checkAttempt(kStaffLoginPolicy, {9, t0, 9}, t0.addDays(1)).kind, AttemptVerdict::Allowed);
        // Locked for an hour after the tenth mistake, then the count starts again.
        const AttemptVerdict locked = checkAttempt(kStaffLoginPolicy, {10, t0, 10}, t0.addSecs(60));
        QCOMPARE(locked.kind, AttemptVerdict::Locked);
        QCOMPARE(locked.retryAfterSeconds, 3540);
        QCOMPARE(checkAttempt(kStaffLoginPolicy, {10, t0, 10}, t0.addSecs(3599)).kind, AttemptVerdict::Locked);
        QCOMPARE(checkAttempt(kStaffLoginPolicy, {10, t0, 10}, t0.addSecs(3600)).kind, AttemptVerdict::Allowed);
        QCOMPARE(failuresAfterMistake(kStaffLoginPolicy, 10), 1);
        QCOMPARE(failuresAfterMistake(kStaffLoginPolicy, 4), 5);
        // A lock without a duration holds until it is lifted.
        AttemptPolicy untilLifted = kStaffLoginPolicy;
        untilLifted.lockSeconds = 0;
        QCOMPARE(checkAttempt(untilLifted, {10, t0, 10}, t0.addDays(30)).kind, AttemptVerdict::Locked);
    }

    // A tablet's own wait grows to an hour and never locks: after the first lock-out it can
    // make fewer mistakes in the next hour than a lock needs (docs/security/signin.md).
    void deviceWaitOutlastsTheLock()
    {
        QCOMPARE(checkAttempt(kStaffDevicePolicy, {500, {}, 0}, QDateTime::currentDateTimeUtc()).kind,
                 AttemptVerdict::Allowed);
        QCOMPARE(backoffDelaySeconds(kStaffDevicePolicy, 40), 3600);
        int mistakes = 0;
        qint64 spent = 0;
        for (int failures = kStaffLoginPolicy.lockAfterFailures; spent < kStaffLoginPolicy.lockSeconds; ++failures) {
            spent += backoffDelaySeconds(kStaffDevicePolicy, failures);
            ++mistakes;
        }
        QVERIFY2(mistakes < kStaffLoginPolicy.lockAfterFailures, qPrintable(QString::number(mistakes)));
    }

    void pinNeverLocksButCapsPerHour()
    {
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QCOMPARE(checkAttempt(kStaffPinPolicy, {50, t0, 50}, t0.addSecs(900)).kind, AttemptVerdict::Allowed);
        QCOMPARE(checkAttempt(kStaffPinPolicy, {0, {}, 100}, t0).kind, AttemptVerdict::Wait);
    }

    // Identify (link, returning sign-up): five wrong dates of birth lock a personal code for
    // good, whatever the wait; a device waits after three, doubling up to an hour.
    void identifyCodeLocksAfterFive()
    {
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QCOMPARE(checkAttempt(kIdentifyCodePolicy, {4, t0, 0}, t0).kind, AttemptVerdict::Allowed);
        QCOMPARE(attemptsLeftBeforeLock(kIdentifyCodePolicy, 4), 1);
        QCOMPARE(checkAttempt(kIdentifyCodePolicy, {5, t0, 0}, t0).kind, AttemptVerdict::Locked);
        QCOMPARE(checkAttempt(kIdentifyCodePolicy, {5, t0, 0}, t0.addDays(365)).kind, AttemptVerdict::Locked);
        QCOMPARE(attemptsLeftBeforeLock(kIdentifyCodePolicy, 5), 0);
        QCOMPARE(attemptsLeftBeforeLock(kIdentifyCodePolicy, 0), 5);
        QCOMPARE(attemptsLeftBeforeLock(kIdentifyDevicePolicy, 9), -1);
    }

    void identifyDeviceBacksOff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("two mistakes free") << 2 << 0;
        QTest::newRow("third: 30 s") << 3 << 30;
        QTest::newRow("fourth: 1 min") << 4 << 60;
        QTest::newRow("seventh: 8 min") << 7 << 480;
        QTest::newRow("capped at 1 h") << 20 << 3600;
    }
    void identifyDeviceBacksOff()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(backoffDelaySeconds(kIdentifyDevicePolicy, failures), seconds);
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        const AttemptVerdict verdict = checkAttempt(kIdentifyDevicePolicy, {failures, t0, 0}, t0.addSecs(10));
        QCOMPARE(verdict.kind, seconds > 10 ? AttemptVerdict::Wait : AttemptVerdict::Allowed);
        if (seconds > 10)
            QCOMPARE(verdict.retryAfterSeconds, seconds - 10);
        QCOMPARE(checkAttempt(kIdentifyDevicePolicy, {failures, t0, 0}, t0.addSecs(seconds)).kind, AttemptVerdict::Allowed);
    }

    void failuresAreForgottenAfterTheWindow()
    {
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QCOMPARE(failuresInWindow(4, t0, t0.addSecs(kIdentifyWindowSeconds - 1), kIdentifyWindowSeconds), 4);
        QCOMPARE(failuresInWindow(4, t0, t0.addSecs(kIdentifyWindowSeconds), kIdentifyWindowSeconds), 0);
        QCOMPARE(failuresInWindow(4, QDateTime(), t0, kIdentifyWindowSeconds), 0);
        QCOMPARE(failuresInWindow(0, t0, t0, kIdentifyWindowSeconds), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttemptPolicy)
#include "tst_attemptpolicy.moc"
