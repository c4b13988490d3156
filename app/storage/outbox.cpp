// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outbox.h"

#include "core/isotime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

qint64 Outbox::enqueue(const Wire::Payload &payload, const QString &entityId, const QDateTime &now,
                       const QString &mutationId)
{
    if (m_enqueue.lastQuery().isEmpty()) {
        m_enqueue = QSqlQuery(m_db);
        if (!m_enqueue.prepare(u"INSERT INTO outbox (mutation_id, kind, entity_id, payload, created_at) "
                               "VALUES (?, ?, ?, ?, ?)"_s)) {
            m_enqueue = QSqlQuery();
            return 0;
        }
    }
    QSqlQuery &query = m_enqueue;
    query.addBindValue(mutationId);
    query.addBindValue(Wire::toKey(Wire::kindOf(payload)));
    query.addBindValue(entityId);
    // Frozen as the protocol's builder wrote it: what the server reads and hashes.
    query.addBindValue(QJsonDocument(Wire::toJson(payload)).toJson(QJsonDocument::Compact));
    query.addBindValue(Meedoen::isoUtc(now));
    if (!query.exec())
        return 0;
    return query.lastInsertId().toLongLong();
}

QList<Outbox::Entry> Outbox::pending(int limit, qint64 afterSeq) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, mutation_id, kind, entity_id, payload, created_at, attempts FROM outbox "
                  "WHERE acked_at IS NULL AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    QList<Entry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        const auto kind = Wire::mutationKindFromKey(query.value(2).toString());
        if (!kind)
            break;
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), *kind,
                        query.value(3).toString(), QJsonDocument::fromJson(query.value(4).toByteArray()).object(),
                        QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
                        query.value(6).toInt()});
    }
    return entries;
}

int Outbox::pendingCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM outbox WHERE acked_at IS NULL"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Outbox::Backlog Outbox::backlog() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*), (SELECT created_at FROM outbox WHERE acked_at IS NULL ORDER BY seq LIMIT 1) "
                    "FROM outbox WHERE acked_at IS NULL"_s)
        || !query.next())
        return {};
    return {query.value(0).toInt(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)};
}

int Outbox::pendingCount(Wire::MutationKind kind) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM outbox WHERE acked_at IS NULL AND kind = ?"_s);
    query.addBindValue(Wire::toKey(kind));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Outbox::hasPending(Wire::MutationKind kind, const QString &entityId, qint64 afterSeq) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM outbox WHERE entity_id = ? AND kind = ? AND seq > ? AND acked_at IS NULL LIMIT 1"_s);
    query.addBindValue(entityId);
    query.addBindValue(Wire::toKey(kind));
    query.addBindValue(afterSeq);
    return !query.exec() || query.next();
}

bool Outbox::markAttempted(qint64 fromSeq, qint64 toSeq)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET attempts = attempts + 1 WHERE seq BETWEEN ? AND ? AND acked_at IS NULL"_s);
    query.addBindValue(fromSeq);
    query.addBindValue(toSeq);
    return query.exec();
}

bool Outbox::markAcknowledged(const QList<qint64> &seqs, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET acked_at = ?, payload = X'' WHERE seq = ? AND acked_at IS NULL"_s);
    const QString stamp = Meedoen::isoUtc(now);
    for (qint64 seq : seqs) {
        query.addBindValue(stamp);
        query.addBindValue(seq);
        if (!query.exec())
            return false;
    }
    return true;
}
