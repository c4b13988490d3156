// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

class QHttpServer;

namespace Server {

// Listens on address:port (0: any free port) and hands every connection to `http`, over TLS
// when `tls` is given. Returns the port, 0 when it cannot listen.
//
// Unlike QHttpServer::listen(), every accepted connection acknowledges request data as soon
// as it arrives. A client (QNetworkAccessManager among them) writes a large request body in
// several pieces with Nagle's algorithm on; a server that answers every request delays its
// acknowledgement, hoping to send it with the response, so each piece after the first waited
// out the 40 ms delayed-ACK timer: that was half of a push batch's time on loopback.
quint16 listenWithQuickAck(QHttpServer &http, const QHostAddress &address, quint16 port,
                           const std::optional<QSslConfiguration> &tls);

} // namespace Server
