// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

namespace Meedoen {

QString toKey(SignupState s);
std::optional<SignupState> signupStateFromKey(QStringView key);

// True when a sign-up may move from `from` to `to`.
bool isAllowedTransition(SignupState from, SignupState to);

// Why a sign-up was declined, as far as a tenant is told. The server's reason keys map here
// in the protocol layer (Wire::declineCause()); anything else reads as "not possible".
// A returning tenant's sign-up can also be refused because the personal code and date of birth
// did not identify them (IdentifyFailed), the device must wait after too many mistakes
// (IdentifyWait) or the code is locked after too many (CodeLocked: the wijkconsulent unlocks it).
enum class DeclineCause { Other, StaffDecision, OpportunityEnded, IdentifyFailed, IdentifyWait, CodeLocked };

struct Signup
{
    QString id;                 // client-generated UUID
    QString referenceCode;      // short code on the receipt
    QString personId;
    QString opportunityId;
    SignupState state = SignupState::Draft;
    int waitlistPosition = 0;   // 1-based while waitlisted
    QString declineReason;      // the server's reason key (Wire::Reason)
    DeclineCause declineCause = DeclineCause::Other; // what that key tells the tenant
    QString messageToTenant;    // the staff member's words with their decision
    QDateTime stateAt;          // when the server last changed the state
    std::optional<PlacementEvent> placement; // training places: the last placement event
    QDate placementDate;
    QString motivation;         // training places
    QDate preferredStart;       // training places
    QDateTime createdAt;        // device time, audit only
    qint64 serverVersion = 0;

    // Moves to `to` when that is allowed; otherwise leaves the sign-up untouched and
    // returns false.
    [[nodiscard]] bool transitionTo(SignupState to);
    // On its way to the server (not the state Pending, which the server answers).
    bool isPending() const { return state == SignupState::Queued || state == SignupState::Sent; }
    friend bool operator==(const Signup &, const Signup &) = default;
};

} // namespace Meedoen
