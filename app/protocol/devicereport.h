// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a device tells the server about itself with every push and pull, so the corporation's
// IT can see which device runs which version and which one has mutations stuck in its outbox
// (docs/sync-protocol.md, "Device report"; docs/operations.md, "Watching devices"). No
// personal data: a version, a count and an age.

#include "core/validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace Wire {

inline constexpr int kMaxAppVersionLength = 32;
inline constexpr qint64 kMaxReportedQueueLength = 1'000'000;
inline constexpr qint64 kMaxReportedQueueAgeSeconds = 10LL * 366 * 24 * 3600; // ten years

struct DeviceReport
{
    QString appVersion;             // 1–32 of [0-9A-Za-z.+~-], e.g. "0.1.0"
    qint64 queueLength = 0;         // mutations waiting in the outbox
    qint64 oldestQueuedSeconds = 0; // age of the oldest of them; 0 with an empty queue
    bool operator==(const DeviceReport &) const = default;
};

// The push body's optional "device" object.
QJsonObject toJson(const DeviceReport &report);
Meedoen::Validated<DeviceReport> deviceReportFromJson(const QJsonObject &json, const QString &path);

// The pull query's parameters appVersion, queueLength, oldestQueuedSeconds: all three or none.
void addToQuery(QUrlQuery &query, const DeviceReport &report);
bool isDeviceReportParameter(QStringView key);
// nullopt (and no error) when none of the three is given.
Meedoen::Validated<std::optional<DeviceReport>>
deviceReportFromItems(const QList<std::pair<QString, QString>> &items);

} // namespace Wire
