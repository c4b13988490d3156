// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDir>
#include <QFileInfo>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {

bool sessionBusAdvertised()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(u"bus"_s));
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    if (sessionBusAdvertised())
        m_bus = std::make_unique<QDBusConnection>(QDBusConnection::sessionBus());
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(std::make_unique<QDBusConnection>(bus))
{
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::hasBus() const
{
    return m_bus && m_bus->isConnected();
}

bool DesktopNotifier::notify(const QString &summary, const QString &body)
{
    if (!hasBus())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
                                                       u"/org/freedesktop/Notifications"_s,
                                                       u"org.freedesktop.Notifications"_s, u"Notify"_s);
    call.setAutoStartService(false); // a service that is not running is not started for us
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's)
    call << u"Meedoen"_s << uint(0) << QString() << summary << body << QStringList() << QVariantMap() << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            Q_EMIT failed(reply.error().name());
        else
            Q_EMIT delivered(reply.value());
        w->deleteLater();
    });
    return true;
}
