// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sync client's fault tests (and the sync benchmarks) share: the real
// meedoen-server process on 127.0.0.1 with its admin CLI, a fresh database per test
// (SQLite, or PostgreSQL with MEEDOEN_TEST_PG=1 under pg_virtualenv) and a loopback proxy
// that injects faults. A person the server accepts: common/tenants.h.

#include "common/tenants.h"
#include "common/testpaths.h"
#include "core/domain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace SyncFixture {

using namespace Qt::StringLiterals;

inline bool usePostgres()
{
    return qEnvironmentVariable("MEEDOEN_TEST_PG") == "1"_L1;
}

// --- The pieces every server test needs, shared by Server below and the integration tests.

// A fresh PostgreSQL database (the cluster of pg_virtualenv); its name, or empty.
inline QString createPostgresDatabase(const QString &name)
{
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"fixture-admin"_s);
        admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", u"postgres"_s));
        if (admin.open()) {
            QSqlQuery q(admin);
            // A database name cannot be bound; callers build it from letters and numbers.
            ok = q.exec(u"CREATE DATABASE "_s + name);
        }
    }
    QSqlDatabase::removeDatabase(u"fixture-admin"_s);
    return ok ? name : QString();
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs a command to its end (an admin subcommand of meedoen-server), feeding it stdinText.
inline ProcessResult runProcess(const QString &binary, const QStringList &args, const QByteArray &stdinText = {},
                                int timeoutMs = 300000)
{
    QProcess p;
    p.start(binary, args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinText.isEmpty())
        p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// Starts `meedoen-server serve … --listen 127.0.0.1:0` in `process` and returns the port it
// says it listens on, 0 when it did not (within 30 s, or it died).
// Its log goes to the test's stderr unless `errors` keeps it apart (readAllStandardError()).
inline quint16 startServe(QProcess &process, const QString &binary, const QString &db, const QStringList &extra = {},
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                          QProcess::ProcessChannelMode errors = QProcess::ForwardedErrorChannel)
{
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(errors);
    QStringList args = QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s} + extra;
    // Tests enrol many devices and open many connections from 127.0.0.1; the per-address
    // limits are proved on their own (tst_server_limits), not met by accident elsewhere.
    for (const auto &[option, value] : {std::pair{u"--enroll-limit"_s, u"1000000"_s},
                                        std::pair{u"--max-connections-per-ip"_s, u"100000"_s}}) {
        if (!extra.contains(option))
            args << option << value;
    }
    process.start(binary, args);
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine()) {
        if (timer.elapsed() > 30000 || !process.waitForReadyRead(1000)) {
            if (process.state() != QProcess::Running || timer.elapsed() > 30000)
                return 0;
        }
    }
    const QByteArray line = process.readLine();
    const QByteArray prefix = "listening on 127.0.0.1:";
    if (!line.startsWith(prefix))
        return 0;
    // "listening on 127.0.0.1:PORT" or "… PORT (https)"
    return quint16(line.mid(prefix.size()).trimmed().split(' ').value(0).toUInt());
}

// One more `serve` process on a database another object made: several instances of the
// server on one database, as behind a load balancer (docs/operations.md, "Several
// instances"). Each listens on a port of its own; kill() is SIGKILL, as a crash.
class Instance
{
public:
    Instance() = default;
    ~Instance() { kill(); }
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;

    // Starts `serve` on `db` (startServe's options); false when it did not say where it listens.
    bool start(const QString &binary, const QString &db, const QStringList &extra = {u"--rate-limit"_s, u"1000000"_s},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        kill();
        m_process = std::make_unique<QProcess>();
        m_port = startServe(*m_process, binary, db, extra, env);
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    QProcess *process() const { return m_process.get(); }

    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
        m_port = 0;
    }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// One server database and the `serve` process on it.
class Server
{
public:
    explicit Server(QString binary, QString dir) : m_binary(std::move(binary)), m_dir(std::move(dir)) {}
    ~Server() { stop(); }

