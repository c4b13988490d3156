// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol versions (issue 15, docs/sync-protocol.md "Protocol versions"): the real server
// serves N-1..N and answers an older app 426 with the problem "update-app" naming the oldest
// version served; the device told so keeps its outbox, says "Werk de app bij" and waits long
// before it asks again; once updated it sends everything, once.
#include "controllers/appcontext.h"
#include "protocol/protocolversion.h"
#include "storage/outbox.h"
#include "sync/syncclient.h"
#include "common/enrolleddevice.h"
#include "common/syncfixture.h"
#include "common/syncrounds.h"
#include "common/tenants.h"
#include "common/testpaths.h"
#include "common/uitesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;
using namespace SyncFixture;

namespace {

// A loopback proxy in front of the real server that can make today's app an older one: with
// `oldApp` it rewrites the app's X-Meedoen-Protocol header to version 0 on the way, so the
// server answers as it would answer an app of protocol 0.
class OldAppProxy : public QObject
{
public:
    explicit OldAppProxy(quint16 target) : m_target(target)
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

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    bool oldApp = false;
    int rewritten = 0;

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

    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype length = messageLength(buffer);
        if (length < 0 || buffer.size() < length)
            return;
        QByteArray request = buffer.left(length);
        buffer.remove(0, length);
        const QByteArray current = QByteArray(Wire::kProtocolHeader) + ": " + QByteArray::number(Wire::kProtocolVersion)
                                   + "\r\n";
        const QByteArray older = QByteArray(Wire::kProtocolHeader) + ": 0\r\n";
        if (oldApp && request.contains(current)) {
            request.replace(current, older);
            ++rewritten;
        }
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, m_target);
        if (!upstream.waitForConnected(10000)) {
            s->disconnectFromHost();
            return;
        }
        upstream.write(request);
        QByteArray response;
        while (true) {
            const qsizetype total = messageLength(response);
            if (total >= 0 && response.size() >= total)
                break;
            if (!upstream.waitForReadyRead(30000))
                break;
            response += upstream.readAll();
        }
        s->write(response);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    quint16 m_target;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray upgrade;
    QJsonObject body;
};

