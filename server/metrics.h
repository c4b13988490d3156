// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/mutation.h"
#include "protocol/outcome.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <array>
#include <atomic>

namespace Server {

// The routes /metrics counts by name; anything else (404s, a wrong method) is "other".
enum class MetricsRoute { Enroll, Push, Pull, StaffLogin, StaffResults, Status, Healthz, Metrics, Other, Count };

// What the server counts for GET /metrics (docs/operations.md, "Metrics"). Every counter on
// the request path is a relaxed atomic in a fixed array, indexed by enums known at compile
// time: counting costs an increment, never a lock or an allocation. Only security events
// (refusals) are counted by name in a locked map; they are already a hash look-up in the
// throttle that logs them. Nothing counted names a person: routes, statuses, mutation kinds
// and outcomes, event names, site ids.
class Metrics
{
public:
    // Upper bounds of the push latency histogram, in seconds (Prometheus "le").
    static constexpr std::array<double, 11> kPushBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                         0.5,   1,    2.5,   5,    10};

    void countRequest(MetricsRoute route, int status);
    void observePush(qint64 microseconds);
    // One transaction of group commit (server/groupcommit.h) and the pushes in it.
    void countPushGroup(int pushes);
    void countMutation(Wire::MutationKind kind, Wire::OutcomeStatus outcome);
    void countPulledRows(qsizetype rows);
    void countSecurityEvent(const char *event);
    void countDatabaseError();

    // Scrape-time values the store knows: devices per site, kind and state.
    struct DeviceCount
    {
        QString site;
        QString kind;
        bool revoked = false;
        int count = 0;
    };
    // An active kiosk or staff tablet and when it last called (its enrolment when it never
    // did), so an alert can name the one that went quiet. Phones are left out: a phone is
    // one tenant's, and whether it calls is theirs.
    struct SeenDevice
    {
        QString id;
        QString site;
        QString kind;
        qint64 lastSeenEpoch = 0;
    };
    struct Gauges
    {
        int schemaVersion = 0;
        double uptimeSeconds = 0;
        QList<DeviceCount> devices;
        QList<SeenDevice> seen;
    };

    // Everything in the Prometheus text exposition format 0.0.4.
    QByteArray exposition(const Gauges &gauges) const;

    // How many requests to `route` were answered with `status` (tests).
    quint64 requests(MetricsRoute route, int status) const;

private:
    static constexpr std::array<int, 16> kStatuses{200, 400, 401, 403, 404, 405, 408, 409,
                                                   411, 413, 423, 429, 431, 500, 503, 0};
    static constexpr int kMaxKinds = 32;
    static constexpr int kMaxOutcomes = 16;
    static int statusIndex(int status);

    std::array<std::array<std::atomic<quint64>, kStatuses.size()>, int(MetricsRoute::Count)> m_requests{};
    std::array<std::atomic<quint64>, kPushBuckets.size()> m_pushBuckets{};
    std::atomic<quint64> m_pushCount{0};
    std::atomic<quint64> m_pushMicros{0};
    std::atomic<quint64> m_pushGroups{0};
    std::atomic<quint64> m_groupedPushes{0};
    std::array<std::array<std::atomic<quint64>, kMaxOutcomes>, kMaxKinds> m_mutations{};
    std::atomic<quint64> m_pulledRows{0};
    std::atomic<quint64> m_databaseErrors{0};
    mutable QMutex m_eventsLock;
    QHash<QByteArray, quint64> m_events;
};

// The process's counters.
Metrics &metrics();

} // namespace Server
