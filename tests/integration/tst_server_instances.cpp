// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Several server instances on one database (issue 15, items 2 and 3; docs/operations.md,
// "Several instances"): two `meedoen-server serve` processes share one database, as behind a
// load balancer. 50 kiosks, each a device of its own over plain HTTP with the wire built by
// app/protocol, race for the last places of ten opportunities; every request goes to either
// instance (a load balancer moves a device between them, also between the pages of one pull).
// In one round one instance is killed with SIGKILL while pushes are in flight on it: a push
// whose answer was lost is sent again, the same batch, to the other instance, as the sync
// client resends. The killed instance comes back on another port and the race goes on.
// Afterwards every kiosk pulls to the end, page by page from alternating instances, and
//  - every acknowledged mutation is in the database exactly once (bench/load's LoadCheck),
//  - no opportunity holds more places than its capacity, the waitlists are numbered 1…n,
//  - every kiosk has seen every change-log row of its scope that is still there once, in
//    order (an opportunity's earlier rows go when a newer one is written, docs/sync-protocol.md
//    "Superseded catalogue rows"), and holds the database's final places and waitlist of every
//    opportunity and the final state of every sign-up it made.
// What one instance counted, the other refuses: the rate limit, the enrolment limit, the
// staff sign-in back-off and lock, the per-code lock on guessing a date of birth; a staff
// session and a revocation hold on both. The per-address connection cap is each instance's
// own, as documented. Two instances starting together on an empty database both serve.
// On SQLite (two processes on one file: WAL, BEGIN IMMEDIATE, a 30 s busy timeout) and, with
// MEEDOEN_TEST_PG=1 under pg_virtualenv, on PostgreSQL.

#include "common/serverharness.h"
#include "common/tenants.h"
#include "core/personalcode.h"
#include "protocol/changes.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"
#include "protocol/protocolversion.h"
#include "protocol/push.h"
#include "protocol/requests.h"

#include "loadcheck.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr int kKiosks = 50;
constexpr int kOpportunities = 10;
constexpr int kCapacity = 4;
constexpr int kWarmUpKiosks = 20;   // take two of the four places of each opportunity first
constexpr int kRaceRounds = 5;      // then every kiosk pushes in each round, all at once
constexpr int kKillRound = 2;       // the round in which instance 0 is killed at a moment …
constexpr int kKillRoundBatches = 3; // … while every kiosk pushes this many batches one after another
constexpr int kStallRound = 3;      // the round in which it is killed inside a push's transaction
constexpr int kMaxKillRounds = 3;   // killed again until a push lost its answer
constexpr int kPullPage = 40;       // small pages: a pull goes over several requests
constexpr int kMaxTries = 40;       // a request without an answer is sent again at most this often
const QString kPassword = u"correct horse battery"_s;
const QString kWrong = u"Tr0mbone-staple"_s;

QString opportunityId(int i)
{
    return u"race-%1"_s.arg(i);
}

// Runs the event loop until `finished` holds or `timeoutMs` have passed; whether it holds.
// (QTest::qWaitFor sleeps 10 ms between its rounds of events: every answer of 50 kiosks
// would wait for it.)
bool spin(const std::function<bool()> &finished, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (finished())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!finished())
        loop.exec();
    return finished();
}

// What the kiosks share: the instances' ports, what was counted, and the test's hooks.
struct Race
{
    Race() { clock.start(); }

    std::function<quint16(int)> port;                       // of instance 0 or 1 (0 while it is down)
    // Whether the database holds mutation `seq` of `device` (a lost answer: did the instance commit it?).
    std::function<bool(const QString &device, qint64 seq)> committed;
    QElapsedTimer clock;
    std::array<std::multiset<qint64>, 2> pushesInFlight;    // when each push still unanswered was sent
    int pushes = 0;                 // pushes answered 200
    int answersCompared = 0;        // answered pushes sent again to the other instance: the same answer
    int resentPushes = 0;           // pushes sent again after a lost answer (or none: an instance down)
    qint64 killedAt = -1;           // clock of the last kill of instance 0
    int lostToKill = 0;             // pushes sent to instance 0 before it was killed, never answered
    int lostToKillCommitted = 0;    // of those, committed before the kill (the other instance answers
                                    // them from the stored outcome; the rest it applies)
    int resentPulls = 0;
    int serverFaults = 0;           // 5xx answers (each sent again; none expected but while an instance dies)
    int pulls = 0;                  // pull pages answered
    int switches = 0;               // requests that went to the other instance than the one before
    QStringList problems;
};

// One kiosk as its sync client drives it: a batch (a tenant registers and signs up; now and
// then a tenant withdraws an earlier sign-up) pushed until it is answered, then a pull to the
// end. It keeps what it pulled: every change's seq, the last state of every opportunity and
// of its sign-ups.
class Kiosk : public QObject
{
public:
    Kiosk(QString id, QByteArray token, Race &race, quint32 seed)
        : m_id(std::move(id)), m_token(std::move(token)), m_race(race), m_random(seed)
    {
        m_instance = int(m_random.bounded(2));
    }

