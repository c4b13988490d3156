// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

namespace Meedoen {

QString toKey(SignupState s);
std::optional<SignupState> signupStateFromKey(QStringView key);

// True when a sign-up may move from `from` to `to`.
bool isAllowedTransition(SignupState from, SignupState to);

struct Signup
{
    QString id;                 // client-generated UUID
    QString referenceCode;      // short code on the receipt
    QString personId;
    QString opportunityId;
    SignupState state = SignupState::Draft;
    int waitlistPosition = 0;   // 1-based while waitlisted
    QString declineReason;
    QString motivation;         // training places
    QDate preferredStart;       // training places
    QDateTime createdAt;        // device time, audit only
    qint64 serverVersion = 0;

    // Moves to `to` when that is allowed; otherwise leaves the sign-up untouched and
    // returns false.
    [[nodiscard]] bool transitionTo(SignupState to);
    bool isPending() const { return state == SignupState::Queued || state == SignupState::Sent; }
    friend bool operator==(const Signup &, const Signup &) = default;
};

} // namespace Meedoen
