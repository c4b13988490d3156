// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/metrics.h"

#include <QMutexLocker>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

constexpr auto kRelaxed = std::memory_order_relaxed;

QByteArray routeLabel(MetricsRoute route)
{
    switch (route) {
    case MetricsRoute::Enroll: return "/v1/enroll"_ba;
    case MetricsRoute::Push: return "/v1/push"_ba;
    case MetricsRoute::Pull: return "/v1/pull"_ba;
    case MetricsRoute::StaffLogin: return "/v1/staff/login"_ba;
    case MetricsRoute::StaffResults: return "/v1/staff/results"_ba;
    case MetricsRoute::Status: return "/v1/status"_ba;
    case MetricsRoute::Healthz: return "/healthz"_ba;
    case MetricsRoute::Metrics: return "/metrics"_ba;
    case MetricsRoute::Other:
    case MetricsRoute::Count: break;
    }
    return "other"_ba;
}

// A label value as the exposition format wants it: backslash, quote and newline escaped.
QByteArray labelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP "_ba + name + ' ' + help + "\n# TYPE "_ba + name + ' ' + type + '\n';
}

} // namespace

int Metrics::statusIndex(int status)
{
    const auto *it = std::find(kStatuses.begin(), kStatuses.end() - 1, status);
    return int(it - kStatuses.begin()); // not listed: the last slot, "other"
}

void Metrics::countRequest(MetricsRoute route, int status)
{
    m_requests[size_t(route)][size_t(statusIndex(status))].fetch_add(1, kRelaxed);
}

quint64 Metrics::requests(MetricsRoute route, int status) const
{
    return m_requests[size_t(route)][size_t(statusIndex(status))].load(kRelaxed);
}

void Metrics::countPushGroup(int pushes)
{
    m_pushGroups.fetch_add(1, kRelaxed);
    m_groupedPushes.fetch_add(quint64(qMax(pushes, 0)), kRelaxed);
}

void Metrics::observePush(qint64 microseconds)
{
    const double seconds = double(microseconds) / 1e6;
    for (size_t i = 0; i < kPushBuckets.size(); ++i) {
        if (seconds <= kPushBuckets[i]) {
            m_pushBuckets[i].fetch_add(1, kRelaxed);
            break;
        }
    }
    m_pushCount.fetch_add(1, kRelaxed);
    m_pushMicros.fetch_add(quint64(qMax<qint64>(microseconds, 0)), kRelaxed);
}

void Metrics::countMutation(Wire::MutationKind kind, Wire::OutcomeStatus outcome)
{
    const int k = int(kind);
    const int o = int(outcome);
    if (k >= 0 && k < kMaxKinds && o >= 0 && o < kMaxOutcomes)
        m_mutations[size_t(k)][size_t(o)].fetch_add(1, kRelaxed);
}

void Metrics::countPulledRows(qsizetype rows)
{
    m_pulledRows.fetch_add(quint64(rows), kRelaxed);
}

void Metrics::countSecurityEvent(const char *event)
{
    const QMutexLocker lock(&m_eventsLock);
    ++m_events[QByteArray(event)];
}

void Metrics::countDatabaseError()
{
    m_databaseErrors.fetch_add(1, kRelaxed);
}

