// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One push request in one transaction: exactly-once and the sequence rules (PushBatch, pushbatch.h).

#include "server/store/pushbatch.h"
#include "server/store/changelog.h"
#include "server/store/deferredrows.h"
#include "server/store/devices.h"
#include "server/store/staffpush.h"
#include "server/store/storehelpers.h"
#include "server/store/tenantpush.h"
#include "server/securitylog.h"

#include "protocol/revocation.h"

#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

namespace {

constexpr qint64 kClockSkewLimitSeconds = 5 * 60;

} // namespace

PushBatch::PushBatch(Session &session, ChangeLog &changes, DeferredRows &rows, TenantPush &tenants, StaffPush &staff)
    : StorePart(session), m_changes(changes), m_rows(rows), m_tenants(tenants), m_staff(staff), m_guard(session)
{
}

std::optional<PushResult> PushBatch::apply(const PushRequest &push, const std::function<void(int)> &afterApply)
{
    if (!beginWrite())
        return std::nullopt;
    auto result = applyInTransaction(push, afterApply);
    if (!result || result->conflictLimit)
        return result; // rolled back
    if (!commit())
        return std::nullopt;
    return result;
}

QList<std::optional<PushResult>> PushBatch::applyGroup(const QList<PushRequest> &pushes,
                                                       const std::function<void(int)> &afterApply)
{
    QList<std::optional<PushResult>> results;
    results.reserve(pushes.size());
    // A push refused at its device's conflict limit has its answer already: the limit is the
    // device's own, nothing the others of the group change, and the refusal is logged once.
    qsizetype refused = -1;
    std::optional<PushResult> refusal;
    if (pushes.size() > 1 && beginWrite()) {
        // Each push's security events, held until its outcome stands (securitylog.h).
        SecurityEventHold events;
        qsizetype eventsBefore = 0;
        // The test hook counts the mutations applied in the transaction, across its pushes.
        int appliedBefore = 0, appliedHere = 0;
        std::function<void(int)> counted;
        if (afterApply) {
            counted = [&](int applied) {
                appliedHere = applied;
                afterApply(appliedBefore + applied);
            };
        }
        for (const PushRequest &push : pushes) {
            auto result = applyInTransaction(push, counted);
            if (result && result->conflictLimit) {
                refused = results.size();
                refusal = std::move(result);
                events.release(eventsBefore); // its answer stands: logged once, not applied again
            }
            if (!result || refusal)
                break; // rolled back: each alone below
            results.append(std::move(result));
            appliedBefore += std::exchange(appliedHere, 0);
            eventsBefore = events.size();
        }
        if (results.size() == pushes.size() && commit()) {
            events.release();
            return results;
        }
        results.clear();
    }
    for (qsizetype i = 0; i < pushes.size(); ++i) {
        const PushRequest &push = pushes.at(i);
        results.append(i == refused ? refusal : apply(push, afterApply));
    }
    return results;
}

