// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/listener.h"

#include "server/eventthrottle.h"
#include "protocol/requests.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

// Descriptors kept back from connections: the database (SQLite's file, journal and WAL, or
// PostgreSQL's socket), the log, the event loop's own.
constexpr int kReservedDescriptors = 64;
// A refused connection gets this long to take its answer before it is cut.
constexpr int kClosingGraceMs = 2000;
// TLS records are up to 16 KiB: the buffer must hold a whole one to decrypt it.
constexpr qsizetype kTlsRecordSlack = 20 * 1024;

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

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request"_ba;
    case 408: return "Request Timeout"_ba;
    case 411: return "Length Required"_ba;
    case 413: return "Content Too Large"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 503: return "Service Unavailable"_ba;
    default: return "Error"_ba;
    }
}

// A whole HTTP/1.1 answer with an RFC 9457 problem, written by hand: QHttpServer never
// sees these requests.
QByteArray problemAnswer(const Wire::Problem &p)
{
    const QByteArray body = QJsonDocument(Wire::toJson(p)).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 "_ba + QByteArray::number(p.status) + ' ' + reasonPhrase(p.status)
        + "\r\nContent-Type: application/problem+json\r\nContent-Length: "_ba + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n"_ba + body;
}

struct Head
{
    QByteArray method;
    QByteArray path;
    qint64 contentLength = 0;
    bool chunked = false;
    bool badLength = false;
};

// The request line and the headers that decide what the body may cost.
std::optional<Head> parseHead(QByteArrayView text)
{
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return std::nullopt;
    Head head;
    head.method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const qsizetype query = target.indexOf('?');
    head.path = query < 0 ? target : target.left(query);
    bool lengthSeen = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            head.chunked = true;
        } else if (name == "content-length") {
            bool ok = !value.isEmpty();
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok && value.size() <= 15 ? value.toLongLong() : -1;
            // Two lengths that differ, or one that is not a plain number: request smuggling.
            if (length < 0 || (lengthSeen && length != head.contentLength))
                head.badLength = true;
            head.contentLength = qMax<qint64>(length, 0);
            lengthSeen = true;
        }
    }
    return head;
}

class GuardedServer;

// One accepted connection, from accept to close. It inspects the head with peek() (nothing
// is consumed), refuses what would cost more than the limits, hands the socket to
// QHttpServer once the head is acceptable, and closes the connection once it is answered.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, GuardedServer *server, const ConnectionLimits &limits, bool tls);

    void refuse(const Wire::Problem &problem, const char *event);

private:
    enum class Stage { Handshake, Head, Body, Answer, Closing };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void inspectHead();
    void closeGracefully();
    void halfCloseWhenWritten();
    void drop();

    QTcpSocket *m_socket;
    GuardedServer *m_server;
    const ConnectionLimits &m_limits;
    bool m_tls;
    Stage m_stage;
    bool m_handedOver = false;
    bool m_halfClosed = false;
    QTimer m_timer;
};

// A QTcpServer that counts its connections (per peer and in all), refuses over the caps,
// pauses accepting at the descriptor limit instead of failing accept() in a loop, and does
// the TLS handshake itself with the header timeout (QSslServer counts handshaking sockets as
// pending: 30 silent ones made every new client wait out a handshake timeout).
class GuardedServer final : public QTcpServer
{
public:
    GuardedServer(std::optional<QSslConfiguration> tls, ConnectionLimits limits, QObject *parent)
        : QTcpServer(parent), m_tls(std::move(tls)), m_limits(std::move(limits)),
          m_maxConnections(effectiveMaxConnections(m_limits))
    {
        // Sockets reach the pending list only with an acceptable head and QHttpServer takes
        // them at once; the default of 30 must never be what stops accepting.
        setMaxPendingConnections(m_maxConnections);
        connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
            // Out of descriptors or memory (EMFILE, ENFILE, ENOBUFS): wait instead of spinning.
            securityEvents().record("accept-failed", "error", QString::number(int(error)));
            pause();
            QTimer::singleShot(1000, this, [this] { resumeIfRoom(); });
        });
    }

    ~GuardedServer() override
    {
        // The sockets (children) outlive this object's members: they must not count back.
        for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
            QObject::disconnect(socket, nullptr, this, nullptr);
    }

    // The guard has seen an acceptable head: QHttpServer takes the socket from here.
    void handOver(QTcpSocket *socket)
    {
        addPendingConnection(socket);
        // The head is already in the socket's buffer: tell QHttpServer's reader, which
        // has just connected, as QHttpServer itself does for pipelined requests.
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_live >= m_maxConnections) {
            // Accepted in the same burst as the one that reached the cap.
            ::close(int(descriptor));
            securityEvents().record("connection-refused", "reason", u"capacity"_s);
            pause();
            return;
        }
        QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            ::close(int(descriptor));
            delete socket;
            return;
        }
        const QString peer = socket->peerAddress().toString();
        ++m_live;
        const int fromPeer = ++m_perPeer[peer];
        connect(socket, &QObject::destroyed, this, [this, peer] { release(peer); });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        if (m_live >= m_maxConnections)
            pause();
        acknowledgeAtOnce(socket);
        auto *guard = new ConnectionGuard(socket, this, m_limits, bool(m_tls));
        if (fromPeer > m_limits.maxConnectionsPerPeer) {
            securityEvents().record("connection-refused", "peer", peer);
            if (m_tls) {
                // No HTTP answer can go before a handshake, which it is not worth.
                socket->abort();
                socket->deleteLater();
                return;
            }
            guard->refuse({429, u"too-many-connections"_s, u"Too many connections"_s,
                           u"At most %1 open connections from one address."_s.arg(m_limits.maxConnectionsPerPeer),
                           QString(), QString()},
                          nullptr);
            return;
        }
        if (m_tls) {
            auto *ssl = static_cast<QSslSocket *>(socket);
            ssl->setSslConfiguration(*m_tls);
            ssl->startServerEncryption();
        }
    }

