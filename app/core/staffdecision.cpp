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
    if (target == S::Confirmed && !placeFree) {
        r.refusal = u"full"_s;
        return r;
    }
    r.effect = DecisionRuling::Apply;
    r.freesPlace = current == S::Confirmed;
    r.takesPlace = target == S::Confirmed;
    return r;
}

} // namespace Meedoen
