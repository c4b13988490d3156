// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

#include <functional>

// When the sync client may start its next attempt. While attempts fail, the wait grows
// exponentially with full jitter (AWS style: uniform in [base, min(cap, base·2^n)]), and
// whatever the triggers (saves, timer, network back) no more than `maxAttempts` attempts
// start in any `window`. Clock and randomness are injected so tests control both.
class SyncSchedule
{
public:
    struct Policy
    {
        qint64 baseDelayMs = 2000;
        qint64 maxDelayMs = 5 * 60 * 1000;
        int maxAttempts = 6;            // per window
        qint64 windowMs = 60 * 1000;
    };
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    SyncSchedule(Policy policy, Clock clock, Random random);

    // Milliseconds from now until an attempt may start (0: now).
    qint64 delayUntilNextAttempt() const;
    void recordAttempt();
    void recordSuccess();
    // retryAfterMs: the server's Retry-After (429), or 0.
    void recordFailure(qint64 retryAfterMs = 0);
    // The network came back: forget the exponential part (the window still holds).
    void resetBackoff();

    int consecutiveFailures() const { return m_failures; }
    const Policy &policy() const { return m_policy; }

private:
    Policy m_policy;
    Clock m_clock;
    Random m_random;
    int m_failures = 0;
    QDateTime m_notBefore;          // backoff deadline after the last failure
    QList<QDateTime> m_starts;      // the last maxAttempts attempt starts
};
