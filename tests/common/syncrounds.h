// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Waiting for a device's sync round without waiting on time.
//
// SyncClient::syncNow() does not always start a round: while one is running it only asks
// for another after it (and a round that the schedule holds back starts later on a timer).
// The first roundFinished after syncNow() may therefore be the end of a round that began
// before — one that did not carry what was just queued nor pull what the server has since —
// and the round actually asked for then runs later, unobserved, while the test goes on.
// syncRound() waits for the end of a round that started after it asked.

class SyncClient;

namespace Fixtures {

// Asks for a round and waits until a round that started after the call has finished (its
// pushes answered and its pull applied). True when that round ended well.
bool syncRound(SyncClient &client, int timeoutMs = 20000);

// Rounds until the outbox is empty, then one more, so that what the server answered to the
// last push has been pulled too. False when a round failed or the outbox does not drain.
bool syncUntilDrained(SyncClient &client, int maxRounds = 5, int timeoutMs = 20000);

} // namespace Fixtures
