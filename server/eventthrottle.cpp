// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/eventthrottle.h"

#include "server/metrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace Server {

SecurityEventThrottle::SecurityEventThrottle(int windowSeconds, std::function<qint64()> nowMs)
    : m_windowSeconds(windowSeconds), m_nowMs(std::move(nowMs))
{
    if (!m_nowMs) {
        m_nowMs = [timer = std::make_shared<QElapsedTimer>()] {
            if (!timer->isValid())
                timer->start();
            return timer->elapsed();
        };
    }
}

void SecurityEventThrottle::record(const char *event, const char *keyField, const QString &key)
{
    metrics().countSecurityEvent(event);
    const qint64 now = m_nowMs();
    const QString id = QLatin1String(event) + u'\n' + key;
    auto it = m_pending.find(id);
    if (it != m_pending.end() && now - it->windowStart < m_windowSeconds * 1000LL) {
        ++it->unlogged;
        return;
    }
    if (it != m_pending.end())
        logPending(*it);
    writeSecurityEvent(event, {{keyField, key}, {"count", 1}});
    m_pending.insert(id, {event, keyField, key, now, 0});
}

void SecurityEventThrottle::flush()
{
    const qint64 now = m_nowMs();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (now - it->windowStart < m_windowSeconds * 1000LL) {
            ++it;
            continue;
        }
        logPending(*it);
        it = m_pending.erase(it);
    }
}

void SecurityEventThrottle::logPending(const Pending &p)
{
    if (p.unlogged > 0)
        writeSecurityEvent(p.event, {{p.keyField, p.key}, {"count", p.unlogged}, {"windowSeconds", m_windowSeconds}});
}

SecurityEventThrottle &securityEvents()
{
    static SecurityEventThrottle throttle;
    static bool timerStarted = false;
    if (!timerStarted && QCoreApplication::instance()) {
        timerStarted = true;
        auto *timer = new QTimer(QCoreApplication::instance());
        QObject::connect(timer, &QTimer::timeout, timer, [] { throttle.flush(); });
        timer->start(10000);
    }
    return throttle;
}

} // namespace Server
