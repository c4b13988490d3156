// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Argon2id verification off the network thread (docs/security/signin.md). One check costs
// ~50–200 ms of CPU and 64 MiB; on the event loop, 50 of them at once held every other
// device's pull back by half a second. Here a few worker threads do them, at a lower CPU
// priority than the event loop, behind a bounded queue: when workers and queue are full a
// sign-in is answered 429 at once instead of waiting, and nothing else waits for it.

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace Server {

class PasswordChecks
{
public:
    // `workers` threads (0: one on a machine of up to two cores, else half the cores);
    // `queue` checks may wait for a worker beyond the ones running.
    PasswordChecks(int workers, int queue);
    ~PasswordChecks();
    PasswordChecks(const PasswordChecks &) = delete;
    PasswordChecks &operator=(const PasswordChecks &) = delete;

    // Starts checking `password` against `encodedHash` (empty: the dummy hash, always false)
    // and calls `done(matched)` on `context`'s thread, never after `context` is gone. False,
    // and nothing started, when workers and queue are full.
    bool submit(const QByteArray &encodedHash, const QString &password, QObject *context,
                std::function<void(bool matched)> done);

    // Returns once the dummy hash (made on a worker since construction) exists: from then on
    // an unknown login costs what a known one does, and the server's memory has seen its
    // largest single check (Argon2id's 64 MiB). The server listens only after this.
    void waitUntilWarm() const;

    // Seconds a refused sign-in should wait: about the time the queue takes to empty.
    int retryAfterSeconds() const;
    int workers() const { return m_workers; }
    int capacity() const { return m_capacity; }
    int inFlight() const { return m_inFlight; }

private:
    int m_workers;
    int m_capacity;
    int m_inFlight = 0;        // touched on the submitting thread only
    qint64 m_averageMs = 200;  // a running average of a check's duration
    QObject m_home;            // where finished checks report, on the submitting thread
    QThreadPool m_pool;
};

} // namespace Server
