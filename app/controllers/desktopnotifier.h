// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

class QDBusConnection;

// A desktop notification on Linux through `org.freedesktop.Notifications` on the session bus
// (the phone's inbox hands it each new item). Notify is called asynchronously with the app
// name "Meedoen": nothing waits for the answer. Where no session bus runs — CI, a kiosk — or
// no notification service listens, nothing is shown and nothing breaks: notify() says so, or
// failed() reports the bus's error later. Built as its own small library (the app's only
// Qt DBus user), so nothing else is compiled against Qt DBus.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    // The user's session bus, only when one is advertised (DBUS_SESSION_BUS_ADDRESS, or the
    // bus socket in XDG_RUNTIME_DIR): no bus is ever started or waited for.
    explicit DesktopNotifier(QObject *parent = nullptr);
    // That bus (a test's private one).
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    bool hasBus() const;
    // Sends one notification; false (nothing sent) without a bus.
    bool notify(const QString &summary, const QString &body);

Q_SIGNALS:
    // The service showed it (its id), or the bus answered with an error (no service:
    // NameHasNoOwner — a service that is not running is never started for this).
    void delivered(uint id);
    void failed(const QString &errorName);

private:
    std::unique_ptr<QDBusConnection> m_bus;
};
