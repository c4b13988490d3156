// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The power-cut loop of sync (issue 15): a kiosk drains its outbox (tenants who registered
// and signed up) while, in turn, the device process and the server process (`meedoen-server
// serve`) are killed with SIGKILL at random moments: 20 kills in every run
// (MEEDOEN_KILL_MOMENTS), 1,000 in the "slow" variant. A killed server starts again on the
// same database; a killed device starts again on its file. After every kill:
//   - the device's file is sound (after a device kill) and its outbox agrees with its
//     records: numbered 1 … n without gaps, acknowledged rows a prefix without payload,
//     every sign-up with its outbox row, a tenant's personal data kept exactly while their
//     registration waits (a kiosk erases it once the server has it);
//   - the server's file is sound (SQLite, after a server kill), it lost nothing it had, it
//     holds the device's mutations 1 … m, each the one the device queued under that number,
//     and each applied once (one person per registration, one sign-up per sign-up);
//   - everything the device recorded as acknowledged is on the server.
// When the outbox is empty the server holds exactly what was queued; then more tenants
// register and the loop goes on until all kills are done.
//
// The device talks to the server through a relay in this process: it stays on one port
// while the server starts again on another, and it sees the HTTP exchanges go by, so the
// test can say what was under way when each kill landed. The seed of the kill moments is
// printed; MEEDOEN_KILL_SEED=<seed> repeats a run (as far as timing repeats).

#include "common/killschedule.h"
#include "storage/database.h"
#include "common/syncfixture.h"

#include <QEventLoop>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <map>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

// One HTTP/1.1 stream's message boundaries (requests one way, answers the other), enough
// to tell which exchange is open. Bodies are framed by Content-Length; an answer without
// one ends with its connection.
class HttpFramer
{
public:
    // Feeds bytes; calls onHead(startLine) for each message head, onEnd() when its body is complete.
    template<typename Head, typename End>
    void feed(const QByteArray &bytes, Head onHead, End onEnd)
    {
        m_buffer += bytes;
        while (!m_buffer.isEmpty()) {
            if (m_bodyLeft > 0) {
                const qsizetype take = qMin<qsizetype>(m_bodyLeft, m_buffer.size());
                m_buffer.remove(0, take);
                m_bodyLeft -= take;
                if (m_bodyLeft == 0)
                    onEnd();
                continue;
            }
            if (m_bodyLeft < 0) { // until the connection closes
                m_buffer.clear();
                return;
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            m_buffer.remove(0, end + 4);
            qint64 length = -1;
            for (const QByteArray &line : lines) {
                const QByteArray l = line.trimmed().toLower();
                if (l.startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
            }
            onHead(lines.value(0).trimmed());
            if (length == 0 || (length < 0 && m_requests))
                onEnd();
            else
                m_bodyLeft = length;
        }
    }

    explicit HttpFramer(bool requests) : m_requests(requests) {}

private:
    bool m_requests;
    QByteArray m_buffer;
    qint64 m_bodyLeft = 0;
};

// A TCP relay from a fixed port on 127.0.0.1 to the server's current port, which notes the
// device's requests and the server's answers as they pass.
class Relay : public QObject
{
public:
    Relay()
    {
        m_listener.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener.nextPendingConnection())
                accept(client);
        });
    }

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_listener.serverPort()); }
    bool isListening() const { return m_listener.isListening(); }
    void setTarget(quint16 port) { m_target = port; }

    // What the traffic shows at this moment.
    QString phase() const
    {
        bool push = false;
        bool pull = false;
        for (const Pipe *p : m_pipes) {
            for (const QByteArray &path : p->open) {
                push = push || path.startsWith("/v1/push");
                pull = pull || path.startsWith("/v1/pull");
            }
        }
        if (push)
            return u"a push sent, not yet answered"_s;
        if (pull)
            return u"a pull sent, not yet answered"_s;
        return u"no request open; last: "_s + m_last;
    }
    // The device (re)starts: nothing it does is known yet.
    void deviceStarted() { m_last = u"device started"_s; }
    void serverStarted() { m_last = u"server started"_s; }
    int pushesAnswered = 0;

