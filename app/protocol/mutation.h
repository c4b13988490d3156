// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a device pushes (docs/sync-protocol.md, "Push" and "Staff mutations"): every mutation
// kind with its payload as a value, ONE builder (toJson) and ONE strict reader per kind. The
// device's storage freezes the builder's JSON in its outbox; the server reads it back with the
// reader and hashes exactly what was sent. No other part of the code spells a kind or a key.
//
// Adding a kind: an enumerator (at the end), its key in mutation.cpp, a payload struct, its
// builder and reader, a golden file in tests/data/wire/mutation/ (docs/architecture.md).

#include "core/domain.h"
#include "core/partner.h"
#include "core/goals.h"
#include "core/signup.h"
#include "core/validation.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <variant>

namespace Wire {

enum class MutationKind {
    Registration,       // a tenant and their consents (kiosk, phone, staff intake)
    Signup,             // a sign-up for an opportunity, by a registered or identified tenant
    Withdrawal,         // the tenant withdraws a sign-up
    Link,               // a phone follows a tenant registered elsewhere
    Decision,           // staff: confirm, waitlist or decline a sign-up
    OpportunityUpsert,  // staff: create or change an opportunity of their site
    Hours,              // hours given (a tenant's phone, or staff)
    HoursVerify,        // staff: an entry is right
    HoursCorrect,       // staff: a new entry replaces one
    HoursAgreement,     // staff: the tegenprestatie, minutes a month
    Placement,          // staff: a training place started, completed or dropped out
    ConsentWithdraw,    // a consent withdrawn (the tenant's phone, or staff)
    ErasePerson,        // staff: the right to erasure
    IdentityCheck,      // staff: identity and tenancy checked
    HoursWithdraw,      // the tenant's phone takes back an entry staff have not verified yet
    EraseRequest,       // the tenant's phone asks staff to erase the tenant's data (GDPR Art. 17)
    PartnerUpsert,      // staff (coordinator): add or change a partner organisation
    PartnerContribution, // staff (coordinator): a partner's role and contribution on an opportunity in a month
    TrajectoryStep,     // staff (consultant): a tenant's rung on a route, measured and confirmed (trajectories)
    GoalUpsert,         // staff (coordinator): set, change or remove a goal of their site (goals)
    ConsentGive,        // the tenant's phone gives a consent later (e.g. trajectory); never staff
};

QString toKey(MutationKind kind);
std::optional<MutationKind> mutationKindFromKey(QStringView key);
QList<MutationKind> allMutationKinds();
// Kinds a staff tablet sends, naming the staff member (staffId).
bool isStaffKind(MutationKind kind);
// Kinds a phone may send for its own tenant, without a staffId.
bool isTenantPhoneKind(MutationKind kind);

// How a returning tenant is recognised: the personal code from the receipt and the date of
// birth. A code that is not a personal code at all is a refusal the tenant can correct, not
// bad input: the reader leaves `personalCodeWellFormed` false instead of failing.
struct Identify
{
    QString personalCode;               // the reader normalises it ("ABCD-EFGH-JKMN")
    QDate dateOfBirth;
    bool personalCodeWellFormed = true;
    friend bool operator==(const Identify &, const Identify &) = default;
};

struct RegistrationPayload
{
    Meedoen::Person person;
    QList<Meedoen::ConsentRecord> consents;
    // Reader: the person is too young for volunteering (a refusal, not bad input).
    bool tooYoung = false;
    // The staff member who registered the tenant on a staff tablet (intake); empty from a
    // kiosk or phone. Sent like a staff kind's staffId (StaffPayload), last, when present.
    QString staffId = {};
    friend bool operator==(const RegistrationPayload &, const RegistrationPayload &) = default;
};

struct SignupPayload
{
    Meedoen::Signup signup;             // personId names a registered person unless identify is set
    std::optional<Identify> identify;
    bool waitlist = false;              // the tenant saw "Vol" and asked for the waitlist
    QString staffId = {};               // staff intake on a tablet, as RegistrationPayload::staffId
    friend bool operator==(const SignupPayload &, const SignupPayload &) = default;
};

struct WithdrawalPayload
{
    QString signupId;
    friend bool operator==(const WithdrawalPayload &, const WithdrawalPayload &) = default;
};

struct LinkPayload
{
    Identify identify;
    friend bool operator==(const LinkPayload &, const LinkPayload &) = default;
};

// What every staff kind's payload starts with: the staff member who sent it. Empty when a
// tenant's phone sends one of the kinds isTenantPhoneKind() names (the builder leaves it out).
struct StaffPayload
{
    QString staffId;
    friend bool operator==(const StaffPayload &, const StaffPayload &) = default;
};

struct DecisionPayload : StaffPayload
{
    QString signupId;
    Meedoen::DecisionKind decision = Meedoen::DecisionKind::Confirm;
    QString reason;                     // internal, one line
    QString messageToTenant;            // goes with the sign-up to the tenant
    qint64 seenVersion = 0;
    friend bool operator==(const DecisionPayload &, const DecisionPayload &) = default;
};

struct OpportunityUpsertPayload : StaffPayload
{
    Meedoen::Opportunity opportunity;   // its site by id only: the server resolves it
    friend bool operator==(const OpportunityUpsertPayload &, const OpportunityUpsertPayload &) = default;
};

struct HoursPayload : StaffPayload
{
    Meedoen::HoursEntry entry;          // id, personId, opportunityId, date, minutes, note
    friend bool operator==(const HoursPayload &, const HoursPayload &) = default;
};

// The tenant's phone withdraws one of its tenant's entries while it is not verified (staffId
// stays empty: only a phone sends it).
struct HoursWithdrawPayload : StaffPayload
{
    QString entryId;
    friend bool operator==(const HoursWithdrawPayload &, const HoursWithdrawPayload &) = default;
};

struct HoursVerifyPayload : StaffPayload
{
    QString entryId;
    friend bool operator==(const HoursVerifyPayload &, const HoursVerifyPayload &) = default;
};

struct HoursCorrectPayload : StaffPayload
{
    Meedoen::HoursEntry entry;          // id, correctsEntryId, date, minutes (0 allowed), note
    friend bool operator==(const HoursCorrectPayload &, const HoursCorrectPayload &) = default;
};

struct HoursAgreementPayload : StaffPayload
{
    QString personId;
    int minutesPerMonth = 0;
    friend bool operator==(const HoursAgreementPayload &, const HoursAgreementPayload &) = default;
};

struct PlacementPayload : StaffPayload
{
    QString signupId;
    Meedoen::PlacementEvent placement = Meedoen::PlacementEvent::Started;
    QDate date;
    friend bool operator==(const PlacementPayload &, const PlacementPayload &) = default;
};

struct ConsentWithdrawPayload : StaffPayload
{
    QString personId;
    QString purpose;
    friend bool operator==(const ConsentWithdrawPayload &, const ConsentWithdrawPayload &) = default;
};

// The tenant gives a consent after registering, on their own phone: the purpose and the
// version and language of the text they read (the server records when it heard of it).
struct ConsentGivePayload : StaffPayload
{
    QString personId;
    QString purpose;
    QString textVersion;
    QString language;
    friend bool operator==(const ConsentGivePayload &, const ConsentGivePayload &) = default;
};

struct ErasePersonPayload : StaffPayload
{
    QString personId;
    friend bool operator==(const ErasePersonPayload &, const ErasePersonPayload &) = default;
};

// The tenant's phone asks for the erasure of its own tenant (staffId stays empty: only a phone
// sends it). Staff carry it out with erase-person; a second request while one is open is the
// same request.
struct EraseRequestPayload : StaffPayload
{
    QString personId;
    friend bool operator==(const EraseRequestPayload &, const EraseRequestPayload &) = default;
};

struct IdentityCheckPayload : StaffPayload
{
    QString personId;
    Meedoen::IdentityMethod method = Meedoen::IdentityMethod::TenantNumber;
    friend bool operator==(const IdentityCheckPayload &, const IdentityCheckPayload &) = default;
};

// A partner organisation as the coordinator typed it (core/partner.h); the server keeps its
// name on the opportunities that name it.
struct PartnerUpsertPayload : StaffPayload
{
    Meedoen::Partner partner;
    friend bool operator==(const PartnerUpsertPayload &, const PartnerUpsertPayload &) = default;
};

// A partner's role and contribution on an opportunity in a month, created or replaced by its
// id; `remove` takes a row back (a mistake), its other fields as they were.
struct PartnerContributionPayload : StaffPayload
{
    Meedoen::PartnerContribution contribution;
    bool remove = false;
    friend bool operator==(const PartnerContributionPayload &, const PartnerContributionPayload &) = default;
};

// Trajectories: staff record the rung a tenant who gave the `trajectory` consent is on, with
// the date they measured it and a short note; a personal goal rides along when set.
struct TrajectoryStepPayload : StaffPayload
{
    QString stepId;                     // UUID of the step
    QString personId;
    QString route;                      // a route key
    int rung = 0;                       // 1 .. the route's ladder's top
    QDate date;                         // the day it was measured (not in the future)
    QString note;                       // the staff member's short note
    QString goal;                       // optional: the tenant's goal in words ("over 6 maanden een stageplek")
    QDate goalReview;                   // with a goal: when to look at it again
    friend bool operator==(const TrajectoryStepPayload &, const TrajectoryStepPayload &) = default;
};

// A coordinator sets or changes a goal of their site, or removes it (`removed`). Who set it
// and when are the server's (the audit and the `goal` change).
struct GoalUpsertPayload : StaffPayload
{
    Meedoen::Goal goal;                 // id, site, neighbourhood, route, period, start, measure, target
    bool removed = false;
    friend bool operator==(const GoalUpsertPayload &, const GoalUpsertPayload &) = default;
};

// One alternative per MutationKind, in the same order.
using Payload = std::variant<RegistrationPayload, SignupPayload, WithdrawalPayload, LinkPayload, DecisionPayload,
                             OpportunityUpsertPayload, HoursPayload, HoursVerifyPayload, HoursCorrectPayload,
                             HoursAgreementPayload, PlacementPayload, ConsentWithdrawPayload, ErasePersonPayload,
                             IdentityCheckPayload, HoursWithdrawPayload, EraseRequestPayload,
                             PartnerUpsertPayload, PartnerContributionPayload, TrajectoryStepPayload,
                             GoalUpsertPayload, ConsentGivePayload>;

MutationKind kindOf(const Payload &payload);
// The staff member a payload names (empty for tenants' kinds, unless staff registered the
// tenant or signed them up on a tablet).
QString staffIdOf(const Payload &payload);

// The builder: the payload's JSON exactly as the device sends it and the server hashes it.
QJsonObject toJson(const Payload &payload);

// Limits of the payloads (the server refuses more): the domain's, from app/core.
inline constexpr int kMaxMinutesPerEntry = Meedoen::kMaxMinutesPerDay;
inline constexpr int kMaxMinutesPerMonth = Meedoen::kMaxAgreedMinutesPerMonth;
inline constexpr qint64 kMaxVersion = 2147483647;

// The strict reader of one kind's payload: unknown, missing or mistyped fields are errors
// naming the field by its path ("mutations[0].payload.entry.minutes"). `today` decides ages
// (registration).
Meedoen::Validated<Payload> readPayload(MutationKind kind, const QJsonObject &json, const QString &path,
                                        QDate today);

// One mutation of a push, as read by the server.
struct Mutation
{
    qint64 seq = 0;
    QString id;                         // UUID without braces
    MutationKind kind = MutationKind::Registration;
    QDateTime deviceTime;               // audit only
    Payload payload;
    QByteArray canonicalPayload;        // the payload as sent, compact JSON with sorted keys
    QByteArray payloadHash;             // mutationHash(id, kind, canonicalPayload)

    template<typename T>
    const T &as() const { return std::get<T>(payload); }
};

// SHA-256 (hex) of the compact JSON {"id","kind","payload"} with sorted keys: what the server
// stores to tell a resend (same hash) from a reused sequence number (another hash). Never
// change it: a device that resends after an upgrade would see its mutations as conflicts.
QByteArray mutationHash(const QString &id, MutationKind kind, const QByteArray &canonicalPayload);
QByteArray mutationHash(const QString &id, MutationKind kind, const QJsonObject &payload);

} // namespace Wire