// One request to the server with X-Meedoen-Protocol: `protocol` (none when null).
Answer ask(QNetworkAccessManager &nam, const QString &url, const QByteArray &verb, const QByteArray &protocol,
           const QByteArray &body = {})
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization"_ba, "Bearer not-a-token"_ba);
    if (!protocol.isNull())
        request.setRawHeader(Wire::kProtocolHeader, protocol);
    std::unique_ptr<QNetworkReply> reply(verb == "GET" ? nam.get(request) : nam.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeader("Upgrade"_ba),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace

class TestProtocolVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>(TestPaths::serverBinary(), m_dir.path());
        QVERIFY(m_server->createDatabase(u"protocol"_s));
        QVERIFY(m_server->importCatalogue(10));
        QVERIFY(m_server->start());
    }

    // What an app older than the server serves gets, on each route a device uses: 426, the
    // problem "update-app" naming the header and the oldest protocol served, before its token
    // is even looked at. Today's app, and one without the header (protocol 1), are served.
    void olderAppIsToldToUpdate_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("enroll") << "POST"_ba << u"/v1/enroll"_s;
        QTest::newRow("push") << "POST"_ba << u"/v1/push"_s;
        QTest::newRow("pull") << "GET"_ba << u"/v1/pull?cursor=0&limit=10"_s;
        QTest::newRow("staff login") << "POST"_ba << u"/v1/staff/login"_s;
        QTest::newRow("status") << "POST"_ba << u"/v1/status"_s;
    }
    void olderAppIsToldToUpdate()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const QString url = m_server->url() + path;
        const QByteArray body = verb == "POST" ? "{}"_ba : QByteArray();

        const Answer old = ask(m_nam, url, verb, "0"_ba, body);
        QCOMPARE(old.status, 426);
        QCOMPARE(old.contentType, "application/problem+json"_ba);
        QCOMPARE(old.upgrade, "meedoen-sync/"_ba + QByteArray::number(Wire::kProtocolVersion));
        QCOMPARE(old.body.value(u"type"_s).toString(), u"urn:meedoen:problem:update-app"_s);
        QCOMPARE(old.body.value(u"status"_s).toInt(), 426);
        QCOMPARE(old.body.value(u"title"_s).toString(), u"Update the app"_s);
        QCOMPARE(old.body.value(u"field"_s).toString(), u"X-Meedoen-Protocol"_s);
        QCOMPARE(old.body.value(u"code"_s).toString(), u"protocol.tooOld"_s);
        QCOMPARE(old.body.value(u"minimumProtocol"_s).toInt(), Wire::kMinProtocolVersion);
        QCOMPARE(old.body.value(u"currentProtocol"_s).toInt(), Wire::kProtocolVersion);
        QVERIFY(old.body.value(u"detail"_s).toString().contains(u"Update the app"_s));

        // Served: past the version check, to whatever the route says of this (bad) request.
        for (const QByteArray &served : {QByteArray::number(Wire::kProtocolVersion), QByteArray()}) {
            const Answer a = ask(m_nam, url, verb, served, body);
            QVERIFY2(a.status != 426 && a.status != 0, served.constData());
            QVERIFY(a.body.value(u"field"_s).toString() != u"X-Meedoen-Protocol"_s);
        }
    }

    // A newer app than the server (the server is upgraded first), or a header that does not
    // read: 400 naming the header, never 426 (updating the app would not help).
    void newerOrMalformedIsInvalid_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("code");
        QTest::newRow("newer") << QByteArray::number(Wire::kProtocolVersion + 1) << u"protocol.newerThanServer"_s;
        QTest::newRow("letters") << "v1"_ba << u"protocol.format"_s;
        QTest::newRow("too long") << "00001"_ba << u"protocol.format"_s;
        QTest::newRow("negative") << "-1"_ba << u"protocol.format"_s;
    }
    void newerOrMalformedIsInvalid()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, code);
        const Answer a = ask(m_nam, m_server->url() + u"/v1/push"_s, "POST"_ba, header, "{}"_ba);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.contentType, "application/problem+json"_ba);
        QCOMPARE(a.body.value(u"field"_s).toString(), u"X-Meedoen-Protocol"_s);
        QCOMPARE(a.body.value(u"code"_s).toString(), code);
    }

    // A kiosk whose app the server no longer serves: its queued registration and sign-up stay,
    // the screen says "Werk de app bij", the next try is hours away; enrolling says the same;
    // after the update it all arrives, once.
    void deviceKeepsOutboxAndSaysUpdate()
    {
        QQmlEngine engine;
        const auto app = UiTesting::startComponentTest(engine);
        OldAppProxy proxy(m_server->port());
        Database &db = app->services().database();

        auto client = std::make_unique<SyncClient>(&m_nam, &db, Fixtures::quickRounds(),
                                                   [] { return QDateTime::currentDateTimeUtc(); }, [] { return 0.5; });
        QSignalSpy enrolled(client.get(), &SyncClient::enrollFinished);
        client->enroll(QUrl(proxy.url()), m_server->enrollCode(u"kiosk"_s, u"site-a"_s));
        QVERIFY(enrolled.wait(20000));
        QVERIFY(enrolled.first().at(0).toBool());
        QVERIFY(Fixtures::syncRound(*client));
        const QString deviceId = client->deviceId();
        app->context().setSync(client.get());

        QVERIFY(!Fixtures::queueSignup(db.connection(), u"open"_s, u"Ayşe"_s).isEmpty());
        client->refreshPendingCount();
        QCOMPARE(client->pendingCount(), 2);

        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Meedoen.Ui\nSyncStatus {}\n", QUrl(u"qrc:/tst_protocol/Status.qml"_s));
        std::unique_ptr<QObject> status(component.create());
        QVERIFY2(status, qPrintable(component.errorString()));

        proxy.oldApp = true;
        QSignalSpy updateChanged(client.get(), &SyncClient::updateRequiredChanged);
        QVERIFY(!Fixtures::syncRound(*client));
        QVERIFY(proxy.rewritten > 0);
        QVERIFY(client->updateRequired());
        QCOMPARE(updateChanged.count(), 1);
        QCOMPARE(client->state(), SyncClient::State::Error);
        // Nothing deleted, nothing applied.
        QCOMPARE(Outbox(db.connection()).pendingCount(), 2);
        QCOMPARE(client->pendingCount(), 2);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM mutation WHERE device_id = ?"_s, {deviceId}), 0);
        // Back off long: hours, not the seconds of a network fault.
        QVERIFY2(client->msUntilNextAttempt() > 5 * 60 * 60 * 1000, qPrintable(QString::number(client->msUntilNextAttempt())));

        const QString shown = status->property("text").toString();
        QVERIFY2(shown.startsWith(u"Werk de app bij."_s), qPrintable(shown));
        QVERIFY(status->property("visible").toBool());

        // Enrolling another device with this app: the same message, no token stored.
        {
            Database other;
            QCOMPARE(other.open(app->filePath(u"other.db"_s)), Database::Status::Open);
            SyncClient second(&m_nam, &other, Fixtures::quickRounds(), [] { return QDateTime::currentDateTimeUtc(); },
                              [] { return 0.5; });
            QSignalSpy done(&second, &SyncClient::enrollFinished);
            second.enroll(QUrl(proxy.url()), m_server->enrollCode(u"kiosk"_s, u"site-a"_s));
            QVERIFY(done.wait(20000));
            QVERIFY(!done.first().at(0).toBool());
            QVERIFY2(done.first().at(1).toString().startsWith(u"Werk de app bij."_s),
                     qPrintable(done.first().at(1).toString()));
            QVERIFY(!second.isEnrolled());
            QVERIFY(second.updateRequired());
        }

        // The app is updated (a new process speaks the server's protocol): everything queued
        // arrives, once, and the message goes.
        proxy.oldApp = false;
        app->context().setSync(nullptr);
        client = std::make_unique<SyncClient>(&m_nam, &db, Fixtures::quickRounds(),
                                              [] { return QDateTime::currentDateTimeUtc(); }, [] { return 0.5; });
        app->context().setSync(client.get());
        QVERIFY(Fixtures::syncUntilDrained(*client));
        QVERIFY(!client->updateRequired());
        QCOMPARE(Outbox(db.connection()).pendingCount(), 0);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM mutation WHERE device_id = ?"_s, {deviceId}), 2);
        QCOMPARE(m_server->count(u"SELECT count(*) FROM signup WHERE device_id = ?"_s, {deviceId}), 1);
        QVERIFY(!status->property("text").toString().startsWith(u"Werk de app bij."_s));
    }
};

QTEST_MAIN(TestProtocolVersions)
#include "tst_protocol_versions.moc"
