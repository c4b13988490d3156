// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The answer to POST /v1/push as a hostile server sends it, read by the device's real sync
// client: SyncClient runs one round over a network that answers the push with the input
// (HTTP 200) and the pull with an empty page, so the answer goes through
// Wire::pushAnswerFromJson and SyncClient's recording of outcomes (RegistrationRepository's
// outcome, link outcome and the kiosk's erasure, in app/storage). Two devices each take it:
// a kiosk with the golden tenant's registration and sign-up queued (seq 1 and 2) and a phone
// with a link request queued (seq 1), each on a database put back before the input. The round
// must end (no hang: libFuzzer's -timeout, ctest's timeout).

#include "devicefixture.h"

#include "sync/syncclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

// A finished reply with a status and a body, handed over on the next turn of the event loop
// as QNetworkAccessManager hands over its replies.
class CannedReply : public QNetworkReply
{
public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QByteArray body,
                QObject *parent)
        : QNetworkReply(parent), m_body(std::move(body))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this] {
            setFinished(true);
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }

    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_body.size() - m_read);
        if (n <= 0)
            return -1;
        memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

// The hostile server: the push is answered with the input, every pull with an empty last page.
class CannedServer : public QNetworkAccessManager
{
public:
    QByteArray pushAnswer;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *) override
    {
        const bool push = request.url().path().endsWith(QStringLiteral("/push"));
        return new CannedReply(operation, request,
                               push ? pushAnswer : QByteArrayLiteral(R"({"changes":[],"cursor":"1","more":false})"),
                               this);
    }
};

void runRound(Fuzz::DeviceFixture &device, CannedServer &server)
{
    device.reset();
    SyncClient::Options options;
    options.periodicIntervalMs = 0;
    options.watchNetwork = false;
    SyncClient client(&server, &device.database(), options, [] { return Fuzz::now(); }, [] { return 0.5; });
    if (!client.isEnrolled()) {
        fprintf(stderr, "the fixture's device is not enrolled\n");
        abort();
    }
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::roundFinished, &loop, &QEventLoop::quit);
    client.syncNow();
    loop.exec();
    // The replies and watchers the round let go of (deleteLater) go now, not when a loop
    // of the level they were released at runs again: that never happens here.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fuzz::DeviceFixture kiosk([](QSqlDatabase db) {
        Fuzz::enrolAs(db, QStringLiteral("kiosk"));
        Fuzz::queueGoldenTenant(db);
    });
    static Fuzz::DeviceFixture phone([](QSqlDatabase db) {
        Fuzz::enrolAs(db, QStringLiteral("phone"));
        if (!RegistrationRepository(db).requestLink(QStringLiteral("K7MN-Q3RT-WX9J"), QDate(1980, 5, 17), Fuzz::now())) {
            fprintf(stderr, "cannot queue a link request\n");
            abort();
        }
    });
    static CannedServer server;
    server.pushAnswer = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    runRound(kiosk, server);
    runRound(phone, server);
    return 0;
}
