// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pull pages read off the event loop (docs/sync-protocol.md, "Pull readers"). The event loop
// answers every request with one database connection; on PostgreSQL it waits for each
// statement's round trip, and while it waited for a pull's page (the log's bounds, its rows)
// no push was applied. Here a worker thread with a connection of its own reads the page and
// writes its body while the event loop goes on. A pull still authenticates and counts on the
// event loop (Store::visit), before any of this. `serve` starts one worker on PostgreSQL and
// none on SQLite, where a second connection loses its page cache to every commit of the first.
//
// A reader on its own connection sees only committed transactions, and the change log's
// sequence numbers commit in order (the write lock), so a page never passes a change still
// being written: the same as a pull answered by another instance on the same database.

#include "server/store/store.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace Server {

// A pull's page as the device receives it.
struct PulledPage
{
    bool resetRequired = false; // the cursor is older than the kept history (409)
    QByteArray body;            // the page's JSON
    qsizetype rows = 0;
};

// The page after `position` for `device`, read from `store`; nullopt on a database fault.
std::optional<PulledPage> readPulledPage(Store &store, const Device &device, std::optional<qint64> position, int limit);

class PullReader
{
public:
    using Done = std::function<void(const std::optional<PulledPage> &page)>;

    // `threads` workers, each opening its own connection to the database `spec` names (as
    // openStore does); 0, or a database in memory: every page is read on the calling thread
    // from `eventLoopStore`.
    PullReader(Store &eventLoopStore, QString spec, int threads);
    ~PullReader();
    PullReader(const PullReader &) = delete;
    PullReader &operator=(const PullReader &) = delete;

    // Opens the workers' connections; false (with the reason) when one cannot be opened.
    bool start(QString *error);

    // Reads the page and calls `done` with it on the calling thread: later, from a worker,
    // or at once without workers. Never after the reader is gone.
    void read(const Device &device, std::optional<qint64> position, int limit, Done done);

    int threads() const { return int(m_workers.size()); }

    // The most worker threads `serve --pull-threads` takes.
    static constexpr int kMaxThreads = 8;

private:
    struct Worker;

    Store &m_eventLoopStore;
    QString m_spec;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QObject m_home; // where finished pages report, on the calling thread
};

} // namespace Server
