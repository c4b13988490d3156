// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Load generator (issue 15): N enrolled kiosks against the real meedoen-server, each pushing
// a registration and a sign-up (one batch, built with app/protocol's builders) at random
// moments — a Poisson process at the offered rate, seeded — and pulling after each push, as
// a sync round does. It starts its own `meedoen-server serve` on SQLite or PostgreSQL (with
// --instances N, N of them on the one database, each device staying with one of them),
// enrols the devices with one `enroll --count N`, runs for the duration, then checks the
// database (bench/load/loadcheck.h): every acknowledged mutation there exactly once, no
// opportunity over its capacity. Exit code 0 only when the run finished and the check passed.
//
// Each device is one keep-alive HTTP/1.1 connection of its own (a QTcpSocket, non-blocking),
// one request at a time, as a kiosk's sync client holds it: a QNetworkAccessManager would
// share six connections among all devices and queue the rest inside the client.
// Arrivals that find their device busy wait for it; `wait` below counts from the arrival,
// `push` from the moment the request went out.
//
// Output on stdout, one figure a line ("<name> <value> <unit>", scripts/bench.sh reads them);
// progress and the check's findings on stderr. Usage: meedoen_bench_load --help

#include "core/domain.h"
#include "protocol/changes.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"
#include "protocol/push.h"
#include "protocol/requests.h"
#include "protocol/wire.h"

#include "loadcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRequestTimeoutMs = 30000;
constexpr int kDrainTimeoutMs = 60000;     // after the last arrival, for the answers still out
constexpr int kEnrollInFlight = 8;         // enrolments and first pulls at once, while setting up
constexpr int kRetryDelayMs = 200;         // after a network error or a 5xx
constexpr int kMaxRetryAfterMs = 2000;     // a 429's Retry-After, capped (the run is short)
constexpr int kMaxReportedRejections = 5;  // on stderr; the count has them all

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "meedoen_bench_load: %s\n", qPrintable(what));
    std::exit(2);
}

void say(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
}

void figure(const QString &name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

// Nearest-rank percentile (p in 0..100), as bench/benchutil.h; `sorted` ascending.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// ----------------------------------------------------------------------------- pull pages

struct PageEnd
{
    QString cursor;
    bool more = false;
    qsizetype changes = 0;
};

std::optional<PageEnd> wholePage(const QByteArray &body)
{
    const auto page = Wire::pulledPageFromJson(QJsonDocument::fromJson(body).object());
    if (page.error)
        return std::nullopt;
    return PageEnd{page.value.cursor, page.value.more, page.value.changes.size()};
}

// The server writes a page as {"changes":[…],"cursor":"<n>","more":<bool>} (Wire::
// pulledPageBody): the cursor and whether more follows are read from the end, and the changes
// counted by their "seq" keys (a quote inside a change's data is escaped, so no data string
// can look like one). A page of another shape is read whole.
std::optional<PageEnd> pageEnd(const QByteArray &body)
{
    static const QByteArray cursorKey = QByteArrayLiteral("],\"cursor\":\"");
    const qsizetype at = body.lastIndexOf(cursorKey);
    if (at < 0)
        return wholePage(body);
    const qsizetype from = at + cursorKey.size();
    const qsizetype to = body.indexOf('"', from);
    const QByteArrayView tail = QByteArrayView(body).sliced(to < 0 ? body.size() : to);
    if (to < 0 || !(tail == "\",\"more\":true}" || tail == "\",\"more\":false}"))
        return wholePage(body);
    PageEnd end{QString::fromLatin1(QByteArrayView(body).sliced(from, to - from)), tail.endsWith("true}"), 0};
    end.changes = QByteArrayView(body).first(at).count("\"seq\":");
    return end;
}

// ----------------------------------------------------------------------------- HTTP

struct HttpAnswer
{
    int status = 0;             // 0: no answer (connection failed, closed, or timed out)
    QByteArray body;
    int retryAfterSeconds = 0;
};

// One keep-alive HTTP/1.1 connection to the server, one request at a time. A connection the
// server closed while idle is opened again; a request that meets a closing connection before
// any answer is sent once more on a new one (pushes are idempotent: the same batch gets the
// same answer).
class Connection : public QObject
{
public:
    using Done = std::function<void(const HttpAnswer &)>;

    Connection(quint16 port, QObject *parent) : QObject(parent), m_port(port)
    {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] { fail(); });
    }

    quint16 port() const { return m_port; }

    void send(QByteArray request, Done done)
    {
        m_request = std::move(request);
        m_done = std::move(done);
        m_resent = false;
        m_timeout.start(kRequestTimeoutMs);
        write();
    }

