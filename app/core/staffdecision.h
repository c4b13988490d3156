// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a staff decision (confirm, waitlist, decline) does to a sign-up, following the sign-up
// state machine in signup.h. The server applies it inside its write lock; the tablet uses the
// same rules to offer only decisions that can succeed.

#include "core/domain.h"
#include "core/signup.h"

#include <optional>

namespace Meedoen {

QString toKey(DecisionKind k);                                   // "confirm" | "waitlist" | "decline"
std::optional<DecisionKind> decisionKindFromKey(QStringView key);

struct DecisionRuling
{
    enum Effect { Apply, Unchanged, Refuse };
    Effect effect = Refuse;
    SignupState to = SignupState::Draft;
    QString refusal;                 // with Refuse: "full", "signup-withdrawn", "not-allowed"
    bool freesPlace = false;         // a confirmed place becomes free (promote the waitlist)
    bool takesPlace = false;         // a place is taken
};

// `placeFree`: the opportunity has a free place (capacity 0 = unlimited counts as free).
DecisionRuling ruleOnDecision(SignupState current, DecisionKind kind, bool placeFree);

} // namespace Meedoen
