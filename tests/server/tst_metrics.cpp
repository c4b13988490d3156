// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/prometheustext.h"
#include "server/eventthrottle.h"
#include "server/metrics.h"
#include "server/securitylog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Server::Metrics;
using Server::MetricsRoute;

// What IT's Prometheus scrapes from GET /metrics: text it can parse, counters that move with
// what happened, and nothing that names a person.
class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void emptyCountersAreStillParseable()
    {
        Metrics m;
        const auto parsed = PrometheusText::parse(m.exposition({}));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.types.value(u"meedoen_push_duration_seconds"_s), u"histogram"_s);
        QCOMPARE(parsed.value(u"meedoen_push_duration_seconds_count"_s), 0.0);
        QCOMPARE(parsed.value(u"meedoen_database_errors_total"_s), 0.0);
    }

    void requestsByRouteAndStatus()
    {
        Metrics m;
        m.countRequest(MetricsRoute::Push, 200);
        m.countRequest(MetricsRoute::Push, 200);
        m.countRequest(MetricsRoute::Pull, 401);
        m.countRequest(MetricsRoute::Other, 418); // not a status of ours: "other"
        const auto parsed = PrometheusText::parse(m.exposition({}));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.value(uR"(meedoen_http_requests_total{route="/v1/push",status="200"})"_s), 2.0);
        QCOMPARE(parsed.value(uR"(meedoen_http_requests_total{route="/v1/pull",status="401"})"_s), 1.0);
        QCOMPARE(parsed.value(uR"(meedoen_http_requests_total{route="other",status="other"})"_s), 1.0);
        QCOMPARE(m.requests(MetricsRoute::Push, 200), 2u);
    }

    // Buckets are cumulative and end in +Inf = _count; _sum is in seconds.
    void pushLatencyHistogram()
    {
        Metrics m;
        m.observePush(3000);      // 3 ms
        m.observePush(40000);     // 40 ms
        m.observePush(20000000);  // 20 s: beyond the last bucket
        const auto parsed = PrometheusText::parse(m.exposition({}));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.value(uR"(meedoen_push_duration_seconds_bucket{le="0.005"})"_s), 1.0);
        QCOMPARE(parsed.value(uR"(meedoen_push_duration_seconds_bucket{le="0.025"})"_s), 1.0);
        QCOMPARE(parsed.value(uR"(meedoen_push_duration_seconds_bucket{le="0.05"})"_s), 2.0);
        QCOMPARE(parsed.value(uR"(meedoen_push_duration_seconds_bucket{le="10"})"_s), 2.0);
        QCOMPARE(parsed.value(uR"(meedoen_push_duration_seconds_bucket{le="+Inf"})"_s), 3.0);
        QCOMPARE(parsed.value(u"meedoen_push_duration_seconds_count"_s), 3.0);
        QVERIFY(qAbs(parsed.value(u"meedoen_push_duration_seconds_sum"_s) - 20.043) < 1e-9);
    }

    void mutationsPulledRowsAndDevices()
    {
        Metrics m;
        m.countMutation(Wire::MutationKind::Signup, Wire::OutcomeStatus::Confirmed);
        m.countMutation(Wire::MutationKind::Signup, Wire::OutcomeStatus::Waitlisted);
        m.countMutation(Wire::MutationKind::Registration, Wire::OutcomeStatus::Accepted);
        m.countPulledRows(250);
        m.countPulledRows(7);
        m.countDatabaseError();
        Metrics::Gauges gauges;
        gauges.schemaVersion = 9;
        gauges.devices = {{u"site-a"_s, u"kiosk"_s, false, 3}, {u"site-\"b\""_s, u"staff"_s, true, 1}};
        gauges.seen = {{u"d-1"_s, u"site-a"_s, u"kiosk"_s, 1796000000}};
        const auto parsed = PrometheusText::parse(m.exposition(gauges));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.value(uR"(meedoen_mutations_total{kind="signup",outcome="confirmed"})"_s), 1.0);
        QCOMPARE(parsed.value(uR"(meedoen_mutations_total{kind="signup",outcome="waitlisted"})"_s), 1.0);
        QCOMPARE(parsed.value(uR"(meedoen_mutations_total{kind="registration",outcome="accepted"})"_s), 1.0);
        QCOMPARE(parsed.value(u"meedoen_pull_rows_total"_s), 257.0);
        QCOMPARE(parsed.value(u"meedoen_database_errors_total"_s), 1.0);
        QCOMPARE(parsed.value(uR"(meedoen_devices{site="site-a",kind="kiosk",state="active"})"_s), 3.0);
        // A quote in a label value is escaped, not the end of the label.
        QCOMPARE(parsed.value(u"meedoen_devices{site=\"site-\\\"b\\\"\",kind=\"staff\",state=\"revoked\"}"_s), 1.0);
        QCOMPARE(parsed.value(u"meedoen_schema_version"_s), 9.0);
        QCOMPARE(parsed.value(uR"(meedoen_device_last_seen_timestamp_seconds{device="d-1",site="site-a",kind="kiosk"})"_s),
                 1796000000.0);
    }

    // Refusals reach /metrics as they happen, also those the log throttle sums into one line.
    void securityEventsAreCountedEachTime()
    {
        const auto count = [](const QString &event) {
            return PrometheusText::parse(Server::metrics().exposition({}))
                .value(uR"(meedoen_security_events_total{event="%1"})"_s.arg(event));
        };
        const double before = count(u"rate-limited"_s);
        qint64 now = 0;
        Server::SecurityEventThrottle throttle(60, [&now] { return now; });
        QTest::ignoreMessage(QtWarningMsg, R"({"count":1,"device":"dev-1","event":"rate-limited"})");
        for (int i = 0; i < 5; ++i)
            throttle.record("rate-limited", "device", u"dev-1"_s);
        QCOMPARE(count(u"rate-limited"_s), before + 5);

        const double failed = count(u"login-failed"_s);
        QTest::ignoreMessage(QtWarningMsg, R"({"attempts":1,"event":"login-failed"})");
        Server::logSecurityEvent("login-failed", {{"attempts", 1}});
        QCOMPARE(count(u"login-failed"_s), failed + 1);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
