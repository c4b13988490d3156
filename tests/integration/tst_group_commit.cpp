// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Group commit (server/groupcommit.h, docs/sync-protocol.md "Group commit"): pushes of many
// kiosks that reach the server together are applied in one transaction. What a kiosk must
// notice of it is nothing: each gets the answer it would have had alone, the places go in
// arrival order and never over capacity, a kiosk at its conflict limit costs the others
// nothing, and a server killed inside a group's transaction has applied none of it.
//
// To make the pushes arrive together for certain, the server is stopped (SIGSTOP) while
// every kiosk connects and writes its request, and continued (SIGCONT): it then finds them
// all waiting at once.

#include "common/prometheustext.h"
#include "common/serverharness.h"
#include "common/tenants.h"

#include "core/attemptpolicy.h"
#include "core/limits.h"
#include "core/personalcode.h"
#include "protocol/protocolversion.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One kiosk's push over its own connection, written while the server is stopped.
struct RawPush
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray answer;

    bool send(quint16 port, const QByteArray &token, const QJsonObject &body)
    {
        socket->connectToHost(QHostAddress::LocalHost, port);
        // The kernel completes the handshake for a stopped server (its listen backlog).
        if (!socket->waitForConnected(10000))
            return false;
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Authorization: Bearer "_ba
                      + token + "\r\n"_ba + Wire::kProtocolHeader + ": "_ba + QByteArray::number(Wire::kProtocolVersion)
                      + "\r\nContent-Length: "_ba + QByteArray::number(json.size()) + "\r\n\r\n"_ba + json);
        return socket->waitForBytesWritten(10000);
    }

    // The whole answer has arrived (headers and Content-Length bytes), or the connection ended.
    bool complete() const
    {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            return socket->state() == QAbstractSocket::UnconnectedState;
        static const QRegularExpression length(u"(?i)content-length:\\s*(\\d+)"_s);
        const auto m = length.match(QString::fromLatin1(answer.left(end)));
        return !m.hasMatch() || answer.size() - end - 4 >= m.captured(1).toLongLong();
    }
    int status() const { return answer.mid(9, 3).toInt(); }
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    }
};

// Reads every connection until each has its whole answer or was closed; false on time-out.
bool readAnswers(std::vector<RawPush> &pushes, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        bool all = true;
        for (RawPush &p : pushes) {
            p.answer += p.socket->readAll();
            all = all && p.complete();
        }
        if (all)
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10); // lets the sockets' notifiers run; the loop ends on the answers, not a time
    }
}

// A name for tenant `i` (names hold letters only): Aa, Ab, … Ba, ….
QString tenantName(int i)
{
    QString name(1, QChar(u'A' + (i / 26) % 26));
    return name + QChar(u'a' + i % 26) + u"-Huurder"_s;
}

} // namespace

class TestGroupCommit : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestGroupCommit() : ServerHarness(u"groupcommit"_s) {}

