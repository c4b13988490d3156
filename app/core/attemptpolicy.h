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
    int lockSeconds = 0;            // how long a lock holds after the failure that set it; 0 = until lifted
};

// The server's staff sign-in policy per login, counted over every device (docs/security/signin.md):
// ten mistakes in a row lock the login for an hour (`serve --signin-lock-minutes`), or until an
// administrator unlocks it sooner.
inline constexpr AttemptPolicy kStaffLoginPolicy{3, 1, 15 * 60, 10, 0, 60 * 60};
// The same sign-in per tablet, over every login it tries: never a lock, but a wait that grows
// to an hour, so one hostile tablet cannot lock staff members again and again (signin.md).
inline constexpr AttemptPolicy kStaffDevicePolicy{3, 1, 60 * 60, 0, 0, 0};
// The tablet's PIN policy (issue 5: back-off, at most 100 attempts an hour, no lock).
inline constexpr AttemptPolicy kStaffPinPolicy{3, 1, 15 * 60, 0, 100, 0};
// A kiosk's status look-up, per device and per personal code (docs/sync-protocol.md, "Status
// look-up"): a few typing mistakes free, then a doubling wait; never a lock, which would let
// anyone shut a tenant out by typing their code.
inline constexpr AttemptPolicy kStatusLookupPolicy{3, 1, 15 * 60, 0, 0, 0};
// Identifying a tenant by personal code and date of birth (a phone's `link`, a returning
// tenant's sign-up; docs/security/guess.md). The code is on a receipt that may be lost or
// seen; the date of birth is one of about 36,500. Per personal code: at most 5 wrong dates
// within 24 hours, then the code is locked until staff unlock it (`meedoen-server codes
// unlock`): a thief of the receipt has a 5 in 36,500 chance, once. Per device: 3 mistakes in
// a row free, then a wait of 30 s that doubles up to 1 hour, so one device cannot go through
// the codes of many receipts. Both count within kIdentifyWindowSeconds of the first failure.
inline constexpr AttemptPolicy kIdentifyCodePolicy{5, 0, 0, 5, 0, 0};
inline constexpr AttemptPolicy kIdentifyDevicePolicy{3, 30, 60 * 60, 0, 0, 0};
inline constexpr int kIdentifyWindowSeconds = 24 * 60 * 60;

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
    int retryAfterSeconds = 0;      // with Wait; with Locked, until the lock ends (0: until lifted)
};

// Seconds to wait after `consecutiveFailures` mistakes (0 while within the free ones).
int backoffDelaySeconds(const AttemptPolicy &policy, int consecutiveFailures);
// May another attempt be made at `now`?
AttemptVerdict checkAttempt(const AttemptPolicy &policy, const AttemptState &state, const QDateTime &now);
// The consecutive failures to keep after one more mistake by an allowed attempt: a lock that
// has run out starts the count again, so the next lock takes as many mistakes as the first.
int failuresAfterMistake(const AttemptPolicy &policy, int consecutiveFailures);

// The failures that still count at `now` when they are counted in a window that opened with
// the first of them (`windowStart`) and lasts `windowSeconds`: all of them inside it, none after.
int failuresInWindow(int failures, const QDateTime &windowStart, const QDateTime &now, int windowSeconds);
// Mistakes left before a policy locks (lockAfterFailures), after `failures`; -1 when it never locks.
int attemptsLeftBeforeLock(const AttemptPolicy &policy, int failures);

} // namespace Meedoen
