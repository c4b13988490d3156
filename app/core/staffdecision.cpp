// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffdecision.h"

#include "core/keys.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Meedoen {

namespace {

constexpr std::array<QStringView, 3> kDecisionKeys = {u"confirm", u"waitlist", u"decline"};

} // namespace

QString toKey(DecisionKind k) { return keyOf(kDecisionKeys, k); }
std::optional<DecisionKind> decisionKindFromKey(QStringView key) { return enumFromKey<DecisionKind>(kDecisionKeys, key); }

DecisionRuling ruleOnDecision(SignupState current, DecisionKind kind, bool placeFree)
{
    using S = SignupState;
    DecisionRuling r;
    if (current == S::Withdrawn) {
        r.refusal = u"signup-withdrawn"_s;
        return r;
    }
    const S target = kind == DecisionKind::Confirm ? S::Confirmed
                   : kind == DecisionKind::Waitlist ? S::Waitlisted
                                                    : S::Declined;
    r.to = target;
    if (current == target) {
        r.effect = DecisionRuling::Unchanged;
        return r;
    }
    if (!isAllowedTransition(current, target)) {
        // e.g. re-opening a decline, or putting a confirmed tenant back on the waitlist
        r.refusal = u"not-allowed"_s;
        return r;
    }
    // A pending sign-up holds its place already: confirming it takes none, anything else
    // gives it back.
    const bool holdsPlace = current == S::Confirmed || current == S::Pending;
    if (target == S::Confirmed && !holdsPlace && !placeFree) {
        r.refusal = u"full"_s;
        return r;
    }
    r.effect = DecisionRuling::Apply;
    r.freesPlace = holdsPlace && target != S::Confirmed;
    r.takesPlace = target == S::Confirmed && !holdsPlace;
    return r;
}

} // namespace Meedoen
