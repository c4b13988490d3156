// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/devicelist.h"

#include "core/isotime.h"

#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Server {

QString ageText(qint64 seconds)
{
    if (seconds < 0)
        return u"-"_s;
    if (seconds < 60)
        return u"%1s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1m"_s.arg(seconds / 60);
    if (seconds < 86400)
        return u"%1h %2m"_s.arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
    return u"%1d %2h"_s.arg(seconds / 86400).arg((seconds % 86400) / 3600, 2, 10, QChar(u'0'));
}

qint64 oldestQueuedSeconds(const DeviceStatus &status, const QDateTime &now)
{
    return status.oldestQueuedAt.isValid() ? qMax<qint64>(0, status.oldestQueuedAt.secsTo(now)) : 0;
}

namespace {

QString state(const DeviceStatus &d, const QDateTime &now, int quietHours)
{
    if (d.device.isRevoked())
        return u"revoked"_s;
    if (d.isHeld())
        return u"held"_s;
    return d.isQuiet(now, quietHours) ? u"quiet"_s : u"ok"_s;
}

QString minuteText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u"Z"_s : u"never"_s;
}

} // namespace

QString devicesTable(const QList<DeviceStatus> &devices, const QDateTime &now, int quietHours)
{
    const QStringList header{u"DEVICE"_s, u"KIND"_s, u"SITE"_s,   u"LAST SEEN (UTC)"_s, u"AGO"_s,
                             u"VERSION"_s, u"QUEUE"_s, u"OLDEST"_s, u"CONFLICTS"_s, u"STATE"_s};
    QList<QStringList> rows{header};
    for (const DeviceStatus &d : devices) {
        const bool reported = d.report.has_value();
        rows.append({d.device.id, d.device.kind, d.device.site, minuteText(d.device.lastSeen),
                     d.device.lastSeen.isValid() ? ageText(d.device.lastSeen.secsTo(now)) : u"-"_s,
                     reported ? d.report->appVersion : u"-"_s,
                     reported ? QString::number(d.report->queueLength) : u"-"_s,
                     reported && d.report->queueLength > 0 ? ageText(oldestQueuedSeconds(d, now)) : u"-"_s,
                     QString::number(d.conflicts),
                     state(d, now, quietHours)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line + u'\n';
    }
    return text;
}

QJsonArray devicesJson(const QList<DeviceStatus> &devices, const QDateTime &now, int quietHours)
{
    QJsonArray list;
    for (const DeviceStatus &d : devices) {
        const auto orNull = [](const QDateTime &t) { return t.isValid() ? QJsonValue(Meedoen::isoUtc(t)) : QJsonValue(); };
        QJsonObject o{{u"id"_s, d.device.id},
                      {u"kind"_s, d.device.kind},
                      {u"site"_s, d.device.site},
                      {u"enrolledAt"_s, orNull(d.device.enrolledAt)},
                      {u"revoked"_s, d.device.isRevoked()},
                      {u"lastSeen"_s, orNull(d.device.lastSeen)},
                      {u"quiet"_s, d.isQuiet(now, quietHours)},
                      {u"appVersion"_s, d.report ? QJsonValue(d.report->appVersion) : QJsonValue()},
                      {u"queueLength"_s, d.report ? QJsonValue(double(d.report->queueLength)) : QJsonValue()},
                      {u"oldestQueuedSeconds"_s,
                       d.report ? QJsonValue(double(oldestQueuedSeconds(d, now))) : QJsonValue()},
                      {u"reportedAt"_s, orNull(d.reportedAt)},
                      {u"conflicts"_s, d.conflicts},
                      {u"conflictBytes"_s, double(d.conflictBytes)},
                      {u"held"_s, d.isHeld()}};
        list.append(o);
    }
    return list;
}

} // namespace Server
