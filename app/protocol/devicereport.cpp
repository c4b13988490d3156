// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/devicereport.h"

#include "protocol/jsonreader.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

constexpr QLatin1StringView kAppVersion{"appVersion"};
constexpr QLatin1StringView kQueueLength{"queueLength"};
constexpr QLatin1StringView kOldestQueuedSeconds{"oldestQueuedSeconds"};

bool isVersionCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.' || c == u'+'
        || c == u'~' || c == u'-';
}

std::optional<FieldError> checkVersion(const QString &version, const QString &field)
{
    if (version.isEmpty() || version.size() > kMaxAppVersionLength
        || !std::all_of(version.cbegin(), version.cend(), isVersionCharacter))
        return FieldError{field, u"appVersion.format"_s,
                          JsonReader::translated(QT_TRANSLATE_NOOP(
                              "Wire", "appVersion must be 1 to 32 letters, digits or . + ~ -."))};
    return std::nullopt;
}

} // namespace

QJsonObject toJson(const DeviceReport &report)
{
    return {{kAppVersion, report.appVersion},
            {kQueueLength, double(report.queueLength)},
            {kOldestQueuedSeconds, double(report.oldestQueuedSeconds)}};
}

Validated<DeviceReport> deviceReportFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    DeviceReport report;
    report.appVersion = r.anyString(kAppVersion, true);
    report.queueLength = r.integer(kQueueLength, 0, kMaxReportedQueueLength, true);
    report.oldestQueuedSeconds = r.integer(kOldestQueuedSeconds, 0, kMaxReportedQueueAgeSeconds, true);
    if (auto error = r.finish())
        return {report, error};
    return {report, checkVersion(report.appVersion, r.fieldPath(kAppVersion))};
}

void addToQuery(QUrlQuery &query, const DeviceReport &report)
{
    query.addQueryItem(kAppVersion, report.appVersion);
    query.addQueryItem(kQueueLength, QString::number(report.queueLength));
    query.addQueryItem(kOldestQueuedSeconds, QString::number(report.oldestQueuedSeconds));
}

bool isDeviceReportParameter(QStringView key)
{
    return key == kAppVersion || key == kQueueLength || key == kOldestQueuedSeconds;
}

Validated<std::optional<DeviceReport>> deviceReportFromItems(const QList<std::pair<QString, QString>> &items)
{
    DeviceReport report;
    QStringList given;
    const auto number = [](const QString &value, qint64 max) -> std::optional<qint64> {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0 || n > max)
            return std::nullopt;
        return n;
    };
    for (const auto &[key, value] : items) {
        if (key == kAppVersion) {
            if (auto error = checkVersion(value, key))
                return {std::nullopt, error};
            report.appVersion = value;
        } else if (key == kQueueLength || key == kOldestQueuedSeconds) {
            const bool queue = key == kQueueLength;
            const auto n = number(value, queue ? kMaxReportedQueueLength : kMaxReportedQueueAgeSeconds);
            if (!n)
                return {std::nullopt,
                        FieldError{key, key + u".range"_s,
                                   JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a whole number from %1 to %2."))
                                       .arg(0)
                                       .arg(queue ? kMaxReportedQueueLength : kMaxReportedQueueAgeSeconds)}};
            (queue ? report.queueLength : report.oldestQueuedSeconds) = *n;
        } else {
            continue;
        }
        given.append(key);
    }
    if (given.isEmpty())
        return {std::nullopt, std::nullopt};
    given.removeDuplicates();
    if (given.size() != 3 || std::count_if(items.cbegin(), items.cend(), [](const auto &item) {
            return isDeviceReportParameter(item.first);
        }) != 3)
        return {std::nullopt,
                FieldError{QString(kAppVersion), u"deviceReport.partial"_s,
                           JsonReader::translated(QT_TRANSLATE_NOOP(
                               "Wire", "Send appVersion, queueLength and oldestQueuedSeconds together, each once."))}};
    return {report, std::nullopt};
}

} // namespace Wire
