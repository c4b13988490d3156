// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/kioskwatch.h"

#include "protocol/jsonreader.h"

#include "core/isotime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

QJsonObject toJson(const KioskWatchReply &reply)
{
    QJsonArray kiosks;
    for (const WatchedKiosk &k : reply.kiosks) {
        QJsonObject o{{u"id"_s, k.id}, {u"enrolledAt"_s, isoUtc(k.enrolledAt)}, {u"quiet"_s, k.quiet}};
        if (k.lastSeen.isValid())
            o.insert(u"lastSeen"_s, isoUtc(k.lastSeen));
        if (k.report)
            o.insert(u"report"_s, toJson(*k.report));
        kiosks.append(o);
    }
    return {{u"quietHours"_s, reply.quietHours}, {u"generatedAt"_s, isoUtc(reply.generatedAt)}, {u"kiosks"_s, kiosks}};
}

Validated<KioskWatchReply> kioskWatchReplyFromJson(const QJsonObject &json)
{
    KioskWatchReply reply;
    JsonReader r(json, QString());
    reply.quietHours = int(r.integer(u"quietHours"_s, 1, 24 * 366, true));
    reply.generatedAt = r.time(u"generatedAt"_s, true);
    const QJsonArray kiosks = r.array(u"kiosks"_s, true);
    if (auto error = r.finishIgnoringUnknown())
        return {reply, error};
    if (kiosks.size() > kMaxWatchedKiosks)
        return {reply, FieldError{u"kiosks"_s, u"kiosks.tooMany"_s,
                                  JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "Too many kiosks in one answer."))}};
    for (qsizetype i = 0; i < kiosks.size(); ++i) {
        const QString path = itemPath(u"kiosks"_s, i);
        JsonReader k(kiosks.at(i).toObject(), path);
        WatchedKiosk kiosk;
        kiosk.id = k.code(u"id"_s, true, 64);
        kiosk.enrolledAt = k.time(u"enrolledAt"_s, true);
        kiosk.lastSeen = k.time(u"lastSeen"_s);
        kiosk.quiet = k.boolean(u"quiet"_s);
        const bool reported = k.has(u"report"_s);
        const QJsonObject report = k.object(u"report"_s);
        if (auto error = k.finishIgnoringUnknown())
            return {reply, error};
        if (reported) {
            auto read = deviceReportFromJson(report, k.fieldPath(u"report"_s));
            if (read.error)
                return {reply, read.error};
            kiosk.report = read.value;
        }
        reply.kiosks.append(kiosk);
    }
    return {reply, std::nullopt};
}

} // namespace Wire
