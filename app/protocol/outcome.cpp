// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/outcome.h"

#include "protocol/jsonreader.h"

#include "core/keys.h"

#include <array>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

constexpr std::array<QStringView, 11> kStatusKeys = {u"accepted", u"confirmed", u"waitlisted", u"declined",
                                                     u"withdrawn", u"linked",    u"refused",    u"decided",
                                                     u"conflict", u"gap",       u"pending"};

constexpr std::array<QStringView, 37> kReasonKeys = {
    u"code-not-recognised", u"person-unknown",    u"too-young",          u"opportunity-unknown",
    u"opportunity-closed",  u"opportunity-ended", u"already-signed-up",  u"signup-unknown",
    u"signup-withdrawn",    u"personal-code-taken", u"not-allowed",      u"staff-not-signed-in",
    u"site-not-allowed",    u"site-unknown",      u"entry-unknown",      u"entry-exists",
    u"already-corrected",   u"full",              u"capacity-below-confirmed", u"not-a-training-place",
    u"staff-decision",      u"stale-version",     u"sequence-reused",    u"entry-verified",
    u"date-in-future",      u"date-outside-window", u"not-quarter-hours", u"day-limit",
    u"signup-not-confirmed", u"identify-failed", u"identify-wait",  u"code-locked",
    u"mutation-id-reused", u"role-not-allowed", u"partner-unknown", u"consent-missing", u"rung-unknown"};
static_assert(kReasonKeys.size() == size_t(Reason::RungUnknown) + 1);


template<typename T>
void put(QJsonObject &o, const QString &key, const std::optional<T> &value)
{
    if (!value)
        return;
    if constexpr (std::is_same_v<T, qint64>)
        o.insert(key, double(*value));
    else
        o.insert(key, *value);
}

} // namespace

QString toKey(OutcomeStatus status) { return keyOf(kStatusKeys, status); }
std::optional<OutcomeStatus> outcomeStatusFromKey(QStringView key) { return enumFromKey<OutcomeStatus>(kStatusKeys, key); }
QString toKey(Reason reason) { return keyOf(kReasonKeys, reason); }
std::optional<Reason> reasonFromKey(QStringView key) { return enumFromKey<Reason>(kReasonKeys, key); }

Meedoen::DeclineCause declineCause(QStringView reasonKey)
{
    switch (reasonFromKey(reasonKey).value_or(Reason::NotAllowed)) {
    case Reason::StaffDecision:
        return Meedoen::DeclineCause::StaffDecision;
    case Reason::OpportunityEnded:
        return Meedoen::DeclineCause::OpportunityEnded;
    case Reason::CodeNotRecognised:
    case Reason::IdentifyFailed:
        return Meedoen::DeclineCause::IdentifyFailed;
    case Reason::IdentifyWait:
        return Meedoen::DeclineCause::IdentifyWait;
    case Reason::CodeLocked:
        return Meedoen::DeclineCause::CodeLocked;
    default:
        return Meedoen::DeclineCause::Other;
    }
}

Outcome Outcome::of(qint64 seq, OutcomeStatus status, const QString &reason)
{
    Outcome o;
    o.seq = seq;
    o.status = status;
    o.reason = reason;
    return o;
}

Outcome Outcome::identifyFailed(qint64 seq, int attemptsLeft)
{
    Outcome o = refused(seq, Reason::IdentifyFailed);
    o.attemptsLeft = attemptsLeft;
    return o;
}

Outcome Outcome::identifyWait(qint64 seq, int retryAfterSeconds)
{
    Outcome o = refused(seq, Reason::IdentifyWait);
    o.retryAfterSeconds = retryAfterSeconds;
    return o;
}

Outcome Outcome::roleNotAllowed(qint64 seq, const QString &permissionKey)
{
    Outcome o = refused(seq, Reason::RoleNotAllowed);
    o.permission = permissionKey;
    return o;
}

bool Outcome::isAcknowledged() const
{
    if (status == OutcomeStatus::Gap)
        return false;
    return status != OutcomeStatus::Conflict || !httpStatus;
}

