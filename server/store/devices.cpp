// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Enrolment, device tokens, revocation and the rate limit (Devices, devices.h).

#include "server/store/devices.h"
#include "server/securitylog.h"
#include "server/store/storehelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

bool Devices::addEnrollmentCode(const QByteArray &codeHash, const QString &kind, const QString &site,
                                 const QDateTime &expiresAt)
{
    return bool(run(u"INSERT INTO enrollment_code (code_hash, kind, site_id, expires_at) VALUES (?, ?, ?, ?)"_s,
                    {QString::fromLatin1(codeHash), kind, site, isoUtc(expiresAt)}));
}

bool Devices::addEnrollmentCodes(const QList<QByteArray> &codeHashes, const QString &kind, const QString &site,
                                  const QDateTime &expiresAt)
{
    if (!beginWrite())
        return false;
    for (const QByteArray &codeHash : codeHashes) {
        if (!addEnrollmentCode(codeHash, kind, site, expiresAt)) {
            rollback();
            return false;
        }
    }
    return commit(); // rolls back when it cannot
}

std::optional<Device> Devices::redeemEnrollmentCode(const QByteArray &codeHash, const QString &deviceId,
                                                     const QByteArray &tokenHash, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    auto used = run(u"UPDATE enrollment_code SET used_at = ?, device_id = ? "
                    "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"_s,
                    {isoUtc(now), deviceId, QString::fromLatin1(codeHash), isoUtc(now)});
    if (!used || used->numRowsAffected() != 1) {
        rollback();
        return std::nullopt;
    }
    used->finish();
    auto q = run(u"SELECT kind, site_id FROM enrollment_code WHERE code_hash = ?"_s, {QString::fromLatin1(codeHash)});
    if (!q || !q->next()) {
        rollback();
        return std::nullopt;
    }
    Device d{deviceId, q->value(0).toString(), q->value(1).toString(), now, {}, {}};
    q->finish();
    if (!run(u"INSERT INTO device (id, kind, site_id, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?)"_s,
             {d.id, d.kind, d.site, QString::fromLatin1(tokenHash), isoUtc(now)})
        || !commit()) {
        rollback();
        return std::nullopt;
    }
    return d;
}

namespace {

// A device read from columns id, kind, site_id, enrolled_at, revoked_at and, with
// `lastSeen`, last_seen: the first five or six of a row.
Device deviceOf(const QSqlQuery &q, bool lastSeen = false)
{
    const auto timeOf = [&q](int column) { return QDateTime::fromString(q.value(column).toString(), Qt::ISODateWithMs); };
    return Device{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  timeOf(3),           timeOf(4),           lastSeen ? timeOf(5) : QDateTime()};
}

// On PostgreSQL the clause that makes an UPDATE's own commit asynchronous (its FROM), so that
// it does not wait for the disk; SQLite does the same with Session::UnsyncedCommits.
QString unsyncedFrom(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QString() : u" FROM (SELECT set_config('synchronous_commit', 'off', true)) async"_s;
}

// The decision for a window's hits so far, this request included.
RateDecision decide(int hits, qint64 epoch, qint64 window, int limitPerMinute)
{
    if (hits <= limitPerMinute)
        return {};
    return {false, int(qMax<qint64>(1, window + 60 - epoch))};
}

} // namespace

std::optional<Device> Devices::deviceByTokenHash(const QByteArray &tokenHash)
{
    auto q = run(u"SELECT id, kind, site_id, enrolled_at, revoked_at FROM device WHERE token_hash = ?"_s,
                 {QString::fromLatin1(tokenHash)});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return Device{};
    return deviceOf(*q);
}

QList<Device> Devices::devices()
{
    QList<Device> out;
    auto q = run(u"SELECT id, kind, site_id, enrolled_at, revoked_at, last_seen FROM device "
                 "ORDER BY enrolled_at, id"_s);
    while (q && q->next()) {
        out.append(deviceOf(*q, true));
    }
    return out;
}

bool Devices::revoke(const QString &deviceId, const QDateTime &now)
{
    // The staff sessions signed in on the device end with it (a stolen tablet's staff session
    // token would otherwise outlive it).
    if (!beginWrite())
        return false;
    auto q = run(u"UPDATE device SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"_s, {isoUtc(now), deviceId});
    if (!q || q->numRowsAffected() != 1 || !run(u"DELETE FROM staff_session WHERE device_id = ?"_s, {deviceId})) {
        rollback();
        return false;
    }
    return commit();
}

QString seenAssignments(const QDateTime &now, const std::optional<Wire::DeviceReport> &report, QVariantList &values)
{
    values << isoUtc(now);
    if (!report)
        return u"last_seen = ?"_s;
    values << report->appVersion << report->queueLength
           << (report->queueLength > 0 ? QVariant(isoUtc(now.addSecs(-report->oldestQueuedSeconds))) : QVariant())
           << isoUtc(now);
    return u"last_seen = ?, app_version = ?, queue_length = ?, oldest_queued_at = ?, reported_at = ?"_s;
}

