// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real meedoen-server on 127.0.0.1 for tests that talk HTTP to it as devices do: a
// fresh database per test (an SQLite file, or with MEEDOEN_TEST_PG=1 a PostgreSQL database
// in the pg_virtualenv cluster), the admin CLI on it, `serve` on a free port, and requests
// with a device's token. A test class derives from QObject and from this.

#include "common/syncfixture.h"
#include "common/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

class ServerHarness
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfter;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    using CliResult = SyncFixture::ProcessResult;

    // A device enrolled over HTTP with a code from the admin CLI (empty when that failed).
    struct Enrolled
    {
        QString deviceId;
        QByteArray token;
    };

protected:
    // `tag` names this test's databases.
    explicit ServerHarness(QString tag) : m_tag(std::move(tag)) {}

    // For initTestCase(): the test's own standard paths, says which database it runs on;
    // false without a working folder.
    bool prepare()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", m_pg ? "PostgreSQL" : "SQLite");
        return m_dir.isValid();
    }

    // `content` as the file `name` in the test's folder, one per database (a test that
    // starts over writes it again); its path.
    QString writeFile(const QString &name, const QByteArray &content)
    {
        using namespace Qt::StringLiterals;
        const QString path = m_dir.filePath(u"%1-%2"_s.arg(m_dbCounter).arg(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The smallest catalogue most tests need: the neighbourhood wielewaal, its sites site-a
    // and site-b, and these opportunities.
    QString writeSmallCatalogue(const QJsonArray &opportunities = {})
    {
        using namespace Qt::StringLiterals;
        const auto site = [](const QString &id, const QString &name) {
            return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"neighbourhood"_s, u"wielewaal"_s}};
        };
        const QJsonObject catalogue{
            {u"format"_s, u"meedoen-catalogue/1"_s},
            {u"textVersion"_s, u"2026-11-01"_s},
            {u"neighbourhoods"_s, QJsonArray{QJsonObject{{u"id"_s, u"wielewaal"_s}, {u"name"_s, u"Wielewaal"_s}}}},
            {u"sites"_s, QJsonArray{site(u"site-a"_s, u"Buurthuis A"_s), site(u"site-b"_s, u"Buurthuis B"_s)}},
            {u"opportunities"_s, opportunities},
        };
        return writeFile(u"catalogue.json"_s, QJsonDocument(catalogue).toJson());
    }

    // For init(): a new database with this catalogue imported and `serve` on it.
    bool startFresh(const QString &catalogue, const QStringList &extra = {},
                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        using namespace Qt::StringLiterals;
        freshDatabase();
        const CliResult imported = cli({u"import-catalogue"_s, catalogue, u"--db"_s, m_db});
        if (imported.exitCode != 0) {
            qWarning("import-catalogue: %s", qPrintable(imported.err));
            return false;
        }
        return startServer(extra, env);
    }

    // A new empty database for the next server; its --db spec in m_db.
    void freshDatabase()
    {
        ++m_dbCounter;
        if (!m_serve.createDatabase(m_tag))
            qFatal("cannot create a PostgreSQL database");
        m_db = m_serve.db();
    }

    SyncFixture::ProcessResult cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        return SyncFixture::runProcess(TestPaths::serverBinary(), args, stdinText, 60000);
    }

    // Starts `serve` on a free port (the server's own rate limit unless `extra` sets one);
    // false when it did not say where it listens. Its process: m_serve.process().
    bool startServer(const QStringList &extra = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        const bool started = m_serve.start(extra, env);
        m_port = m_serve.port();
        return started;
    }

    void stopServer() { m_serve.stop(); }

    // Another `serve` process on the current database (m_db): a second instance, as several
    // share one database behind a load balancer; its own port. Null when it did not start.
    std::unique_ptr<SyncFixture::Instance>
    startInstance(const QStringList &extra = {QStringLiteral("--rate-limit"), QStringLiteral("1000000")},
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        auto instance = std::make_unique<SyncFixture::Instance>();
        if (!instance->start(TestPaths::serverBinary(), m_db, extra, env))
            return nullptr;
        return instance;
    }

    Enrolled enroll(const QString &kind, const QString &site)
    {
        using namespace Qt::StringLiterals;
        const auto code = cli({u"enroll"_s, u"--kind"_s, kind, u"--site"_s, site, u"--db"_s, m_db});
        if (code.exitCode != 0)
            return {};
        const Reply r = post(u"/v1/enroll"_s, QJsonObject{{u"code"_s, QString::fromUtf8(code.out.trimmed())}});
        return {r.json().value(u"deviceId"_s).toString(), r.json().value(u"token"_s).toString().toLatin1()};
    }

    // A staff member of `site` added with the CLI and signed in on `tablet`: their id and
    // session token (empty when either failed).
    struct SignedIn
    {
        QString staffId;
        QByteArray session;
    };
    SignedIn signInStaff(const Enrolled &tablet, const QString &login, const QString &site,
                         const QString &roles = QStringLiteral("coordinator,consultant,viewer,admin"))
    {
        using namespace Qt::StringLiterals;
        const QString password = u"correct horse battery "_s + login;
        const CliResult added = cli({u"staff"_s, u"add"_s, u"--site"_s, site, u"--name"_s, login, u"--login"_s, login,
                                     u"--role"_s, roles, u"--db"_s, m_db},
                                    password.toUtf8() + '\n');
        if (added.exitCode != 0)
            return {};
        const Reply r = post(u"/v1/staff/login"_s, {{u"login"_s, login}, {u"password"_s, password}}, tablet.token);
        return {r.json().value(u"staffId"_s).toString(), r.json().value(u"sessionToken"_s).toString().toLatin1()};
    }

    // ------------------------------------------------------------ HTTP

    QNetworkRequest request(const QString &path, const QByteArray &token, quint16 port = 0) const
    {
        using namespace Qt::StringLiterals;
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port ? port : m_port).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (!token.isEmpty())
            req.setRawHeader("Authorization"_ba, "Bearer " + token);
        return req;
    }

    static Reply finish(QNetworkReply *reply)
    {
        using namespace Qt::StringLiterals;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!spy.isValid())
                qFatal("cannot watch a network reply");
            spy.wait(60000);
        }
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeader("Retry-After"_ba)};
        reply->deleteLater();
        return r;
    }

    Reply postRaw(const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        return finish(m_nam.post(request(path, token), body));
    }

    Reply post(const QString &path, const QJsonObject &body, const QByteArray &token = {},
               const QByteArray &staffSession = {})
    {
        using namespace Qt::StringLiterals;
        QNetworkRequest req = request(path, token);
        if (!staffSession.isEmpty())
            req.setRawHeader("X-Meedoen-Staff-Session"_ba, staffSession);
        return finish(m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    // A GET with the device's token and, for the staff API, a staff session.
    Reply get(const QString &path, const QByteArray &token, const QByteArray &staffSession = {})
    {
        using namespace Qt::StringLiterals;
        QNetworkRequest req = request(path, token);
        if (!staffSession.isEmpty())
            req.setRawHeader("X-Meedoen-Staff-Session"_ba, staffSession);
        return finish(m_nam.get(req));
    }

    const bool m_pg = SyncFixture::usePostgres();
    QTemporaryDir m_dir;
    // The database and the `serve` process on it; inspect() reads what the server holds.
    SyncFixture::Server m_serve{TestPaths::serverBinary(), m_dir.path()};
    QString m_db; // --db of the current database
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    int m_dbCounter = 0;

private:
    QString m_tag;
};