    ~Kiosk() override
    {
        // Replies the network manager aborts as it goes must not call back into this kiosk.
        for (QNetworkReply *reply : m_nam.findChildren<QNetworkReply *>())
            reply->disconnect(this);
    }

    QString id() const { return m_id; }
    qint64 lastSeq() const { return m_nextSeq - 1; }
    const QList<qint64> &seen() const { return m_seen; }
    const QMap<QString, QJsonObject> &opportunities() const { return m_opportunities; }
    const QMap<QString, QJsonObject> &signups() const { return m_signups; }
    const QList<LoadCheck::Acked> &acked() const { return m_acked; }
    int outOfOrder() const { return m_outOfOrder; }

    // A tenant signs up for `opportunity` (and, when `withdraw`, another withdraws an earlier
    // sign-up of this kiosk that holds a place); the batch is pushed, then the kiosk pulls.
    // `again`: the answer counts as lost, and the same batch goes to the other instance,
    // which must answer the same.
    void round(const QString &opportunity, bool withdraw, bool again, std::function<void()> done)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_batch.clear();
        m_batchAnswered = false;
        if (withdraw && !m_holdingPlaces.isEmpty()) {
            const QString signup = m_holdingPlaces.takeAt(qsizetype(m_random.bounded(int(m_holdingPlaces.size()))));
            m_batch.append({m_nextSeq, Fixtures::uuid(), Wire::MutationKind::Withdrawal, now,
                            Wire::toJson(Wire::Payload(Wire::WithdrawalPayload{signup}))});
        }
        const Meedoen::Person tenant = Fixtures::person(u"Tenant"_s);
        m_batch.append({m_nextSeq + m_batch.size(), Fixtures::uuid(), Wire::MutationKind::Registration, now,
                        Fixtures::registrationPayload(tenant)});
        m_batch.append({m_nextSeq + m_batch.size(), Fixtures::uuid(), Wire::MutationKind::Signup, now,
                        Fixtures::signupPayload(tenant.id, opportunity)});
        const QByteArray body = Wire::pushBody(m_batch);
        send(u"/v1/push"_s, body, 0, [this, body, again, done = std::move(done)](const QByteArray &answer) {
            if (!again) {
                pushed(answer);
                pull(false, done);
                return;
            }
            m_batchAnswered = true;
            m_instance = 1 - m_instance;
            send(u"/v1/push"_s, body, 1, [this, answer, done](const QByteArray &second) {
                const auto results = [](const QByteArray &a) {
                    return QJsonDocument::fromJson(a).object().value(u"results"_s).toArray();
                };
                if (results(second) != results(answer))
                    problem(u"the same batch answered otherwise by the other instance: "_s + QString::fromUtf8(second.left(300)));
                ++m_race.answersCompared;
                pushed(second);
                pull(false, done);
            });
        });
    }

    // Pages until the server says there is no more; `alternate`: each page from the other
    // instance than the one before.
    void pull(bool alternate, std::function<void()> done)
    {
        if (alternate) {
            m_instance = 1 - m_instance;
            ++m_race.switches;
        }
        Wire::PullQuery q;
        q.cursor = m_cursor;
        q.limit = kPullPage;
        const QString path = u"/v1/pull?"_s + Wire::toQuery(q).toString(QUrl::FullyEncoded);
        send(path, QByteArray(), 0, [this, alternate, done = std::move(done)](const QByteArray &answer) {
            ++m_race.pulls;
            const auto page = Wire::pulledPageFromJson(QJsonDocument::fromJson(answer).object());
            if (page.error) {
                problem(u"unreadable pull page: "_s + QString::fromUtf8(answer.left(200)));
                return;
            }
            for (const Wire::PulledChange &c : page.value.changes) {
                if (!m_seen.isEmpty() && c.seq <= m_seen.last())
                    ++m_outOfOrder;
                m_seen.append(c.seq);
                if (c.entityKey == "opportunity"_L1)
                    m_opportunities.insert(c.id, c.data);
                else if (c.entityKey == "signup"_L1)
                    m_signups.insert(c.id, c.data);
            }
            m_cursor = page.value.cursor;
            if (page.value.more)
                pull(alternate, done);
            else
                done();
        });
    }

