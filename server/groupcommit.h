// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Group commit (docs/sync-protocol.md, "Group commit"). The server answers every request on
// one event loop with one database connection. A push used to be a transaction of its own:
// the next device's push waited for this one's commit and its wait for the disk, so at a
// thousand kiosks the server queued with most of a core to spare. Here the pushes whose
// requests arrived in the same turn of the event loop are applied together in one
// transaction (Store::pushGroup): one write lock and one wait for the disk for all of them,
// each device answered its own results once the commit is done and never before.

#include "server/store/store.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>

namespace Server {

// The most pushes `serve --group-commit` lets share one transaction.
inline constexpr int kMaxGroupCommitPushes = 1024;

class GroupCommit final : public QObject
{
public:
    using Done = std::function<void(const std::optional<PushResult> &result)>;

    // At most `maxPushes` pushes and about `maxMutations` mutations go into one transaction;
    // maxPushes 1 applies every push alone, as before group commit.
    GroupCommit(Store &store, int maxPushes, int maxMutations);

    // Queues a push; `done` is called with its result after the commit that holds it (on a
    // fault: nullopt, nothing of it applied), in a later turn of the event loop, or at once
    // when the group is full.
    void submit(PushRequest push, Done done);

    static constexpr int kDefaultMaxPushes = 64;
    static constexpr int kDefaultMaxMutations = 4096;

private:
    struct Waiting
    {
        PushRequest push;
        Done done;
        QElapsedTimer queued;
    };
    void commitWaiting();

    Store &m_store;
    int m_maxPushes;
    int m_maxMutations;
    QList<Waiting> m_waiting;
    qsizetype m_waitingMutations = 0;
    bool m_scheduled = false;
};

} // namespace Server