    QString db() const { return m_db; }
    quint16 port() const { return m_port; }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    // A new, empty database; false when PostgreSQL cannot be reached.
    bool createDatabase(const QString &tag)
    {
        static int counter = 0;
        ++counter;
        if (!usePostgres()) {
            m_sqlitePath = m_dir + u"/server-%1-%2.db"_s.arg(tag).arg(counter);
            m_db = u"sqlite:"_s + m_sqlitePath;
            return true;
        }
        const QString name = createPostgresDatabase(
            u"meedoen_sync_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter));
        if (name.isEmpty())
            return false;
        m_pgName = name;
        m_db = u"postgresql:///"_s + name;
        return true;
    }

    // A read connection to the server's database, for counting what it holds.
    QSqlDatabase inspect()
    {
        const QString name = u"inspect-"_s + m_db;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase d = QSqlDatabase::addDatabase(usePostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
        d.setDatabaseName(usePostgres() ? m_pgName : m_sqlitePath);
        d.open();
        return d;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(inspect());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    struct Cli
    {
        int exitCode = -1;
        QString out;
    };
    Cli cli(const QStringList &args)
    {
        const ProcessResult r = runProcess(m_binary, args + QStringList{u"--db"_s, m_db});
        if (!r.err.isEmpty())
            qInfo("%s", qPrintable(r.err.trimmed()));
        return {r.exitCode, QString::fromUtf8(r.out).trimmed()};
    }

    QString enrollCode(const QString &kind, const QString &site)
    {
        const Cli r = cli({u"enroll"_s, u"--kind"_s, kind, u"--site"_s, site});
        return r.exitCode == 0 ? r.out : QString();
    }

    // Two sites, an opportunity "race" with `raceCapacity` places, "open" without a limit,
    // and `extra` further opportunities (for pull benchmarks).
    bool importCatalogue(int raceCapacity, int extra = 0)
    {
        QJsonArray opportunities{
            QJsonObject{{u"id"_s, u"race"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                        {u"title"_s, u"Moestuin"_s}, {u"site"_s, u"site-a"_s}, {u"capacity"_s, raceCapacity}},
            QJsonObject{{u"id"_s, u"open"_s}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s},
                        {u"title"_s, u"Koffie schenken"_s}, {u"site"_s, u"site-a"_s}},
        };
        for (int i = 0; i < extra; ++i) {
            opportunities.append(QJsonObject{{u"id"_s, u"opp-%1"_s.arg(i)}, {u"kind"_s, u"volunteer"_s},
                                             {u"route"_s, u"leren"_s}, {u"title"_s, u"Taalmaatje %1"_s.arg(i)},
                                             {u"summary"_s, u"Samen Nederlands oefenen in de buurt"_s},
                                             {u"site"_s, i % 2 ? u"site-a"_s : u"site-b"_s}});
        }
        const QJsonObject catalogue{
            {u"format"_s, u"meedoen-catalogue/1"_s},
            {u"textVersion"_s, u"2026-11-01"_s},
            {u"neighbourhoods"_s, QJsonArray{QJsonObject{{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}}}},
            {u"sites"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"site-a"_s}, {u"name"_s, u"Buurthuis A"_s}, {u"neighbourhood"_s, u"wielewaal"_s}},
                        QJsonObject{{u"id"_s, u"site-b"_s}, {u"name"_s, u"Buurthuis B"_s}, {u"neighbourhood"_s, u"wielewaal"_s}}}},
            {u"opportunities"_s, opportunities},
        };
        const QString path = m_dir + u"/catalogue-%1.json"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(catalogue).toJson(QJsonDocument::Compact));
        f.close();
        return cli({u"import-catalogue"_s, path}).exitCode == 0;
    }

    bool start(const QStringList &extra = {u"--rate-limit"_s, u"1000000"_s},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_port = startServe(*m_process, m_binary, m_db, extra, env);
        return m_port != 0;
    }
    // The running `serve` process (null when stopped).
    QProcess *process() const { return m_process.get(); }

    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

private:
    QString m_binary;
    QString m_dir;
    QString m_db;
    QString m_sqlitePath;
    QString m_pgName;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A loopback HTTP proxy in front of the server. Per request it forwards, or answers 500
// without forwarding, or forwards and then answers 500 (the server applied it, the device
// does not know), or forwards and never answers (the device times out); or it delivers the
// request 1–3 times and checks that every delivery got the same answer.
class FaultProxy : public QObject
{
public:
    FaultProxy(quint16 target, quint32 seed) : m_target(target), m_random(seed)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port()); }

    double faultRate = 0;        // share of requests that fail (split in three kinds)
    bool duplicate = false;      // deliver each request 1–3 times
    int requests = 0;
    int faults = 0;
    int deliveries = 0;
    int mismatches = 0;          // duplicates that got another answer

private:
    static qsizetype messageLength(const QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        return end + 4 + length;
    }

    static QByteArray body(const QByteArray &response)
    {
        const qsizetype end = response.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : response.mid(end + 4);
    }

    QByteArray forward(const QByteArray &request)
    {
        ++deliveries;
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_target);
        if (!s.waitForConnected(10000))
            return {};
        s.write(request);
        QByteArray response;
        while (true) {
            const qsizetype length = messageLength(response);
            if (length >= 0 && response.size() >= length)
                return response.left(length);
            if (!s.waitForReadyRead(30000))
                return response;
            response += s.readAll();
        }
    }

    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        while (true) {
            const qsizetype length = messageLength(buffer);
            if (length < 0 || buffer.size() < length)
                return;
            const QByteArray request = buffer.left(length);
            buffer.remove(0, length);
            handle(s, request);
        }
    }

    void handle(QTcpSocket *s, const QByteArray &request)
    {
        ++requests;
        if (duplicate) {
            const int times = int(m_random.bounded(1, 4));
            QByteArray first;
            for (int i = 0; i < times; ++i) {
                const QByteArray answer = forward(request);
                if (i == 0)
                    first = answer;
                else if (body(answer) != body(first))
                    ++mismatches;
            }
            s->write(first);
            return;
        }
        const double r = m_random.generateDouble();
        if (r < faultRate / 3) {
            ++faults;
            answer500(s);
        } else if (r < faultRate * 2 / 3) {
            ++faults;
            forward(request);
            answer500(s);
        } else if (r < faultRate) {
            ++faults;
            forward(request); // and never answer: the device's timeout ends it
        } else {
            s->write(forward(request));
        }
    }

    static void answer500(QTcpSocket *s)
    {
        const QByteArray problem = R"({"type":"urn:meedoen:problem:server-fault","title":"Server fault","status":500})";
        s->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/problem+json\r\nContent-Length: "
                 + QByteArray::number(problem.size()) + "\r\nConnection: close\r\n\r\n" + problem);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_random;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace SyncFixture