private:
    void open()
    {
        drop();
        m_socket = new QTcpSocket(this);
        m_buffer.clear();
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            if (m_done)
                m_socket->write(m_request);
        });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { closed(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                closed();
        });
        m_socket->connectToHost(u"127.0.0.1"_s, m_port);
    }

    void write()
    {
        m_buffer.clear();
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            open();
        else
            m_socket->write(m_request);
    }

    // Called from the socket's own signals: it goes later, and says nothing more.
    void drop()
    {
        if (!m_socket)
            return;
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }

    void closed()
    {
        drop();
        if (!m_done)
            return; // idle: the next request opens a new connection
        if (m_buffer.isEmpty() && !m_resent) {
            m_resent = true;
            QTimer::singleShot(0, this, [this] {
                if (m_done)
                    write();
            });
            return;
        }
        fail();
    }

    void fail()
    {
        drop();
        finish({});
    }

    void finish(const HttpAnswer &answer)
    {
        m_timeout.stop();
        Done done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(answer);
    }

    void read()
    {
        m_buffer += m_socket->readAll();
        if (!m_done)
            return;
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        HttpAnswer answer;
        answer.status = lines.value(0).split(' ').value(1).toInt();
        qsizetype length = -1;
        bool close = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "connection")
                close = value.toLower() == "close";
            else if (name == "retry-after")
                answer.retryAfterSeconds = value.toInt();
        }
        if (length < 0) {
            fail(); // the server always sends a length; anything else is a broken answer
            return;
        }
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        answer.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.clear();
        if (close)
            drop();
        finish(answer);
    }

    quint16 m_port;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    Done m_done;
    bool m_resent = false;
    QTimer m_timeout;
};

QByteArray httpRequest(const QByteArray &method, const QByteArray &target, quint16 port, const QByteArray &token,
                       const QByteArray &body = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (method == "POST")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

// ----------------------------------------------------------------------------- the server

// utime + stime of a process in seconds (/proc/<pid>/stat), -1 when it is gone.
double cpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name (field 2) may hold spaces: count from the ')' that ends it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks; // fields 14 and 15
}

// kB of a "Name:  1234 kB" line of /proc/<pid>/status.
qint64 statusKb(qint64 pid, const char *name)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Busy and total jiffies of the whole machine (/proc/stat, first line).
std::pair<double, double> machineJiffies()
{
    QFile f(u"/proc/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = f.readLine().simplified().split(' ');
    double total = 0;
    double idle = 0;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        total += fields[i].toDouble();
        if (i == 4 || i == 5) // idle, iowait
            idle += fields[i].toDouble();
    }
    return {total - idle, total};
}

double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct ServerRun
{
    QString binary;
    QString db;         // --db spec
    QString sqlitePath; // or
    QString pgName;
    QStringList serveOptions; // more options for `serve` (e.g. --group-commit 1)
    std::vector<std::unique_ptr<QProcess>> processes; // the `serve` instances
    std::vector<quint16> ports;

    QByteArray cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(binary, args + QStringList{u"--db"_s, db});
        if (!p.waitForStarted(10000) || !p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0)
            die(u"meedoen-server %1 failed"_s.arg(args.join(u' ')));
        return p.readAllStandardOutput();
    }

    // Starts `count` instances on the database, each logging to its own file.
    void start(const QString &logPrefix, int count)
    {
        for (int i = 0; i < count; ++i)
            startOne(count == 1 ? logPrefix + u".log"_s : u"%1-%2.log"_s.arg(logPrefix).arg(i + 1));
    }

    void startOne(const QString &logFile)
    {
        auto &process = *processes.emplace_back(std::make_unique<QProcess>());
        process.setStandardErrorFile(logFile.isEmpty() ? QProcess::nullDevice() : logFile);
        // Many devices from one address, far more than a person's rate: the per-address and
        // per-device limits are not what this measures (tst_server_limits proves them).
        process.start(binary, QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--rate-limit"_s,
                                          u"1000000"_s, u"--enroll-limit"_s, u"1000000"_s,
                                          u"--max-connections-per-ip"_s, u"100000"_s, u"--log-format"_s, u"text"_s}
                                  + serveOptions);
        QElapsedTimer t;
        t.start();
        while (!process.canReadLine()) {
            if (process.state() == QProcess::NotRunning || t.elapsed() > 30000)
                die(u"meedoen-server serve did not start"_s);
            process.waitForReadyRead(1000);
        }
        const QByteArray line = process.readLine();
        const QByteArray prefix = "listening on 127.0.0.1:";
        if (!line.startsWith(prefix))
            die(u"meedoen-server serve said: "_s + QString::fromUtf8(line));
        ports.push_back(quint16(line.mid(prefix.size()).trimmed().split(' ').value(0).toUInt()));
    }

    void stop()
    {
        for (auto &process : processes) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(30000)) {
                process->kill();
                process->waitForFinished(10000);
            }
        }
    }
};