private:
    struct Pipe
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        QByteArray waiting; // from the device before the server connection stands
        HttpFramer requests{true};
        HttpFramer answers{false};
        QList<QByteArray> open; // paths of requests sent and not answered in full, in order
        bool closed = false;
    };

    void accept(QTcpSocket *client)
    {
        auto *pipe = new Pipe;
        pipe->client = client;
        pipe->upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pipes.append(pipe);
        QObject::connect(pipe->upstream, &QTcpSocket::connected, this, [pipe] {
            pipe->upstream->write(pipe->waiting);
            pipe->waiting.clear();
        });
        QObject::connect(client, &QTcpSocket::readyRead, this, [pipe] {
            const QByteArray bytes = pipe->client->readAll();
            pipe->requests.feed(
                bytes,
                [pipe](const QByteArray &head) {
                    pipe->open.append(head.split(' ').value(1));
                },
                [] {});
            if (pipe->upstream->state() == QAbstractSocket::ConnectedState)
                pipe->upstream->write(bytes);
            else
                pipe->waiting += bytes;
        });
        QObject::connect(pipe->upstream, &QTcpSocket::readyRead, this, [this, pipe] {
            const QByteArray bytes = pipe->upstream->readAll();
            pipe->answers.feed(
                bytes, [](const QByteArray &) {},
                [this, pipe] {
                    const QByteArray path = pipe->open.isEmpty() ? QByteArray() : pipe->open.takeFirst();
                    if (path.startsWith("/v1/push")) {
                        ++pushesAnswered;
                        m_last = u"a push answered"_s;
                    } else if (path.startsWith("/v1/pull")) {
                        m_last = u"a pull answered"_s;
                    } else {
                        m_last = u"another request answered"_s;
                    }
                });
            pipe->client->write(bytes);
        });
        const auto close = [this, pipe] {
            if (pipe->closed)
                return;
            pipe->closed = true;
            if (pipe->upstream->bytesAvailable() > 0)
                pipe->client->write(pipe->upstream->readAll());
            if (!pipe->open.isEmpty())
                m_last = u"a request cut off"_s;
            m_pipes.removeOne(pipe);
            // No handler of this pipe runs again; each socket goes once what it has to send is sent.
            for (QTcpSocket *s : {pipe->client, pipe->upstream}) {
                QObject::disconnect(s, nullptr, this, nullptr);
                if (s->state() == QAbstractSocket::UnconnectedState) {
                    s->deleteLater();
                } else {
                    QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                    s->disconnectFromHost();
                }
            }
            delete pipe;
        };
        QObject::connect(client, &QTcpSocket::disconnected, this, close);
        QObject::connect(pipe->upstream, &QTcpSocket::disconnected, this, close);
        QObject::connect(client, &QTcpSocket::errorOccurred, this, close);
        QObject::connect(pipe->upstream, &QTcpSocket::errorOccurred, this, close);
        pipe->upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    QTcpServer m_listener;
    quint16 m_target = 0;
    QList<Pipe *> m_pipes;
    QString m_last = u"nothing yet"_s;
};

// Runs the event loop (the relay works in it) until `p` has ended or `ms` have passed; true
// when it has ended.
bool waitEnded(QProcess &p, int ms)
{
    if (p.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(ms);
    loop.exec();
    return p.state() == QProcess::NotRunning;
}

qint64 value(QSqlQuery &q, int column = 0)
{
    return q.value(column).toLongLong();
}

} // namespace

class TestSyncPowerCut : public QObject
{
    Q_OBJECT

private:
    struct DeviceState
    {
        qint64 outboxRows = 0;
        qint64 acked = 0; // rows 1 … acked are acknowledged
    };