private:
    void pause()
    {
        if (!m_paused) {
            m_paused = true;
            pauseAccepting();
        }
    }

    void resumeIfRoom()
    {
        if (m_paused && m_live < m_maxConnections) {
            m_paused = false;
            resumeAccepting();
        }
    }

    void release(const QString &peer)
    {
        --m_live;
        if (auto it = m_perPeer.find(peer); it != m_perPeer.end() && --*it <= 0)
            m_perPeer.erase(it);
        resumeIfRoom();
    }

    std::optional<QSslConfiguration> m_tls;
    ConnectionLimits m_limits;
    int m_maxConnections;
    int m_live = 0;
    bool m_paused = false;
    QHash<QString, int> m_perPeer;
};

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedServer *server, const ConnectionLimits &limits, bool tls)
    : QObject(socket), m_socket(socket), m_server(server), m_limits(limits), m_tls(tls),
      m_stage(tls ? Stage::Handshake : Stage::Head)
{
    // Never more buffered than a head (and one TLS record) until the head is accepted.
    socket->setReadBufferSize(m_limits.maxHeadBytes + (tls ? kTlsRecordSlack : 0));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            if (m_stage != Stage::Handshake)
                return;
            m_stage = Stage::Head;
            if (m_socket->bytesAvailable() > 0)
                inspectHead();
        });
    }
    m_timer.start(m_limits.headerTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    switch (m_stage) {
    case Stage::Handshake:
        return;
    case Stage::Head:
        inspectHead();
        return;
    case Stage::Body:
        // QHttpServer reads the body (after this slot). Once it has answered, anything more
        // is a second request on this connection, which is not taken: drop it unseen.
        if (m_socket->bytesToWrite() == 0)
            return;
        [[fallthrough]];
    case Stage::Answer:
    case Stage::Closing:
        m_socket->read(m_socket->bytesAvailable());
        return;
    }
}

void ConnectionGuard::inspectHead()
{
    const QByteArray data = m_socket->peek(m_limits.maxHeadBytes);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() >= m_limits.maxHeadBytes)
            refuse({431, u"head-too-large"_s, u"Request head too large"_s,
                    u"The request line and headers may be at most %1 bytes."_s.arg(m_limits.maxHeadBytes), QString(),
                    QString()},
                   "request-refused");
        return;
    }
    const std::optional<Head> head = parseHead(QByteArrayView(data).first(end));
    if (!head || head->badLength)
        return refuse({400, u"malformed-request"_s, u"Malformed request"_s,
                       u"The request line or a Content-Length header cannot be read."_s, QString(), QString()},
                      "request-refused");
    if (head->chunked)
        return refuse({411, u"length-required"_s, u"Length required"_s,
                       u"Send the body with a Content-Length; chunked bodies are not taken."_s, QString(), QString()},
                      "request-refused");
    if ((head->method == "GET" || head->method == "HEAD") && head->contentLength > 0)
        return refuse({400, u"body-not-allowed"_s, u"Body not allowed"_s,
                       u"A GET or HEAD request carries no body."_s, QString(), QString()},
                      "request-refused");
    const qsizetype limit = m_limits.maxBodyBytes ? m_limits.maxBodyBytes(head->path) : 0;
    if (head->contentLength > limit)
        return refuse({413, u"too-large"_s, u"Payload too large"_s,
                       u"A request body may be at most %1 bytes."_s.arg(limit), QString(), QString()},
                      "request-refused");
    // QHttpServer keeps the head and the body buffered until it has the whole request: room
    // for exactly that and no more.
    m_socket->setReadBufferSize(end + 4 + head->contentLength + (m_tls ? kTlsRecordSlack : 0));
    m_stage = Stage::Body;
    m_timer.start(m_limits.bodyTimeoutMs);
    if (!m_handedOver) {
        m_handedOver = true;
        m_server->handOver(m_socket);
    }
}