QString writeCatalogue(const QString &dir, int opportunities, int capacity)
{
    QJsonArray list;
    for (int i = 0; i < opportunities; ++i)
        list.append(QJsonObject{{u"id"_s, u"load-%1"_s.arg(i)}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                                {u"title"_s, u"Moestuin %1"_s.arg(i)}, {u"site"_s, u"site-load"_s},
                                {u"capacity"_s, capacity}});
    const QJsonObject catalogue{
        {u"format"_s, u"meedoen-catalogue/1"_s},
        {u"textVersion"_s, u"2026-11-01"_s},
        {u"neighbourhoods"_s, QJsonArray{QJsonObject{{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}}}},
        {u"sites"_s, QJsonArray{QJsonObject{{u"id"_s, u"site-load"_s}, {u"name"_s, u"Buurthuis"_s},
                                            {u"neighbourhood"_s, u"wielewaal"_s}}}},
        {u"opportunities"_s, list},
    };
    const QString path = dir + u"/load-catalogue.json"_s;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(u"cannot write "_s + path);
    f.write(QJsonDocument(catalogue).toJson(QJsonDocument::Compact));
    return path;
}

// ----------------------------------------------------------------------------- the devices

// A server's pushes and its group commits over the run, from its /metrics
// (meedoen_push_grouped_total and meedoen_push_groups_total; 0 when they cannot be read).
std::pair<double, double> pushesAndGroups(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {0, 0};
    socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray text;
    while (socket.waitForReadyRead(5000))
        text += socket.readAll();
    double groups = 0, grouped = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("meedoen_push_groups_total "))
            groups = line.mid(26).toDouble();
        else if (line.startsWith("meedoen_push_grouped_total "))
            grouped = line.mid(27).toDouble();
    }
    return {grouped, groups};
}

struct Options
{
    int devices = 1000;
    double rate = 300;          // pushes a second, all devices together
    double duration = 20;       // seconds of arrivals
    bool postgres = false;
    QString serverBinary;
    quint64 seed = 1;
    bool pull = true;
    double duplicates = 0;      // share of pushes sent again after their answer (a lost answer)
    int opportunities = 50;
    int capacity = 20;
    QString name;               // prefix of the figures
    QString workDir;            // kept; empty: a temporary folder
    int groupCommit = 0;        // serve --group-commit; 0: the server's default
    int pullThreads = -1;       // serve --pull-threads; -1: the server's default
    int instances = 1;          // `serve` processes on the one database
};

struct Stats
{
    std::vector<double> pushMs;     // request out → answer (the last attempt)
    std::vector<double> waitMs;     // arrival → answer (waiting for the device, retries)
    std::vector<double> pullMs;
    qint64 pushes = 0;              // answered 200
    qint64 accepted = 0;            // mutations: registrations accepted, sign-ups confirmed or pending
    qint64 waitlisted = 0;          // sign-ups: full, on the waitlist
    qint64 declined = 0;            // sign-ups: no place
    qint64 refused = 0;             // business refusals and conflicts
    qint64 duplicates = 0;          // resends answered exactly as the first time
    qint64 duplicateMismatches = 0; // resends answered otherwise
    qint64 rejected = 0;            // other 4xx answers (the batch was not taken)
    qint64 errors = 0;              // no answer, 5xx, 429, 408, unreadable answers (each sent again)
    qint64 pullErrors = 0;
    qint64 pulledChanges = 0;
    qint64 late = 0;                // arrivals whose push had not been answered when the run ended
};

class Device;

class Run
{
public:
    Options options;
    Stats stats;
    LoadCheck::Ledger ledger;
    QElapsedTimer clock;
    std::vector<quint16> ports;     // one per server instance; device i uses ports[i % size]
    std::mt19937_64 random;
    int busy = 0;                   // devices with a request out
    std::function<void()> idle;     // called when busy drops to 0 after the arrivals ended
    bool arrivalsOver = false;

    double nowMs() const { return double(clock.nsecsElapsed()) / 1e6; }
};

class Device : public QObject
{
public:
    Device(Run *run, QString id, QByteArray token, quint16 port, QObject *parent)
        : QObject(parent), m_run(run), m_id(std::move(id)), m_token(std::move(token)), m_http(port, this)
    {
    }

    const QString &id() const { return m_id; }

    // The first pull, before the clock runs: the catalogue, so later pulls are increments.
    void firstPull(std::function<void(bool)> done) { pullPage(std::move(done), nullptr); }

    void arrive(double atMs)
    {
        m_arrivals.push_back(atMs);
        if (!m_active)
            next();
    }

    bool sentUnanswered() const { return m_active && m_sent; }
    qsizetype waiting() const { return qsizetype(m_arrivals.size()); }

private:
    void setActive(bool active)
    {
        if (active == m_active)
            return;
        m_active = active;
        m_run->busy += active ? 1 : -1;
        if (!active && m_run->busy == 0 && m_run->arrivalsOver && m_run->idle)
            m_run->idle();
    }

