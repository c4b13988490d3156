// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/securitylog.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Server {

// Security events that a flood would repeat thousands of times a second (401s, 429s,
// refused connections, enrolment guesses) go through here: the first of each (event, key)
// in a window is logged at once with "count":1, the rest of the window are counted and
// logged as one line ("count":N, "windowSeconds":W) when the next one after the window
// comes or flush() runs. A flood costs one line per key and window, never one per request.
// The key is what the line is about: a device id or a peer address, never a secret.
class SecurityEventThrottle
{
public:
    // `nowMs` is a monotonic clock in milliseconds (tests pass their own).
    explicit SecurityEventThrottle(int windowSeconds = 60, std::function<qint64()> nowMs = {});

    // Counts one event; logs now when it is the first of its window. `keyField` names the
    // key in the line ("device", "peer").
    void record(const char *event, const char *keyField, const QString &key);
    // Logs the counts of windows that have ended (a timer calls it; tests call it).
    void flush();

private:
    struct Pending
    {
        const char *event;
        const char *keyField;
        QString key;
        qint64 windowStart;
        int unlogged;
    };
    void logPending(const Pending &p);

    int m_windowSeconds;
    std::function<qint64()> m_nowMs;
    QHash<QString, Pending> m_pending;
};

// The process's throttle, flushed by a timer every window once the event loop runs.
SecurityEventThrottle &securityEvents();

} // namespace Server