std::optional<DeviceVisit> Devices::visit(const QByteArray &tokenHash, const QDateTime &now, int limitPerMinute,
                                          const std::optional<Sighting> &sighting)
{
    const qint64 epoch = now.toSecsSinceEpoch();
    const qint64 window = epoch - epoch % 60;
    // The token's device counted (and seen) in one statement: every push and pull starts
    // here. Like the other rate counters its commit does not wait for the disk: on SQLite the
    // connection commits it without fsync (WAL, synchronous NORMAL: the next FULL commit syncs
    // it along); on PostgreSQL set_config(…, true) makes this one commit asynchronous.
    QVariantList values{window, window};
    QString sql = u"UPDATE device SET rate_hits = CASE WHEN rate_window_start = ? THEN rate_hits + 1 ELSE 1 END, "
                  "rate_window_start = ?"_s;
    if (sighting)
        sql += u", "_s + seenAssignments(now, sighting->report, values);
    sql += unsyncedFrom(m_session.dialect())
        + u" WHERE token_hash = ? AND revoked_at IS NULL RETURNING id, kind, site_id, enrolled_at, revoked_at, "
          "rate_hits"_s;
    values << QString::fromLatin1(tokenHash);
    std::optional<DeviceVisit> counted;
    {
        const Session::UnsyncedCommits unsynced(m_session);
        auto q = run(sql, values);
        if (!q)
            return std::nullopt;
        if (q->next()) {
            counted = DeviceVisit{deviceOf(*q), decide(q->value(5).toInt(), epoch, window, limitPerMinute)};
        }
        q->finish(); // SQLite commits the statement's change as it ends: under synchronous NORMAL
    }
    if (counted)
        return counted;
    // Unknown or revoked: nothing was counted; which of the two, the device row says.
    const auto device = deviceByTokenHash(tokenHash);
    if (!device)
        return std::nullopt;
    return DeviceVisit{*device, {}};
}

RateDecision Devices::countRequest(const QString &key, const QDateTime &now, int limitPerMinute)
{
    const qint64 epoch = now.toSecsSinceEpoch();
    const qint64 window = epoch - epoch % 60;
    // As Devices::visit: one statement whose commit does not wait for the disk.
    const QString upsert = m_session.dialect() == Dialect::Sqlite
        ? u"INSERT INTO rate_window (device_id, window_start, hits) VALUES (?, ?, 1) "_s
        : u"INSERT INTO rate_window (device_id, window_start, hits) "
          "SELECT ?, ?, 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) async "_s;
    std::optional<QVariant> hits;
    {
        const Session::UnsyncedCommits unsynced(m_session);
        hits = scalar(upsert + u"ON CONFLICT (device_id) DO UPDATE SET "
                               "hits = CASE WHEN rate_window.window_start = excluded.window_start "
                               "THEN rate_window.hits + 1 ELSE 1 END, "
                               "window_start = excluded.window_start RETURNING hits"_s,
                      {key, window});
    }
    // The rate limit never turns a database hiccup into a refusal.
    if (!hits)
        return {};
    return decide(hits->toInt(), epoch, window, limitPerMinute);
}

bool Devices::recordSeen(const QString &deviceId, const QDateTime &now, const std::optional<Wire::DeviceReport> &report)
{
    // Like the rate counter this one statement's commit does not wait for the disk: a crash
    // may forget when a device was last seen, never anything it sent. Without a report (an
    // older app) the last report stays as it was.
    QVariantList values;
    const QString sql = u"UPDATE device SET "_s + seenAssignments(now, report, values) + unsyncedFrom(m_session.dialect())
        + u" WHERE id = ?"_s;
    values << deviceId;
    const Session::UnsyncedCommits unsynced(m_session);
    return bool(run(sql, values));
}

std::optional<QList<DeviceStatus>> Devices::deviceStatuses(const QString &site)
{
    const auto timeOf = [](const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
    // Bytes as stored (UTF-8), as PushGuard counts them.
    const QString bytes = m_session.dialect() == Dialect::Sqlite ? u"LENGTH(CAST(c.payload AS BLOB))"_s
                                                                 : u"OCTET_LENGTH(c.payload)"_s;
    const QString columns = u"SELECT id, kind, site_id, enrolled_at, revoked_at, last_seen, app_version, "
                            "queue_length, oldest_queued_at, reported_at, "
                            "(SELECT COUNT(*) FROM conflict c WHERE c.device_id = device.id AND c.resolved_at IS NULL), "
                            "(SELECT COALESCE(SUM(%1), 0) FROM conflict c WHERE c.device_id = device.id "
                            "AND c.resolved_at IS NULL) FROM device "_s.arg(bytes);
    auto q = site.isEmpty() ? run(columns + u"ORDER BY site_id, kind, enrolled_at, id"_s)
                            : run(columns + u"WHERE site_id = ? ORDER BY kind, enrolled_at, id"_s, {site});
    if (!q)
        return std::nullopt;
    QList<DeviceStatus> out;
    while (q->next()) {
        DeviceStatus s{deviceOf(*q, true), std::nullopt, timeOf(q->value(9)), timeOf(q->value(8))};
        if (!q->value(6).isNull())
            s.report = Wire::DeviceReport{q->value(6).toString(), q->value(7).toLongLong(),
                                          s.oldestQueuedAt.isValid() ? s.oldestQueuedAt.secsTo(s.reportedAt) : 0};
        s.conflicts = q->value(10).toInt();
        s.conflictBytes = q->value(11).toLongLong();
        out.append(std::move(s));
    }
    return out;
}

std::optional<int> Devices::releaseConflicts(const QString &deviceId, const QDateTime &now)
{
    auto q = run(u"UPDATE conflict SET resolved_at = ? WHERE device_id = ? AND resolved_at IS NULL"_s,
                 {isoUtc(now), deviceId});
    if (!q)
        return std::nullopt;
    const int released = q->numRowsAffected();
    logSecurityEvent("conflicts-released", {{"device", deviceId}, {"conflicts", released}});
    return released;
}

} // namespace Server