    // A tenant registers and signs up: one batch of two mutations with the next two seqs.
    void buildBatch()
    {
        Meedoen::Person p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        static const QStringList givenNames{u"Ayşe"_s, u"Johan"_s, u"Fatima"_s, u"Piotr"_s, u"Noor"_s, u"Kees"_s};
        p.givenName = givenNames.at(qsizetype(m_seq / 2) % givenNames.size());
        p.familyName = u"Yılmaz"_s;
        p.phone = u"+31612345678"_s;
        p.address.postcode = u"3083 BK"_s;
        p.address.houseNumber = 12;
        p.dateOfBirth = QDate(1980, 5, 17);
        p.languages = {u"nl"_s};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Wire::RegistrationPayload registration;
        registration.person = p;
        registration.consents = {Meedoen::ConsentRecord{p.id, u"contact"_s, u"2026-11-01"_s, now, {}, u"nl"_s}};
        Meedoen::Signup s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.personId = p.id;
        const int opportunity = int(std::uniform_int_distribution<int>(0, m_run->options.opportunities - 1)(m_run->random));
        s.opportunityId = u"load-%1"_s.arg(opportunity);
        s.createdAt = now;
        Wire::SignupPayload signup;
        signup.signup = s;
        m_batch = {Wire::OutgoingMutation{m_seq, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          Wire::MutationKind::Registration, now, Wire::toJson(Wire::Payload(registration))},
                   Wire::OutgoingMutation{m_seq + 1, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          Wire::MutationKind::Signup, now, Wire::toJson(Wire::Payload(signup))}};
        m_entities = {p.id, s.id};
        m_body = Wire::pushBody(m_batch);
    }

    void next()
    {
        if (m_arrivals.empty()) {
            setActive(false);
            return;
        }
        setActive(true);
        if (m_batch.isEmpty())
            buildBatch();
        m_resendAsDuplicate = std::uniform_real_distribution<double>(0, 1)(m_run->random) < m_run->options.duplicates;
        push();
    }

    void push()
    {
        m_sent = true;
        const double out = m_run->nowMs();
        m_http.send(httpRequest("POST", "/v1/push", m_http.port(), m_token, m_body),
                    [this, out](const HttpAnswer &a) { pushed(a, out); });
    }

    void retryLater(int ms)
    {
        QTimer::singleShot(ms, this, [this] { push(); });
    }

    void pushed(const HttpAnswer &a, double outMs)
    {
        Stats &st = m_run->stats;
        const double now = m_run->nowMs();
        // No answer, a fault, "too many", or 408 (the server was too busy to read the request
        // head in time): nothing was taken that a resend would not find; send it again.
        if (a.status == 0 || a.status >= 500 || a.status == 429 || a.status == 408) {
            ++st.errors;
            retryLater(a.status == 429 ? std::min(kMaxRetryAfterMs, std::max(1, a.retryAfterSeconds) * 1000)
                                       : kRetryDelayMs);
            return;
        }
        if (a.status != 200) {
            // The batch was refused as a whole (a bug of this generator, or of the server):
            // nothing applied, so its seqs go to the next batch.
            if (++st.rejected <= kMaxReportedRejections)
                say(u"push answered %1: %2"_s.arg(a.status).arg(QString::fromUtf8(a.body.left(300))));
            m_batch.clear();
            m_sent = false;
            finishArrival(now);
            next();
            return;
        }
        const auto answer = Wire::pushAnswerFromJson(QJsonDocument::fromJson(a.body).object());
        if (answer.error || answer.value.results.size() != m_batch.size()) {
            ++st.errors;
            say(u"unreadable push answer: "_s + QString::fromUtf8(a.body.left(300)));
            retryLater(kRetryDelayMs);
            return;
        }
        ++st.pushes;
        st.pushMs.push_back(now - outMs);
        bool advanced = true;
        for (qsizetype i = 0; i < m_batch.size(); ++i) {
            const Wire::Outcome &o = answer.value.results[i];
            using S = Wire::OutcomeStatus;
            if (!o.isAcknowledged()) {
                advanced = false; // a gap or a reused seq: this generator numbers wrongly
                ++st.refused;
                say(u"mutation seq %1 not acknowledged: %2 %3"_s.arg(o.seq).arg(Wire::toKey(o.status), o.reason));
                continue;
            }
            if (o.status == S::Accepted || o.status == S::Confirmed || o.status == S::Pending)
                ++st.accepted;
            else if (o.status == S::Waitlisted)
                ++st.waitlisted;
            else if (o.status == S::Declined)
                ++st.declined;
            else
                ++st.refused;
            const bool made = o.status != S::Refused && o.status != S::Conflict;
            const bool isRegistration = m_batch[i].kind == Wire::MutationKind::Registration;
            QString entity;
            if (made)
                entity = isRegistration ? o.personId.value_or(m_entities[0]) : o.signupId.value_or(m_entities[1]);
            m_run->ledger.acked.append({m_id, m_batch[i].seq, m_batch[i].id, Wire::toKey(m_batch[i].kind), entity,
                                        Wire::toKey(o.status)});
        }
        if (m_resendAsDuplicate) {
            // The answer was "lost": the device sends the same batch again and must get the
            // very same outcomes, with nothing applied twice.
            m_resendAsDuplicate = false;
            m_firstAnswer = QJsonDocument::fromJson(a.body).object().value(u"results"_s).toArray();
            m_http.send(httpRequest("POST", "/v1/push", m_http.port(), m_token, m_body), [this, advanced](const HttpAnswer &d) {
                const QJsonArray again = QJsonDocument::fromJson(d.body).object().value(u"results"_s).toArray();
                if (d.status != 200)
                    ++m_run->stats.errors; // the first answer stands
                else if (again == m_firstAnswer)
                    ++m_run->stats.duplicates;
                else
                    ++m_run->stats.duplicateMismatches;
                acknowledged(advanced);
            });
            return;
        }
        acknowledged(advanced);
    }

