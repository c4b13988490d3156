// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sanitizers.h"
#include "common/syncfixture.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

// Reads one field of /proc/<pid>/status in kB (VmHWM: the peak resident set).
qint64 statusKb(qint64 pid, QByteArrayView field)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field) && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User plus system CPU time of a process, in clock ticks (/proc/<pid>/stat fields 14 and 15).
qint64 cpuTicks(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

// One raw HTTP exchange: writes `request` and returns whatever comes back until the server
// closes (empty when it does not within `timeoutMs`).
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (s.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        s.waitForReadyRead(int(timeoutMs - timer.elapsed()));
        answer += s.readAll();
    }
    return answer + s.readAll();
}

QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

// `count` connections that never send a byte; empty when one does not connect.
std::vector<std::unique_ptr<QTcpSocket>> openSilent(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        if (!sockets.back()->waitForConnected(5000))
            return {};
    }
    return sockets;
}

// The server as `serve` runs it, with stderr kept for its security events and an optional
// descriptor limit set in the child before it starts.
struct ServeProcess
{
    QProcess process;
    quint16 port = 0;
    QByteArray errors;

    bool start(const QString &db, const QStringList &extra, int descriptorLimit = 0)
    {
        if (descriptorLimit > 0) {
            process.setChildProcessModifier([descriptorLimit] {
                const rlimit limit{rlim_t(descriptorLimit), rlim_t(descriptorLimit)};
                ::setrlimit(RLIMIT_NOFILE, &limit);
            });
        }
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(TestPaths::serverBinary(), QStringList{u"serve"_s, u"--db"_s, db} + extra);
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < 30000 && process.state() == QProcess::Running)
            process.waitForReadyRead(1000);
        const QByteArray line = process.readLine();
        const qsizetype colon = line.lastIndexOf(':');
        port = line.startsWith("listening on ") && colon > 0 ? quint16(line.mid(colon + 1).trimmed().split(' ').value(0).toUInt()) : 0;
        return port != 0;
    }

    // What the server wrote to stderr so far.
    QByteArray stderrText()
    {
        errors += process.readAllStandardError();
        return errors;
    }

    ~ServeProcess()
    {
        process.kill();
        process.waitForFinished(10000);
    }
};

} // namespace

