// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The limits on identifying a tenant (IdentifyAttempts, identifyattempts.h).

#include "server/store/identifyattempts.h"
#include "server/auth.h"
#include "server/securitylog.h"
#include "server/store/storehelpers.h"

#include "core/attemptpolicy.h"
#include "protocol/changes.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

QString IdentifyAttempts::codeSubject(const QString &personalCode)
{
    return u"code:"_s + QString::fromLatin1(Auth::hashSecret(personalCode.toUtf8()));
}

QString IdentifyAttempts::deviceSubject(const QString &deviceId)
{
    return u"device:"_s + deviceId;
}

std::optional<IdentifyAttempts::Counted> IdentifyAttempts::counted(const QString &subject, const QDateTime &now)
{
    auto q = run(u"SELECT failures, window_start, last_failure_at, locked_at FROM identify_attempt WHERE subject = ?"_s,
                 {subject});
    if (!q)
        return std::nullopt;
    Counted c;
    if (q->next()) {
        const QDateTime windowStart = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        c.failures = failuresInWindow(q->value(0).toInt(), windowStart, now, kIdentifyWindowSeconds);
        c.lastFailureAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        c.locked = !q->value(3).isNull();
        c.lockedAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
    }
    q->finish();
    return c;
}

bool IdentifyAttempts::isLocked(const Counted &code, const QDateTime &now)
{
    return code.locked
        || checkAttempt(kIdentifyCodePolicy, {code.failures, code.lastFailureAt, 0}, now).kind == AttemptVerdict::Locked;
}

std::optional<int> IdentifyAttempts::countFailure(const QString &subject, const QDateTime &now)
{
    // A window that opened kIdentifyWindowSeconds ago or earlier starts again with this failure.
    const QString windowOver = isoUtc(now.addSecs(-kIdentifyWindowSeconds));
    if (!run(u"INSERT INTO identify_attempt (subject, failures, window_start, last_failure_at) VALUES (?, 1, ?, ?) "
             "ON CONFLICT (subject) DO UPDATE SET "
             "failures = CASE WHEN identify_attempt.window_start <= ? THEN 1 ELSE identify_attempt.failures + 1 END, "
             "window_start = CASE WHEN identify_attempt.window_start <= ? THEN excluded.window_start "
             "ELSE identify_attempt.window_start END, "
             "last_failure_at = excluded.last_failure_at"_s,
             {subject, isoUtc(now), isoUtc(now), windowOver, windowOver}))
        return std::nullopt;
    const auto failures = scalar(u"SELECT failures FROM identify_attempt WHERE subject = ?"_s, {subject});
    return failures ? std::optional(failures->toInt()) : std::nullopt;
}

std::optional<Wire::Outcome> IdentifyAttempts::refusal(const Device &device, const Wire::Mutation &m,
                                                       const Wire::Identify &identify, const QDateTime &now, bool &fault)
{
    const auto forCode = counted(codeSubject(identify.personalCode), now);
    const auto forDevice = counted(deviceSubject(device.id), now);
    if (!forCode || !forDevice) {
        fault = true;
        return std::nullopt;
    }
    if (isLocked(*forCode, now))
        return Wire::Outcome::refused(m.seq, Wire::Reason::CodeLocked);
    const AttemptVerdict verdict = checkAttempt(kIdentifyDevicePolicy, {forDevice->failures, forDevice->lastFailureAt, 0}, now);
    if (verdict.kind != AttemptVerdict::Allowed)
        return Wire::Outcome::identifyWait(m.seq, qMax(1, verdict.retryAfterSeconds));
    return std::nullopt;
}

std::optional<Wire::Outcome> IdentifyAttempts::failed(const Device &device, const Wire::Mutation &m,
                                                      const Wire::Identify &identify, const QDateTime &now)
{
    const QString code = codeSubject(identify.personalCode);
    const auto codeFailures = countFailure(code, now);
    const auto deviceFailures = countFailure(deviceSubject(device.id), now);
    if (!codeFailures || !deviceFailures)
        return std::nullopt;
    const int left = attemptsLeftBeforeLock(kIdentifyCodePolicy, *codeFailures);
    const bool locks = left == 0;
    if (locks && !run(u"UPDATE identify_attempt SET locked_at = ? WHERE subject = ?"_s, {isoUtc(now), code}))
        return std::nullopt;
    const Wire::Outcome outcome =
        locks ? Wire::Outcome::refused(m.seq, Wire::Reason::CodeLocked) : Wire::Outcome::identifyFailed(m.seq, left);
    if (!audit(device.id, m.deviceTime, device.site, Wire::toKey(m.kind), identify.personalCode, outcome.reason, now))
        return std::nullopt;
    // Named after the refusals ("identify-failed", and "code-locked" for the failure that
    // locks); counts and ids only: never the code or the date that was tried.
    const QByteArray failedEvent = Wire::toKey(Wire::Reason::IdentifyFailed).toLatin1();
    logSecurityEvent(failedEvent.constData(), {{"device", device.id},
                                               {"kind", Wire::toKey(m.kind)},
                                               {"deviceFailures", *deviceFailures},
                                               {"codeFailures", *codeFailures},
                                               {"attemptsLeft", left}});
    if (locks) {
        const QByteArray lockedEvent = Wire::toKey(Wire::Reason::CodeLocked).toLatin1();
        logSecurityEvent(lockedEvent.constData(), {{"device", device.id}, {"codeFailures", *codeFailures}});
    }
    return outcome;
}

bool IdentifyAttempts::matched(const Device &device, const Wire::Identify &identify)
{
    return bool(run(u"DELETE FROM identify_attempt WHERE subject IN (?, ?) AND locked_at IS NULL"_s,
                    {codeSubject(identify.personalCode), deviceSubject(device.id)}));
}