    void acknowledged(bool advanced)
    {
        if (advanced)
            m_seq += m_batch.size();
        m_batch.clear();
        m_sent = false;
        finishArrival(m_run->nowMs());
        if (!m_run->options.pull) {
            next();
            return;
        }
        pullPage([this](bool) { next(); }, &m_run->stats);
    }

    void finishArrival(double nowMs)
    {
        m_run->stats.waitMs.push_back(nowMs - m_arrivals.front());
        m_arrivals.pop_front();
    }

    // GET /v1/pull from this device's cursor until the server says there is no more.
    void pullPage(std::function<void(bool)> done, Stats *st)
    {
        Wire::PullQuery q;
        q.cursor = m_cursor;
        q.limit = Wire::kMaxPullLimit;
        const QByteArray target = "/v1/pull?" + Wire::toQuery(q).toString(QUrl::FullyEncoded).toLatin1();
        const double out = m_run->nowMs();
        m_http.send(httpRequest("GET", target, m_http.port(), m_token), [this, st, out, done = std::move(done)](const HttpAnswer &a) {
            // While setting up every page is read whole and checked (Wire's reader); in the
            // timed run only its end, which one generator for a thousand kiosks could not
            // otherwise afford: parsing every change of every page took a quarter of its CPU.
            const auto page = st ? pageEnd(a.body) : wholePage(a.body);
            if (a.status != 200 || !page) {
                if (st)
                    ++st->pullErrors;
                done(false);
                return;
            }
            if (st) {
                st->pullMs.push_back(m_run->nowMs() - out);
                st->pulledChanges += page->changes;
            }
            m_cursor = page->cursor;
            if (page->more)
                pullPage(done, st);
            else
                done(true);
        });
    }

    Run *m_run;
    QString m_id;
    QByteArray m_token;
    Connection m_http;
    QString m_cursor;
    qint64 m_seq = 1;
    std::deque<double> m_arrivals;
    QList<Wire::OutgoingMutation> m_batch;
    QStringList m_entities;     // the person and the sign-up of m_batch
    QByteArray m_body;
    QJsonArray m_firstAnswer;
    bool m_active = false;
    bool m_sent = false;
    bool m_resendAsDuplicate = false;
};

