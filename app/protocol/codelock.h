// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tenant's personal code locked after wrong dates of birth, as staff of the tenant's site
// see and lift it from the tablet (docs/sync-protocol.md, "Code locks"):
//   GET  /v1/staff/code-lock?person=ID      → CodeLockReply
//   POST /v1/staff/code-unlock {"person": ID} → CodeLockReply, `unlocked` true when it was locked
// The person's id only: the code and the dates that were tried never leave the server.

#include "core/validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Wire {

inline constexpr qsizetype kMaxCodeUnlockBodyBytes = 1024;

struct CodeUnlockRequest
{
    QString personId;
    bool operator==(const CodeUnlockRequest &) const = default;
};

struct CodeLockReply
{
    QString personId;
    bool locked = false;
    QDateTime lockedAt;     // server time; invalid when not locked
    bool unlocked = false;  // this request lifted the lock (POST only)
    bool operator==(const CodeLockReply &) const = default;
};

QJsonObject toJson(const CodeUnlockRequest &request);
Meedoen::Validated<CodeUnlockRequest> codeUnlockRequestFromJson(const QJsonObject &json);
QJsonObject toJson(const CodeLockReply &reply);
Meedoen::Validated<CodeLockReply> codeLockReplyFromJson(const QJsonObject &json);

} // namespace Wire
