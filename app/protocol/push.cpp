// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/push.h"

#include "protocol/jsonreader.h"

#include "core/isotime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

QByteArray pushBody(const QList<OutgoingMutation> &mutations, const std::optional<DeviceReport> &report)
{
    QJsonArray list;
    for (const OutgoingMutation &m : mutations) {
        list.append(QJsonObject{{u"seq"_s, double(m.seq)},
                                {u"id"_s, m.id},
                                {u"kind"_s, toKey(m.kind)},
                                {u"deviceTime"_s, isoUtc(m.deviceTime)},
                                {u"payload"_s, m.payload}});
    }
    QJsonObject body{{u"mutations"_s, list}};
    if (report)
        body.insert(u"device"_s, toJson(*report));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Validated<QList<Mutation>> readPushBody(const QJsonObject &body, QDate today, std::optional<DeviceReport> *report)
{
    QList<Mutation> out;
    JsonReader root(body, QString());
    const QJsonArray list = root.array(u"mutations"_s, true);
    const bool hasReport = root.has(u"device"_s);
    const QJsonObject device = root.object(u"device"_s);
    if (auto error = root.finish())
        return {out, error};
    if (hasReport) {
        auto read = deviceReportFromJson(device, u"device"_s);
        if (read.error)
            return {out, read.error};
        if (report)
            *report = read.value;
    }
    if (list.size() > kMaxMutationsPerPush)
        return {out, FieldError{u"mutations"_s, u"mutations.tooMany"_s,
                                JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "At most %1 mutations per request."))
                                    .arg(kMaxMutationsPerPush)}};
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = itemPath(u"mutations"_s, i);
        if (!list.at(i).isObject())
            return {out, FieldError{path, u"type"_s,
                                    JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "Each mutation must be an object."))}};
        JsonReader r(list.at(i).toObject(), path);
        Mutation m;
        m.seq = r.integer(u"seq"_s, 1, 9007199254740991, true);
        if (r.failed())
            return {out, FieldError{r.fieldPath(u"seq"_s), u"seq.range"_s,
                                    JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "seq must be a whole number from 1."))}};
        m.id = r.uuid(u"id"_s);
        const auto kind = r.enumeration(u"kind"_s, &mutationKindFromKey);
        m.deviceTime = r.time(u"deviceTime"_s, true);
        const QJsonObject payload = r.object(u"payload"_s, true);
        if (auto error = r.finish())
            return {out, error};
        m.kind = *kind;
        auto read = readPayload(m.kind, payload, r.fieldPath(u"payload"_s), today);
        if (read.error)
            return {out, read.error};
        m.payload = std::move(read.value);
        m.canonicalPayload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        m.payloadHash = mutationHash(m.id, m.kind, m.canonicalPayload);
        out.append(std::move(m));
    }
    return {out, std::nullopt};
}

QByteArray pushAnswerBody(const QJsonArray &outcomes, qint64 lastSeq)
{
    return QJsonDocument(QJsonObject{{u"results"_s, outcomes}, {u"lastSeq"_s, double(lastSeq)}})
        .toJson(QJsonDocument::Compact);
}

Validated<PushAnswer> pushAnswerFromJson(const QJsonObject &json)
{
    PushAnswer answer;
    JsonReader r(json, QString());
    const QJsonArray results = r.array(u"results"_s, true);
    answer.lastSeq = r.integer(u"lastSeq"_s, 0, 9007199254740991);
    if (auto error = r.finishIgnoringUnknown())
        return {answer, error};
    for (qsizetype i = 0; i < results.size(); ++i) {
        auto outcome = outcomeFromJson(results.at(i).toObject(), itemPath(u"results"_s, i));
        if (outcome.error)
            return {answer, outcome.error};
        answer.results.append(outcome.value);
    }
    return {answer, std::nullopt};
}

} // namespace Wire
