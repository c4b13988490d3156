// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pushes of one turn of the event loop in one transaction (GroupCommit, groupcommit.h).

#include "server/groupcommit.h"
#include "server/metrics.h"

#include <utility>

namespace Server {

GroupCommit::GroupCommit(Store &store, int maxPushes, int maxMutations)
    : m_store(store), m_maxPushes(qMax(1, maxPushes)), m_maxMutations(qMax(1, maxMutations))
{
}

void GroupCommit::submit(PushRequest push, Done done)
{
    const qsizetype mutations = push.mutations.size();
    // A push that would make the group too large goes into the next one.
    if (!m_waiting.isEmpty() && m_waitingMutations + mutations > m_maxMutations)
        commitWaiting();
    Waiting waiting{std::move(push), std::move(done), {}};
    waiting.queued.start();
    m_waiting.append(std::move(waiting));
    m_waitingMutations += mutations;
    if (m_waiting.size() >= m_maxPushes) {
        commitWaiting();
        return;
    }
    // The requests already read in this turn of the event loop join the group first: a
    // queued call runs after the socket notifications being handled now.
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &GroupCommit::commitWaiting, Qt::QueuedConnection);
    }
}

void GroupCommit::commitWaiting()
{
    m_scheduled = false;
    if (m_waiting.isEmpty())
        return;
    const QList<Waiting> group = std::exchange(m_waiting, {});
    m_waitingMutations = 0;
    QList<PushRequest> pushes;
    pushes.reserve(group.size());
    for (const Waiting &w : group)
        pushes.append(w.push);
    const QList<std::optional<PushResult>> results = m_store.pushGroup(pushes);
    metrics().countPushGroup(int(group.size()));
    for (qsizetype i = 0; i < group.size(); ++i) {
        metrics().observePush(group.at(i).queued.nsecsElapsed() / 1000);
        group.at(i).done(results.value(i));
    }
}

} // namespace Server