private:
    static constexpr int kKiosks = 40;
    static constexpr int kPlaces = 10;

    QString catalogue()
    {
        return writeSmallCatalogue({QJsonObject{{u"id"_s, u"race"_s}, {u"kind"_s, u"volunteer"_s},
                                                {u"route"_s, u"wonen"_s}, {u"title"_s, u"Moestuin"_s},
                                                {u"site"_s, u"site-a"_s}, {u"capacity"_s, kPlaces}}});
    }

    QStringList serveOptions() const
    {
        return {u"--rate-limit"_s, u"1000000"_s, u"--max-connections-per-ip"_s, u"200"_s};
    }

    // Kiosks enrolled over HTTP, each with its first push: a new tenant and their sign-up for
    // the race, numbered from `firstSeq`.
    struct Kiosk
    {
        Enrolled device;
        QJsonObject body;
    };
    QList<Kiosk> kiosks(int n)
    {
        QList<Kiosk> out;
        for (int i = 0; i < n; ++i) {
            Kiosk k{enroll(u"kiosk"_s, u"site-a"_s), {}};
            const Meedoen::Person p = Fixtures::person(tenantName(i));
            k.body = {{u"mutations"_s,
                       QJsonArray{Fixtures::mutationJson(1, u"registration"_s, Fixtures::registrationPayload(p)),
                                  Fixtures::mutationJson(2, u"signup"_s, Fixtures::signupPayload(p.id, u"race"_s))}}};
            out.append(k);
        }
        return out;
    }

    // Every kiosk's push written while the server is stopped, then the server continued.
    bool pushTogether(const QList<Kiosk> &from, std::vector<RawPush> &pushes)
    {
        const qint64 pid = m_serve.process()->processId();
        if (::kill(pid_t(pid), SIGSTOP) != 0)
            return false;
        pushes.resize(size_t(from.size()));
        bool sent = true;
        for (qsizetype i = 0; i < from.size(); ++i)
            sent = sent && pushes[size_t(i)].send(m_port, from.at(i).device.token, from.at(i).body);
        ::kill(pid_t(pid), SIGCONT);
        return sent;
    }

    // meedoen_push_groups_total and meedoen_push_grouped_total from GET /metrics.
    std::pair<double, double> groups()
    {
        const PrometheusText::Parsed metrics = PrometheusText::parse(get(u"/metrics"_s, {}).body);
        if (!metrics.error.isEmpty())
            qWarning("/metrics: %s", qPrintable(metrics.error));
        return {metrics.value(u"meedoen_push_groups_total"_s), metrics.value(u"meedoen_push_grouped_total"_s)};
    }

    double securityEvents(const QString &event)
    {
        const PrometheusText::Parsed metrics = PrometheusText::parse(get(u"/metrics"_s, {}).body);
        return metrics.value(u"meedoen_security_events_total{event=\"%1\"}"_s.arg(event));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepare()); }
    void cleanup() { stopServer(); }

    // 40 kiosks push a new tenant and a sign-up for one of 10 places at the same moment.
    void pushesThatArriveTogetherAreAnsweredAsIfAlone()
    {
        QVERIFY(startFresh(catalogue(), serveOptions()));
        const QList<Kiosk> all = kiosks(kKiosks);
        for (const Kiosk &k : all)
            QVERIFY(!k.device.token.isEmpty());
        const auto [groupsBefore, groupedBefore] = groups();

        std::vector<RawPush> pushes;
        QVERIFY(pushTogether(all, pushes));
        QVERIFY(readAnswers(pushes));

        // They shared transactions: fewer groups than pushes (the proof it was grouped at all).
        const auto [groupsAfter, groupedAfter] = groups();
        const double groupCount = groupsAfter - groupsBefore;
        QCOMPARE(groupedAfter - groupedBefore, double(kKiosks));
        qInfo("%d pushes in %.0f transactions", kKiosks, groupCount);
        QVERIFY2(groupCount < kKiosks / 2, "pushes that arrived together were not applied together");

        // Each kiosk its own answer: its tenant accepted, its sign-up confirmed or on the waiting
        // list; the places in arrival order, never more than there are.
        QList<qint64> confirmedArrivals, waitlistedArrivals;
        QList<int> positions;
        for (const RawPush &p : pushes) {
            QCOMPARE(p.status(), 200);
            const QJsonArray results = p.json().value(u"results"_s).toArray();
            QCOMPARE(results.size(), 2);
            QCOMPARE(results.at(0).toObject().value(u"seq"_s).toInteger(), 1);
            QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"accepted"_s);
            const QJsonObject signup = results.at(1).toObject();
            QCOMPARE(signup.value(u"seq"_s).toInteger(), 2);
            const qint64 arrival = signup.value(u"arrival"_s).toInteger();
            if (signup.value(u"status"_s).toString() == u"confirmed"_s) {
                confirmedArrivals.append(arrival);
            } else {
                QCOMPARE(signup.value(u"status"_s).toString(), u"waitlisted"_s);
                waitlistedArrivals.append(arrival);
                positions.append(signup.value(u"waitlistPosition"_s).toInt());
            }
        }
        QCOMPARE(confirmedArrivals.size(), kPlaces);
        QCOMPARE(waitlistedArrivals.size(), kKiosks - kPlaces);
        std::sort(positions.begin(), positions.end());
        for (int i = 0; i < positions.size(); ++i)
            QCOMPARE(positions.at(i), i + 1);
        // Arrival order decided: every confirmed sign-up arrived before every waitlisted one.
        QVERIFY(*std::max_element(confirmedArrivals.cbegin(), confirmedArrivals.cend())
                < *std::min_element(waitlistedArrivals.cbegin(), waitlistedArrivals.cend()));

        // The database holds each mutation once, the opportunity its ten places.
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation"_s), qint64(2 * kKiosks));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM person"_s), qint64(kKiosks));
        QCOMPARE(m_serve.count(u"SELECT confirmed FROM opportunity WHERE id = 'race'"_s), qint64(kPlaces));

        // The same pushes again, together: every kiosk gets the same answer, nothing is added.
        std::vector<RawPush> again;
        QVERIFY(pushTogether(all, again));
        QVERIFY(readAnswers(again));
        for (size_t i = 0; i < pushes.size(); ++i) {
            QCOMPARE(again[i].status(), 200);
            QCOMPARE(again[i].json(), pushes[i].json());
        }
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation"_s), qint64(2 * kKiosks));
    }

    // A kiosk whose conflicts reached their limit is refused inside a group; the others in
    // the same group are applied and answered as usual.
    void aKioskAtItsConflictLimitCostsTheOthersNothing()
    {
        QVERIFY(startFresh(catalogue(), serveOptions()));
        QList<Kiosk> all = kiosks(12);
        // Kiosk 0 fills its conflict allowance: seq 1 once, then reused with other payloads.
        const Kiosk &stuck = all.first();
        QCOMPARE(post(u"/v1/push"_s, stuck.body, stuck.device.token).status, 200);
        int conflicts = 0;
        while (conflicts < Meedoen::kMaxConflictsPerDevice) {
            QJsonArray reused;
            for (int i = 0; i < 50 && conflicts < Meedoen::kMaxConflictsPerDevice; ++i, ++conflicts) {
                const Meedoen::Person other = Fixtures::person(tenantName(100 + conflicts));
                reused.append(Fixtures::mutationJson(1, u"registration"_s, Fixtures::registrationPayload(other)));
            }
            QCOMPARE(post(u"/v1/push"_s, {{u"mutations"_s, reused}}, stuck.device.token).status, 200);
        }
        const Meedoen::Person late = Fixtures::person(u"Laat"_s);
        all[0].body = {{u"mutations"_s,
                        QJsonArray{Fixtures::mutationJson(1, u"registration"_s, Fixtures::registrationPayload(late))}}};
        // Ahead of it in the group, a phone guessing a tenant's date of birth: a security event
        // in a group that is rolled back and applied again push by push.
        Meedoen::Person linked = Fixtures::person(u"Gekoppeld"_s);
        QRandomGenerator rng(20261207);
        linked.personalCode = Meedoen::generatePersonalCode(rng);
        const Enrolled registrar = enroll(u"kiosk"_s, u"site-a"_s);
        QCOMPARE(post(u"/v1/push"_s,
                      {{u"mutations"_s, QJsonArray{Fixtures::mutationJson(1, u"registration"_s,
                                                                          Fixtures::registrationPayload(linked))}}},
                      registrar.token)
                     .status,
                 200);
        const QJsonObject guess{{u"personalCode"_s, linked.personalCode}, {u"dateOfBirth"_s, u"1990-01-01"_s}};
        all.prepend({enroll(u"phone"_s, u"site-a"_s),
                     {{u"mutations"_s, QJsonArray{Fixtures::mutationJson(1, u"link"_s, {{u"identify"_s, guess}})}}}});
        const qint64 mutationsBefore = m_serve.count(u"SELECT COUNT(*) FROM mutation"_s);
        const double guessesBefore = securityEvents(u"identify-failed"_s);
        const double limitsBefore = securityEvents(u"conflict-limit"_s);

        std::vector<RawPush> pushes;
        QVERIFY(pushTogether(all, pushes));
        QVERIFY(readAnswers(pushes));
        QCOMPARE(pushes[0].status(), 200);
        const QJsonObject guessed = pushes[0].json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(guessed.value(u"reason"_s).toString(), u"identify-failed"_s);
        QCOMPARE(guessed.value(u"attemptsLeft"_s).toInt(), Meedoen::kIdentifyCodePolicy.lockAfterFailures - 1);
        QCOMPARE(pushes[1].status(), 429);
        QCOMPARE(pushes[1].json().value(u"type"_s).toString(), u"urn:meedoen:problem:conflict-limit"_s);
        for (size_t i = 2; i < pushes.size(); ++i) {
            QCOMPARE(pushes[i].status(), 200);
            QCOMPARE(pushes[i].json().value(u"results"_s).toArray().size(), 2);
        }
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation"_s) - mutationsBefore, qint64(2 * (all.size() - 2) + 1));
        // IT's log and /metrics count each event once, though the group was applied twice.
        QCOMPARE(securityEvents(u"identify-failed"_s) - guessesBefore, 1.0);
        QCOMPARE(securityEvents(u"conflict-limit"_s) - limitsBefore, 1.0);
        QCOMPARE(m_serve.count(u"SELECT failures FROM identify_attempt WHERE subject LIKE 'code:%'"_s), qint64(1));
    }

    // SIGKILL while a group's transaction is open with several pushes applied in it: none of
    // them is kept, no kiosk was told it was, and each resend is applied once.
    void killedInsideAGroupKeepsNone()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Stops dead after the 15th mutation of the transaction: 7 pushes and a half applied.
        env.insert(u"MEEDOEN_SERVER_TEST_STALL_AFTER"_s, u"15"_s);
        QVERIFY(startFresh(catalogue(), serveOptions(), env));
        const QList<Kiosk> all = kiosks(20);

        std::vector<RawPush> pushes;
        QVERIFY(pushTogether(all, pushes));
        QProcess *serve = m_serve.process();
        QTRY_VERIFY_WITH_TIMEOUT(serve->canReadLine() || serve->waitForReadyRead(100), 30000);
        QCOMPARE(serve->readLine().trimmed(), "stalled mid-batch"_ba);
        serve->kill();
        serve->waitForFinished();
        QVERIFY(readAnswers(pushes));
        for (const RawPush &p : pushes)
            QVERIFY2(p.answer.isEmpty(), "a kiosk was answered before its group was committed");
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation"_s), qint64(0));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM person"_s), qint64(0));

        QVERIFY(startServer(serveOptions()));
        std::vector<RawPush> resent;
        QVERIFY(pushTogether(all, resent));
        QVERIFY(readAnswers(resent));
        for (const RawPush &p : resent)
            QCOMPARE(p.status(), 200);
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM mutation"_s), qint64(2 * all.size()));
        QCOMPARE(m_serve.count(u"SELECT COUNT(*) FROM person"_s), qint64(all.size()));
        QCOMPARE(m_serve.count(u"SELECT confirmed FROM opportunity WHERE id = 'race'"_s), qint64(kPlaces));
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_group_commit.moc"
