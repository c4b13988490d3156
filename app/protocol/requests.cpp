// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/requests.h"

#include "protocol/jsonreader.h"
#include "protocol/staffroles.h"

#include "core/keys.h"
#include "core/isotime.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {
constexpr QLatin1StringView kProblemPrefix{"urn:meedoen:problem:"};
constexpr std::array<QStringView, 3> kDeviceKindKeys = {u"kiosk", u"phone", u"staff"};
}

QString toKey(DeviceKind kind)
{
    return keyOf(kDeviceKindKeys, kind);
}

std::optional<DeviceKind> deviceKindFromKey(QStringView key)
{
    return Meedoen::enumFromKey<DeviceKind>(kDeviceKindKeys, key);
}

QJsonObject toJson(const EnrollRequest &r)
{
    return {{u"code"_s, r.code}};
}

Validated<EnrollRequest> enrollRequestFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    EnrollRequest e;
    e.code = r.anyString(u"code"_s, true);
    return {e, r.finish()};
}

QJsonObject toJson(const EnrollReply &r)
{
    return {{u"deviceId"_s, r.deviceId}, {u"token"_s, r.token}, {u"kind"_s, r.kind}, {u"site"_s, r.site}};
}

Validated<EnrollReply> enrollReplyFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    EnrollReply e;
    e.deviceId = r.code(u"deviceId"_s, true, 64);
    e.token = r.code(u"token"_s, true, 128);
    e.kind = r.code(u"kind"_s, true, kMaxKeyLength);
    e.site = r.code(u"site"_s, false, 64);
    return {e, r.finishIgnoringUnknown()};
}

QJsonObject toJson(const StaffLoginRequest &r)
{
    return {{u"login"_s, r.login}, {u"password"_s, r.password}};
}

Validated<StaffLoginRequest> staffLoginRequestFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    StaffLoginRequest l;
    l.login = r.anyString(u"login"_s, true);
    l.password = r.anyString(u"password"_s, true);
    if (auto error = r.finish())
        return {l, error};
    for (const auto &[key, value] : {std::pair{u"login"_s, l.login}, std::pair{u"password"_s, l.password}}) {
        if (value.isEmpty() || value.size() > kMaxLoginFieldLength)
            return {l, FieldError{key, u"required"_s,
                                  JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "Send the login and the password as text."))}};
    }
    return {l, std::nullopt};
}

QJsonObject toJson(const StaffLoginReply &r)
{
    return {{u"staffId"_s, r.staffId},
            {u"login"_s, r.login},
            {u"name"_s, r.name},
            {u"sites"_s, QJsonArray::fromStringList(r.sites)},
            {u"sessionToken"_s, r.sessionToken},
            {u"expiresAt"_s, isoUtc(r.expiresAt)},
            {u"roles"_s, QJsonArray::fromStringList(r.roles)}};
}

Validated<StaffLoginReply> staffLoginReplyFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    StaffLoginReply l;
    l.staffId = r.uuid(u"staffId"_s);
    l.login = r.code(u"login"_s, true, kMaxLoginFieldLength);
    l.name = r.string(u"name"_s, false, kMaxShortTextLength, false);
    const QJsonArray sites = r.array(u"sites"_s);
    l.sessionToken = r.code(u"sessionToken"_s, true, 128);
    l.expiresAt = r.time(u"expiresAt"_s);
    for (const QJsonValue &s : sites)
        l.sites.append(s.toString());
    if (r.has(u"roles"_s)) {
        // Roles this tablet does not know (a newer server) are passed over: they allow nothing here.
        for (const QJsonValue &role : r.array(u"roles"_s)) {
            if (staffRoleFromKey(role.toString()))
                l.roles.append(role.toString());
        }
    } else {
        l.roles = roleKeys(defaultStaffRoles());
    }
    return {l, r.finishIgnoringUnknown()};
}

QUrlQuery toQuery(const PullQuery &q)
{
    QUrlQuery query;
    query.addQueryItem(u"cursor"_s, q.cursor);
    query.addQueryItem(u"limit"_s, QString::number(q.limit));
    if (q.report)
        addToQuery(query, *q.report);
    return query;
}

Validated<PullQuery> pullQueryFromItems(const QList<std::pair<QString, QString>> &items)
{
    PullQuery q;
    for (const auto &[key, value] : items) {
        bool ok = false;
        if (key == "cursor"_L1) {
            if (value.isEmpty())
                continue;
            const qint64 c = value.toLongLong(&ok);
            if (!ok || c < 0)
                return {q, FieldError{u"cursor"_s, u"cursor.format"_s,
                                      JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "Send back the cursor you got."))}};
            q.cursor = QString::number(c);
        } else if (key == "limit"_L1) {
            q.limit = value.toInt(&ok);
            if (!ok || q.limit < 1 || q.limit > kMaxPullLimit)
                return {q, FieldError{u"limit"_s, u"limit.range"_s,
                                      JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "limit must be a whole number from 1 to %1."))
                                          .arg(kMaxPullLimit)}};
        } else if (!isDeviceReportParameter(key)) {
            return {q, FieldError{key, u"unknown"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This parameter is not known."))}};
        }
    }
    auto report = deviceReportFromItems(items);
    q.report = report.value;
    return {q, report.error};
}

std::optional<qint64> PullQuery::position() const
{
    if (cursor.isEmpty())
        return std::nullopt;
    return cursor.toLongLong();
}

QJsonObject toJson(const Problem &p)
{
    QJsonObject o{{u"type"_s, QString(kProblemPrefix + p.type)},
                  {u"title"_s, p.title},
                  {u"status"_s, p.status},
                  {u"detail"_s, p.detail}};
    if (!p.field.isEmpty() || p.type == "invalid-field"_L1)
        o.insert(u"field"_s, p.field);
    if (!p.code.isEmpty())
        o.insert(u"code"_s, p.code);
    if (!p.permission.isEmpty())
        o.insert(u"permission"_s, p.permission);
    return o;
}

Problem problemFromJson(const QJsonObject &json)
{
    Problem p;
    p.type = json.value(u"type"_s).toString();
    if (p.type.startsWith(kProblemPrefix))
        p.type = p.type.mid(kProblemPrefix.size());
    p.title = json.value(u"title"_s).toString();
    p.status = json.value(u"status"_s).toInt();
    p.detail = json.value(u"detail"_s).toString();
    p.field = json.value(u"field"_s).toString();
    p.code = json.value(u"code"_s).toString();
    p.permission = json.value(u"permission"_s).toString();
    return p;
}

} // namespace Wire
