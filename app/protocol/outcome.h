// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The server's answer to one pushed mutation (docs/sync-protocol.md, "Answer" and "Staff
// mutations"): a status, a reason where one applies, and the facts of that kind of outcome.
// The server builds it with toJson() and stores that text, which a resend gets back byte
// for byte; the device reads it with outcomeFromJson().

#include "core/signup.h"
#include "core/validation.h"

#include <QJsonObject>

#include <optional>

namespace Wire {

enum class OutcomeStatus {
    Accepted,       // stored (registration, staff kinds)
    Confirmed,      // sign-up: a place
    Waitlisted,     // sign-up: on the waitlist, with a position
    Declined,       // sign-up: no place (reason)
    Withdrawn,      // withdrawal done
    Linked,         // the phone follows this tenant
    Refused,        // a business refusal (reason): recorded, the queue goes on
    Decided,        // staff decision applied (or unchanged)
    Conflict,       // stale decision (stored, acknowledged), or a reused seq (httpStatus 409: stop)
    Gap,            // seq beyond lastSeq + 1: resend from expectedSeq
    Pending,        // sign-up: the place is held while staff review it
};
QString toKey(OutcomeStatus status);
std::optional<OutcomeStatus> outcomeStatusFromKey(QStringView key);

// Why: the reason of a refusal, a decline or a conflict. Devices turn it into a sentence.
enum class Reason {
    CodeNotRecognised,
    PersonUnknown,
    TooYoung,
    OpportunityUnknown,
    OpportunityClosed,
    OpportunityEnded,       // declined: the opportunity ended before a place came free
    AlreadySignedUp,
    SignupUnknown,
    SignupWithdrawn,
    PersonalCodeTaken,
    NotAllowed,
    StaffNotSignedIn,
    SiteNotAllowed,
    SiteUnknown,
    EntryUnknown,
    EntryExists,
    AlreadyCorrected,
    Full,
    CapacityBelowConfirmed,
    NotATrainingPlace,
    StaffDecision,          // declined by staff
    StaleVersion,           // conflict: the sign-up changed since staff looked
    SequenceReused,         // conflict: this seq was used with another payload
    // A tenant's hours (docs/sync-protocol.md, "Hours from the phone"):
    EntryVerified,          // staff verified or corrected it: no longer the tenant's to change
    DateInFuture,
    DateOutsideWindow,      // older than the corporation's window (Meedoen::kHoursWindowDays)
    NotQuarterHours,        // minutes not a multiple of 15
    DayLimit,               // more than 12 hours on one day for one sign-up
    SignupNotConfirmed,     // no confirmed volunteer or zelfbeheer sign-up for that opportunity
    // Identifying a tenant (link, a sign-up with identify; docs/sync-protocol.md, "Link"):
    IdentifyFailed,         // code and date of birth do not match; attemptsLeft before the lock
    IdentifyWait,           // this device made too many mistakes: retryAfterSeconds, nothing compared
    CodeLocked,             // too many mistakes with this code: staff unlock it, nothing compared
    MutationIdReused,       // conflict: this mutation id was used under another seq (docs/security/scope.md)
    RoleNotAllowed,         // the staff member's roles at this site do not allow it (`permission` names what is needed)
    PartnerUnknown,         // a contribution names a partner the register does not have
    // Trajectories (docs/privacy.md, "Trajectory"):
    ConsentMissing,         // the tenant has not given (or withdrew) the consent `purpose` names
    RungUnknown,            // the route's ladder has no such rung (`field` names it)
};
QString toKey(Reason reason);
std::optional<Reason> reasonFromKey(QStringView key);
// What a declined sign-up's reason key tells the tenant (see core/signupstatustext.h).
Meedoen::DeclineCause declineCause(QStringView reasonKey);

struct Outcome
{
    qint64 seq = 0;
    OutcomeStatus status = OutcomeStatus::Accepted;
    QString reason;                         // a Reason key (or a rule's refusal key)
    // The facts of each kind of outcome; absent unless set.
    std::optional<QString> personId;
    std::optional<QString> signupId;
    std::optional<QString> referenceCode;
    std::optional<qint64> arrival;          // server arrival order of sign-ups
    std::optional<int> waitlistPosition;
    std::optional<QString> state;           // decided: the sign-up's state now
    std::optional<qint64> version;          // decided: the sign-up's version; accepted upsert: the opportunity's
    std::optional<QString> decisionId;
    std::optional<bool> unchanged;
    std::optional<qint64> currentVersion;   // stale-version conflict
    std::optional<QString> currentState;
    std::optional<QString> opportunityId;
    std::optional<int> confirmed;           // capacity-below-confirmed
    std::optional<QString> entryId;
    std::optional<QString> correctsEntryId;
    std::optional<QString> placement;
    std::optional<QString> purpose;
    std::optional<int> withdrawn;           // consents withdrawn
    std::optional<int> signupsWithdrawn;    // by an erasure
    std::optional<QString> method;
    std::optional<bool> alreadyChecked;
    std::optional<int> httpStatus;          // 409 on a reused seq
    std::optional<qint64> expectedSeq;      // gap
    std::optional<bool> clockSkewed;        // the device's clock is far off the server's
    std::optional<int> attemptsLeft;        // identify-failed: mistakes left before the code locks
    std::optional<int> retryAfterSeconds;   // identify-wait: when the device may try again
    std::optional<QString> permission;      // role-not-allowed: the permission needed (protocol/staffroles.h)
    std::optional<QString> partnerId;       // partner-upsert, partner-contribution
    std::optional<QString> contributionId;  // partner-contribution
    std::optional<QString> field;           // consent-missing, rung-unknown: the payload field refused
    std::optional<QString> stepId;          // trajectory-step accepted

    static Outcome of(qint64 seq, OutcomeStatus status, const QString &reason = {});
    static Outcome refused(qint64 seq, Reason reason) { return of(seq, OutcomeStatus::Refused, toKey(reason)); }
    static Outcome refused(qint64 seq, const QString &reasonKey) { return of(seq, OutcomeStatus::Refused, reasonKey); }
    static Outcome accepted(qint64 seq) { return of(seq, OutcomeStatus::Accepted); }
    // The refusals of identifying a tenant, with their facts.
    static Outcome identifyFailed(qint64 seq, int attemptsLeft);
    static Outcome identifyWait(qint64 seq, int retryAfterSeconds);
    // A staff member whose roles do not hold `permissionKey` (protocol/staffroles.h).
    static Outcome roleNotAllowed(qint64 seq, const QString &permissionKey);

    // The device records it and drops the mutation from its outbox: every outcome but a
    // reused sequence number (stop, report) and a gap (resend).
    bool isAcknowledged() const;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

QJsonObject toJson(const Outcome &outcome);
// Known fields must be right; fields a newer server may add are passed over.
Meedoen::Validated<Outcome> outcomeFromJson(const QJsonObject &json, const QString &path);

} // namespace Wire
