// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/syncfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncFixture;

// `meedoen-server serve --tls-cert F --tls-key F`: devices enrol over HTTPS, and the
// server does not answer in plain text on that port.
class TestServerTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enrollOverHttps()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend on this machine");
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                     u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        Server server(TestPaths::serverBinary(), dir.path());
        QVERIFY(server.createDatabase(u"tls"_s));
        const QString catalogue = qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/demo/catalogue.json"_s;
        QCOMPARE(server.cli({u"import-catalogue"_s, catalogue}).exitCode, 0);
        QVERIFY(server.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
        const QString code = server.enrollCode(u"kiosk"_s, u"wielewaal-buurthuis"_s);
        QVERIFY(!code.isEmpty());

        QNetworkAccessManager network;
        const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}}).toJson(QJsonDocument::Compact);

        // Plain HTTP on the TLS port gets no answer a device could take for one.
        QNetworkRequest plain(QUrl(u"http://127.0.0.1:%1/v1/enroll"_s.arg(server.port())));
        plain.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        plain.setTransferTimeout(5000);
        std::unique_ptr<QNetworkReply> refused(network.post(plain, body));
        QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 10000);
        QVERIFY(refused->error() != QNetworkReply::NoError);

        // HTTPS with the server's certificate as the trusted authority: enrolled.
        QNetworkRequest secure(QUrl(u"https://127.0.0.1:%1/v1/enroll"_s.arg(server.port())));
        secure.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cert));
        secure.setSslConfiguration(tls);
        std::unique_ptr<QNetworkReply> reply(network.post(secure, body));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(answer.value(u"kind"_s).toString(), u"kiosk"_s);
        QVERIFY(!answer.value(u"token"_s).toString().isEmpty());
    }
};

QTEST_MAIN(TestServerTls)
#include "tst_server_tls.moc"
