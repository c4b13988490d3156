// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/mutation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// Mutations waiting for the server. Each row has the per-device, gap-free sequence
// number the sync protocol needs, and freezes the payload as the protocol's builder wrote
// it: exactly what the server will read and hash. enqueue() never opens a transaction of its
// own: the caller writes the record and its outbox row in one.
class Outbox
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QString mutationId;
        Wire::MutationKind kind = Wire::MutationKind::Registration;
        QString entityId;
        QJsonObject payload;
        QDateTime createdAt;
        int attempts = 0;
    };

    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns the sequence number, or 0 when the row could not be written.
    qint64 enqueue(const Wire::Payload &payload, const QString &entityId, const QDateTime &now,
                   const QString &mutationId);
    // The oldest unacknowledged entries with a sequence number above afterSeq (up to the first
    // of a kind this build does not know, which only a newer build could have written).
    QList<Entry> pending(int limit, qint64 afterSeq = 0) const;
    int pendingCount() const;
    int pendingCount(Wire::MutationKind kind) const;
    // What waits, as the device reports it to IT (protocol/devicereport.h): how many and since
    // when the oldest of them (invalid when none waits).
    struct Backlog
    {
        int count = 0;
        QDateTime oldestCreatedAt;
    };
    Backlog backlog() const;
    // Whether a mutation of that kind for that record still waits, sent after `afterSeq`: the
    // tenant's newer change that a pulled or answered state must not overwrite. True also when
    // the outbox cannot be read (keeping what the tenant did is the safe side).
    bool hasPending(Wire::MutationKind kind, const QString &entityId, qint64 afterSeq = 0) const;
    bool markAttempted(qint64 fromSeq, qint64 toSeq);
    // Acknowledged rows keep their number but lose their payload: the outbox must not
    // become a second copy of personal data.
    bool markAcknowledged(const QList<qint64> &seqs, const QDateTime &now);

private:
    QSqlDatabase m_db;
    QSqlQuery m_enqueue; // prepared on first use, reused for every row after
};
