// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How often someone may guess a secret (a staff password on the server, a PIN on the
// tablet): a few free mistakes, then an exponentially growing wait, then a lock. Pure: the
// caller keeps the counters and passes the time in, so tests control the clock.

#include <QDateTime>

namespace Meedoen {

struct AttemptPolicy
{
    int freeFailures = 3;           // mistakes without any wait
    int baseDelaySeconds = 1;       // wait after the first mistake beyond the free ones
    int maxDelaySeconds = 15 * 60;  // the wait stops doubling here
    int lockAfterFailures = 10;     // consecutive mistakes that lock; 0 = never lock
    int maxAttemptsPerHour = 0;     // attempts of any outcome in the last hour; 0 = no cap
};

// The server's staff sign-in policy (docs/sync-protocol.md, "Staff sign-in").
inline constexpr AttemptPolicy kStaffLoginPolicy{};
// The tablet's PIN policy (issue 5: back-off, at most 100 attempts an hour, no lock).
inline constexpr AttemptPolicy kStaffPinPolicy{3, 1, 15 * 60, 0, 100};
// A kiosk's status look-up, per device and per personal code (docs/sync-protocol.md, "Status
// look-up"): a few typing mistakes free, then a doubling wait; never a lock, which would let
// anyone shut a tenant out by typing their code.
inline constexpr AttemptPolicy kStatusLookupPolicy{3, 1, 15 * 60, 0, 0};

struct AttemptState
{
    int consecutiveFailures = 0;
    QDateTime lastFailureAt;        // invalid when there was none
    int attemptsInLastHour = 0;
};

struct AttemptVerdict
{
    enum Kind { Allowed, Wait, Locked };
    Kind kind = Allowed;
    int retryAfterSeconds = 0;      // with Wait
};

// Seconds to wait after `consecutiveFailures` mistakes (0 while within the free ones).
int backoffDelaySeconds(const AttemptPolicy &policy, int consecutiveFailures);
// May another attempt be made at `now`?
AttemptVerdict checkAttempt(const AttemptPolicy &policy, const AttemptState &state, const QDateTime &now);

} // namespace Meedoen