std::optional<PushResult> PushBatch::applyInTransaction(const PushRequest &push,
                                                        const std::function<void(int)> &afterApply)
{
    const Device &device = push.device;
    const QList<Mutation> &mutations = push.mutations;
    const QDateTime &now = push.now;
    auto abort = [this]() -> std::optional<PushResult> {
        rollback();
        return std::nullopt;
    };
    const auto last = scalar(u"SELECT last_seq FROM device WHERE id = ?"_s, {device.id});
    if (!last || last->isNull())
        return abort();
    PushResult result;
    result.lastSeq = last->toLongLong();
    m_changes.deferOpportunities();
    m_rows.start();
    // What this device already pushed with the batch's sequence numbers, read in one go
    // when the numbers are close together (they are: a batch is consecutive), else per
    // mutation. Kept up to date below, so a number repeated inside the batch is a resend.
    struct Stored
    {
        QString hash;
        QString outcome;
    };
    QHash<qint64, Stored> stored;
    bool prefetched = false;
    if (!mutations.isEmpty()) {
        qint64 low = mutations.first().seq, high = low;
        for (const Mutation &m : mutations) {
            low = qMin(low, m.seq);
            high = qMax(high, m.seq);
        }
        if (high - low < 1000) {
            auto q = run(u"SELECT seq, payload_hash, outcome FROM mutation WHERE device_id = ? AND seq BETWEEN ? AND ?"_s,
                         {device.id, low, high});
            if (!q)
                return abort();
            while (q->next())
                stored.insert(q->value(0).toLongLong(), {q->value(1).toString(), q->value(2).toString()});
            prefetched = true;
        }
    }
    // Mutation ids this device used before (a unique index backs it); kept up to date below.
    auto usedIds = m_guard.usedIds(device, mutations);
    if (!usedIds)
        return abort();
    // A conflict is kept for staff, unless the device's conflicts reached their limit: then
    // nothing of the batch is kept and the device is told to stop pushing.
    auto setAside = [&](const Mutation &m, const QString &hash, Wire::Reason reason) -> std::optional<bool> {
        const auto kept = m_guard.setAside(device, m, hash, toKey(reason), now);
        if (!kept)
            return std::nullopt;
        if (*kept == PushGuard::SetAside::LimitReached)
            return false;
        Wire::Outcome conflict = Wire::Outcome::of(m.seq, Wire::OutcomeStatus::Conflict, toKey(reason));
        conflict.httpStatus = 409;
        result.results.append(outcome(conflict));
        return true;
    };
    auto limitReached = [this, &result] {
        rollback();
        PushResult limited;
        limited.lastSeq = result.lastSeq;
        limited.conflictLimit = true;
        return limited;
    };
    int applied = 0;
    for (qsizetype index = 0; index < mutations.size(); ++index) {
        const Mutation &m = mutations.at(index);
        const QString hash = QString::fromLatin1(m.payloadHash);
        if (!prefetched) {
            auto existing = run(u"SELECT payload_hash, outcome FROM mutation WHERE device_id = ? AND seq = ?"_s,
                                {device.id, m.seq});
            if (!existing)
                return abort();
            if (existing->next())
                stored.insert(m.seq, {existing->value(0).toString(), existing->value(1).toString()});
            existing->finish();
        }
        const auto existing = stored.constFind(m.seq);
        if (existing != stored.cend()) {
            const QString storedHash = existing->hash;
            const QJsonObject storedOutcome = parseObject(existing->outcome);
            if (storedHash == hash) {
                result.results.append(storedOutcome);
                continue;
            }
            const auto kept = setAside(m, hash, Wire::Reason::SequenceReused);
            if (!kept)
                return abort();
            if (!*kept)
                return limitReached();
            continue;
        }
        if (m.seq != result.lastSeq + 1) {
            Wire::Outcome gap = Wire::Outcome::of(m.seq, Wire::OutcomeStatus::Gap);
            gap.expectedSeq = result.lastSeq + 1;
            result.results.append(outcome(gap));
            continue;
        }
        if (usedIds->contains(m.id)) {
            // Applied once already under another seq: a conflict, never applied again; the
            // seq stays free, as for a reused seq.
            const auto kept = setAside(m, hash, Wire::Reason::MutationIdReused);
            if (!kept)
                return abort();
            if (!*kept)
                return limitReached();
            continue;
        }
        std::optional<Wire::Outcome> decided;
        // Registrations and sign-ups read what the batch view holds; every other kind may
        // read or change any row, so the deferred rows go first and the view is read again
        // for the registrations and sign-ups after it.
        const bool viewed = m.kind == Wire::MutationKind::Registration || m.kind == Wire::MutationKind::Signup;
        if (!viewed) {
            m_tenants.dropView();
            if (!m_rows.flush())
                return abort();
        } else if (!m_tenants.hasView() && !m_tenants.readView(mutations, index)) {
            return abort();
        }
        switch (m.kind) {
        case Wire::MutationKind::Registration: decided = m_tenants.applyRegistration(device, m, now); break;
        case Wire::MutationKind::Signup: decided = m_tenants.applySignup(device, m, now); break;
        case Wire::MutationKind::Withdrawal: decided = m_tenants.applyWithdrawal(device, m, now); break;
        case Wire::MutationKind::Link: decided = m_tenants.applyLink(device, m, now); break;
        default: decided = m_staff.apply(device, m, now); break;
        }
        if (!decided)
            return abort();
        const bool skewed = m.deviceTime.isValid() && qAbs(m.deviceTime.secsTo(now)) > kClockSkewLimitSeconds;
        if (skewed)
            decided->clockSkewed = true;
        const QJsonObject answer = outcome(*decided);
        const QString outcomeText = compact(answer);
        m_rows.addRow(u"mutation"_s, {device.id, m.seq, m.id, Wire::toKey(m.kind), hash, outcomeText,
                                      isoUtc(m.deviceTime), isoUtc(now), skewed ? 1 : 0});
        stored.insert(m.seq, {hash, outcomeText});
        usedIds->insert(m.id);
        result.results.append(answer);
        result.lastSeq = m.seq;
        ++applied;
        if (afterApply)
            afterApply(applied);
    }
    // Each opportunity a sign-up, withdrawal or decision touched: one change-log row with its
    // final places and waitlist, written under the same lock, before the commit.
    // Their rows join the batch's last flush: on PostgreSQL one round trip for the batch's
    // rows and the device's row, one to read the opportunities, one to write them. The
    // device's row takes its sequence number and the push seen with its report (Store::visit
    // records a pull's) in the statement the batch needs anyway.
    m_tenants.dropView();
    QVariantList values{result.lastSeq};
    const QString seen = seenAssignments(now, push.report, values);
    values << device.id;
    m_rows.deferStatement(u"UPDATE device SET last_seq = ?, "_s + seen + u" WHERE id = ?"_s, values);
    if (!m_rows.flush() || !m_changes.flushOpportunities() || !m_rows.flush())
        return abort();
    m_rows.stop();
    return result;
}

std::optional<bool> PushBatch::keepRevokedReport(const Device &device, const QList<Mutation> &mutations,
                                                 const QDateTime &now)
{
    if (mutations.isEmpty())
        return false; // nothing to report: the one report stays for a push that has something
    if (!beginWrite())
        return std::nullopt;
    auto first = run(u"UPDATE device SET revoked_report_at = ? WHERE id = ? AND revoked_at IS NOT NULL "
                     "AND revoked_report_at IS NULL"_s,
                     {isoUtc(now), device.id});
    if (!first) {
        rollback();
        return std::nullopt;
    }
    if (first->numRowsAffected() != 1)
        return commit() ? std::optional(false) : std::nullopt;
    for (const Mutation &m : mutations) {
        const auto kept = m_guard.setAside(device, m, QString::fromLatin1(m.payloadHash),
                                           QString(Wire::kConflictDeviceRevoked), now);
        if (!kept) {
            rollback();
            return std::nullopt;
        }
        if (*kept == PushGuard::SetAside::LimitReached) {
            // All or none, so the device knows exactly what it still has to count as lost;
            // the report stays unmade (the device wipes anyway, and nothing more fits).
            rollback();
            return false;
        }
    }
    return commit() ? std::optional(true) : std::nullopt;
}

} // namespace Server
