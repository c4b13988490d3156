// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attemptpolicy.h"

#include <QtGlobal>

namespace Meedoen {

int backoffDelaySeconds(const AttemptPolicy &policy, int consecutiveFailures)
{
    const int beyond = consecutiveFailures - policy.freeFailures;
    if (beyond < 0)
        return 0;
    qint64 delay = policy.baseDelaySeconds;
    for (int i = 0; i < beyond && delay < policy.maxDelaySeconds; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, policy.maxDelaySeconds));
}

AttemptVerdict checkAttempt(const AttemptPolicy &policy, const AttemptState &state, const QDateTime &now)
{
    if (policy.lockAfterFailures > 0 && state.consecutiveFailures >= policy.lockAfterFailures) {
        if (policy.lockSeconds <= 0)
            return {AttemptVerdict::Locked, 0};
        const qint64 left = state.lastFailureAt.isValid() ? now.secsTo(state.lastFailureAt.addSecs(policy.lockSeconds)) : 0;
        if (left > 0)
            return {AttemptVerdict::Locked, int(left)};
        return {AttemptVerdict::Allowed, 0};
    }
    if (policy.maxAttemptsPerHour > 0 && state.attemptsInLastHour >= policy.maxAttemptsPerHour)
        return {AttemptVerdict::Wait, 60};
    const int delay = backoffDelaySeconds(policy, state.consecutiveFailures);
    if (delay > 0 && state.lastFailureAt.isValid()) {
        const qint64 waited = state.lastFailureAt.secsTo(now);
        if (waited < delay)
            return {AttemptVerdict::Wait, int(delay - qMax<qint64>(0, waited))};
    }
    return {AttemptVerdict::Allowed, 0};
}

int failuresAfterMistake(const AttemptPolicy &policy, int consecutiveFailures)
{
    if (policy.lockAfterFailures > 0 && consecutiveFailures >= policy.lockAfterFailures)
        return 1;
    return consecutiveFailures + 1;
}

int failuresInWindow(int failures, const QDateTime &windowStart, const QDateTime &now, int windowSeconds)
{
    if (failures <= 0 || !windowStart.isValid() || windowStart.secsTo(now) >= windowSeconds)
        return 0;
    return failures;
}

int attemptsLeftBeforeLock(const AttemptPolicy &policy, int failures)
{
    if (policy.lockAfterFailures <= 0)
        return -1;
    return qMax(0, policy.lockAfterFailures - failures);
}

} // namespace Meedoen
