// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A kiosk's status look-up with its back-off (StatusLookup, statuslookup.h).

#include "server/store/statuslookup.h"
#include "server/store/storehelpers.h"

#include "core/attemptpolicy.h"
#include "protocol/outcome.h"
#include "protocol/statuslookup.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

std::optional<StatusAnswer> StatusLookup::lookUpStatus(const QString &deviceId, const QByteArray &codeHash,
                                                       const QString &personalCode, QDate dateOfBirth,
                                                       const QDateTime &now)
{
    // The code is kept as its hash only: the counter says nothing of whose code was tried.
    const QStringList subjects = {u"device:"_s + deviceId, u"code:"_s + QString::fromLatin1(codeHash)};
    if (!beginWrite())
        return std::nullopt;
    StatusAnswer answer;
    for (const QString &subject : subjects) {
        auto q = run(u"SELECT failures, last_failure_at FROM status_attempt WHERE subject = ?"_s, {subject});
        if (!q) {
            rollback();
            return std::nullopt;
        }
        if (!q->next())
            continue;
        const AttemptState state{q->value(0).toInt(), QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs), 0};
        const AttemptVerdict verdict = checkAttempt(kStatusLookupPolicy, state, now);
        if (verdict.kind != AttemptVerdict::Allowed) {
            answer.kind = StatusAnswer::Wait;
            answer.retryAfterSeconds = std::max(answer.retryAfterSeconds, std::max(1, verdict.retryAfterSeconds));
        }
    }
    if (answer.kind == StatusAnswer::Wait) {
        rollback();
        return answer;
    }
    // Asked before the date is compared: a locked code tells nothing, also for the right date.
    const auto locked = m_identifyAttempts.isCodeLocked(personalCode, now);
    if (!locked) {
        rollback();
        return std::nullopt;
    }
    if (*locked) {
        rollback();
        answer.kind = StatusAnswer::Locked;
        return answer;
    }
    // Counted as a failure until the person is found.
    for (const QString &subject : subjects) {
        if (!run(u"INSERT INTO status_attempt (subject, failures, last_failure_at) VALUES (?, 1, ?) "
                 "ON CONFLICT (subject) DO UPDATE SET failures = status_attempt.failures + 1, "
                 "last_failure_at = excluded.last_failure_at"_s,
                 {subject, isoUtc(now)})) {
            rollback();
            return std::nullopt;
        }
    }
    auto person = run(u"SELECT id FROM person WHERE personal_code = ? AND date_of_birth = ? AND erased_at IS NULL"_s,
                      {personalCode, dateOfBirth.toString(Qt::ISODate)});
    if (!person) {
        rollback();
        return std::nullopt;
    }
    if (!person->next()) {
        person->finish();
        const auto locks = m_identifyAttempts.codeFailed(deviceId, u"status-lookup"_s, personalCode, now);
        if (!locks) {
            rollback();
            return std::nullopt;
        }
        answer.kind = *locks ? StatusAnswer::Locked : StatusAnswer::NotFound;
        return commit() ? std::optional(answer) : std::nullopt;
    }
    const QString personId = person->value(0).toString();
    person->finish();
    answer.kind = StatusAnswer::Found;
    auto q = run(u"SELECT reference_code, opportunity_id, state, waitlist_position, decline_reason, message_to_tenant, "
                 "COALESCE(state_at, received_at), placement, placement_date FROM signup WHERE person_id = ? "
                 "ORDER BY arrival DESC LIMIT ?"_s,
                 {personId, Wire::kMaxStatusSignups});
    if (!q) {
        rollback();
        return std::nullopt;
    }
    while (q->next()) {
        Signup s;
        s.referenceCode = q->value(0).toString();
        s.opportunityId = q->value(1).toString();
        s.state = signupStateFromKey(q->value(2).toString()).value_or(SignupState::Sent);
        s.waitlistPosition = q->value(3).toInt();
        s.declineReason = q->value(4).toString();
        s.declineCause = Wire::declineCause(s.declineReason);
        s.messageToTenant = q->value(5).toString();
        s.stateAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
        s.placement = placementEventFromKey(q->value(7).toString());
        s.placementDate = QDate::fromString(q->value(8).toString(), Qt::ISODate);
        answer.signups.append(s);
    }
    q->finish();
    for (const QString &subject : subjects) {
        if (!run(u"UPDATE status_attempt SET failures = 0, last_failure_at = NULL WHERE subject = ?"_s, {subject})) {
            rollback();
            return std::nullopt;
        }
    }
    if (!m_identifyAttempts.codeMatched(personalCode)) {
        rollback();
        return std::nullopt;
    }
    return commit() ? std::optional(answer) : std::nullopt;
}

} // namespace Server