QByteArray Metrics::exposition(const Gauges &gauges) const
{
    QByteArray out;
    out.reserve(8192);

    header(out, "meedoen_http_requests_total", "counter", "Requests answered, by route and HTTP status.");
    for (int r = 0; r < int(MetricsRoute::Count); ++r) {
        for (size_t s = 0; s < kStatuses.size(); ++s) {
            const quint64 n = m_requests[size_t(r)][s].load(kRelaxed);
            if (n == 0)
                continue;
            const QByteArray status = kStatuses[s] ? QByteArray::number(kStatuses[s]) : "other"_ba;
            out += "meedoen_http_requests_total{route=\""_ba + routeLabel(MetricsRoute(r)) + "\",status=\""_ba + status
                + "\"} "_ba + QByteArray::number(n) + '\n';
        }
    }

    header(out, "meedoen_push_duration_seconds", "histogram",
           "Time to answer a POST /v1/push that reached the store, in seconds.");
    quint64 cumulative = 0;
    for (size_t i = 0; i < kPushBuckets.size(); ++i) {
        cumulative += m_pushBuckets[i].load(kRelaxed);
        out += "meedoen_push_duration_seconds_bucket{le=\""_ba + number(kPushBuckets[i]) + "\"} "_ba
            + QByteArray::number(cumulative) + '\n';
    }
    const quint64 pushes = m_pushCount.load(kRelaxed);
    out += "meedoen_push_duration_seconds_bucket{le=\"+Inf\"} "_ba + QByteArray::number(pushes) + '\n';
    out += "meedoen_push_duration_seconds_sum "_ba + number(double(m_pushMicros.load(kRelaxed)) / 1e6) + '\n';
    out += "meedoen_push_duration_seconds_count "_ba + QByteArray::number(pushes) + '\n';

    // Their quotient is the mean group size: how many pushes shared a commit.
    header(out, "meedoen_push_groups_total", "counter",
           "Groups of pushes that arrived together and were applied in one transaction (group commit).");
    out += "meedoen_push_groups_total "_ba + QByteArray::number(m_pushGroups.load(kRelaxed)) + '\n';
    header(out, "meedoen_push_grouped_total", "counter", "Pushes in those groups.");
    out += "meedoen_push_grouped_total "_ba + QByteArray::number(m_groupedPushes.load(kRelaxed)) + '\n';

    header(out, "meedoen_mutations_total", "counter", "Pushed mutations answered, by kind and outcome.");
    for (const Wire::MutationKind kind : Wire::allMutationKinds()) {
        for (int o = 0; o < kMaxOutcomes; ++o) {
            const int k = int(kind);
            if (k >= kMaxKinds)
                continue;
            const quint64 n = m_mutations[size_t(k)][size_t(o)].load(kRelaxed);
            if (n == 0)
                continue;
            out += "meedoen_mutations_total{kind=\""_ba + labelValue(Wire::toKey(kind)) + "\",outcome=\""_ba
                + labelValue(Wire::toKey(Wire::OutcomeStatus(o))) + "\"} "_ba + QByteArray::number(n) + '\n';
        }
    }

    header(out, "meedoen_pull_rows_total", "counter", "Change-log rows sent to devices by GET /v1/pull.");
    out += "meedoen_pull_rows_total "_ba + QByteArray::number(m_pulledRows.load(kRelaxed)) + '\n';

    header(out, "meedoen_security_events_total", "counter",
           "Refusals and other security events (rate limits, unknown or revoked tokens, failed sign-ins, "
           "refused connections), by event name as in the meedoen.security log.");
    {
        const QMutexLocker lock(&m_eventsLock);
        const std::map<QByteArray, quint64> sorted(m_events.keyValueBegin(), m_events.keyValueEnd());
        for (const auto &[event, n] : sorted)
            out += "meedoen_security_events_total{event=\""_ba + labelValue(QString::fromLatin1(event)) + "\"} "_ba
                + QByteArray::number(n) + '\n';
    }

    header(out, "meedoen_database_errors_total", "counter",
           "Requests answered 500 because the database failed, and failed health checks.");
    out += "meedoen_database_errors_total "_ba + QByteArray::number(m_databaseErrors.load(kRelaxed)) + '\n';

    header(out, "meedoen_devices", "gauge", "Enrolled devices, by site, kind and state.");
    for (const DeviceCount &d : gauges.devices)
        out += "meedoen_devices{site=\""_ba + labelValue(d.site) + "\",kind=\""_ba + labelValue(d.kind)
            + "\",state=\""_ba + (d.revoked ? "revoked"_ba : "active"_ba) + "\"} "_ba + QByteArray::number(d.count)
            + '\n';

    header(out, "meedoen_device_last_seen_timestamp_seconds", "gauge",
           "When an active kiosk or staff tablet last made a request (its enrolment when it never did), "
           "Unix time.");
    for (const SeenDevice &d : gauges.seen)
        out += "meedoen_device_last_seen_timestamp_seconds{device=\""_ba + labelValue(d.id) + "\",site=\""_ba
            + labelValue(d.site) + "\",kind=\""_ba + labelValue(d.kind) + "\"} "_ba + QByteArray::number(d.lastSeenEpoch)
            + '\n';

    header(out, "meedoen_schema_version", "gauge", "The database's schema version (0: not reachable).");
    out += "meedoen_schema_version "_ba + QByteArray::number(gauges.schemaVersion) + '\n';
    header(out, "meedoen_uptime_seconds", "gauge", "Seconds since this server process started serving.");
    out += "meedoen_uptime_seconds "_ba + number(gauges.uptimeSeconds) + '\n';
    return out;
}

Metrics &metrics()
{
    static Metrics instance;
    return instance;
}

} // namespace Server