    // The device's outbox and records, read in one snapshot by a connection of this process
    // (the device may be running). Fails the test on any disagreement.
    void checkDevice(const QString &path, DeviceState &state, const QByteArray &where)
    {
        const QString name = u"device-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=20000"_s);
            QVERIFY2(db.open(), where.constData());
            QVERIFY2(db.transaction(), where.constData());
            QSqlQuery q(db);
            const auto one = [&](const QString &sql) -> qint64 {
                if (!q.exec(sql) || !q.next()) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    return -1;
                }
                return value(q);
            };
            const qint64 rows = one(u"SELECT count(*) FROM outbox"_s);
            const qint64 acked = one(u"SELECT count(*) FROM outbox WHERE acked_at IS NOT NULL"_s);
            QVERIFY2(rows >= 0 && acked >= 0, where.constData());
            // Numbered 1 … n without gaps; the acknowledged ones are 1 … acked.
            QVERIFY2(one(u"SELECT coalesce(max(seq), 0) FROM outbox"_s) == rows, where.constData());
            QVERIFY2(one(u"SELECT coalesce(max(seq), 0) FROM outbox WHERE acked_at IS NOT NULL"_s) == acked,
                     where.constData());
            // An acknowledged row keeps no payload, a waiting one keeps its payload.
            QVERIFY2(one(u"SELECT count(*) FROM outbox WHERE acked_at IS NOT NULL AND length(payload) > 0"_s) == 0,
                     where.constData());
            QVERIFY2(one(u"SELECT count(*) FROM outbox WHERE acked_at IS NULL AND length(payload) = 0"_s) == 0,
                     where.constData());
            // Every sign-up has its outbox row and every sign-up row its sign-up.
            QVERIFY2(one(u"SELECT count(*) FROM signup s LEFT JOIN outbox o ON o.entity_id = s.id "
                         "AND o.kind = 'signup' WHERE o.seq IS NULL"_s) == 0, where.constData());
            QVERIFY2(one(u"SELECT count(*) FROM outbox o LEFT JOIN signup s ON s.id = o.entity_id "
                         "WHERE o.kind = 'signup' AND s.id IS NULL"_s) == 0, where.constData());
            // A tenant's personal data is on the kiosk exactly while their registration waits.
            QVERIFY2(one(u"SELECT count(*) FROM person p LEFT JOIN outbox o ON o.entity_id = p.id "
                         "AND o.kind = 'registration' WHERE o.seq IS NULL OR o.acked_at IS NOT NULL"_s) == 0,
                     where.constData());
            QVERIFY2(one(u"SELECT count(*) FROM outbox o LEFT JOIN person p ON p.id = o.entity_id "
                         "WHERE o.kind = 'registration' AND o.acked_at IS NULL AND p.id IS NULL"_s) == 0,
                     where.constData());
            QVERIFY2(one(u"SELECT count(*) FROM outbox WHERE kind NOT IN ('registration', 'signup')"_s) == 0,
                     where.constData());
            // Acknowledgements are never taken back.
            QVERIFY2(acked >= state.acked, where.constData());
            q.finish();
            QVERIFY2(db.commit(), where.constData());
            state.outboxRows = rows;
            state.acked = acked;
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The mutation ids the device queued, by number: those of rows it added since `queued`.
    void readQueued(const QString &path, QStringList &queued)
    {
        const QString name = u"device-queued"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(u"SELECT seq, mutation_id FROM outbox WHERE seq > ? ORDER BY seq"_s);
            q.addBindValue(qint64(queued.size()));
            QVERIFY(q.exec());
            while (q.next()) {
                QCOMPARE(value(q), qint64(queued.size() + 1));
                queued.append(q.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    struct ServerState
    {
        qint64 mutations = 0; // the device's mutations 1 … mutations, checked against what it queued
    };

    // What the server holds, in one statement (one snapshot, also on PostgreSQL while it works),
    // and the ids of mutations it added since the last look against what the device queued.
    void checkServer(SyncFixture::Server &server, const QStringList &queued, ServerState &state, qint64 deviceAcked,
                     const QByteArray &where)
    {
        QSqlDatabase db = server.inspect();
        QVERIFY2(db.isOpen(), where.constData());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"SELECT (SELECT count(*) FROM mutation), (SELECT coalesce(max(seq), 0) FROM mutation), "
                        "(SELECT count(*) FROM mutation WHERE kind = 'registration'), "
                        "(SELECT count(*) FROM mutation WHERE kind = 'signup'), "
                        "(SELECT count(*) FROM person), (SELECT count(*) FROM signup), "
                        "(SELECT count(*) FROM conflict), (SELECT count(DISTINCT device_id) FROM mutation)"_s)
                     && q.next(),
                 where.constData());
        const qint64 count = value(q, 0);
        const qint64 maxSeq = value(q, 1);
        const qint64 registrations = value(q, 2);
        const qint64 signups = value(q, 3);
        const qint64 persons = value(q, 4);
        const qint64 signupRows = value(q, 5);
        const qint64 conflicts = value(q, 6);
        const qint64 devices = value(q, 7);
        q.finish();
        const QByteArray figures = where + ": server mutations " + QByteArray::number(count) + " (max seq "
            + QByteArray::number(maxSeq) + "), persons " + QByteArray::number(persons) + " for "
            + QByteArray::number(registrations) + " registrations, sign-ups " + QByteArray::number(signupRows)
            + " for " + QByteArray::number(signups) + ", conflicts " + QByteArray::number(conflicts)
            + "; device acknowledged " + QByteArray::number(deviceAcked) + " of " + QByteArray::number(queued.size());
        // Nothing lost that the server had, nothing it did not get from this device, no gaps.
        QVERIFY2(count >= state.mutations, figures.constData());
        QVERIFY2(count == maxSeq && devices <= 1, figures.constData());
        QVERIFY2(count <= queued.size(), figures.constData());
        // Every acknowledgement the device recorded is for a mutation the server holds.
        QVERIFY2(count >= deviceAcked, figures.constData());
        // Each mutation applied once.
        QVERIFY2(persons == registrations && signupRows == signups && conflicts == 0, figures.constData());
        // The new ones are those the device queued under those numbers.
        q.prepare(u"SELECT seq, mutation_id FROM mutation WHERE seq > ? ORDER BY seq"_s);
        q.addBindValue(state.mutations);
        QVERIFY2(q.exec(), figures.constData());
        qint64 expected = state.mutations + 1;
        while (q.next()) {
            const qint64 seq = value(q, 0);
            if (seq > count)
                break; // added after the counting statement
            QVERIFY2(seq == expected, figures.constData());
            QVERIFY2(q.value(1).toString() == queued.at(seq - 1),
                     QByteArray(figures + ": mutation " + QByteArray::number(seq) + " is not the one queued").constData());
            ++expected;
        }
        QVERIFY2(expected == count + 1, figures.constData());
        q.finish();
        state.mutations = count;
    }

private Q_SLOTS:
    void killedInTurnWhileDraining()
    {
        QStandardPaths::setTestModeEnabled(true);
        const KillSchedule::Schedule schedule = KillSchedule::fromEnvironment(20);
        QVERIFY2(schedule.valid, "MEEDOEN_KILL_MOMENTS or MEEDOEN_KILL_SEED is not a positive number");
        const int moments = schedule.moments;
        const quint32 seed = schedule.seed;
        qInfo("backend %s; %d kills, seed %u (MEEDOEN_KILL_SEED=%u repeats the moments)",
              SyncFixture::usePostgres() ? "PostgreSQL" : "SQLite", moments, seed, seed);
        QRandomGenerator random(seed);
        // Tenants per round: 1,000 (2,000 mutations) take a second or two to drain, about as
        // long as one or two kill moments. After 20,000 mutations a new server database and a
        // new device begin, so that checking the files after each kill stays quick.
        const int perRound = 1000;
        const int perDevice = 20000;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString driver = QCoreApplication::applicationDirPath() + u"/meedoen_sync_driver"_s;
        const QString serverLog = dir.filePath(u"server.log"_s);
        const auto printLogs = qScopeGuard([&] {
            if (!QTest::currentTestFailed())
                return;
            qWarning("seed %u (MEEDOEN_KILL_SEED=%u)", seed, seed);
            QFile log(serverLog);
            if (log.open(QIODevice::ReadOnly)) {
                log.seek(qMax<qint64>(0, log.size() - 4000));
                qWarning("end of the server's log:\n%s", log.readAll().constData());
            }
        });

        SyncFixture::Server server(TestPaths::serverBinary(), dir.path());
        QProcess serve;
        const auto stopServer = qScopeGuard([&] {
            serve.kill();
            serve.waitForFinished(10000);
        });
        Relay relay;
        QVERIFY(relay.isListening());
        const auto startServer = [&] {
            serve.setStandardErrorFile(serverLog, QIODevice::Append);
            const quint16 port = SyncFixture::startServe(serve, TestPaths::serverBinary(), server.db(),
                                                         {u"--rate-limit"_s, u"1000000"_s},
                                                         QProcessEnvironment::systemEnvironment(),
                                                         QProcess::SeparateChannels);
            relay.setTarget(port);
            relay.serverStarted();
            return port != 0;
        };

        QString path; // the device's database
        const auto runDriver = [&](const QStringList &args) -> QByteArray {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(driver, QStringList{path} + args);
            if (!p.waitForStarted(10000) || !waitEnded(p, 300000) || p.exitStatus() != QProcess::NormalExit
                || p.exitCode() != 0)
                return {};
            return p.readAllStandardOutput();
        };

        QStringList queued; // the device's mutation ids by number (seq - 1)
        DeviceState device;
        ServerState onServer;
        int devices = 0;
        qint64 mutations = 0;
        const auto submit = [&] {
            QVERIFY(runDriver({u"submit"_s, QString::number(perRound)}).contains("submitted"));
            readQueued(path, queued);
        };
        // A new server database with `serve` on it, and a new kiosk enrolled with it.
        const auto beginDevice = [&] {
            serve.kill();
            serve.waitForFinished(10000);
            QVERIFY(server.createDatabase(u"powercut"_s));
            QVERIFY(server.importCatalogue(3));
            QVERIFY(startServer());
            ++devices;
            path = dir.filePath(u"kiosk-%1.db"_s.arg(devices));
            QVERIFY(runDriver({u"enroll"_s, relay.url(), server.enrollCode(u"kiosk"_s, u"site-a"_s)}).contains("enrolled"));
            queued.clear();
            device = {};
            onServer = {};
        };
        beginDevice();
        if (QTest::currentTestFailed())
            return;
        submit();
        if (QTest::currentTestFailed())
            return;

        std::map<QString, int> phases[2];   // [0] device kills, [1] server kills
        int serverAhead[2] = {0, 0};        // kills after which the server held what the device had not recorded
        int rounds = 0;
        int kills = 0;
        QElapsedTimer timer;
        timer.start();
        QProcess sync;
        const auto startDevice = [&] {
            sync.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            relay.deviceStarted();
            sync.start(driver, {path, u"sync"_s});
            return sync.waitForStarted(10000);
        };
        const auto stopDevice = qScopeGuard([&] {
            sync.kill();
            sync.waitForFinished(10000);
        });

        // The device has ended on its own: it says it drained, and the server holds exactly
        // what it queued, each tenant once with their sign-up.
        const auto checkDrained = [&](const QByteArray &where) {
            QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
            QCOMPARE(sync.exitCode(), 0);
            QVERIFY2(sync.readAllStandardOutput().contains("drained"), where.constData());
            checkDevice(path, device, where);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(device.acked, qint64(queued.size()));
            QCOMPARE(device.outboxRows, qint64(queued.size()));
            checkServer(server, queued, onServer, device.acked, where);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(onServer.mutations, qint64(queued.size()));
            QCOMPARE(server.count(u"SELECT count(*) FROM person"_s), qint64(queued.size() / 2));
            QCOMPARE(server.count(u"SELECT count(*) FROM signup WHERE state = 'confirmed'"_s), qint64(queued.size() / 2));
        };

        while (kills < moments) {
            if (sync.state() == QProcess::NotRunning)
                QVERIFY(startDevice());
            const bool serverTurn = kills % 2 == 1;
            // A random moment: the device's start and its first push take about 100 ms, a
            // round a second or two.
            const int delay = int(random.bounded(serverTurn ? 0 : 20, 1200));
            bool ended = waitEnded(sync, delay);
            QString phase;
            if (!ended) {
                phase = relay.phase();
                QProcess &victim = serverTurn ? serve : sync;
                QVERIFY(::kill(pid_t(victim.processId()), SIGKILL) == 0);
                QVERIFY(victim.waitForFinished(10000));
                // The device may have ended on its own just before the signal.
                ended = !serverTurn && victim.exitStatus() == QProcess::NormalExit;
                if (!ended)
                    QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
            }
            if (ended) {
                // Drained before the kill: the server holds exactly what was queued.
                checkDrained(QByteArray("round " + QByteArray::number(rounds) + " drained"));
                if (QTest::currentTestFailed())
                    return;
                ++rounds;
                if (queued.size() >= perDevice) {
                    mutations += queued.size();
                    beginDevice();
                    if (QTest::currentTestFailed())
                        return;
                }
                submit();
                if (QTest::currentTestFailed())
                    return;
                continue;
            }
            ++kills;
            ++phases[serverTurn][phase];
            const QByteArray where = "kill " + QByteArray::number(kills) + " (" + (serverTurn ? "server" : "device")
                + ", " + phase.toUtf8() + ")";

            if (serverTurn && !SyncFixture::usePostgres()) {
                // The server's file is sound before anyone opens it for writing again.
                QSqlQuery integrity(server.inspect());
                QVERIFY2(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next(), where.constData());
                QVERIFY2(integrity.value(0).toString() == "ok"_L1,
                         QByteArray(where + ": " + integrity.value(0).toString().toUtf8()).constData());
            }
            if (!serverTurn) {
                // The device's file is sound, as the app sees it when it starts.
                Database db;
                QVERIFY2(db.open(path) == Database::Status::Open, where.constData());
                QVERIFY2(db.checkIntegrity(), where.constData());
            }
            // The device first: what it recorded can only grow while we look at the server.
            checkDevice(path, device, where);
            if (QTest::currentTestFailed())
                return;
            checkServer(server, queued, onServer, device.acked, where);
            if (QTest::currentTestFailed())
                return;
            if (onServer.mutations > device.acked)
                ++serverAhead[serverTurn];
            if (serverTurn)
                QVERIFY2(startServer(), where.constData());
            if (kills % 100 == 0 && kills < moments)
                qInfo("%d kills in %lld ms", kills, timer.elapsed());
        }
        // The rest drains without kills.
        if (sync.state() == QProcess::NotRunning)
            QVERIFY(startDevice());
        QVERIFY2(waitEnded(sync, 600000), "the last drain did not end");
        checkDrained("end");
        if (QTest::currentTestFailed())
            return;
        mutations += queued.size();

        qInfo("%d kills in %lld ms; %d rounds drained on %d devices: %lld mutations (%lld tenants), %d pushes answered",
              kills, timer.elapsed(), rounds + 1, devices, mutations, mutations / 2, relay.pushesAnswered);
        for (int who = 0; who < 2; ++who) {
            qInfo("%s kills: %d left the server holding mutations the device had not recorded as acknowledged",
                  who ? "server" : "device", serverAhead[who]);
            for (const auto &[phase, n] : phases[who])
                qInfo("  %4d  %s", n, qPrintable(phase));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncPowerCut)
#include "tst_sync_powercut.moc"
