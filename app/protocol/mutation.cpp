// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// About 500 lines: one builder and one strict reader per mutation kind, side by side.
#include "protocol/mutation.h"

#include "protocol/goalwire.h"
#include "protocol/jsonreader.h"
#include "protocol/wire.h"

#include "core/domain.h"
#include "core/isotime.h"
#include "core/keys.h"
#include "core/personalcode.h"
#include "core/staffdecision.h"
#include "core/trajectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

constexpr std::array<QStringView, 21> kKindKeys = {
    u"registration", u"signup",       u"withdrawal",  u"link",          u"decision",
    u"opportunity-upsert",            u"hours",       u"hours-verify",  u"hours-correct",
    u"hours-agreement",               u"placement",   u"consent-withdraw", u"erase-person",
    u"identity-check",                u"hours-withdraw", u"erase-request",
    u"partner-upsert",                u"partner-contribution",         u"trajectory-step",
    u"goal-upsert",                   u"consent-give"};
static_assert(kKindKeys.size() == std::variant_size_v<Payload>, "one key per payload alternative");

QJsonObject identifyJson(const Identify &i)
{
    return {{u"personalCode"_s, i.personalCode}, {u"dateOfBirth"_s, isoDate(i.dateOfBirth)}};
}

// A staff payload names its staff member; a tenant's phone leaves staffId out, and so do a
// kiosk's and a phone's registration and sign-up (a tablet's intake names its staff member).
void insertStaff(QJsonObject &o, const QString &staffId)
{
    insertText(o, u"staffId"_s, staffId);
}

// ---------------------------------------------------------------- builders

QJsonObject build(const TrajectoryStepPayload &p)
{
    QJsonObject o{{u"stepId"_s, p.stepId},   {u"personId"_s, p.personId}, {u"route"_s, p.route},
                  {u"rung"_s, p.rung},       {u"date"_s, isoDate(p.date)}};
    insertText(o, u"note"_s, p.note);
    insertText(o, u"goal"_s, p.goal);
    insertText(o, u"goalReview"_s, isoDate(p.goalReview));
    return o;
}

QJsonObject build(const RegistrationPayload &p)
{
    QJsonArray consents;
    for (const ConsentRecord &c : p.consents)
        consents.append(toJson(c));
    return {{u"person"_s, toJson(p.person)}, {u"consents"_s, consents}};
}

QJsonObject build(const SignupPayload &p)
{
    QJsonObject o{{u"signup"_s, toJson(p.signup)}};
    if (p.identify)
        o.insert(u"identify"_s, identifyJson(*p.identify));
    if (p.waitlist)
        o.insert(u"waitlist"_s, true);
    return o;
}

QJsonObject build(const WithdrawalPayload &p) { return {{u"signupId"_s, p.signupId}}; }

QJsonObject build(const LinkPayload &p) { return {{u"identify"_s, identifyJson(p.identify)}}; }

QJsonObject build(const DecisionPayload &p)
{
    QJsonObject o{{u"signupId"_s, p.signupId}, {u"decision"_s, toKey(p.decision)}, {u"seenVersion"_s, double(p.seenVersion)}};
    insertText(o, u"reason"_s, p.reason);
    insertText(o, u"messageToTenant"_s, p.messageToTenant);
    return o;
}

QJsonObject build(const OpportunityUpsertPayload &p) { return {{u"opportunity"_s, toJson(p.opportunity)}}; }

QJsonObject build(const HoursPayload &p) { return {{u"entry"_s, toJson(p.entry, HoursEntryShape::Logged)}}; }

QJsonObject build(const HoursVerifyPayload &p)
{
    return {{u"entryId"_s, p.entryId}};
}

QJsonObject build(const HoursWithdrawPayload &p)
{
    return {{u"entryId"_s, p.entryId}};
}

QJsonObject build(const HoursCorrectPayload &p) { return {{u"entry"_s, toJson(p.entry, HoursEntryShape::Correction)}}; }

QJsonObject build(const HoursAgreementPayload &p)
{
    return {{u"personId"_s, p.personId}, {u"minutesPerMonth"_s, p.minutesPerMonth}};
}

QJsonObject build(const PlacementPayload &p)
{
    return {{u"signupId"_s, p.signupId}, {u"placement"_s, toKey(p.placement)}, {u"date"_s, isoDate(p.date)}};
}