QJsonObject toJson(const Outcome &o)
{
    QJsonObject json{{u"seq"_s, double(o.seq)}, {u"status"_s, toKey(o.status)}};
    if (!o.reason.isEmpty())
        json.insert(u"reason"_s, o.reason);
    put(json, u"personId"_s, o.personId);
    put(json, u"signupId"_s, o.signupId);
    put(json, u"referenceCode"_s, o.referenceCode);
    put(json, u"arrival"_s, o.arrival);
    put(json, u"waitlistPosition"_s, o.waitlistPosition);
    put(json, u"state"_s, o.state);
    put(json, u"version"_s, o.version);
    put(json, u"decisionId"_s, o.decisionId);
    put(json, u"unchanged"_s, o.unchanged);
    put(json, u"currentVersion"_s, o.currentVersion);
    put(json, u"currentState"_s, o.currentState);
    put(json, u"opportunityId"_s, o.opportunityId);
    put(json, u"confirmed"_s, o.confirmed);
    put(json, u"entryId"_s, o.entryId);
    put(json, u"correctsEntryId"_s, o.correctsEntryId);
    put(json, u"placement"_s, o.placement);
    put(json, u"purpose"_s, o.purpose);
    put(json, u"withdrawn"_s, o.withdrawn);
    put(json, u"signupsWithdrawn"_s, o.signupsWithdrawn);
    put(json, u"method"_s, o.method);
    put(json, u"alreadyChecked"_s, o.alreadyChecked);
    put(json, u"httpStatus"_s, o.httpStatus);
    put(json, u"expectedSeq"_s, o.expectedSeq);
    put(json, u"clockSkewed"_s, o.clockSkewed);
    put(json, u"attemptsLeft"_s, o.attemptsLeft);
    put(json, u"retryAfterSeconds"_s, o.retryAfterSeconds);
    put(json, u"permission"_s, o.permission);
    put(json, u"partnerId"_s, o.partnerId);
    put(json, u"contributionId"_s, o.contributionId);
    put(json, u"field"_s, o.field);
    put(json, u"stepId"_s, o.stepId);
    return json;
}

Validated<Outcome> outcomeFromJson(const QJsonObject &json, const QString &path)
{
    constexpr qint64 kMax = 9007199254740991; // 2^53 - 1: exact in a JSON number
    JsonReader r(json, path);
    Outcome o;
    const auto text = [&](const QString &key) -> std::optional<QString> {
        if (!r.has(key))
            return std::nullopt;
        return r.code(key, true, 64);
    };
    const auto whole = [&](const QString &key) -> std::optional<qint64> {
        if (!r.has(key))
            return std::nullopt;
        return r.integer(key, 0, kMax, true);
    };
    const auto small = [&](const QString &key) -> std::optional<int> {
        if (!r.has(key))
            return std::nullopt;
        return int(r.integer(key, 0, std::numeric_limits<int>::max(), true));
    };
    const auto flag = [&](const QString &key) -> std::optional<bool> {
        if (!r.has(key))
            return std::nullopt;
        return r.boolean(key);
    };
    o.seq = r.integer(u"seq"_s, 1, kMax, true);
    o.status = r.enumeration(u"status"_s, &outcomeStatusFromKey).value_or(OutcomeStatus::Refused);
    o.reason = r.code(u"reason"_s, false, 64);
    o.personId = text(u"personId"_s);
    o.signupId = text(u"signupId"_s);
    o.referenceCode = text(u"referenceCode"_s);
    o.arrival = whole(u"arrival"_s);
    o.waitlistPosition = small(u"waitlistPosition"_s);
    o.state = text(u"state"_s);
    o.version = whole(u"version"_s);
    o.decisionId = text(u"decisionId"_s);
    o.unchanged = flag(u"unchanged"_s);
    o.currentVersion = whole(u"currentVersion"_s);
    o.currentState = text(u"currentState"_s);
    o.opportunityId = text(u"opportunityId"_s);
    o.confirmed = small(u"confirmed"_s);
    o.entryId = text(u"entryId"_s);
    o.correctsEntryId = text(u"correctsEntryId"_s);
    o.placement = text(u"placement"_s);
    o.purpose = text(u"purpose"_s);
    o.withdrawn = small(u"withdrawn"_s);
    o.signupsWithdrawn = small(u"signupsWithdrawn"_s);
    o.method = text(u"method"_s);
    o.alreadyChecked = flag(u"alreadyChecked"_s);
    o.httpStatus = small(u"httpStatus"_s);
    o.expectedSeq = whole(u"expectedSeq"_s);
    o.clockSkewed = flag(u"clockSkewed"_s);
    o.attemptsLeft = small(u"attemptsLeft"_s);
    o.retryAfterSeconds = small(u"retryAfterSeconds"_s);
    o.permission = text(u"permission"_s);
    o.partnerId = text(u"partnerId"_s);
    o.contributionId = text(u"contributionId"_s);
    o.field = text(u"field"_s);
    o.stepId = text(u"stepId"_s);
    return {o, r.finishIgnoringUnknown()};
}

} // namespace Wire
