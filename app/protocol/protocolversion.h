// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QLatin1String>

// Which devices a server serves (docs/sync-protocol.md, "Protocol versions"): every request
// of a device names the protocol it speaks in X-Meedoen-Protocol; the server serves the
// versions kMinProtocolVersion..kProtocolVersion (N-1..N). An app older than that gets 426
// Upgrade Required with the problem "update-app", which it shows as "Werk de app bij"; its
// outbox stays. The keys a device and the server share.
namespace Wire {

// The protocol this build speaks. Raised only by a change an older peer cannot read; an
// added optional field is no new version.
inline constexpr int kProtocolVersion = 1;
// The oldest protocol this build's server still serves: one version back.
inline constexpr int kMinProtocolVersion = kProtocolVersion > 1 ? kProtocolVersion - 1 : 1;
// A request without the header is protocol 1: the apps released before the header existed.
inline constexpr int kProtocolWithoutHeader = 1;
inline constexpr char kProtocolHeader[] = "X-Meedoen-Protocol";
// The type of the 426 answer, and the field of it that names the oldest protocol served.
inline constexpr QLatin1String kProblemUpdateApp("update-app");
inline constexpr QLatin1String kMinimumProtocolField("minimumProtocol");
inline constexpr QLatin1String kCurrentProtocolField("currentProtocol");

enum class ProtocolVerdict {
    Served,    // kMinProtocolVersion <= version <= kProtocolVersion
    TooOld,    // older than kMinProtocolVersion: 426, update the app
    TooNew,    // newer than this server: 400 (the server is upgraded before the devices)
    Malformed, // not 1–4 ASCII digits: 400
};

struct ProtocolCheck
{
    ProtocolVerdict verdict = ProtocolVerdict::Malformed;
    int version = 0;
};

// The verdict on a request's X-Meedoen-Protocol value (empty: the header was not sent).
inline ProtocolCheck checkProtocol(QByteArrayView header, int minimum = kMinProtocolVersion,
                                   int current = kProtocolVersion)
{
    int version = kProtocolWithoutHeader;
    if (!header.isEmpty()) {
        if (header.size() > 4)
            return {};
        version = 0;
        for (const char c : header) {
            if (c < '0' || c > '9')
                return {};
            version = version * 10 + (c - '0');
        }
    }
    if (version < minimum)
        return {ProtocolVerdict::TooOld, version};
    if (version > current)
        return {ProtocolVerdict::TooNew, version};
    return {ProtocolVerdict::Served, version};
}

} // namespace Wire
