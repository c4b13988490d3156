// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/requests.h"
#include "protocol/resultswire.h"
#include "storage/database.h"
#include "sync/staffapi.h"
#include "sync/syncclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// A local HTTP server with canned answers per path (without the query); anything else 503.
// It keeps what it was asked.
class CannedServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray headers;     // extra header lines, each ending in \r\n
    };
    struct Request
    {
        QByteArray method;
        QString target;         // path and query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    QHash<QString, Answer> answers;
    QList<Request> requests;

    CannedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QList<Request> requestsTo(const QString &path) const
    {
        QList<Request> found;
        for (const Request &r : requests) {
            if (r.target.section(u'?', 0, 0) == path)
                found.append(r);
        }
        return found;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = QString::fromLatin1(first.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(r);
        const Answer a = answers.value(r.target.section(u'?', 0, 0), Answer{503, {}, {}});
        socket->write("HTTP/1.1 " + QByteArray::number(a.status) + " Canned\r\nContent-Type: application/json\r\n"
                      + a.headers + "Content-Length: " + QByteArray::number(a.body.size())
                      + "\r\nConnection: close\r\n\r\n" + a.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

// StaffApi against canned HTTP answers: the sign-in's request and every kind of answer, the
// results' query and reading, the device token and staff session on each request, and no
// server at all before the tablet is enrolled as a staff tablet.
class TestStaffApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CannedServer> m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncClient> m_sync;
    const QString m_staffId = u"7f0c6f64-5a8b-4f41-9a2a-0f3e1d7c5b21"_s;

    // Enrolled with the canned server as a device of `kind`.
    bool enrol(const QString &kind)
    {
        m_server->answers.insert(u"/v1/enroll"_s,
                                 {200, json(Wire::toJson(Wire::EnrollReply{u"device-1"_s, u"device-token"_s, kind,
                                                                           u"site-a"_s})),
                                  {}});
        QSignalSpy enrolled(m_sync.get(), &SyncClient::enrollFinished);
        if (!enrolled.isValid())
            return false;
        m_sync->enroll(m_server->url(), u"CODE-1234"_s);
        return enrolled.wait(10000) && enrolled.first().at(0).toBool();
    }

    StaffApi::LoginAnswer login(StaffApi &api, const Wire::StaffLoginRequest &request)
    {
        std::optional<StaffApi::LoginAnswer> answer;
        api.login(request, this, [&answer](const StaffApi::LoginAnswer &a) { answer = a; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            return StaffApi::LoginAnswer{-1, 0, std::nullopt, QString()};
        return *answer;
    }

    static Wire::StaffLoginReply reply(const QString &staffId)
    {
        Wire::StaffLoginReply r;
        r.staffId = staffId;
        r.login = u"fatma"_s;
        r.name = u"Fatma Demir"_s;
        r.sites = {u"site-a"_s, u"site-b"_s};
        r.sessionToken = u"session-1"_s;
        r.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(17, 0), Qt::UTC);
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<CannedServer>();
        QVERIFY(m_server->listen());
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"api-%1.db"_s.arg(++m_count))), Database::Status::Open);
        SyncClient::Options options;
        options.periodicIntervalMs = 0;
        options.watchNetwork = false;
        options.schedule.baseDelayMs = 60000; // no round of its own during the test
        options.schedule.maxDelayMs = 60000;
        m_sync = std::make_unique<SyncClient>(&m_nam, m_db.get(), options,
                                              [] { return QDateTime::currentDateTimeUtc(); }, [] { return 0.5; });
    }
    void cleanup()
    {
        m_sync.reset();
        m_db.reset();
        m_server.reset();
    }

    void noServerBeforeStaffEnrolment()
    {
        StaffApi none;
        QVERIFY(!none.isStaffTablet());
        QCOMPARE(login(none, {u"fatma"_s, u"secret"_s}).status, 0);
        StaffApi api(m_sync.get());
        QVERIFY(!api.isStaffTablet());
        QVERIFY(enrol(u"kiosk"_s));
        QVERIFY(!api.isStaffTablet());
    }

    void signInSendsTheRequestAndReadsTheAnswer()
    {
        QVERIFY(enrol(u"staff"_s));
        StaffApi api(m_sync.get());
        QVERIFY(api.isStaffTablet());
        m_server->answers.insert(u"/v1/staff/login"_s, {200, json(Wire::toJson(reply(m_staffId))), {}});
        const auto answer = login(api, {u"fatma"_s, u"secret"_s});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.reply);
        QCOMPARE(answer.reply->staffId, m_staffId);
        QCOMPARE(answer.reply->sites, (QStringList{u"site-a"_s, u"site-b"_s}));
        QCOMPARE(answer.reply->sessionToken, u"session-1"_s);

        const auto sent = m_server->requestsTo(u"/v1/staff/login"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().method, "POST"_ba);
        QCOMPARE(QJsonDocument::fromJson(sent.constFirst().body).object(),
                 Wire::toJson(Wire::StaffLoginRequest{u"fatma"_s, u"secret"_s}));
        QCOMPARE(sent.constFirst().headers.value("authorization"), "Bearer device-token"_ba);
    }

    void signInAnswersTheTabletCannotUse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("wrong password") << 401 << QByteArray() << "{}"_ba << 0;
        QTest::newRow("too many") << 429 << "Retry-After: 30\r\n"_ba << "{}"_ba << 30;
        QTest::newRow("not a staff member") << 200 << QByteArray() << "{\"login\":\"fatma\"}"_ba << 0;
        QTest::newRow("not json") << 200 << QByteArray() << "<html>"_ba << 0;
    }

    void signInAnswersTheTabletCannotUse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, retryAfter);
        QVERIFY(enrol(u"staff"_s));
        StaffApi api(m_sync.get());
        m_server->answers.insert(u"/v1/staff/login"_s, {status, body, headers});
        const auto answer = login(api, {u"fatma"_s, u"secret"_s});
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.retryAfterSeconds, retryAfter);
        QVERIFY(!answer.reply);
    }

    void signInWithTheServerGone()
    {
        QVERIFY(enrol(u"staff"_s));
        StaffApi api(m_sync.get());
        m_server.reset();
        const auto answer = login(api, {u"fatma"_s, u"secret"_s});
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.reply);
    }

    void resultsAskTheFilterAndReadTheFigures()
    {
        QVERIFY(enrol(u"staff"_s));
        StaffApi api(m_sync.get());
        api.setSession(u"session-1"_s);
        Meedoen::Results figures;
        figures.total.activeVolunteers = 7;
        figures.total.minutes = 600;
        Meedoen::MonthFigures month;
        month.month = u"2026-11"_s;
        month.activeVolunteers = 7;
        month.minutes = 600;
        figures.trend = {month};
        const QDateTime generated(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        Meedoen::ResultsFilter filter;
        filter.site = u"site-a"_s;
        filter.route = u"wonen"_s;
        m_server->answers.insert(u"/v1/staff/results"_s,
                                 {200, json(Wire::resultsToJson(figures, filter, generated)), {}});

        std::optional<std::optional<Wire::ResultsReply>> answer;
        api.results(filter, this, [&answer](const std::optional<Wire::ResultsReply> &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(answer->has_value());
        QCOMPARE((*answer)->generatedAt, generated);
        QCOMPARE((*answer)->results.total.activeVolunteers, 7);
        QCOMPARE((*answer)->results.total.minutes, 600);

        const auto sent = m_server->requestsTo(u"/v1/staff/results"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().method, "GET"_ba);
        const QUrlQuery query(sent.constFirst().target.section(u'?', 1));
        QCOMPARE(query.queryItemValue(u"site"_s), u"site-a"_s);
        QCOMPARE(query.queryItemValue(u"route"_s), u"wonen"_s);
        QVERIFY(!query.hasQueryItem(u"neighbourhood"_s));
        QCOMPARE(sent.constFirst().headers.value("x-meedoen-staff-session"), "session-1"_ba);

        // Refused (the session expired): no figures, the tablet shows its own.
        m_server->answers.insert(u"/v1/staff/results"_s, {401, "{}"_ba, {}});
        answer.reset();
        api.results(filter, this, [&answer](const std::optional<Wire::ResultsReply> &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(!answer->has_value());
    }

    void noAnswerAfterTheAskerIsGone()
    {
        QVERIFY(enrol(u"staff"_s));
        StaffApi api(m_sync.get());
        m_server->answers.insert(u"/v1/staff/login"_s, {200, json(Wire::toJson(reply(m_staffId))), {}});
        bool called = false;
        auto asker = std::make_unique<QObject>();
        api.login({u"fatma"_s, u"secret"_s}, asker.get(), [&called](const StaffApi::LoginAnswer &) { called = true; });
        asker.reset();
        // A later sign-in is answered; by then the first would have been too.
        QCOMPARE(login(api, {u"fatma"_s, u"secret"_s}).status, 200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestStaffApi)
#include "tst_staffapi.moc"
