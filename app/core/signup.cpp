// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signup.h"

#include "core/keys.h"

#include <array>

namespace Meedoen {

namespace {
constexpr std::array<QStringView, 8> stateKeys = {
    u"draft", u"queued", u"sent", u"confirmed", u"waitlisted", u"declined", u"withdrawn", u"pending"};
}

QString toKey(SignupState s)
{
    return stateKeys[size_t(s)].toString();
}

std::optional<SignupState> signupStateFromKey(QStringView key)
{
    return Meedoen::enumFromKey<SignupState>(stateKeys, key);
}

bool isAllowedTransition(SignupState from, SignupState to)
{
    using S = SignupState;
    switch (from) {
    case S::Draft:
        return to == S::Queued;
    case S::Queued:
        return to == S::Sent || to == S::Withdrawn;
    case S::Sent:
        // The server's decision arrives; a sent sign-up can also be decided right away.
        return to == S::Confirmed || to == S::Waitlisted || to == S::Declined || to == S::Pending;
    case S::Pending:
        // Staff review: the held place is confirmed or given back; the tenant may withdraw.
        return to == S::Confirmed || to == S::Waitlisted || to == S::Declined || to == S::Withdrawn;
    case S::Confirmed:
        // Staff may still decline (e.g. a training place that falls through).
        return to == S::Withdrawn || to == S::Declined;
    case S::Waitlisted:
        // Promotion from the waitlist (to review when the opportunity needs it), a staff
        // decision, or the tenant withdrawing.
        return to == S::Confirmed || to == S::Pending || to == S::Declined || to == S::Withdrawn;
    case S::Declined:
    case S::Withdrawn:
        return false;
    }
    return false;
}

bool Signup::transitionTo(SignupState to)
{
    if (!isAllowedTransition(state, to))
        return false;
    state = to;
    if (to != SignupState::Waitlisted)
        waitlistPosition = 0;
    return true;
}

} // namespace Meedoen
