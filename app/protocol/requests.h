// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small requests and answers around the sync (docs/sync-protocol.md): enrolment, staff
// sign-in, the pull's query, and the problem+json body of every error. Each with its builder
// and its reader, for the device and the server alike.

#include "core/validation.h"
#include "protocol/devicereport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Wire {

// What a device was enrolled as; its scope on the server follows from it.
enum class DeviceKind { Kiosk, Phone, Staff };
QString toKey(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromKey(QStringView key);

// POST /v1/enroll {"code"} → {"deviceId","token","kind","site"}
struct EnrollRequest
{
    QString code;
};
QJsonObject toJson(const EnrollRequest &r);
Meedoen::Validated<EnrollRequest> enrollRequestFromJson(const QJsonObject &json);

struct EnrollReply
{
    QString deviceId;
    QString token;
    QString kind;           // "kiosk" | "phone" | "staff"
    QString site;
};
QJsonObject toJson(const EnrollReply &r);
Meedoen::Validated<EnrollReply> enrollReplyFromJson(const QJsonObject &json);

// POST /v1/staff/login {"login","password"} → the staff member and a session token.
struct StaffLoginRequest
{
    QString login;
    QString password;
};
inline constexpr int kMaxLoginFieldLength = 200;
QJsonObject toJson(const StaffLoginRequest &r);
Meedoen::Validated<StaffLoginRequest> staffLoginRequestFromJson(const QJsonObject &json);

struct StaffLoginReply
{
    QString staffId;
    QString login;
    QString name;
    QStringList sites;
    QString sessionToken;
    QDateTime expiresAt;
    // Their roles at this tablet's site, as keys (protocol/staffroles.h); an older server
    // sends none: the tablet then assumes what migrated staff hold (coordinator, consultant).
    QStringList roles = {};
};
QJsonObject toJson(const StaffLoginReply &r);
Meedoen::Validated<StaffLoginReply> staffLoginReplyFromJson(const QJsonObject &json);

// GET /v1/pull?cursor=…&limit=…
inline constexpr int kDefaultPullLimit = 500;
inline constexpr int kMaxPullLimit = 1000;
struct PullQuery
{
    QString cursor;                 // opaque to the device; empty: from the start
    int limit = kDefaultPullLimit;
    // The device's report (protocol/devicereport.h); absent from older apps.
    std::optional<DeviceReport> report;
    // The server's reading of the cursor (the reader checked it): none from the start.
    std::optional<qint64> position() const;
};
QUrlQuery toQuery(const PullQuery &q);
Meedoen::Validated<PullQuery> pullQueryFromItems(const QList<std::pair<QString, QString>> &items);

// An RFC 9457 problem: `type` is the last part of "urn:meedoen:problem:<type>".
struct Problem
{
    int status = 400;
    QString type;
    QString title;
    QString detail;
    QString field;          // JSON path of the offending field, e.g. "mutations[3].payload.person.postcode"
    QString code;           // stable validator code, e.g. "postcode.format"
    QString permission = {}; // role-not-allowed: the permission the staff member's roles lack (protocol/staffroles.h)
};
QJsonObject toJson(const Problem &p);
// The push's 429 that tells a device to stop pushing: its conflicts waiting for staff reached
// their limit (docs/security/scope.md); the device waits the Retry-After.
inline constexpr QLatin1String kProblemConflictLimit("conflict-limit");
// What a device reads of an error answer (for its log and its message); never fails.
Problem problemFromJson(const QJsonObject &json);

} // namespace Wire
