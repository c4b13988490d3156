// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `meedoen-server devices` as IT reads it (docs/operations.md, "Watching devices"): one row
// per device with its kind, site, last seen, app version, queue, how long its oldest queued
// mutation waits, and whether it is quiet (not seen for more than N hours) or revoked; as
// aligned columns for people, as JSON for scripts. No personal data: devices only.

#include "server/store/store.h"

#include <QJsonArray>
#include <QString>

namespace Server {

inline constexpr int kDefaultQuietHours = 24;
inline constexpr int kMaxQuietHours = 24 * 366;

// "45s", "12m", "3h 05m", "2d 04h"; "-" for a negative or unknown age.
QString ageText(qint64 seconds);
// Seconds the oldest queued mutation waits at `now` (0 with an empty queue or no report).
qint64 oldestQueuedSeconds(const DeviceStatus &status, const QDateTime &now);
QString devicesTable(const QList<DeviceStatus> &devices, const QDateTime &now, int quietHours);
QJsonArray devicesJson(const QList<DeviceStatus> &devices, const QDateTime &now, int quietHours);

} // namespace Server