void ConnectionGuard::onBytesWritten()
{
    if (m_stage == Stage::Body) {
        // QHttpServer has answered: the connection lives only until the answer is out.
        m_stage = Stage::Answer;
    }
    if (m_stage == Stage::Answer) {
        m_timer.start(m_limits.idleTimeoutMs);
        if (m_socket->bytesToWrite() == 0)
            closeGracefully();
    } else if (m_stage == Stage::Closing && !m_tls) {
        halfCloseWhenWritten();
    }
}

void ConnectionGuard::onTimeout()
{
    switch (m_stage) {
    case Stage::Handshake:
        securityEvents().record("connection-timeout", "peer", m_socket->peerAddress().toString());
        return drop();
    case Stage::Head:
        return refuse({408, u"header-timeout"_s, u"Request timeout"_s,
                       u"The request head must arrive within %1 ms."_s.arg(m_limits.headerTimeoutMs), QString(),
                       QString()},
                      "connection-timeout");
    case Stage::Body:
        return refuse({408, u"body-timeout"_s, u"Request timeout"_s,
                       u"The request body must arrive within %1 ms."_s.arg(m_limits.bodyTimeoutMs), QString(), QString()},
                      "connection-timeout");
    case Stage::Answer:
    case Stage::Closing:
        return drop();
    }
}

void ConnectionGuard::drop()
{
    m_socket->abort();
    m_socket->deleteLater();
}

void ConnectionGuard::refuse(const Wire::Problem &problem, const char *event)
{
    if (event)
        securityEvents().record(event, "peer", m_socket->peerAddress().toString());
    m_socket->write(problemAnswer(problem));
    closeGracefully();
}

void ConnectionGuard::closeGracefully()
{
    if (m_stage == Stage::Closing)
        return;
    m_stage = Stage::Closing;
    m_timer.start(kClosingGraceMs);
    if (m_tls) {
        m_socket->disconnectFromHost();
        return;
    }
    // Closing with unread request data would reset the connection, and the client could lose
    // the answer: the request is read and dropped, the answer goes out, then only our side
    // closes (the client sees the end of the answer and closes its side, or the grace runs out).
    m_socket->read(m_socket->bytesAvailable());
    halfCloseWhenWritten();
}

void ConnectionGuard::halfCloseWhenWritten()
{
    if (m_halfClosed || m_socket->bytesToWrite() > 0)
        return;
    m_halfClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace

int effectiveMaxConnections(const ConnectionLimits &limits)
{
    rlimit descriptors{};
    int fromDescriptors = 1024 - kReservedDescriptors;
    if (::getrlimit(RLIMIT_NOFILE, &descriptors) == 0 && descriptors.rlim_cur != RLIM_INFINITY)
        fromDescriptors = int(qMin<rlim_t>(descriptors.rlim_cur, 1 << 20)) - kReservedDescriptors;
    fromDescriptors = qMax(fromDescriptors, 8);
    return limits.maxConnections > 0 ? qMin(limits.maxConnections, fromDescriptors) : fromDescriptors;
}

quint16 listenGuarded(QHttpServer &http, const QHostAddress &address, quint16 port,
                      const std::optional<QSslConfiguration> &tls, const ConnectionLimits &limits)
{
    auto *server = new GuardedServer(tls, limits, &http);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    // One request per connection (see listener.h); the client knows not to send another.
    http.afterRequest([](QHttpServerResponse &&response) {
        QHttpServerResponse closing(std::move(response));
        closing.setHeader("Connection"_ba, "close"_ba);
        return closing;
    });
    http.bind(server);
    return server->serverPort();
}

} // namespace Server