private:
    // `path` to this kiosk's instance (a POST of `body`, a GET when it is null); a load
    // balancer may send each new request to the other instance. A request that got no answer
    // (the instance died) or a server fault goes again, the same, to the other instance.
    void send(const QString &path, const QByteArray &body, int tries, std::function<void(const QByteArray &)> answered)
    {
        const bool isPush = !body.isNull();
        if (tries == 0 && m_random.bounded(2) == 1) {
            m_instance = 1 - m_instance;
            ++m_race.switches;
        }
        const int instance = m_instance;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_race.port(instance)).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization"_ba, "Bearer " + m_token);
        request.setRawHeader(Wire::kProtocolHeader, QByteArray::number(Wire::kProtocolVersion));
        request.setTransferTimeout(60000);
        const qint64 sentAt = m_race.clock.elapsed();
        if (isPush)
            m_race.pushesInFlight[instance].insert(sentAt);
        QNetworkReply *reply = isPush ? m_nam.post(request, body) : m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            if (isPush)
                m_race.pushesInFlight[instance].erase(m_race.pushesInFlight[instance].find(sentAt));
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0 || status >= 500) {
                if (tries + 1 >= kMaxTries) {
                    problem(u"%1 unanswered %2 times: %3"_s.arg(path.left(8)).arg(kMaxTries).arg(reply->errorString()));
                    return;
                }
                if (status >= 500) {
                    ++m_race.serverFaults;
                    qInfo("instance %d answered %d to %s: %s", instance, status, qPrintable(path.left(8)),
                          reply->readAll().left(200).constData());
                }
                if (isPush) {
                    ++m_race.resentPushes;
                    if (instance == 0 && status == 0 && sentAt <= m_race.killedAt && !m_batchAnswered) {
                        ++m_race.lostToKill;
                        if (m_race.committed(m_id, m_batch.constFirst().seq))
                            ++m_race.lostToKillCommitted;
                    }
                } else {
                    ++m_race.resentPulls;
                }
                m_instance = 1 - instance;
                QTimer::singleShot(10 * tries, this, [=, this] { send(path, body, tries + 1, answered); });
                return;
            }
            if (status != 200) {
                problem(u"%1 answered %2: %3"_s.arg(path.left(8)).arg(status).arg(QString::fromUtf8(reply->readAll().left(300))));
                return;
            }
            if (isPush)
                ++m_race.pushes;
            answered(reply->readAll());
        });
    }

    void pushed(const QByteArray &body)
    {
        const auto answer = Wire::pushAnswerFromJson(QJsonDocument::fromJson(body).object());
        if (answer.error || answer.value.results.size() != m_batch.size()) {
            problem(u"unreadable push answer: "_s + QString::fromUtf8(body.left(300)));
            return;
        }
        using S = Wire::OutcomeStatus;
        for (qsizetype i = 0; i < m_batch.size(); ++i) {
            const Wire::OutgoingMutation &m = m_batch.at(i);
            const Wire::Outcome &o = answer.value.results.at(i);
            if (!o.isAcknowledged() || o.seq != m.seq || o.status == S::Refused) {
                problem(u"seq %1 of %2 answered %3 %4"_s.arg(m.seq).arg(m_id, Wire::toKey(o.status), o.reason));
                continue;
            }
            QString entity;
            if (m.kind == Wire::MutationKind::Registration)
                entity = o.personId.value_or(QString());
            else if (m.kind == Wire::MutationKind::Signup)
                entity = o.signupId.value_or(QString());
            if (m.kind == Wire::MutationKind::Signup && (o.status == S::Confirmed || o.status == S::Pending))
                m_holdingPlaces.append(entity);
            m_acked.append({m_id, m.seq, m.id, Wire::toKey(m.kind), entity, Wire::toKey(o.status)});
        }
        m_nextSeq += m_batch.size();
    }

    void problem(const QString &what)
    {
        m_race.problems.append(u"kiosk %1: "_s.arg(m_id.left(8)) + what);
    }

    QString m_id;
    QByteArray m_token;
    Race &m_race;
    QRandomGenerator m_random;
    QNetworkAccessManager m_nam;    // each kiosk its own connections, as on its own machine
    int m_instance = 0;
    qint64 m_nextSeq = 1;
    QList<Wire::OutgoingMutation> m_batch;
    bool m_batchAnswered = false;   // sent again although answered (`again`): not lost to a kill
    QStringList m_holdingPlaces;    // its sign-ups told confirmed and not withdrawn yet
    QList<LoadCheck::Acked> m_acked;
    QString m_cursor;
    QList<qint64> m_seen;
    int m_outOfOrder = 0;
    QMap<QString, QJsonObject> m_opportunities;
    QMap<QString, QJsonObject> m_signups;
};

} // namespace

// ctest runs limitsHoldAcrossInstances as a test of its own and names the other functions
// (tests/integration/CMakeLists.txt): a new function goes into that list.
class TestServerInstances : public QObject, public ServerHarness
{
    Q_OBJECT

public:
    TestServerInstances() : ServerHarness(u"instances"_s) {}

private:
    std::array<std::unique_ptr<SyncFixture::Instance>, 2> m_instances;
    QString m_clockFile;
    QDateTime m_now;

    // A request to one instance, with a device's token (and a body: a POST; a staff session).
    Reply call(int instance, const QString &path, const QByteArray &token, const std::optional<QJsonObject> &body = {},
               const QByteArray &staffSession = {})
    {
        QNetworkRequest req = request(path, token, m_instances.at(instance)->port());
        if (!staffSession.isEmpty())
            req.setRawHeader("X-Meedoen-Staff-Session"_ba, staffSession);
        return finish(body ? m_nam.post(req, QJsonDocument(*body).toJson(QJsonDocument::Compact)) : m_nam.get(req));
    }

