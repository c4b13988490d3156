// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The batch envelope of POST /v1/push (docs/sync-protocol.md, "Push"): the device writes its
// outbox entries into a body, the server reads the body into mutations (each payload with its
// kind's strict reader) and answers one outcome per mutation with the last applied seq.

#include "protocol/devicereport.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"

#include <QJsonArray>

namespace Wire {

inline constexpr int kMaxMutationsPerPush = 100;

// One outbox entry as the device sends it: the payload is the builder's JSON the outbox froze.
struct OutgoingMutation
{
    qint64 seq = 0;
    QString id;
    MutationKind kind = MutationKind::Registration;
    QDateTime deviceTime;
    QJsonObject payload;
};
// `report` goes into the optional "device" object (protocol/devicereport.h).
QByteArray pushBody(const QList<OutgoingMutation> &mutations, const std::optional<DeviceReport> &report = std::nullopt);

// The server's reading of a push body (already a JSON object): every mutation checked, or the
// first problem naming its field ("mutations[1].payload.person.postcode"). `today` decides ages.
// The device's report, when the body has one (older apps send none), goes into `report`.
Meedoen::Validated<QList<Mutation>> readPushBody(const QJsonObject &body, QDate today,
                                                 std::optional<DeviceReport> *report = nullptr);

// The answer: the outcomes in request order (as stored: a resend gets the same text back)
// and the highest seq the server has applied for this device.
QByteArray pushAnswerBody(const QJsonArray &outcomes, qint64 lastSeq);
struct PushAnswer
{
    QList<Outcome> results;
    qint64 lastSeq = 0;
};
Meedoen::Validated<PushAnswer> pushAnswerFromJson(const QJsonObject &json);

} // namespace Wire