std::optional<bool> IdentifyAttempts::isCodeLocked(const QString &personalCode, const QDateTime &now)
{
    const auto code = counted(codeSubject(personalCode), now);
    return code ? std::optional(isLocked(*code, now)) : std::nullopt;
}

std::optional<bool> IdentifyAttempts::codeFailed(const QString &deviceId, const QString &action,
                                                 const QString &personalCode, const QDateTime &now)
{
    const QString code = codeSubject(personalCode);
    const auto failures = countFailure(code, now);
    if (!failures)
        return std::nullopt;
    const int left = attemptsLeftBeforeLock(kIdentifyCodePolicy, *failures);
    const bool locks = left == 0;
    if (locks && !run(u"UPDATE identify_attempt SET locked_at = ? WHERE subject = ?"_s, {isoUtc(now), code}))
        return std::nullopt;
    const QString reason = Wire::toKey(locks ? Wire::Reason::CodeLocked : Wire::Reason::IdentifyFailed);
    if (!audit(deviceId, QDateTime(), QString(), action, personalCode, reason, now))
        return std::nullopt;
    logSecurityEvent(reason.toLatin1().constData(),
                     {{"device", deviceId}, {"kind", action}, {"codeFailures", *failures}, {"attemptsLeft", left}});
    return locks;
}

bool IdentifyAttempts::codeMatched(const QString &personalCode)
{
    return bool(run(u"DELETE FROM identify_attempt WHERE subject = ? AND locked_at IS NULL"_s,
                    {codeSubject(personalCode)}));
}

std::optional<bool> IdentifyAttempts::unlock(const QString &personalCode, const QString &actor, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    const auto lifted = lift(personalCode, actor, QString(), now);
    if (!lifted || !commit())
        return std::nullopt;
    if (*lifted)
        logSecurityEvent("code-unlocked", {{"by", actor}});
    return lifted;
}

std::optional<bool> IdentifyAttempts::lift(const QString &personalCode, const QString &deviceId, const QString &staffId,
                                           const QDateTime &now, const QString &role)
{
    const auto before = stateOf(personalCode, now);
    if (!before) {
        rollback();
        return std::nullopt;
    }
    if (!before->locked)
        return false;
    // All of the code's failures go, not only the lock: the tenant starts with five tries.
    if (!run(u"DELETE FROM identify_attempt WHERE subject = ?"_s, {codeSubject(personalCode)})
        || !audit(deviceId, QDateTime(), QString(), u"code-unlock"_s, personalCode, QString(), now, staffId, role)) {
        rollback();
        return std::nullopt;
    }
    return true;
}

std::optional<QString> IdentifyAttempts::personalCodeOf(const QString &personId, const QStringList &sites)
{
    const auto person = personSite(personId);
    if (!person)
        return std::nullopt;
    return person->found && !person->erased && sites.contains(person->site) ? person->personalCode : QString();
}

std::optional<CodeLockState> IdentifyAttempts::stateOf(const QString &personalCode, const QDateTime &now)
{
    const auto code = counted(codeSubject(personalCode), now);
    if (!code)
        return std::nullopt;
    CodeLockState state;
    state.found = true;
    state.locked = isLocked(*code, now);
    if (state.locked)
        state.lockedAt = code->lockedAt.isValid() ? code->lockedAt : code->lastFailureAt;
    return state;
}

std::optional<CodeLockState> IdentifyAttempts::codeLockOf(const QString &personId, const QStringList &sites,
                                                          const QDateTime &now)
{
    const auto code = personalCodeOf(personId, sites);
    if (!code)
        return std::nullopt;
    return code->isEmpty() ? std::optional(CodeLockState{}) : stateOf(*code, now);
}

std::optional<CodeLockState> IdentifyAttempts::unlockCodeOf(const QString &personId, const QStringList &sites,
                                                            const QString &staffId, const QString &deviceId,
                                                            const QString &role, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    const auto code = personalCodeOf(personId, sites);
    if (!code || code->isEmpty()) {
        rollback();
        return code ? std::optional(CodeLockState{}) : std::nullopt; // not found, or a fault
    }
    const auto lifted = lift(*code, deviceId, staffId, now, role);
    if (!lifted || !commit())
        return std::nullopt;
    if (*lifted)
        logSecurityEvent("code-unlocked", {{"by", u"staff"_s}, {"staff", staffId}, {"device", deviceId}});
    // Open now either way; `unlocked` says whether this request lifted it.
    return CodeLockState{true, false, QDateTime(), *lifted};
}

bool IdentifyAttempts::audit(const QString &deviceId, const QDateTime &deviceTime, const QString &site,
                             const QString &action, const QString &personalCode, const QString &status,
                             const QDateTime &now, const QString &staffId, const QString &role)
{
    auto person = run(u"SELECT id FROM person WHERE personal_code = ?"_s, {personalCode});
    if (!person)
        return false;
    const QString personId = person->next() ? person->value(0).toString() : u""_s; // not NULL: no such person
    person->finish();
    Wire::AuditDetail detail;
    if (!status.isEmpty())
        detail.status = status;
    if (!role.isEmpty())
        detail.role = role;
    return bool(run(u"INSERT INTO audit (id, at, staff_id, device_id, device_time, site_id, action, entity, entity_id, "
                    "detail, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), isoUtc(now), nullIfEmpty(staffId), deviceId,
                     isoUtc(deviceTime), nullIfEmpty(site), action, Wire::toKey(Wire::Entity::Person), personId,
                     compact(Wire::toJson(detail)), nullIfEmpty(role)}));
}

} // namespace Server
