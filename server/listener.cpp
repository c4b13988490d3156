// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/listener.h"

#include <QHttpServer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace Server {

namespace {

// Responses go out at once (no Nagle), and each time request data arrives the pending
// acknowledgement is sent now instead of after the delayed-ACK timer. Linux clears
// TCP_QUICKACK again by itself, so it is set on every arrival.
void acknowledgeAtOnce(QAbstractSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef TCP_QUICKACK
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
#endif
}

class QuickAckServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        acknowledgeAtOnce(socket);
        addPendingConnection(socket);
    }
};

} // namespace

quint16 listenWithQuickAck(QHttpServer &http, const QHostAddress &address, quint16 port,
                           const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new QSslServer(&http);
        sslServer->setSslConfiguration(*tls);
        QObject::connect(sslServer, &QSslServer::startedEncryptionHandshake, sslServer, acknowledgeAtOnce);
        server = sslServer;
    } else {
        server = new QuickAckServer(&http);
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    http.bind(server);
    return server->serverPort();
}

} // namespace Server