// ----------------------------------------------------------------------------- set-up

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Offers meedoen-server a Poisson load of kiosk pushes (registration + sign-up) and pulls, "
        "reports throughput, latency, the server's CPU and memory, and checks the database afterwards."_s);
    parser.addHelpOption();
    const QCommandLineOption devices(u"devices"_s, u"Enrolled kiosks (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption rate(u"rate"_s, u"Offered pushes a second, all kiosks together (default 300)."_s, u"R"_s,
                                  u"300"_s);
    const QCommandLineOption duration(u"duration"_s, u"Seconds of arrivals (default 20)."_s, u"S"_s, u"20"_s);
    const QCommandLineOption db(u"db"_s, u"sqlite or postgresql (a new database in the PG* cluster)."_s, u"KIND"_s,
                                u"sqlite"_s);
    const QCommandLineOption server(u"server-binary"_s, u"meedoen-server (default: next to this program)."_s, u"PATH"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the arrivals and choices (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption noPull(u"no-pull"_s, u"Push only; by default each push is followed by a pull."_s);
    const QCommandLineOption duplicates(u"duplicates"_s,
                                        u"Share of pushes sent twice, as after a lost answer (default 0)."_s, u"X"_s,
                                        u"0"_s);
    const QCommandLineOption opportunities(u"opportunities"_s, u"Opportunities signed up for (default 50)."_s, u"N"_s,
                                           u"50"_s);
    const QCommandLineOption capacity(u"capacity"_s, u"Places of each (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption workDir(u"work-dir"_s, u"Folder for the SQLite database, the log and the ledger (kept)."_s,
                                     u"DIR"_s);
    const QCommandLineOption name(u"name"_s, u"Prefix of the figures (default load_<db>_<rate>)."_s, u"PREFIX"_s);
    const QCommandLineOption groupCommit(
        u"group-commit"_s, u"The server's --group-commit (1: each push its own transaction; default: the server's)."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption pullThreads(
        u"pull-threads"_s, u"The server's --pull-threads (-1, the default: the server's own default)."_s, u"N"_s,
        u"-1"_s);
    const QCommandLineOption instances(
        u"instances"_s, u"Server instances on the one database, the devices spread over them (default 1)."_s, u"N"_s,
        u"1"_s);
    parser.addOptions({devices, rate, duration, db, server, seed, noPull, duplicates, opportunities, capacity, workDir, name,
                       groupCommit, pullThreads, instances});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        die(u"no arguments expected (see --help)"_s);

    Options o;
    const auto number = [&](const QCommandLineOption &opt, double low, double high) {
        bool ok = false;
        const double v = parser.value(opt).toDouble(&ok);
        if (!ok || !(v >= low && v <= high))
            die(u"--%1 must be a number from %2 to %3"_s.arg(opt.names().first()).arg(low).arg(high));
        return v;
    };
    o.devices = int(number(devices, 1, 10000));
    o.rate = number(rate, 0.1, 100000);
    o.duration = number(duration, 0.1, 3600);
    o.seed = quint64(number(seed, 0, 1e15));
    o.duplicates = number(duplicates, 0, 1);
    o.opportunities = int(number(opportunities, 1, 10000));
    o.capacity = int(number(capacity, 1, 1000000));
    o.pull = !parser.isSet(noPull);
    o.groupCommit = int(number(groupCommit, 0, 1024));
    o.pullThreads = int(number(pullThreads, -1, 8));
    o.instances = int(number(instances, 1, 16));
    if (parser.value(db) == "postgresql"_L1)
        o.postgres = true;
    else if (parser.value(db) != "sqlite"_L1)
        die(u"--db is sqlite or postgresql"_s);
    o.serverBinary = parser.isSet(server) ? parser.value(server)
                                          : QCoreApplication::applicationDirPath() + u"/meedoen-server"_s;
    if (!QFileInfo(o.serverBinary).isExecutable())
        die(u"no meedoen-server at "_s + o.serverBinary + u" (--server-binary)"_s);
    o.name = parser.isSet(name) ? parser.value(name)
                                : u"load_%1_%2"_s.arg(o.postgres ? u"postgresql"_s : u"sqlite"_s).arg(o.rate);
    o.workDir = parser.value(workDir);
    return o;
}

// A new database in the cluster the PG* variables name (pg_virtualenv sets them).
QString createPostgresDatabase()
{
    const QString name = u"meedoen_load_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"load-admin"_s);
        admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", u"postgres"_s));
        if (admin.open())
            ok = QSqlQuery(admin).exec(u"CREATE DATABASE "_s + name); // letters and digits only; cannot be bound
    }
    QSqlDatabase::removeDatabase(u"load-admin"_s);
    if (!ok)
        die(u"cannot create a PostgreSQL database (run under pg_virtualenv, or set PGHOST etc.)"_s);
    return name;
}

// Lets a thousand connections (and the server's side of them) fit under the descriptor limit;
// the server inherits it.
void raiseDescriptorLimit()
{
    rlimit r{};
    if (getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
        r.rlim_cur = r.rlim_max;
        setrlimit(RLIMIT_NOFILE, &r);
    }
}

// Enrols every code over HTTP (a few at a time) and makes each device's first pull.
std::vector<Device *> enrolAll(Run &run, const QList<QByteArray> &codes, QObject *parent)
{
    std::vector<Device *> devices;
    QEventLoop loop;
    qsizetype nextCode = 0;
    int inFlight = 0;
    bool failed = false;
    std::function<void()> more;
    more = [&] {
        while (!failed && inFlight < kEnrollInFlight && nextCode < codes.size()) {
            ++inFlight;
            // Spread over the instances; a device keeps the instance it enrolled with.
            const quint16 port = run.ports[std::size_t(nextCode) % run.ports.size()];
            auto *http = new Connection(port, parent);
            const QByteArray body = QJsonDocument(Wire::toJson(Wire::EnrollRequest{QString::fromLatin1(codes[nextCode++])}))
                                        .toJson(QJsonDocument::Compact);
            http->send(httpRequest("POST", "/v1/enroll", port, {}, body), [&, http, port](const HttpAnswer &a) {
                http->deleteLater();
                const auto reply = Wire::enrollReplyFromJson(QJsonDocument::fromJson(a.body).object());
                if (a.status != 200 || reply.error) {
                    say(u"enrolment answered %1: %2"_s.arg(a.status).arg(QString::fromUtf8(a.body.left(300))));
                    failed = true;
                    loop.quit();
                    return;
                }
                auto *d = new Device(&run, reply.value.deviceId, reply.value.token.toLatin1(), port, parent);
                devices.push_back(d);
                d->firstPull([&](bool ok) {
                    --inFlight;
                    if (!ok) {
                        say(u"a first pull failed"_s);
                        failed = true;
                    }
                    if (failed || (nextCode == codes.size() && inFlight == 0))
                        loop.quit();
                    else
                        more();
                });
            });
        }
    };
    more();
    loop.exec();
    if (failed)
        die(u"setting up the devices failed"_s);
    return devices;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"meedoen_bench_load"_s);
    Run run;
    run.options = parseOptions(app);
    const Options &o = run.options;
    run.random.seed(o.seed);
    run.clock.start();
    raiseDescriptorLimit();

    QTemporaryDir temporary;
    const QString dir = o.workDir.isEmpty() ? temporary.path() : o.workDir;
    if (!QDir().mkpath(dir))
        die(u"cannot make "_s + dir);

    ServerRun server;
    server.binary = o.serverBinary;
    if (o.groupCommit > 0)
        server.serveOptions << u"--group-commit"_s << QString::number(o.groupCommit);
    if (o.pullThreads >= 0)
        server.serveOptions << u"--pull-threads"_s << QString::number(o.pullThreads);
    if (o.postgres) {
        server.pgName = createPostgresDatabase();
        server.db = u"postgresql:///"_s + server.pgName;
    } else {
        server.sqlitePath = dir + u"/load-%1.db"_s.arg(QCoreApplication::applicationPid());
        QFile::remove(server.sqlitePath);
        server.db = u"sqlite:"_s + server.sqlitePath;
    }
    say(u"database %1"_s.arg(server.db));
    server.cli({u"import-catalogue"_s, writeCatalogue(dir, o.opportunities, o.capacity)});
    const QList<QByteArray> codes = server.cli({u"enroll"_s, u"--kind"_s, u"kiosk"_s, u"--site"_s, u"site-load"_s,
                                                u"--count"_s, QString::number(o.devices)})
                                        .trimmed()
                                        .split('\n');
    if (codes.size() != o.devices)
        die(u"enroll --count gave %1 codes"_s.arg(codes.size()));
    server.start(dir + u"/server"_s, o.instances);
    run.ports = server.ports;

    QElapsedTimer setup;
    setup.start();
    QObject devicesParent;
    const std::vector<Device *> devices = enrolAll(run, codes, &devicesParent);
    say(u"%1 devices enrolled and pulled in %2 s"_s.arg(devices.size()).arg(double(setup.elapsed()) / 1000, 0, 'f', 1));

    // The arrivals: exponential gaps at the offered rate, each to a device chosen at random
    // (together the same as a Poisson process of rate/N per device).
    std::vector<std::pair<double, Device *>> arrivals;
    {
        std::exponential_distribution<double> gap(o.rate / 1000.0);
        std::uniform_int_distribution<std::size_t> pick(0, devices.size() - 1);
        for (double t = gap(run.random); t < o.duration * 1000; t += gap(run.random))
            arrivals.emplace_back(t, devices[pick(run.random)]);
    }

    // The servers' figures are their sums (CPU) and the largest of them (memory).
    const auto serversCpu = [&] {
        double sum = 0;
        for (const auto &process : server.processes)
            sum += cpuSeconds(process->processId());
        return sum;
    };
    const double serverCpu0 = serversCpu();
    const double ownCpu0 = ownCpuSeconds();
    const auto machine0 = machineJiffies();
    QEventLoop loop;
    std::size_t nextArrival = 0;
    QTimer tick;
    tick.setSingleShot(true);
    tick.setTimerType(Qt::PreciseTimer);
    run.idle = [&] { loop.quit(); };
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const double now = run.nowMs();
        while (nextArrival < arrivals.size() && arrivals[nextArrival].first <= now) {
            arrivals[nextArrival].second->arrive(arrivals[nextArrival].first);
            ++nextArrival;
        }
        if (nextArrival < arrivals.size()) {
            tick.start(int(std::ceil(std::max(0.0, arrivals[nextArrival].first - run.nowMs()))));
            return;
        }
        run.arrivalsOver = true;
        if (run.busy == 0)
            loop.quit();
        else
            QTimer::singleShot(kDrainTimeoutMs, &loop, &QEventLoop::quit);
    });
    run.clock.start();
    tick.start(arrivals.empty() ? 0 : int(arrivals.front().first));
    loop.exec();
    const double elapsedS = run.nowMs() / 1000;
    const double serverCpu = serversCpu() - serverCpu0;
    const double ownCpu = ownCpuSeconds() - ownCpu0;
    const auto machine1 = machineJiffies();
    qint64 serverPeakKb = 0;
    for (const auto &process : server.processes)
        serverPeakKb = std::max(serverPeakKb, statusKb(process->processId(), "VmHWM"));
    const int cores = int(sysconf(_SC_NPROCESSORS_ONLN));

    Stats &st = run.stats;
    for (Device *d : devices) {
        st.late += d->waiting();
        if (d->sentUnanswered()) {
            ++run.ledger.unansweredRegistrations;
            ++run.ledger.unansweredSignups;
        }
    }
    double grouped = 0, groups = 0;
    for (const quint16 port : server.ports) {
        const auto [pushes, commits] = pushesAndGroups(port);
        grouped += pushes;
        groups += commits;
    }
    const double pushesPerCommit = groups > 0 ? grouped / groups : 0;
    server.stop();

    std::sort(st.pushMs.begin(), st.pushMs.end());
    std::sort(st.waitMs.begin(), st.waitMs.end());
    std::sort(st.pullMs.begin(), st.pullMs.end());
    const QString &n = o.name;
    figure(n + u"_offered"_s, double(arrivals.size()) / o.duration, "pushes/s");
    figure(n + u"_achieved"_s, double(st.pushes) / elapsedS, "pushes/s");
    figure(n + u"_push_p50"_s, percentile(st.pushMs, 50), "ms");
    figure(n + u"_push_p95"_s, percentile(st.pushMs, 95), "ms");
    figure(n + u"_push_p99"_s, percentile(st.pushMs, 99), "ms");
    figure(n + u"_push_max"_s, st.pushMs.empty() ? 0 : st.pushMs.back(), "ms");
    figure(n + u"_wait_p50"_s, percentile(st.waitMs, 50), "ms");
    figure(n + u"_wait_p99"_s, percentile(st.waitMs, 99), "ms");
    if (o.pull) {
        figure(n + u"_pull_p50"_s, percentile(st.pullMs, 50), "ms");
        figure(n + u"_pull_p99"_s, percentile(st.pullMs, 99), "ms");
    }
    figure(n + u"_pushes_per_commit"_s, pushesPerCommit, "pushes");
    figure(n + u"_server_cpu"_s, serverCpu / elapsedS, "cores");
    figure(n + u"_server_peak_rss"_s, double(serverPeakKb) / 1024, "MiB");
    figure(n + u"_generator_cpu"_s, ownCpu / elapsedS, "cores");
    figure(n + u"_machine_busy"_s,
           machine1.second > machine0.second
               ? (machine1.first - machine0.first) / (machine1.second - machine0.second) * cores
               : 0,
           "cores");
    say(u"%1: %2 arrivals in %3 s over %4 devices; %5 pushes answered in %6 s (%7 still waiting at the end)"_s
            .arg(n)
            .arg(arrivals.size())
            .arg(o.duration)
            .arg(devices.size())
            .arg(st.pushes)
            .arg(elapsedS, 0, 'f', 1)
            .arg(st.late));
    std::printf("%s_outcomes accepted=%lld waitlisted=%lld declined=%lld refused=%lld duplicate=%lld "
                "duplicate_mismatch=%lld rejected=%lld errors=%lld pull_errors=%lld pulled_changes=%lld\n",
                qPrintable(n), st.accepted, st.waitlisted, st.declined, st.refused, st.duplicates, st.duplicateMismatches, st.rejected,
                st.errors, st.pullErrors, st.pulledChanges);

    // The check, on the database the stopped server left.
    const QString ledgerPath = dir + u"/ledger-%1.tsv"_s.arg(QCoreApplication::applicationPid());
    if (!LoadCheck::writeLedger(ledgerPath, run.ledger))
        die(u"cannot write "_s + ledgerPath);
    LoadCheck::Result result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(o.postgres ? u"QPSQL"_s : u"QSQLITE"_s, u"load-check"_s);
        db.setDatabaseName(o.postgres ? server.pgName : server.sqlitePath);
        if (!db.open())
            die(u"cannot open the server's database for the check"_s);
        result = LoadCheck::check(db, run.ledger);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"load-check"_s);
    std::printf("%s_check checked=%lld lost=%lld doubled=%lld overbooked=%lld %s\n", qPrintable(n), result.checked,
                result.lost, result.doubled, result.overbooked, result.ok() ? "ok" : "FAILED");
    for (const QString &p : std::as_const(result.problems))
        say(u"check: "_s + p);
    std::fflush(stdout);
    if (!o.workDir.isEmpty())
        say(u"kept: %1 and %2"_s.arg(server.db, ledgerPath));
    // Arrivals still waiting when the drain ended were never sent: the server was too slow,
    // which the figures show; they are not a fault.
    const bool clean = st.rejected == 0 && st.duplicateMismatches == 0;
    if (!clean)
        say(u"the run itself was not clean: batches rejected, or resends answered otherwise"_s);
    return result.ok() && clean ? 0 : 1;
}
