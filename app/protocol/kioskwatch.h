// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GET /v1/staff/kiosks (docs/sync-protocol.md, "Quiet kiosks"): the kiosks of the staff
// tablet's site as the server last saw them, so the dashboard can name those that went
// quiet. Device ids, times and counts only; never a token.

#include "protocol/devicereport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Wire {

inline constexpr int kMaxWatchedKiosks = 500;

struct WatchedKiosk
{
    QString id;
    QDateTime enrolledAt;
    QDateTime lastSeen;                 // invalid: not seen since the server began to record it
    bool quiet = false;                 // not seen for more than the reply's quietHours
    std::optional<DeviceReport> report; // the last one, its oldest age as of generatedAt
    bool operator==(const WatchedKiosk &) const = default;
};

struct KioskWatchReply
{
    int quietHours = 24;
    QDateTime generatedAt;
    QList<WatchedKiosk> kiosks;
    bool operator==(const KioskWatchReply &) const = default;
};

QJsonObject toJson(const KioskWatchReply &reply);
Meedoen::Validated<KioskWatchReply> kioskWatchReplyFromJson(const QJsonObject &json);

} // namespace Wire
