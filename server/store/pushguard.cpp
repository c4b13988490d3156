// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Mutation ids used once and conflicts capped per device (PushGuard, pushguard.h).

#include "server/store/pushguard.h"
#include "server/securitylog.h"
#include "server/store/storehelpers.h"

#include "core/limits.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

std::optional<QSet<QString>> PushGuard::usedIds(const Device &device, const QList<Mutation> &mutations)
{
    QStringList ids;
    ids.reserve(mutations.size());
    for (const Mutation &m : mutations)
        ids.append(m.id);
    QSet<QString> used;
    // selectIn() puts chunk i of each list in one statement: the device's id in every chunk.
    if (!selectIn(u"SELECT mutation_id FROM mutation WHERE device_id IN (%1) AND mutation_id IN (%2)"_s,
                  {QStringList(ids.size(), device.id), ids}, [&used](const QSqlQuery &q) { used.insert(q.value(0).toString()); }))
        return std::nullopt;
    return used;
}

std::optional<PushGuard::SetAside> PushGuard::setAside(const Device &device, const Mutation &m, const QString &hash,
                                                       const QString &reason, const QDateTime &now)
{
    const auto kept = scalar(u"SELECT COUNT(*) FROM conflict WHERE device_id = ? AND seq = ? AND payload_hash = ?"_s,
                             {device.id, m.seq, hash});
    if (!kept)
        return std::nullopt;
    if (kept->toInt() > 0)
        return SetAside::Stored;
    // Bytes as stored (UTF-8): SQLite counts a blob's bytes, PostgreSQL has OCTET_LENGTH.
    const QString bytes = m_session.dialect() == Dialect::Sqlite ? u"LENGTH(CAST(payload AS BLOB))"_s
                                                                 : u"OCTET_LENGTH(payload)"_s;
    auto usage = run(u"SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM conflict WHERE device_id = ? AND resolved_at IS NULL"_s
                         .arg(bytes),
                     {device.id});
    if (!usage || !usage->next())
        return std::nullopt;
    const int rows = usage->value(0).toInt();
    const qint64 stored = usage->value(1).toLongLong();
    usage->finish();
    const QString payload = QString::fromUtf8(m.canonicalPayload);
    if (rows >= Meedoen::kMaxConflictsPerDevice || stored + m.canonicalPayload.size() > Meedoen::kMaxConflictBytesPerDevice) {
        logSecurityEvent("conflict-limit", {{"device", device.id},
                                            {"conflicts", rows},
                                            {"bytes", double(stored)},
                                            {"limitConflicts", Meedoen::kMaxConflictsPerDevice},
                                            {"limitBytes", double(Meedoen::kMaxConflictBytesPerDevice)}});
        return SetAside::LimitReached;
    }
    if (!run(u"INSERT INTO conflict (device_id, seq, payload_hash, mutation_id, kind, payload, received_at, reason) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, seq, payload_hash) DO NOTHING"_s,
             {device.id, m.seq, hash, m.id, Wire::toKey(m.kind), payload, isoUtc(now), reason}))
        return std::nullopt;
    return SetAside::Stored;
}

} // namespace Server
