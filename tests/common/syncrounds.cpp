// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/syncrounds.h"

#include "sync/syncclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

#include <optional>

namespace Fixtures {

bool syncRound(SyncClient &client, int timeoutMs)
{
    // A round starts by entering State::Syncing (SyncClient::startRound) and ends with
    // roundFinished after it left that state: the first end after a start seen here is the
    // end of a round that began after the request.
    QObject observer;
    bool started = false;
    std::optional<bool> result;
    QObject::connect(&client, &SyncClient::stateChanged, &observer, [&] {
        if (client.state() == SyncClient::State::Syncing)
            started = true;
    });
    QObject::connect(&client, &SyncClient::roundFinished, &observer, [&](bool ok) {
        if (started && !result)
            result = ok;
    });
    QSignalSpy finished(&client, &SyncClient::roundFinished);
    if (!finished.isValid())
        return false;
    client.syncNow();
    const QDeadlineTimer deadline(timeoutMs);
    while (!result) {
        if (deadline.hasExpired() || !finished.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    return *result;
}

bool syncUntilDrained(SyncClient &client, int maxRounds, int timeoutMs)
{
    for (int round = 0; round < maxRounds; ++round) {
        if (!syncRound(client, timeoutMs))
            return false;
        if (client.pendingCount() == 0)
            return syncRound(client, timeoutMs);
    }
    return false;
}

} // namespace Fixtures
