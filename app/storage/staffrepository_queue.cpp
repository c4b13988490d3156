// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: what the tablet queues. A staff mutation goes into the outbox with its
// action row and the tablet's own audit entry in one transaction; the server's outcome is
// recorded against the action when the push returns.
#include "storage/staffrepository.h"

#include "core/isotime.h"
#include "core/staffdecision.h"
#include "storage/outbox.h"
#include "storage/staffrepository_p.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;
using namespace StaffSql;

qint64 StaffRepository::queue(const Wire::Payload &payload, const QString &entityId, const QDateTime &now,
                              const QString &mutationId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return 0;
    const qint64 seq = Outbox(m_db).enqueue(payload, entityId, now, mutationId);
    if (const auto *goal = std::get_if<Wire::GoalUpsertPayload>(&payload); goal && !keepQueuedGoal(*goal, now))
        return 0;
    // A decision keeps what it was about, so the tablet can show it pending and stale.
    const auto *decision = std::get_if<Wire::DecisionPayload>(&payload);
    if (recordQueued(seq, Wire::toKey(Wire::kindOf(payload)), Wire::staffIdOf(payload), entityId,
                     decision ? Meedoen::toKey(decision->decision) : QString(), decision ? decision->seenVersion : 0, now)
        <= 0)
        return 0;
    return tx.commit() ? seq : 0;
}

qint64 StaffRepository::recordQueued(qint64 seq, const QString &kind, const QString &staffId, const QString &entityId,
                                     const QString &decision, qint64 seenVersion, const QDateTime &now)
{
    if (seq <= 0)
        return 0;
    if (!run(m_db,
             u"INSERT INTO staff_action (seq, kind, staff_id, entity_id, decision, seen_version, created_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
             {seq, kind, staffId, entityId, nonNull(decision), seenVersion, Meedoen::isoUtc(now)}))
        return 0;
    if (!auditOnDevice(staffId, kind, u"outbox"_s, QString::number(seq), now))
        return 0;
    return seq;
}

bool StaffRepository::recordOutcome(qint64 seq, const Wire::Outcome &outcome)
{
    // "unchanged": a decision that found the sign-up already in that state.
    const QString status = outcome.status == Wire::OutcomeStatus::Decided && outcome.unchanged.value_or(false)
                               ? u"unchanged"_s
                               : Wire::toKey(outcome.status);
    return run(m_db, u"UPDATE staff_action SET status = ?, outcome = ? WHERE seq = ?"_s,
               {status, compact(Wire::toJson(outcome)), seq});
}

bool StaffRepository::auditOnDevice(const QString &staffId, const QString &action, const QString &entity,
                                    const QString &entityId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM staff_audit WHERE on_device = 1"_s);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    return run(m_db,
               u"INSERT INTO staff_audit (id, at, staff_id, device_id, action, entity, entity_id, on_device) "
               "VALUES (?, ?, ?, '', ?, ?, ?, 1)"_s,
               {u"device-%1-%2"_s.arg(n + 1).arg(now.toMSecsSinceEpoch()), Meedoen::isoUtc(now), staffId, action, nonNull(entity),
                nonNull(entityId)});
}