QJsonObject build(const ConsentWithdrawPayload &p)
{
    return {{u"personId"_s, p.personId}, {u"purpose"_s, p.purpose}};
}

QJsonObject build(const ConsentGivePayload &p)
{
    QJsonObject o{{u"personId"_s, p.personId}, {u"purpose"_s, p.purpose}, {u"textVersion"_s, p.textVersion}};
    if (!p.language.isEmpty())
        o.insert(u"language"_s, p.language);
    return o;
}

QJsonObject build(const ErasePersonPayload &p)
{
    return {{u"personId"_s, p.personId}};
}

QJsonObject build(const EraseRequestPayload &p)
{
    return {{u"personId"_s, p.personId}};
}

QJsonObject build(const IdentityCheckPayload &p)
{
    return {{u"personId"_s, p.personId}, {u"method"_s, toKey(p.method)}};
}

QJsonObject build(const PartnerUpsertPayload &p) { return {{u"partner"_s, toJson(p.partner)}}; }

QJsonObject build(const PartnerContributionPayload &p)
{
    QJsonObject o{{u"contribution"_s, toJson(p.contribution)}};
    if (p.remove)
        o.insert(u"remove"_s, true);
    return o;
}

QJsonObject build(const GoalUpsertPayload &p)
{
    QJsonObject o{{u"goal"_s, toJson(p.goal, GoalShape::Set)}};
    if (p.removed)
        o.insert(u"removed"_s, true);
    return o;
}

// ---------------------------------------------------------------- readers

using Result = Validated<Payload>;

// staffId: required of staff kinds, optional where a phone may send the kind too.
QString readStaff(JsonReader &r, MutationKind kind)
{
    return r.uuid(u"staffId"_s, !isTenantPhoneKind(kind));
}

std::optional<Identify> readIdentify(JsonReader &parent, const QString &key, bool required)
{
    const bool present = parent.has(key);
    const QJsonObject json = parent.object(key, required);
    if (!present || parent.failed())
        return std::nullopt;
    JsonReader r(json, parent.fieldPath(key));
    Identify i;
    // Any text: what is not a personal code is refused with a reason the tenant can act on.
    i.personalCode = r.anyString(u"personalCode"_s, true);
    i.dateOfBirth = r.date(u"dateOfBirth"_s, true);
    parent.adopt(r.finish());
    if (parent.failed())
        return std::nullopt;
    // A mistyped code is a refusal the tenant can fix, not a broken device.
    if (const auto code = normalisePersonalCode(i.personalCode))
        i.personalCode = *code;
    else
        i.personalCodeWellFormed = false;
    return i;
}

