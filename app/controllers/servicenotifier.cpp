// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/servicenotifier.h"

#include <QLoggingCategory>

#ifdef MEEDOEN_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

Q_LOGGING_CATEGORY(lcService, "meedoen.service")

ServiceNotifier::ServiceNotifier(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::CoarseTimer);
#ifdef MEEDOEN_HAVE_SYSTEMD
    connect(&m_timer, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
#endif
}

void ServiceNotifier::ready()
{
#ifdef MEEDOEN_HAVE_SYSTEMD
    if (sd_notify(0, "READY=1\nSTATUS=Showing the home screen") <= 0)
        return; // not a systemd service with a notify socket
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Half the interval, as sd_watchdog_enabled(3) advises; at least every 100 ms apart.
        const qint64 ms = qMax<qint64>(100, qint64(usec / 2000));
        m_timer.start(int(qMin<qint64>(ms, 24 * 3600 * 1000)));
        sd_notify(0, "WATCHDOG=1");
        qCInfo(lcService) << "systemd watchdog: a ping every" << m_timer.interval() << "ms";
    }
#endif
}
