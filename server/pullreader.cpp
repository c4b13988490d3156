// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pull pages read on worker threads with their own connections (PullReader, pullreader.h).

#include "server/pullreader.h"

#include "protocol/changes.h"

#include <QJsonDocument>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

namespace Server {

std::optional<PulledPage> readPulledPage(Store &store, const Device &device, std::optional<qint64> position, int limit)
{
    const auto page = store.pull(device, position, limit);
    if (!page)
        return std::nullopt;
    PulledPage pulled;
    if (page->resetRequired) {
        pulled.resetRequired = true;
        return pulled;
    }
    // The data of most changes is JSON text from the change log already: it goes into the
    // page as it is, not parsed only to be written again (most of the cost of a page).
    QList<Wire::ChangeRow> rows;
    rows.reserve(page->changes.size());
    for (const Change &c : page->changes)
        rows.append({c.seq, c.entity, c.id, c.op,
                     c.dataJson.isEmpty() ? QJsonDocument(c.data).toJson(QJsonDocument::Compact) : c.dataJson});
    pulled.rows = rows.size();
    pulled.body = Wire::pulledPageBody(rows, page->cursor, page->more);
    return pulled;
}

// One worker thread and the store it opened there: the connection is used on that thread only.
struct PullReader::Worker
{
    QThread thread;
    QObject context; // lives in `thread`: what is queued to it runs there
    std::unique_ptr<Store> store;
    int inFlight = 0; // touched on the calling thread only
};

PullReader::PullReader(Store &eventLoopStore, QString spec, int threads)
    : m_eventLoopStore(eventLoopStore), m_spec(std::move(spec))
{
    // A database in memory is the store's alone: another connection would open another one.
    if (m_spec.contains(u":memory:"_s) || m_spec.contains(u"mode=memory"_s))
        threads = 0;
    for (int i = 0; i < qBound(0, threads, kMaxThreads); ++i) {
        auto worker = std::make_unique<Worker>();
        worker->thread.setObjectName(u"pull-reader-%1"_s.arg(i));
        worker->context.moveToThread(&worker->thread);
        m_workers.push_back(std::move(worker));
    }
}

PullReader::~PullReader()
{
    for (const auto &worker : m_workers) {
        if (!worker->thread.isRunning())
            continue;
        // The connection closes on its own thread, after the pages queued before it.
        QMetaObject::invokeMethod(&worker->context, [w = worker.get()] { w->store.reset(); },
                                  Qt::BlockingQueuedConnection);
        worker->thread.quit();
        worker->thread.wait();
    }
}

bool PullReader::start(QString *error)
{
    for (const auto &worker : m_workers) {
        worker->thread.start();
        QString opened;
        QMetaObject::invokeMethod(
            &worker->context, [w = worker.get(), this, &opened] { w->store = openStore(m_spec, &opened); },
            Qt::BlockingQueuedConnection);
        if (!worker->store) {
            *error = opened;
            return false;
        }
    }
    return true;
}

void PullReader::read(const Device &device, std::optional<qint64> position, int limit, Done done)
{
    if (m_workers.empty())
        return done(readPulledPage(m_eventLoopStore, device, position, limit));
    // The worker with the fewest pages to read.
    Worker *worker = m_workers.front().get();
    for (const auto &w : m_workers) {
        if (w->inFlight < worker->inFlight)
            worker = w.get();
    }
    ++worker->inFlight;
    QMetaObject::invokeMethod(
        &worker->context,
        [worker, device, position, limit, home = &m_home, done = std::move(done)]() mutable {
            std::optional<PulledPage> page;
            // A worker's connection is idle between pulls: a database restarted meanwhile
            // shows only when it is used. The failed read marked it broken, and a read may be
            // tried again: the second attempt connects anew first (Session::reconnectIfBroken).
            for (int attempt = 0; attempt < 2 && !page && worker->store; ++attempt)
                page = readPulledPage(*worker->store, device, position, limit);
            // Back on the calling thread; dropped there when the reader (its home) is gone.
            QMetaObject::invokeMethod(
                home,
                [worker, done = std::move(done), page = std::move(page)] {
                    --worker->inFlight;
                    done(page);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Server
