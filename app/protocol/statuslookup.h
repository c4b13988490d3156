// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// POST /v1/status (docs/sync-protocol.md, "Status look-up"): a kiosk asks, for the tenant
// standing at it, how their sign-ups stand. The tenant's personal code and date of birth
// together are the question; the answer is the server's word on each sign-up, without the
// person — nothing of it is stored on the kiosk.

#include "core/signup.h"
#include "core/validation.h"

#include <QDate>
#include <QJsonObject>

namespace Wire {

// A tenant has a few sign-ups; the answer never grows past this.
inline constexpr int kMaxStatusSignups = 100;

// {"personalCode","dateOfBirth"}
struct StatusRequest
{
    QString personalCode;           // the reader normalises it ("ABCD-EFGH-JKMN")
    QDate dateOfBirth;
    bool personalCodeWellFormed = true;
    friend bool operator==(const StatusRequest &, const StatusRequest &) = default;
};
QJsonObject toJson(const StatusRequest &r);
Meedoen::Validated<StatusRequest> statusRequestFromJson(const QJsonObject &json);

// {"signups":[{referenceCode, opportunityId, state, waitlistPosition, declineReason,
// messageToTenant, stateAt, placement, placementDate}]}, newest first.
struct StatusReply
{
    QList<Meedoen::Signup> signups;
};
QJsonObject toJson(const StatusReply &r);
Meedoen::Validated<StatusReply> statusReplyFromJson(const QJsonObject &json);

} // namespace Wire