Result readRegistration(const QJsonObject &json, const QString &path, QDate today)
{
    JsonReader r(json, path);
    RegistrationPayload p;
    const QJsonObject personJson = r.object(u"person"_s, true);
    const QJsonArray consents = r.array(u"consents"_s);
    p.staffId = r.uuid(u"staffId"_s, false); // staff intake on a tablet only (the server checks)
    if (auto error = r.finish())
        return {p, error};
    const QString personPath = r.fieldPath(u"person"_s);
    auto person = personFromJson(personJson, personPath);
    if (person.error)
        return {p, person.error};
    if (QUuid::fromString(person.value.id).isNull())
        return {p, FieldError{personPath + u".id"_s, u"id.format"_s,
                              JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a UUID."))}};
    for (const FieldError &e : validatePerson(person.value, today)) {
        if (e.code == "dateOfBirth.tooYoung"_L1) {
            p.tooYoung = true; // a refusal, not bad input
            continue;
        }
        return {p, FieldError{personPath + u'.' + e.field, e.code, e.message}};
    }
    Person &q = person.value;
    // Stored the way the app's validators normalise it.
    q.givenName = validateName(q.givenName).value;
    q.familyName = validateName(q.familyName).value;
    q.address.postcode = validatePostcode(q.address.postcode).value;
    if (!q.phone.trimmed().isEmpty())
        q.phone = validatePhone(q.phone).value;
    if (!q.email.trimmed().isEmpty())
        q.email = validateEmail(q.email).value;
    p.person = q;
    for (qsizetype i = 0; i < consents.size(); ++i) {
        const QString consentPath = itemPath(r.fieldPath(u"consents"_s), i);
        if (!consents.at(i).isObject())
            return {p, FieldError{consentPath, u"type"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be an object."))}};
        auto consent = consentFromJson(consents.at(i).toObject(), consentPath);
        if (consent.error)
            return {p, consent.error};
        consent.value.personId = q.id;
        p.consents.append(consent.value);
    }
    return {p, std::nullopt};
}

Result readSignup(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    SignupPayload p;
    const QJsonObject signupJson = r.object(u"signup"_s, true);
    p.identify = readIdentify(r, u"identify"_s, false);
    p.waitlist = r.boolean(u"waitlist"_s);
    p.staffId = r.uuid(u"staffId"_s, false); // staff intake on a tablet only (the server checks)
    if (auto error = r.finish())
        return {p, error};
    const QString signupPath = r.fieldPath(u"signup"_s);
    auto signup = signupFromJson(signupJson, signupPath);
    if (signup.error)
        return {p, signup.error};
    const QString uuidMessage = JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a UUID."));
    if (QUuid::fromString(signup.value.id).isNull())
        return {p, FieldError{signupPath + u".id"_s, u"id.format"_s, uuidMessage}};
    if (!p.identify && QUuid::fromString(signup.value.personId).isNull())
        return {p, FieldError{signupPath + u".personId"_s, u"required"_s,
                              JsonReader::translated(QT_TRANSLATE_NOOP(
                                  "Wire", "Without identify, personId must be the UUID of a registered person."))}};
    p.signup = signup.value;
    return {p, std::nullopt};
}

Result readWithdrawal(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    WithdrawalPayload p;
    p.signupId = r.uuid(u"signupId"_s);
    return {p, r.finish()};
}

Result readLink(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    LinkPayload p;
    if (const auto identify = readIdentify(r, u"identify"_s, true))
        p.identify = *identify;
    return {p, r.finish()};
}

Result readDecision(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    DecisionPayload p;
    p.staffId = readStaff(r, MutationKind::Decision);
    p.signupId = r.uuid(u"signupId"_s);
    p.decision = r.enumeration(u"decision"_s, &decisionKindFromKey).value_or(DecisionKind::Confirm);
    p.reason = r.string(u"reason"_s, false, kMaxShortTextLength, false);
    p.messageToTenant = r.string(u"messageToTenant"_s, false, kMaxFreeTextLength, true);
    p.seenVersion = r.integer(u"seenVersion"_s, 0, kMaxVersion, true);
    return {p, r.finish()};
}

Result readOpportunityUpsert(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    OpportunityUpsertPayload p;
    p.staffId = readStaff(r, MutationKind::OpportunityUpsert);
    const QJsonObject opportunity = r.object(u"opportunity"_s, true);
    if (auto error = r.finish())
        return {p, error};
    // The site is resolved by the server (inside its transaction); here only its shape.
    QList<Site> sites;
    if (opportunity.value(u"site"_s).isString() && !opportunity.value(u"site"_s).toString().isEmpty()) {
        Site site;
        site.id = opportunity.value(u"site"_s).toString();
        sites.append(site);
    }
    const QString opportunityPath = r.fieldPath(u"opportunity"_s);
    auto o = opportunityFromJson(opportunity, opportunityPath, sites);
    if (o.error)
        return {p, o.error};
    if (o.value.site.id.isEmpty())
        return {p, FieldError{opportunityPath + u".site"_s, u"required"_s,
                              JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "An opportunity needs a site."))}};
    p.opportunity = o.value;
    return {p, std::nullopt};
}

std::optional<FieldError> readEntry(JsonReader &parent, HoursEntry &entry, bool correction)
{
    const QJsonObject json = parent.object(u"entry"_s, true);
    if (parent.failed())
        return std::nullopt;
    JsonReader r(json, parent.fieldPath(u"entry"_s));
    entry.id = r.uuid(u"id"_s);
    if (correction) {
        entry.correctsEntryId = r.uuid(u"correctsEntryId"_s);
    } else {
        entry.personId = r.uuid(u"personId"_s);
        entry.opportunityId = r.code(u"opportunityId"_s, true, 64);
    }
    entry.date = r.date(u"date"_s, true);
    entry.minutes = int(r.integer(u"minutes"_s, correction ? 0 : 1, kMaxMinutesPerEntry, true));
    entry.note = r.string(u"note"_s, false, kMaxShortTextLength, false);
    return r.finish();
}

// The fields of a staff kind's payload after its staff member: one reader per payload, as
// build() above is one builder per payload.
void readFields(JsonReader &r, HoursPayload &p) { r.adopt(readEntry(r, p.entry, false)); }
void readFields(JsonReader &r, HoursCorrectPayload &p) { r.adopt(readEntry(r, p.entry, true)); }
void readFields(JsonReader &r, HoursVerifyPayload &p) { p.entryId = r.uuid(u"entryId"_s); }
void readFields(JsonReader &r, HoursWithdrawPayload &p) { p.entryId = r.uuid(u"entryId"_s); }

void readFields(JsonReader &r, HoursAgreementPayload &p)
{
    p.personId = r.uuid(u"personId"_s);
    p.minutesPerMonth = int(r.integer(u"minutesPerMonth"_s, 0, kMaxMinutesPerMonth, true));
}

void readFields(JsonReader &r, PlacementPayload &p)
{
    p.signupId = r.uuid(u"signupId"_s);
    p.placement = r.enumeration(u"placement"_s, &placementEventFromKey).value_or(PlacementEvent::Started);
    p.date = r.date(u"date"_s, true);
}

void readFields(JsonReader &r, ConsentWithdrawPayload &p)
{
    p.personId = r.uuid(u"personId"_s);
    p.purpose = r.key(u"purpose"_s);
}

void readFields(JsonReader &r, ConsentGivePayload &p)
{
    p.personId = r.uuid(u"personId"_s);
    // A consent is given for a purpose the tenant was shown, never for a word of its own.
    p.purpose = r.oneOf(u"purpose"_s, Meedoen::consentPurposes());
    p.textVersion = r.code(u"textVersion"_s, true);
    p.language = r.key(u"language"_s, false);
}

void readFields(JsonReader &r, ErasePersonPayload &p) { p.personId = r.uuid(u"personId"_s); }

void readFields(JsonReader &r, TrajectoryStepPayload &p)
{
    p.stepId = r.uuid(u"stepId"_s);
    p.personId = r.uuid(u"personId"_s);
    const auto route = r.enumeration(u"route"_s, &routeFromKey);
    p.route = route ? toKey(*route) : QString();
    p.rung = int(r.integer(u"rung"_s, 1, kMaxLadderRungs, true));
    p.date = r.date(u"date"_s, true);
    p.note = r.string(u"note"_s, false, kMaxTrajectoryNote, true);
    p.goal = r.string(u"goal"_s, false, kMaxTrajectoryNote, true);
    p.goalReview = r.date(u"goalReview"_s, !p.goal.isEmpty());
}
void readFields(JsonReader &r, EraseRequestPayload &p) { p.personId = r.uuid(u"personId"_s); }

void readFields(JsonReader &r, IdentityCheckPayload &p)
{
    p.personId = r.uuid(u"personId"_s);
    p.method = r.enumeration(u"method"_s, &identityMethodFromKey).value_or(IdentityMethod::TenantNumber);
}

void readFields(JsonReader &r, PartnerUpsertPayload &p)
{
    const QJsonObject json = r.object(u"partner"_s, true);
    if (r.failed())
        return;
    auto partner = partnerFromJson(json, r.fieldPath(u"partner"_s));
    r.adopt(partner.error);
    p.partner = partner.value;
}

void readFields(JsonReader &r, PartnerContributionPayload &p)
{
    const QJsonObject json = r.object(u"contribution"_s, true);
    p.remove = r.boolean(u"remove"_s);
    if (r.failed())
        return;
    auto contribution = contributionFromJson(json, r.fieldPath(u"contribution"_s));
    r.adopt(contribution.error);
    p.contribution = contribution.value;
}

void readFields(JsonReader &r, GoalUpsertPayload &p)
{
    const QJsonObject json = r.object(u"goal"_s, true);
    p.removed = r.boolean(u"removed"_s);
    if (r.failed())
        return;
    const auto goal = goalFromJson(json, r.fieldPath(u"goal"_s), GoalShape::Set);
    p.goal = goal.value;
    r.adopt(goal.error);
}

// A staff kind's payload: the staff member, then the payload's own fields.
template<typename P>
Result readStaffPayload(MutationKind kind, const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    P p;
    p.staffId = readStaff(r, kind);
    readFields(r, p);
    return {p, r.finish()};
}

} // namespace

QString toKey(MutationKind kind)
{
    return keyOf(kKindKeys, kind);
}

std::optional<MutationKind> mutationKindFromKey(QStringView key)
{
    return Meedoen::enumFromKey<MutationKind>(kKindKeys, key);
}

QList<MutationKind> allMutationKinds()
{
    QList<MutationKind> kinds;
    for (size_t i = 0; i < kKindKeys.size(); ++i)
        kinds.append(MutationKind(i));
    return kinds;
}

bool isStaffKind(MutationKind kind)
{
    return kind >= MutationKind::Decision;
}

bool isTenantPhoneKind(MutationKind kind)
{
    return kind == MutationKind::Hours || kind == MutationKind::ConsentWithdraw || kind == MutationKind::HoursWithdraw
        || kind == MutationKind::EraseRequest || kind == MutationKind::ConsentGive;
}

MutationKind kindOf(const Payload &payload)
{
    return MutationKind(payload.index());
}

QString staffIdOf(const Payload &payload)
{
    return std::visit(
        [](const auto &p) -> QString {
            if constexpr (requires { p.staffId; })
                return p.staffId;
            else
                return {};
        },
        payload);
}

QJsonObject toJson(const Payload &payload)
{
    return std::visit(
        [](const auto &p) {
            QJsonObject o = build(p);
            // Every staff kind names its staff member the same way (absent when a phone sends it).
            if constexpr (requires { p.staffId; })
                insertStaff(o, p.staffId);
            return o;
        },
        payload);
}

Validated<Payload> readPayload(MutationKind kind, const QJsonObject &json, const QString &path, QDate today)
{
    switch (kind) {
    case MutationKind::Registration: return readRegistration(json, path, today);
    case MutationKind::Signup: return readSignup(json, path);
    case MutationKind::Withdrawal: return readWithdrawal(json, path);
    case MutationKind::Link: return readLink(json, path);
    case MutationKind::Decision: return readDecision(json, path);
    case MutationKind::OpportunityUpsert: return readOpportunityUpsert(json, path);
    case MutationKind::Hours: return readStaffPayload<HoursPayload>(kind, json, path);
    case MutationKind::HoursCorrect: return readStaffPayload<HoursCorrectPayload>(kind, json, path);
    case MutationKind::HoursVerify: return readStaffPayload<HoursVerifyPayload>(kind, json, path);
    case MutationKind::HoursAgreement: return readStaffPayload<HoursAgreementPayload>(kind, json, path);
    case MutationKind::Placement: return readStaffPayload<PlacementPayload>(kind, json, path);
    case MutationKind::ConsentWithdraw: return readStaffPayload<ConsentWithdrawPayload>(kind, json, path);
    case MutationKind::ErasePerson: return readStaffPayload<ErasePersonPayload>(kind, json, path);
    case MutationKind::HoursWithdraw: return readStaffPayload<HoursWithdrawPayload>(kind, json, path);
    case MutationKind::IdentityCheck: return readStaffPayload<IdentityCheckPayload>(kind, json, path);
    case MutationKind::EraseRequest: return readStaffPayload<EraseRequestPayload>(kind, json, path);
    case MutationKind::PartnerUpsert: return readStaffPayload<PartnerUpsertPayload>(kind, json, path);
    case MutationKind::PartnerContribution: return readStaffPayload<PartnerContributionPayload>(kind, json, path);
    case MutationKind::TrajectoryStep: return readStaffPayload<TrajectoryStepPayload>(kind, json, path);
    case MutationKind::GoalUpsert: return readStaffPayload<GoalUpsertPayload>(kind, json, path);
    case MutationKind::ConsentGive: return readStaffPayload<ConsentGivePayload>(kind, json, path);
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray mutationHash(const QString &id, MutationKind kind, const QByteArray &canonicalPayload)
{
    // A UUID and a known kind need no escaping, so the canonical payload with id and kind
    // around it is exactly the compact JSON of {"id","kind","payload"} (keys sorted).
    const QByteArray hashed = "{\"id\":\"" + id.toLatin1() + "\",\"kind\":\"" + toKey(kind).toLatin1()
                              + "\",\"payload\":" + canonicalPayload + '}';
    return QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex();
}

QByteArray mutationHash(const QString &id, MutationKind kind, const QJsonObject &payload)
{
    return mutationHash(id, kind, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace Wire
