// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QHttpServer;

namespace Server {

// What one connection may cost before and while QHttpServer reads it (docs/security.md,
// "Bodies and connections"). QHttpServer 6.4 reads a whole body into memory (twice) before
// a route sees it and never times a connection out, so every connection is checked here
// first: its request head is inspected without being consumed, and it reaches QHttpServer
// only once the head says the request is acceptable.
struct ConnectionLimits
{
    // From accept to a complete request head, the TLS handshake included.
    int headerTimeoutMs = 10000;
    // From the head to the last byte of the declared body.
    int bodyTimeoutMs = 30000;
    // While the answer is written: longest time without a byte moving.
    int idleTimeoutMs = 60000;
    // Open connections from one peer address; beyond it a connection is refused at once.
    int maxConnectionsPerPeer = 32;
    // Open connections in all; 0: the descriptor limit (RLIMIT_NOFILE) less a reserve for
    // the database and the process. At the limit the server stops accepting until one closes.
    int maxConnections = 0;
    // Request line and headers together.
    qsizetype maxHeadBytes = 16 * 1024;
    // The largest body each path takes; a declared Content-Length above it is answered 413
    // before a byte of the body is read.
    std::function<qsizetype(QByteArrayView path)> maxBodyBytes;
};

// Listens on address:port (0: any free port) and hands every checked request to `http`,
// over TLS when `tls` is given. Returns the port, 0 when it cannot listen.
//
// Each request is answered and then the connection is closed (Connection: close): a head
// is only ever inspected at the start of a connection, so no second request can slip past
// the checks on a kept-alive connection.
//
// Every accepted connection also acknowledges request data as soon as it arrives. A client
// (QNetworkAccessManager among them) writes a large request body in several pieces with
// Nagle's algorithm on; a server that answers every request delays its acknowledgement,
// hoping to send it with the response, so each piece after the first waited out the 40 ms
// delayed-ACK timer: that was half of a push batch's time on loopback.
quint16 listenGuarded(QHttpServer &http, const QHostAddress &address, quint16 port,
                      const std::optional<QSslConfiguration> &tls, const ConnectionLimits &limits);

// The connection cap `limits` gives with the process's current descriptor limit.
int effectiveMaxConnections(const ConnectionLimits &limits);

} // namespace Server