// The probes of issue 17 ("memory can be exhausted before any check", "connections never time
// out"), each against the real `meedoen-server serve`.
class TestServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = u"sqlite:"_s + m_dir.filePath(u"limits.db"_s);
        QCOMPARE(runProcess(TestPaths::serverBinary(), {u"sites"_s, u"--db"_s, m_db}).exitCode, 0);
    }

    // `GET /v1/pull` with a 100 MB body answered 200; a body on GET is refused outright.
    void getWithBodyRefused()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s}));
        const QByteArray answer = exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
        QCOMPARE(statusLine(answer), "HTTP/1.1 400 Bad Request"_ba);
        QVERIFY(answer.contains("application/problem+json"));
        QVERIFY(answer.contains("body-not-allowed"));
        const QByteArray small = exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(statusLine(small), "HTTP/1.1 400 Bad Request"_ba);
    }

    // A declared body over the limit is refused on its Content-Length alone: 413 before the
    // token is looked at (no Authorization here, yet no 401), and before a byte of it is sent.
    void oversizedDeclaredBodyRefusedBeforeTokenCheck()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s}));
        const QByteArray push = exchange(server.port, "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n\r\n");
        QCOMPARE(statusLine(push), "HTTP/1.1 413 Content Too Large"_ba);
        QVERIFY(push.contains("too-large"));
        // The status look-up takes 1 KiB.
        const QByteArray status = exchange(server.port, "POST /v1/status HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n");
        QCOMPARE(statusLine(status), "HTTP/1.1 413 Content Too Large"_ba);
        // Chunked bodies have no declared length: refused (devices always send one).
        const QByteArray chunked = exchange(
            server.port, "POST /v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QCOMPARE(statusLine(chunked), "HTTP/1.1 411 Length Required"_ba);
        // Two differing lengths (request smuggling) are not guessed between.
        const QByteArray twice = exchange(
            server.port, "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 20\r\n\r\n{}");
        QCOMPARE(statusLine(twice), "HTTP/1.1 400 Bad Request"_ba);
        // A head over 16 KiB is not buffered further.
        const QByteArray huge = exchange(server.port, "GET /v1/pull HTTP/1.1\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n");
        QCOMPARE(statusLine(huge), "HTTP/1.1 431 Request Header Fields Too Large"_ba);
        // A request within the limits still reaches the routes: no token, so 401.
        const QByteArray ok = exchange(server.port, "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(statusLine(ok), "HTTP/1.1 401 Unauthorized"_ba);
    }

    // 100 parallel 200 MB uploads without a token: four of them used to take 1.27 GB. The
    // server's peak resident set stays under its baseline + 64 MB.
    void memoryCeilingUnderParallelUploads()
    {
        if (Sanitizers::kAddress)
            QSKIP("AddressSanitizer's quarantine keeps freed memory; the ceiling is measured in the ordinary build");
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s, u"--max-connections-per-ip"_s, u"1000"_s}));
        const qint64 pid = server.process.processId();
        // Baseline: the server after it has answered one request. It listens only once its
        // stand-in password hash is made (Argon2id, 64 MiB), so that peak is in the baseline
        // also when a busy machine runs the hash late (it once landed in the growth here).
        QCOMPARE(statusLine(exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n")), "HTTP/1.1 401 Unauthorized"_ba);
        const qint64 baselineKb = statusKb(pid, "VmHWM");
        QVERIFY(baselineKb > 0);

        constexpr int uploads = 100;
        constexpr qint64 declared = 200LL * 1024 * 1024;
        const QByteArray chunk(64 * 1024, 'x');
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int finished = 0;
        qint64 sent = 0;
        for (int i = 0; i < uploads; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            // Keep the pipe full until the server refuses: as an attacker would.
            const auto feed = [s, &chunk, &sent] {
                while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 1024 * 1024) {
                    s->write(chunk);
                    sent += chunk.size();
                }
            };
            connect(s, &QTcpSocket::connected, s, [s, feed] {
                s->write("POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(declared) + "\r\n\r\n");
                feed();
            });
            connect(s, &QTcpSocket::bytesWritten, s, feed);
            connect(s, &QTcpSocket::stateChanged, s, [&finished](QAbstractSocket::SocketState state) {
                if (state == QAbstractSocket::UnconnectedState)
                    ++finished;
            });
            s->connectToHost(QHostAddress::LocalHost, server.port);
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, uploads, 120000);
        const qint64 peakKb = statusKb(pid, "VmHWM");
        qInfo("100 parallel uploads declaring 200 MB each: %lld MB written by the clients; server peak RSS %lld kB, "
              "baseline %lld kB, growth %lld kB",
              sent / (1024 * 1024), peakKb, baselineKb, peakKb - baselineKb);
        QVERIFY2(peakKb - baselineKb < 64 * 1024, qPrintable(u"peak grew by %1 kB"_s.arg(peakKb - baselineKb)));
        // And it still answers.
        QCOMPARE(statusLine(exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n")), "HTTP/1.1 401 Unauthorized"_ba);
    }

    // A body shorter than its Content-Length held the connection for ever: the body timeout
    // answers 408 and closes it.
    void shortBodyCutByBodyTimeout()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s, u"--body-timeout"_s, u"0.5"_s}));
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = exchange(server.port, "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"mut", 20000);
        QCOMPARE(statusLine(answer), "HTTP/1.1 408 Request Timeout"_ba);
        QVERIFY(answer.contains("body-timeout"));
        QVERIFY2(timer.elapsed() < 10000, "closed by the 0.5 s body timeout, not by the client giving up");
    }

    // Silent connections are closed by the header timeout; a normal client is served while
    // they are open.
    void silentConnectionsClosedWhileOthersAreServed()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s, u"--header-timeout"_s, u"2"_s}));
        auto silent = openSilent(server.port, 20);
        QCOMPARE(int(silent.size()), 20);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(statusLine(exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n")), "HTTP/1.1 401 Unauthorized"_ba);
        QVERIFY2(timer.elapsed() < 1500, "served before the silent connections timed out");
        for (auto &s : silent) {
            QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 15000);
            QVERIFY(s->readAll().startsWith("HTTP/1.1 408 Request Timeout"));
        }
    }

    // More connections than descriptors (300 under a limit of 128): the server stops accepting
    // instead of failing accept() in a loop, does not spin, and serves again once they go.
    void descriptorLimitDoesNotSpin()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db,
                             {u"--listen"_s, u"127.0.0.1:0"_s, u"--header-timeout"_s, u"3"_s, u"--max-connections-per-ip"_s,
                              u"1000"_s},
                             128));
        const qint64 pid = server.process.processId();
        const qint64 ticksBefore = cpuTicks(pid);
        QElapsedTimer wall;
        wall.start();
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 300; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, server.port);
        }
        // The server takes what its descriptors allow (128 less its reserve), closes those by
        // the header timeout, then takes the next from the kernel's backlog: over two rounds
        // a hundred are closed. (Those the backlog had no room for stay half-open on the
        // client's side until it sends something: the kernel's doing, not the server's.)
        const auto closedByServer = [&silent] {
            return std::count_if(silent.cbegin(), silent.cend(), [](const auto &s) {
                return s->state() == QAbstractSocket::UnconnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(closedByServer() >= 100, 90000);
        const double seconds = double(wall.elapsed()) / 1000;
        const double cpuSeconds = double(cpuTicks(pid) - ticksBefore) / double(::sysconf(_SC_CLK_TCK));
        qInfo("300 silent connections under 128 descriptors: %lld closed by the server in %.1f s, server CPU %.2f s",
              qint64(closedByServer()), seconds, cpuSeconds);
        QVERIFY2(cpuSeconds < 0.25 * seconds, "the server spun while it was full");
        // They go; the server answers again. (While it works through the backlog they leave, a
        // first attempt may find it still full and be closed unanswered: on a busy machine
        // that takes a while, so ask again until it answers, for up to a minute.)
        silent.clear();
        QTRY_COMPARE_WITH_TIMEOUT(statusLine(exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n", 10000)),
                                  "HTTP/1.1 401 Unauthorized"_ba, 60000);
    }

    // One address may hold only so many connections; the next is refused with 429 at once.
    void perAddressConnectionCap()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s, u"--max-connections-per-ip"_s, u"3"_s}));
        auto held = openSilent(server.port, 3);
        QCOMPARE(int(held.size()), 3);
        // Accepted in order: the fourth is refused.
        const QByteArray refused = exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(statusLine(refused), "HTTP/1.1 429 Too Many Requests"_ba);
        QVERIFY(refused.contains("too-many-connections"));
        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains(R"("event":"connection-refused")"), 10000);
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(statusLine(exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n")),
                                  "HTTP/1.1 401 Unauthorized"_ba, 10000);
    }

    // Plain HTTP on an address others can reach is refused unless the operator says so.
    void plainHttpOnlyOnLoopback()
    {
        const ProcessResult refused = runProcess(TestPaths::serverBinary(),
                                                 {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"0.0.0.0:0"_s}, {}, 30000);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"refusing to serve plain HTTP on 0.0.0.0"_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--tls-cert"_s));
        QVERIFY(refused.err.contains(u"--insecure-http"_s));

        ServeProcess insecure;
        QVERIFY(insecure.start(m_db, {u"--listen"_s, u"0.0.0.0:0"_s, u"--insecure-http"_s}));
    }

    // Enrolment codes guessed from one address: 429 after the limit, and a security event
    // (without the codes tried).
    void enrolmentGuessingLimitedPerAddress()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s, u"--enroll-limit"_s, u"5"_s}));
        const QByteArray guess = R"({"code":"ABCD-EFGH-JKLM"})";
        const QByteArray request = "POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(guess.size()) + "\r\n\r\n" + guess;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(statusLine(exchange(server.port, request)), "HTTP/1.1 403 Forbidden"_ba);
        const QByteArray limited = exchange(server.port, request);
        QCOMPARE(statusLine(limited), "HTTP/1.1 429 Too Many Requests"_ba);
        QVERIFY(limited.contains("Retry-After"));
        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains(R"("event":"enrol-limited")"), 10000);
        QVERIFY(server.stderrText().contains(R"("event":"enrol-failed")"));
        QVERIFY(!server.stderrText().contains("ABCD"));
    }

    // A flood of requests with a bad token is one security line with a count, not one per
    // request (the throttle's minute has not ended, so only the first is written yet).
    void unauthorizedFloodIsOneLine()
    {
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s}));
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(statusLine(exchange(server.port, "GET /v1/pull HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer guess\r\n\r\n")),
                     "HTTP/1.1 401 Unauthorized"_ba);
        }
        QTRY_VERIFY_WITH_TIMEOUT(server.stderrText().contains(R"("event":"unauthorized")"), 10000);
        QCOMPARE(server.stderrText().count(R"("event":"unauthorized")"), 1);
        QVERIFY(server.stderrText().contains(R"({"count":1,"event":"unauthorized","peer":"127.0.0.1"})"));
        QVERIFY(!server.stderrText().contains("guess"));
    }

    // 31+ connections that never start the TLS handshake delayed every new client 3.5–8 s:
    // now a new client is served while they hang.
    void silentTlsConnectionsDoNotDelayOthers()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend on this machine");
        const QString cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        const ProcessResult openssl = runProcess(
            u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                           u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                           u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QCOMPARE(openssl.exitCode, 0);
        ServeProcess server;
        QVERIFY(server.start(m_db, {u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key,
                                    u"--max-connections-per-ip"_s, u"100"_s}));
        auto silent = openSilent(server.port, 40);
        QCOMPARE(int(silent.size()), 40);
        QSslSocket client;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cert));
        client.setSslConfiguration(tls);
        QElapsedTimer timer;
        timer.start();
        client.connectToHostEncrypted(u"127.0.0.1"_s, server.port);
        QVERIFY(client.waitForEncrypted(10000));
        client.write("GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && client.waitForReadyRead(10000))
            answer += client.readAll();
        qInfo("a TLS client behind 40 silent connections was answered in %lld ms", timer.elapsed());
        QCOMPARE(statusLine(answer), "HTTP/1.1 401 Unauthorized"_ba);
        QVERIFY2(timer.elapsed() < 2000, "a new client waited for the silent handshakes");
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
