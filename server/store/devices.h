// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

// Who may talk to the server: enrolment codes (used once), the devices they create with the
// SHA-256 of their tokens, revocation, and the per-device rate limit. All of it lives in the
// database so several server processes can share it (docs/sync-protocol.md, "Enrollment"
// and "Rate limit"), and what IT watches of each device (last seen, its report).
class Devices final : public StorePart
{
public:
    explicit Devices(Session &session) : StorePart(session) {}

    bool addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                           const QDateTime &expiresAt);
    bool addEnrollmentCodes(const QList<QByteArray> &codeHashes, const QString &kind, const QString &site,
                            const QDateTime &expiresAt);
    std::optional<Device> redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                               const QByteArray &tokenHash, const QDateTime &now);
    // The device holding this token: a Device without id when none does, nullopt when the
    // database could not be asked.
    std::optional<Device> deviceByTokenHash(const QByteArray &tokenHash);
    QList<Device> devices();
    bool revoke(const QString &deviceId, const QDateTime &now);
    std::optional<DeviceVisit> visit(const QByteArray &tokenHash, const QDateTime &now, int limitPerMinute,
                                     const std::optional<Sighting> &sighting);
    RateDecision countRequest(const QString &key, const QDateTime &now, int limitPerMinute);
    bool recordSeen(const QString &deviceId, const QDateTime &now, const std::optional<Wire::DeviceReport> &report);
    std::optional<QList<DeviceStatus>> deviceStatuses(const QString &site);
    std::optional<int> releaseConflicts(const QString &deviceId, const QDateTime &now);
};

// The assignments "last_seen = ?, …" that record a device as seen at `now` with its report
// (none: the last report stays), their values appended to `values`.
QString seenAssignments(const QDateTime &now, const std::optional<Wire::DeviceReport> &report, QVariantList &values);

} // namespace Server