    static QString type(const Reply &r) { return r.json().value(u"type"_s).toString().section(u':', -1); }

    // The servers' clock (MEEDOEN_SERVER_TEST_CLOCK_FILE), one file for both instances.
    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        QFile f(m_clockFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(m_now.toString(Qt::ISODateWithMs).toUtf8());
    }

    // Every kiosk of `kiosks` runs `batches` rounds one after another, all kiosks at once: five
    // tenants for each opportunity per round, now and then a withdrawal, now and then an answer
    // taken as lost. True when all are done.
    static bool runRound(const std::vector<Kiosk *> &kiosks, Race &race, int round, int batches = 1)
    {
        int done = 0;
        std::function<void(std::size_t, int)> next = [&](std::size_t i, int batch) {
            if (batch == batches) {
                ++done;
                return;
            }
            const std::size_t n = std::size_t(round * batches + batch);
            kiosks[i]->round(opportunityId(int((i * 3 + n) % kOpportunities)), round > 0 && (i + n) % 3 == 0,
                             (i + n) % 5 == 0, [&next, i, batch] { next(i, batch + 1); });
        };
        for (std::size_t i = 0; i < kiosks.size(); ++i)
            next(i, 0);
        return spin([&] { return done == int(kiosks.size()) || !race.problems.isEmpty(); }, 120000)
            && race.problems.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(prepare());
        m_clockFile = m_dir.filePath(u"clock"_s);
    }

    void cleanup()
    {
        for (auto &instance : m_instances)
            instance.reset();
    }

