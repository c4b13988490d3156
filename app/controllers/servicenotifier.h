// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// The kiosk appliance's link to systemd (platform/linux-kiosk/meedoen-kiosk.service, Type=notify,
// WatchdogSec=): READY=1 once the first frame is on the screen, then WATCHDOG=1 from the GUI
// thread's event loop at half the watchdog interval. A hung UI stops the pings and systemd
// restarts the kiosk. Outside a systemd service (no NOTIFY_SOCKET), or in a build without
// libsystemd, it does nothing.
class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ServiceNotifier(QObject *parent = nullptr);

    // The app shows its first frame: tell systemd, and start the watchdog pings if the
    // service asks for them.
    void ready();
    // The interval between pings; 0 when systemd does not watch this process.
    int watchdogIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : 0; }

private:
    QTimer m_timer;
};
