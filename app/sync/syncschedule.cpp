// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncschedule.h"

#include <algorithm>
#include <cmath>

SyncSchedule::SyncSchedule(Policy policy, Clock clock, Random random)
    : m_policy(policy), m_clock(std::move(clock)), m_random(std::move(random))
{
}

qint64 SyncSchedule::delayUntilNextAttempt() const
{
    const QDateTime now = m_clock();
    qint64 delay = 0;
    if (m_failures > 0 && m_notBefore.isValid())
        delay = std::max<qint64>(delay, now.msecsTo(m_notBefore));
    if (m_policy.maxAttempts > 0 && m_starts.size() >= m_policy.maxAttempts) {
        // The oldest of the last maxAttempts starts must leave the window first.
        const QDateTime oldest = m_starts.at(m_starts.size() - m_policy.maxAttempts);
        delay = std::max<qint64>(delay, now.msecsTo(oldest.addMSecs(m_policy.windowMs)));
    }
    return std::max<qint64>(0, delay);
}

void SyncSchedule::recordAttempt()
{
    m_starts.append(m_clock());
    while (m_starts.size() > std::max(1, m_policy.maxAttempts))
        m_starts.removeFirst();
}

void SyncSchedule::recordSuccess()
{
    m_failures = 0;
    m_notBefore = {};
}

void SyncSchedule::recordFailure(qint64 retryAfterMs)
{
    ++m_failures;
    const double ceiling = std::min<double>(double(m_policy.maxDelayMs),
                                            double(m_policy.baseDelayMs) * std::pow(2.0, std::min(m_failures - 1, 30)));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const qint64 wait = qint64(double(m_policy.baseDelayMs) + r * std::max(0.0, ceiling - double(m_policy.baseDelayMs)));
    m_notBefore = m_clock().addMSecs(std::max(wait, retryAfterMs));
}

void SyncSchedule::resetBackoff()
{
    m_failures = 0;
    m_notBefore = {};
}