    // 50 kiosks race over two instances for the last places of ten opportunities; one
    // instance is killed mid-push and comes back. Nothing lost, nothing doubled, nothing
    // over-booked, no change missed by any kiosk's pull.
    void raceAcrossInstancesWithAKill()
    {
        QJsonArray opportunities;
        for (int i = 0; i < kOpportunities; ++i) {
            opportunities.append(QJsonObject{{u"id"_s, opportunityId(i)}, {u"kind"_s, u"volunteer"_s},
                                             {u"route"_s, u"wonen"_s}, {u"title"_s, u"Moestuin %1"_s.arg(i)},
                                             {u"site"_s, u"site-a"_s}, {u"capacity"_s, kCapacity}});
        }
        freshDatabase();
        QCOMPARE(cli({u"import-catalogue"_s, writeSmallCatalogue(opportunities), u"--db"_s, m_db}).exitCode, 0);
        for (auto &instance : m_instances) {
            instance = startInstance();
            QVERIFY2(instance, "serve did not start");
        }

        Race race;
        race.port = [this](int i) { return m_instances.at(i) ? m_instances.at(i)->port() : quint16(0); };
        QSqlDatabase db = m_serve.inspect();
        QVERIFY(db.isOpen());
        race.committed = [&db](const QString &device, qint64 seq) {
            QSqlQuery q(db);
            q.prepare(u"SELECT count(*) FROM mutation WHERE device_id = ? AND seq = ?"_s);
            q.addBindValue(device);
            q.addBindValue(seq);
            return q.exec() && q.next() && q.value(0).toInt() == 1;
        };

        // 50 codes at once; each kiosk enrols with either instance.
        const CliResult codes = cli({u"enroll"_s, u"--kind"_s, u"kiosk"_s, u"--site"_s, u"site-a"_s, u"--count"_s,
                                     QString::number(kKiosks), u"--db"_s, m_db});
        QCOMPARE(codes.exitCode, 0);
        const QList<QByteArray> lines = codes.out.trimmed().split('\n');
        QCOMPARE(lines.size(), kKiosks);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        std::vector<std::unique_ptr<Kiosk>> kiosks;
        for (int i = 0; i < kKiosks; ++i) {
            const Reply r = call(i % 2, u"/v1/enroll"_s, {}, QJsonObject{{u"code"_s, QString::fromLatin1(lines.at(i).trimmed())}});
            QCOMPARE(r.status, 200);
            kiosks.push_back(std::make_unique<Kiosk>(r.json().value(u"deviceId"_s).toString(),
                                                     r.json().value(u"token"_s).toString().toLatin1(), race, seed + quint32(i)));
        }
        std::vector<Kiosk *> all;
        for (auto &k : kiosks)
            all.push_back(k.get());

        // Two of the four places of every opportunity go first; then everyone, all at once.
        QVERIFY2(runRound({all.begin(), all.begin() + kWarmUpKiosks}, race, 0), qPrintable(race.problems.join(u'\n')));

        // Two kills of instance 0. In round kKillRound, while every kiosk pushes batch after
        // batch, at a moment it has pushes in flight that it has had a few milliseconds to read
        // (killed again in another such round, at most three, if no push happened to lose its
        // answer). In round kStallRound, inside the transaction of its first push, after one
        // mutation, holding the database's write lock (MEEDOEN_SERVER_TEST_STALL_AFTER): the
        // other instance's pushes wait for that lock until the kill releases it.
        int kills = 0;
        int inFlightAtKill = 0;
        const auto killFirst = [&] {
            inFlightAtKill += int(race.pushesInFlight[0].size());
            race.killedAt = race.clock.elapsed();
            m_instances[0]->kill();
            ++kills;
        };
        QTimer killer;
        killer.setInterval(2);
        connect(&killer, &QTimer::timeout, this, [&] {
            const qint64 now = race.clock.elapsed();
            const auto &inFlight = race.pushesInFlight[0];
            if (std::count_if(inFlight.begin(), inFlight.end(), [now](qint64 t) { return now - t >= 5; }) < 2)
                return;
            killer.stop();
            killFirst();
        });
        int lostInStall = 0;
        int committedInStall = 0;
        for (int round = 1; round <= kRaceRounds; ++round) {
            if (round == kKillRound) {
                for (int attempt = 0; attempt < kMaxKillRounds && race.lostToKill == 0; ++attempt) {
                    killer.start();
                    QVERIFY2(runRound(all, race, round, kKillRoundBatches), qPrintable(race.problems.join(u'\n')));
                    killer.stop();
                }
            } else if (round == kStallRound) {
                QProcessEnvironment stall = QProcessEnvironment::systemEnvironment();
                stall.insert(u"MEEDOEN_SERVER_TEST_STALL_AFTER"_s, u"1"_s);
                m_instances[0] = startInstance({u"--rate-limit"_s, u"1000000"_s}, stall);
                QVERIFY2(m_instances[0], "serve did not start again");
                QProcess *stalling = m_instances[0]->process();
                connect(stalling, &QProcess::readyReadStandardOutput, this, [&, stalling] {
                    if (stalling->readAllStandardOutput().contains("stalled mid-batch"))
                        QTimer::singleShot(0, this, killFirst); // not from inside the process's own signal
                });
                const int lost = race.lostToKill;
                const int committed = race.lostToKillCommitted;
                const int killsBefore = kills;
                QVERIFY2(runRound(all, race, round), qPrintable(race.problems.join(u'\n')));
                QCOMPARE(kills, killsBefore + 1);
                lostInStall = race.lostToKill - lost;
                committedInStall = race.lostToKillCommitted - committed;
            } else {
                QVERIFY2(runRound(all, race, round), qPrintable(race.problems.join(u'\n')));
            }
            // A killed instance comes back (on another port) and takes its share again.
            if (!m_instances[0]->running()) {
                m_instances[0] = startInstance();
                QVERIFY2(m_instances[0], "serve did not start again");
            }
        }
        QVERIFY(kills >= 2);
        QVERIFY2(race.lostToKill - lostInStall > 0, "no push lost its answer to the kill at a moment");
        // The stalled push, and whatever else was sent to the stalled instance, lost its answer,
        // and nothing of it was committed.
        QVERIFY(lostInStall >= 1);
        QCOMPARE(committedInStall, 0);

        // Every kiosk pulls to the end, each page from the other instance.
        {
            int done = 0;
            for (Kiosk *k : all)
                k->pull(true, [&done] { ++done; });
            QVERIFY(spin([&] { return done == kKiosks || !race.problems.isEmpty(); }, 120000));
            QVERIFY2(race.problems.isEmpty(), qPrintable(race.problems.join(u'\n')));
        }

        // Every acknowledged mutation once, every person and sign-up it made once, no
        // opportunity over its capacity (counted from the sign-ups).
        LoadCheck::Ledger ledger;
        for (Kiosk *k : all)
            ledger.acked += k->acked();
        const LoadCheck::Result check = LoadCheck::check(db, ledger);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(u'\n')));
        qint64 applied = 0;
        for (Kiosk *k : all) {
            applied += k->lastSeq();
            QCOMPARE(m_serve.count(u"SELECT count(*) FROM mutation WHERE device_id = ?"_s, {k->id()}), k->lastSeq());
        }
        QCOMPARE(qint64(ledger.acked.size()), applied);
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM conflict"_s), 0);

        // Capacity: every opportunity full (more tenants wanted it than it had places), the
        // column agrees with the sign-ups, the waitlist numbered 1…n in arrival order.
        struct Places
        {
            int capacity = 0;
            int taken = 0;
            int waitlist = 0;
        };
        QMap<QString, Places> places;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT id, capacity, confirmed FROM opportunity"_s));
            while (q.next())
                places.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt(), 0});
        }
        QCOMPARE(places.size(), kOpportunities);
        int overbooked = 0;
        for (auto it = places.begin(); it != places.end(); ++it) {
            const qint64 holding = m_serve.count(u"SELECT count(*) FROM signup WHERE opportunity_id = ? AND state IN ('confirmed', 'pending')"_s, {it.key()});
            QCOMPARE(holding, qint64(it->taken));
            QCOMPARE(it->taken, kCapacity);
            overbooked += it->taken > it->capacity ? 1 : 0;
            QSqlQuery q(db);
            q.prepare(u"SELECT waitlist_position FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' ORDER BY arrival"_s);
            q.addBindValue(it.key());
            QVERIFY(q.exec());
            while (q.next())
                QCOMPARE(q.value(0).toInt(), ++it->waitlist);
            QVERIFY(it->waitlist > 0);
        }
        QCOMPARE(overbooked, 0);

        // Pull completeness: each kiosk saw every change-log row of its scope still there once,
        // in order (rows it saw that were superseded since are gone from the log), and holds the
        // final places of every opportunity and the final state of its sign-ups.
        qint64 missed = 0;
        qint64 stale = 0;
        for (Kiosk *k : all) {
            QList<qint64> expected;
            QSqlQuery q(db);
            q.prepare(u"SELECT seq FROM change_log WHERE scope = 'catalogue' OR (entity = 'signup' AND device_id = ?) ORDER BY seq"_s);
            q.addBindValue(k->id());
            QVERIFY(q.exec());
            while (q.next())
                expected.append(q.value(0).toLongLong());
            QCOMPARE(k->outOfOrder(), 0);
            QList<qint64> notSeen;
            std::set_difference(expected.begin(), expected.end(), k->seen().begin(), k->seen().end(),
                                std::back_inserter(notSeen));
            missed += notSeen.size();
            QVERIFY2(notSeen.isEmpty(), "a kiosk missed a change of its scope");
            for (auto it = places.cbegin(); it != places.cend(); ++it) {
                const QJsonObject pulled = k->opportunities().value(it.key());
                if (pulled.value(u"placesTaken"_s).toInt(-1) != it->taken
                    || pulled.value(u"waitlistLength"_s).toInt(-1) != it->waitlist
                    || pulled.value(u"capacity"_s).toInt(-1) != it->capacity)
                    ++stale;
            }
            q.prepare(u"SELECT id, state, waitlist_position FROM signup WHERE device_id = ?"_s);
            q.addBindValue(k->id());
            QVERIFY(q.exec());
            int own = 0;
            while (q.next()) {
                ++own;
                const QJsonObject pulled = k->signups().value(q.value(0).toString());
                if (pulled.value(u"state"_s).toString() != q.value(1).toString()
                    || pulled.value(u"waitlistPosition"_s).toInt(-1) != q.value(2).toInt())
                    ++stale;
            }
            QCOMPARE(qsizetype(own), k->signups().size());
        }
        QCOMPARE(missed, 0);
        QCOMPARE(stale, 0);

        // For the report: how many pushes the instance never killed applied together with
        // others in one transaction (group commit; 0 from a server without it).
        QByteArrayList grouped;
        for (const QByteArray &line : call(1, u"/metrics"_s, {}).body.split('\n')) {
            if (line.startsWith("meedoen_push_groups_total ") || line.startsWith("meedoen_push_grouped_total "))
                grouped.append(line.split(' ').value(1));
        }
        const qint64 withdrawals = m_serve.count(u"SELECT count(*) FROM mutation WHERE kind = 'withdrawal'"_s);
        qInfo("%d kiosks on 2 instances (%s): %d pushes answered, %lld mutations, %lld withdrawals, %d answers "
              "compared across instances; %d kills (one mid-transaction) with %d pushes in flight on the killed instance, "
              "%d of them lost their answer (%d committed before the kill, %d not) and were sent again to the other; "
              "%d pushes and "
              "%d pulls sent again in all; %d pull pages, %d instance switches, %d server faults; groups and pushes "
              "grouped on the instance never killed: %s; over-booked %d, lost %lld, doubled %lld, changes missed %lld, "
              "stale states %lld",
              kKiosks, m_pg ? "PostgreSQL" : "SQLite", race.pushes, applied, withdrawals, race.answersCompared, kills,
              inFlightAtKill, race.lostToKill, race.lostToKillCommitted, race.lostToKill - race.lostToKillCommitted,
              race.resentPushes, race.resentPulls, race.pulls, race.switches, race.serverFaults, grouped.join('/').constData(),
              overbooked, check.lost, check.doubled, missed, stale);
    }

    // Two instances started at the same moment on an empty database (as after an upgrade,
    // or a host booting with two units): the schema steps run once, both serve.
    void startTogetherOnAnEmptyDatabase()
    {
        freshDatabase();
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(TestPaths::serverBinary(), {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(first.waitForStarted(10000));
        m_instances[1] = startInstance();
        QVERIFY2(m_instances[1], "the second instance did not start");
        QVERIFY(QTest::qWaitFor([&] { return first.canReadLine() || first.state() != QProcess::Running; }, 30000));
        const QByteArray line = first.readLine();
        QVERIFY2(line.startsWith("listening on 127.0.0.1:"), line.constData());
        const quint16 port = quint16(line.mid(23).trimmed().split(' ').value(0).toUInt());
        first.kill();
        first.waitForFinished(10000);
        QVERIFY(port != 0);
        QCOMPARE(m_serve.count(u"SELECT count(*) FROM schema_migration"_s),
                 m_serve.count(u"SELECT max(version) FROM schema_migration"_s));
        QCOMPARE(call(1, u"/healthz"_s, {}).status, 200);
    }

    // Guessing a tenant's date of birth: the per-code lock counts the mistakes of every device
    // on every instance (docs/security/guess.md); once locked, neither instance compares.
    void codeLockHoldsAcrossInstances()
    {
        freshDatabase();
        QVERIFY(m_serve.importCatalogue(2));
        for (auto &instance : m_instances) {
            instance = startInstance();
            QVERIFY2(instance, "serve did not start");
        }
        const auto enrolled = [&](int instance, const QString &kind, const QString &site) {
            const Reply r = call(instance, u"/v1/enroll"_s, {}, QJsonObject{{u"code"_s, m_serve.enrollCode(kind, site)}});
            return r.json().value(u"token"_s).toString().toLatin1();
        };
        const auto push = [&](int instance, const QByteArray &token, const QJsonArray &mutations) {
            const Reply r = call(instance, u"/v1/push"_s, token, QJsonObject{{u"mutations"_s, mutations}});
            return r.json().value(u"results"_s).toArray();
        };
        const QByteArray kiosk = enrolled(0, u"kiosk"_s, u"site-a"_s);
        Meedoen::Person tenant = Fixtures::person(u"Tenant"_s);
        QRandomGenerator rng(20261207);
        tenant.personalCode = Meedoen::generatePersonalCode(rng);
        QJsonArray results = push(1, kiosk, {Fixtures::mutationJson(1, u"registration"_s, Fixtures::registrationPayload(tenant))});
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"accepted"_s);

        const auto link = [&](int instance, const QByteArray &phone, qint64 seq, QDate date) {
            const QJsonObject identify{{u"personalCode"_s, tenant.personalCode}, {u"dateOfBirth"_s, date.toString(Qt::ISODate)}};
            return push(instance, phone, {Fixtures::mutationJson(seq, u"link"_s, {{u"identify"_s, identify}})}).at(0).toObject();
        };
        // Three wrong dates from one phone, on A, B, A; two from another phone on B, A: locked.
        const QByteArray phoneA = enrolled(1, u"phone"_s, u"site-a"_s);
        const QByteArray phoneB = enrolled(0, u"phone"_s, u"site-b"_s);
        int seq = 0;
        for (int left : {4, 3, 2}) {
            const QJsonObject o = link(seq % 2, phoneA, seq + 1, QDate(1990, 1, 1 + seq));
            ++seq;
            QCOMPARE(o.value(u"reason"_s).toString(), u"identify-failed"_s);
            QCOMPARE(o.value(u"attemptsLeft"_s).toInt(), left);
        }
        QJsonObject o = link(1, phoneB, 1, QDate(1990, 2, 1));
        QCOMPARE(o.value(u"reason"_s).toString(), u"identify-failed"_s);
        QCOMPARE(o.value(u"attemptsLeft"_s).toInt(), 1);
        QCOMPARE(link(0, phoneB, 2, QDate(1990, 2, 2)).value(u"reason"_s).toString(), u"code-locked"_s);
        // The right date, from a fresh phone, on either instance: locked.
        const QByteArray phoneC = enrolled(1, u"phone"_s, u"site-a"_s);
        QCOMPARE(link(1, phoneC, 1, tenant.dateOfBirth).value(u"reason"_s).toString(), u"code-locked"_s);
        QCOMPARE(link(0, phoneC, 2, tenant.dateOfBirth).value(u"reason"_s).toString(), u"code-locked"_s);
    }

    // The cap on one address's connections is each process's own (docs/operations.md): an
    // address holding all it may on one instance is refused there and served by the other.
    void connectionCapIsPerInstance()
    {
        freshDatabase();
        for (auto &instance : m_instances) {
            instance = startInstance({u"--max-connections-per-ip"_s, u"2"_s});
            QVERIFY2(instance, "serve did not start");
        }
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 2; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, m_instances[0]->port());
            QVERIFY(held.back()->waitForConnected(10000));
        }
        Reply r = call(0, u"/healthz"_s, {});
        QCOMPARE(r.status, 429);
        QCOMPARE(type(r), u"too-many-connections"_s);
        QCOMPARE(call(1, u"/healthz"_s, {}).status, 200);
        held.clear();
        QVERIFY(QTest::qWaitFor([&] { return call(0, u"/healthz"_s, {}).status == 200; }, 10000));
    }

    // What one instance counted, the other refuses: a device's requests a minute, enrolment
    // attempts from one address, and a staff login's wrong passwords (its back-off and lock).
    // A staff session signed in on one is good on the other; a revocation holds on both.
    void limitsHoldAcrossInstances()
    {
        m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 10), Qt::UTC);
        advance(0);
        freshDatabase();
        QVERIFY(m_serve.importCatalogue(2));
        // An administrator: the session is tried on the quiet-kiosks list, which is theirs.
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"--site"_s, u"site-a"_s, u"--name"_s, u"Anna"_s, u"--login"_s, u"anna"_s,
                      u"--role"_s, u"admin"_s, u"--db"_s, m_db},
                     kPassword.toUtf8() + '\n')
                     .exitCode,
                 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MEEDOEN_SERVER_TEST_CLOCK_FILE"_s, m_clockFile);
        constexpr int kRateLimit = 6;
        constexpr int kEnrollLimit = 4;
        for (auto &instance : m_instances) {
            instance = startInstance({u"--rate-limit"_s, QString::number(kRateLimit), u"--enroll-limit"_s,
                                      QString::number(kEnrollLimit)},
                                     env);
            QVERIFY2(instance, "serve did not start");
        }

        // Enrolment attempts from one address: wrong codes on A, B, A, the right one on B;
        // the fifth attempt is refused on either.
        for (int i = 0; i < kEnrollLimit - 1; ++i)
            QCOMPARE(call(i % 2, u"/v1/enroll"_s, {}, QJsonObject{{u"code"_s, u"AAAA-AAAA-AAAA"_s}}).status, 403);
        const QString code = m_serve.enrollCode(u"staff"_s, u"site-a"_s);
        Reply r = call(1, u"/v1/enroll"_s, {}, QJsonObject{{u"code"_s, code}});
        QCOMPARE(r.status, 200);
        const QByteArray tablet = r.json().value(u"token"_s).toString().toLatin1();
        const QString tabletId = r.json().value(u"deviceId"_s).toString();
        for (int instance : {0, 1}) {
            r = call(instance, u"/v1/enroll"_s, {}, QJsonObject{{u"code"_s, u"AAAA-AAAA-AAAA"_s}});
            QCOMPARE(r.status, 429);
            QCOMPARE(type(r), u"rate-limited"_s);
            QCOMPARE(r.retryAfter, "50"_ba);
        }

        // A device's requests: six a minute, wherever they go; the seventh is refused by both.
        for (int i = 0; i < kRateLimit; ++i)
            QCOMPARE(call(i % 2, u"/v1/pull"_s, tablet).status, 200);
        for (int instance : {0, 1}) {
            r = call(instance, u"/v1/pull"_s, tablet);
            QCOMPARE(r.status, 429);
            QCOMPARE(r.retryAfter, "50"_ba);
        }
        advance(50); // the next minute
        QCOMPARE(call(0, u"/v1/pull"_s, tablet).status, 200);
        QCOMPARE(call(1, u"/v1/pull"_s, tablet).status, 200);

        // Staff sign-in: three free mistakes spread over both, then the login waits on both.
        advance(60);
        const auto login = [&](int instance, const QString &password) {
            return call(instance, u"/v1/staff/login"_s, tablet, QJsonObject{{u"login"_s, u"anna"_s}, {u"password"_s, password}});
        };
        QCOMPARE(login(0, kWrong).status, 401);
        QCOMPARE(login(1, kWrong).status, 401);
        QCOMPARE(login(0, kWrong).status, 401);
        r = login(1, kPassword);
        QCOMPARE(r.status, 429);
        QCOMPARE(type(r), u"login-backoff"_s);
        QCOMPARE(r.retryAfter, "1"_ba);
        advance(1);
        QCOMPARE(login(0, kPassword).status, 200);

        // Ten wrong passwords in a row, alternating instances, lock the login on both: the
        // tenth is the last one either instance checks.
        int mistakes = 0;
        int instance = 0;
        for (int tries = 0; tries < 60; ++tries) {
            advance(60); // a fresh minute of the rate limit each time
            r = login(instance, kWrong);
            if (r.status == 429) {
                advance(r.retryAfter.toInt());
                continue;
            }
            if (r.status != 401)
                break;
            ++mistakes;
            instance = 1 - instance;
        }
        QCOMPARE(r.status, 423);
        QCOMPARE(mistakes, 10);
        for (int other : {0, 1}) {
            r = login(other, kPassword);
            QCOMPARE(r.status, 423);
            QCOMPARE(type(r), u"login-locked"_s);
        }
        QCOMPARE(cli({u"staff"_s, u"unlock"_s, u"anna"_s, u"--db"_s, m_db}).exitCode, 0);
        advance(3600); // the tablet's own wait after ten mistakes
        r = login(1, kPassword);
        QCOMPARE(r.status, 200);
        const QByteArray session = r.json().value(u"sessionToken"_s).toString().toLatin1();
        QCOMPARE(call(0, u"/v1/staff/kiosks"_s, tablet, {}, session).status, 200);
        QCOMPARE(call(0, u"/v1/staff/kiosks"_s, tablet, {}, "not-a-session"_ba).status, 401);

        QCOMPARE(cli({u"revoke"_s, tabletId, u"--db"_s, m_db}).exitCode, 0);
        for (int either : {0, 1}) {
            r = call(either, u"/v1/pull"_s, tablet);
            QCOMPARE(r.status, 401);
            QCOMPARE(type(r), u"device-revoked"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerInstances)
#include "tst_server_instances.moc"
