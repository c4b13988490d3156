// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/changes.h"

#include "protocol/jsonreader.h"
#include "protocol/wire.h"

#include "core/keys.h"
#include "core/isotime.h"
#include "core/staffdecision.h"

#include <QJsonDocument>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

constexpr qint64 kMaxNumber = 9007199254740991; // 2^53 - 1: exact in a JSON number
constexpr int kMaxInt = std::numeric_limits<int>::max();
constexpr std::array<QStringView, 18> kEntityKeys = {u"neighbourhood", u"site",    u"opportunity", u"person",
                                                     u"signup",        u"hours",   u"balance",     u"decision",
                                                     u"audit",         u"placement", u"erase-request",
                                                     u"postcode-area", u"trajectory-step", u"ladder", u"goal",
                                                     u"partner", u"partner-contribution", u"social-return"};
static_assert(kEntityKeys.size() == size_t(Entity::SocialReturn) + 1);
constexpr std::array<QStringView, 2> kOpKeys = {u"upsert", u"delete"};


// An id as the server wrote it: short text (UUIDs, catalogue ids, "person/month").
QString readId(JsonReader &r, const QString &key, bool required)
{
    return r.code(key, required, 128);
}

} // namespace

QString toKey(Entity entity) { return keyOf(kEntityKeys, entity); }
std::optional<Entity> entityFromKey(QStringView key) { return enumFromKey<Entity>(kEntityKeys, key); }
bool isCatalogueEntity(Entity entity)
{
    return entity <= Entity::Opportunity || entity == Entity::PostcodeArea || entity == Entity::Ladder;
}
QString toKey(ChangeOp op) { return keyOf(kOpKeys, op); }

Validated<Partner> partnerChangeFromJson(const QJsonObject &json, const QString &path)
{
    return partnerFromJson(json, path, Unknown::PassOver);
}

Validated<PartnerContribution> contributionChangeFromJson(const QJsonObject &json, const QString &path)
{
    return contributionFromJson(json, path, Unknown::PassOver);
}
std::optional<ChangeOp> changeOpFromKey(QStringView key) { return enumFromKey<ChangeOp>(kOpKeys, key); }

// ---------------------------------------------------------------- person

QJsonObject toJson(const PersonChange &c)
{
    QJsonObject o = c.erased ? QJsonObject{{u"id"_s, c.person.id}, {u"erased"_s, true}} : toJson(c.person);
    QJsonArray consents;
    for (const ConsentRecord &r : c.consents)
        consents.append(toJson(r));
    o.insert(u"consents"_s, consents);
    o.insert(u"agreedMinutesPerMonth"_s, c.agreedMinutesPerMonth);
    if (c.identityCheck) {
        o.insert(u"identityCheck"_s, QJsonObject{{u"method"_s, toKey(c.identityCheck->method)},
                                                 {u"staffId"_s, c.identityCheck->staffId},
                                                 {u"deviceId"_s, c.identityCheck->deviceId},
                                                 {u"at"_s, isoUtc(c.identityCheck->at)}});
    }
    if (c.tenancyVerdict && !c.erased)
        o.insert(u"tenancyVerdict"_s, toKey(*c.tenancyVerdict));
    return o;
}

PersonChange PersonChange::forTenant() const
{
    PersonChange c = *this;
    c.tenancyVerdict.reset();
    return c;
}

Validated<PersonChange> personChangeFromJson(const QJsonObject &json, const QString &path)
{
    PersonChange c;
    // The person's own fields are read by the person reader, the rest here; fields a newer
    // server may add are passed over.
    static const QJsonObject personShape = toJson(Person{});
    QJsonObject personJson;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (personShape.contains(it.key()))
            personJson.insert(it.key(), it.value());
    }
    JsonReader r(json, path);
    c.erased = r.boolean(u"erased"_s);
    const QJsonArray consents = r.array(u"consents"_s);
    c.agreedMinutesPerMonth = int(r.integer(u"agreedMinutesPerMonth"_s, 0, kMaxInt, false));
    if (r.has(u"identityCheck"_s)) {
        const QJsonObject check = r.object(u"identityCheck"_s, true);
        JsonReader k(check, r.fieldPath(u"identityCheck"_s));
        IdentityCheckRecord record;
        record.method = k.enumeration(u"method"_s, &identityMethodFromKey).value_or(IdentityMethod::TenantNumber);
        record.staffId = readId(k, u"staffId"_s, false);
        record.deviceId = readId(k, u"deviceId"_s, false);
        record.at = k.time(u"at"_s);
        r.adopt(k.finishIgnoringUnknown());
        c.identityCheck = record;
    }
    if (r.has(u"tenancyVerdict"_s))
        c.tenancyVerdict = r.enumeration(u"tenancyVerdict"_s, &tenancyVerdictFromKey);
    for (qsizetype i = 0; i < consents.size() && !r.failed(); ++i) {
        auto consent = consentFromJson(consents.at(i).toObject(), itemPath(r.fieldPath(u"consents"_s), i));
        r.adopt(consent.error);
        c.consents.append(consent.value);
    }
    if (auto error = r.finishIgnoringUnknown())
        return {c, error};
    if (c.erased) {
        JsonReader id(personJson, path);
        c.person.id = readId(id, u"id"_s, true);
        return {c, id.finishIgnoringUnknown()};
    }
    auto person = personFromJson(personJson, path);
    c.person = person.value;
    for (ConsentRecord &consent : c.consents)
        consent.personId = c.person.id;
    return {c, person.error};
}

// ---------------------------------------------------------------- signup

SignupChange SignupChange::forKiosk() const
{
    SignupChange k;
    k.id = id;
    k.referenceCode = referenceCode;
    k.opportunityId = opportunityId;
    k.state = state;
    k.waitlistPosition = waitlistPosition;
    k.declineReason = declineReason;
    k.stateAt = stateAt;
    return k;
}

QJsonObject toJson(const SignupChange &c)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"referenceCode"_s, c.referenceCode},
                  {u"opportunityId"_s, c.opportunityId},
                  {u"state"_s, toKey(c.state)},
                  {u"waitlistPosition"_s, c.waitlistPosition}};
    // A kiosk's copy (forKiosk) has none of the rest.
    if (!c.personId.isEmpty() || c.arrival || c.version) {
        o.insert(u"personId"_s, c.personId);
        o.insert(u"arrival"_s, double(c.arrival));
        o.insert(u"version"_s, double(c.version));
    }
    insertText(o, u"declineReason"_s, c.declineReason);
    insertText(o, u"messageToTenant"_s, c.messageToTenant);
    if (c.stateAt.isValid())
        o.insert(u"stateAt"_s, isoUtc(c.stateAt));
    if (c.placement)
        o.insert(u"placement"_s, toKey(*c.placement));
    insertText(o, u"placementDate"_s, isoDate(c.placementDate));
    insertText(o, u"motivation"_s, c.motivation);
    insertText(o, u"preferredStart"_s, isoDate(c.preferredStart));
    return o;
}

Validated<SignupChange> signupChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    SignupChange c;
    c.id = readId(r, u"id"_s, false);
    c.referenceCode = r.code(u"referenceCode"_s, false, 32);
    c.personId = readId(r, u"personId"_s, false);
    c.opportunityId = readId(r, u"opportunityId"_s, true);
    c.state = r.enumeration(u"state"_s, &signupStateFromKey).value_or(SignupState::Sent);
    c.waitlistPosition = int(r.integer(u"waitlistPosition"_s, 0, kMaxInt));
    c.arrival = r.integer(u"arrival"_s, 0, kMaxNumber);
    c.version = r.integer(u"version"_s, 0, kMaxNumber);
    c.declineReason = r.code(u"declineReason"_s, false, kMaxKeyLength);
    c.messageToTenant = r.string(u"messageToTenant"_s, false, kMaxFreeTextLength, true);
    c.stateAt = r.time(u"stateAt"_s);
    c.placement = r.enumeration(u"placement"_s, &placementEventFromKey, false);
    c.placementDate = r.date(u"placementDate"_s);
    c.motivation = r.string(u"motivation"_s, false, kMaxFreeTextLength, true);
    c.preferredStart = r.date(u"preferredStart"_s);
    return {c, r.finishIgnoringUnknown()};
}

// ---------------------------------------------------------------- hours, balance

QJsonObject toJson(const HoursChange &c)
{
    // The entry, then who logged and verified it and when.
    QJsonObject o = toJson(c, HoursEntryShape::Pulled);
    o.insert(u"loggedBy"_s, c.loggedByStaff() ? u"staff"_s : u"tenant"_s);
    o.insert(u"createdAt"_s, isoUtc(c.createdAt));
    insertText(o, u"staffId"_s, c.staffId);
    if (!c.verifiedBy.isEmpty()) {
        o.insert(u"verifiedBy"_s, c.verifiedBy);
        o.insert(u"verifiedAt"_s, isoUtc(c.verifiedAt));
    }
    insertText(o, u"supersededBy"_s, c.supersededBy);
    return o;
}

Validated<HoursChange> hoursChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    HoursChange c;
    c.id = readId(r, u"id"_s, false); // the change names it too
    c.personId = readId(r, u"personId"_s, true);
    c.opportunityId = readId(r, u"opportunityId"_s, true);
    c.date = r.date(u"date"_s, true);
    c.minutes = int(r.integer(u"minutes"_s, 0, kMaxInt, true));
    c.note = r.string(u"note"_s, false, kMaxShortTextLength, false);
    r.code(u"loggedBy"_s, false, kMaxKeyLength); // follows from staffId
    c.createdAt = r.time(u"createdAt"_s);
    c.verified = r.boolean(u"verified"_s);
    c.correctsEntryId = readId(r, u"correctsEntryId"_s, false);
    c.staffId = readId(r, u"staffId"_s, false);
    c.verifiedBy = readId(r, u"verifiedBy"_s, false);
    c.verifiedAt = r.time(u"verifiedAt"_s);
    c.supersededBy = readId(r, u"supersededBy"_s, false);
    return {c, r.finishIgnoringUnknown()};
}

QJsonObject toJson(const BalanceChange &c)
{
    return {{u"id"_s, c.id()},
            {u"personId"_s, c.personId},
            {u"month"_s, c.month},
            {u"agreedMinutes"_s, c.agreedMinutes},
            {u"loggedMinutes"_s, c.loggedMinutes},
            {u"verifiedMinutes"_s, c.verifiedMinutes},
            {u"balanceMinutes"_s, c.balanceMinutes()}};
}

Validated<BalanceChange> balanceChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    BalanceChange c;
    readId(r, u"id"_s, false); // follows from personId and month
    c.personId = readId(r, u"personId"_s, true);
    c.month = r.code(u"month"_s, true, 7);
    c.agreedMinutes = int(r.integer(u"agreedMinutes"_s, 0, kMaxInt));
    c.loggedMinutes = int(r.integer(u"loggedMinutes"_s, 0, kMaxInt));
    c.verifiedMinutes = int(r.integer(u"verifiedMinutes"_s, 0, kMaxInt));
    r.integer(u"balanceMinutes"_s, -kMaxInt, kMaxInt); // follows from the others
    return {c, r.finishIgnoringUnknown()};
}

// ---------------------------------------------------------------- decision, audit, placement

QJsonObject toJson(const DecisionChange &c)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"signupId"_s, c.signupId},
                  {u"staffId"_s, c.staffId},
                  {u"deviceId"_s, c.deviceId},
                  {u"decision"_s, toKey(c.decision)},
                  {u"reason"_s, c.reason},
                  {u"messageToTenant"_s, c.messageToTenant},
                  {u"seenVersion"_s, double(c.seenVersion)},
                  {u"currentVersion"_s, double(c.currentVersion)},
                  {u"status"_s, c.status},
                  {u"deviceTime"_s, isoUtc(c.deviceTime)},
                  {u"decidedAt"_s, isoUtc(c.decidedAt)}};
    insertText(o, u"refusal"_s, c.refusal);
    return o;
}

Validated<DecisionChange> decisionChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    DecisionChange c;
    c.id = readId(r, u"id"_s, false); // the change names it too
    c.signupId = readId(r, u"signupId"_s, true);
    c.staffId = readId(r, u"staffId"_s, false);
    c.deviceId = readId(r, u"deviceId"_s, false);
    c.decision = r.enumeration(u"decision"_s, &decisionKindFromKey).value_or(DecisionKind::Confirm);
    c.reason = r.string(u"reason"_s, false, kMaxShortTextLength, false);
    c.messageToTenant = r.string(u"messageToTenant"_s, false, kMaxFreeTextLength, true);
    c.seenVersion = r.integer(u"seenVersion"_s, 0, kMaxNumber);
    c.currentVersion = r.integer(u"currentVersion"_s, 0, kMaxNumber);
    c.status = r.code(u"status"_s, true, kMaxKeyLength);
    c.refusal = r.code(u"refusal"_s, false, kMaxKeyLength);
    c.deviceTime = r.time(u"deviceTime"_s);
    c.decidedAt = r.time(u"decidedAt"_s);
    return {c, r.finishIgnoringUnknown()};
}

QJsonObject toJson(const AuditDetail &d)
{
    QJsonObject o;
    const auto put = [&o](const QString &key, const auto &value) {
        if (value)
            o.insert(key, *value);
    };
    put(u"decision"_s, d.decision);
    put(u"status"_s, d.status);
    put(u"decisionId"_s, d.decisionId);
    put(u"placement"_s, d.placement);
    put(u"purpose"_s, d.purpose);
    put(u"method"_s, d.method);
    put(u"correctsEntryId"_s, d.correctsEntryId);
    put(u"signupsWithdrawn"_s, d.signupsWithdrawn);
    put(u"overriddenVerdict"_s, d.overriddenVerdict);
    put(u"role"_s, d.role);
    return o;
}

Validated<AuditDetail> auditDetailFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    AuditDetail d;
    const auto key = [&r](const QString &name) -> std::optional<QString> {
        if (!r.has(name))
            return std::nullopt;
        return r.code(name, true, 128);
    };
    d.decision = key(u"decision"_s);
    d.status = key(u"status"_s);
    d.decisionId = key(u"decisionId"_s);
    d.placement = key(u"placement"_s);
    d.purpose = key(u"purpose"_s);
    d.method = key(u"method"_s);
    d.correctsEntryId = key(u"correctsEntryId"_s);
    d.overriddenVerdict = key(u"overriddenVerdict"_s);
    d.role = key(u"role"_s);
    if (r.has(u"signupsWithdrawn"_s))
        d.signupsWithdrawn = int(r.integer(u"signupsWithdrawn"_s, 0, kMaxInt, true));
    return {d, r.finishIgnoringUnknown()};
}

QJsonObject toJson(const AuditChange &c)
{
    return {{u"id"_s, c.id},
            {u"at"_s, isoUtc(c.at)},
            {u"staffId"_s, c.staffId},
            {u"deviceId"_s, c.deviceId},
            {u"deviceTime"_s, isoUtc(c.deviceTime)},
            {u"action"_s, c.action},
            {u"entity"_s, c.entity},
            {u"entityId"_s, c.entityId},
            {u"detail"_s, toJson(c.detail)}};
}

Validated<AuditChange> auditChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    AuditChange c;
    c.id = readId(r, u"id"_s, false); // the change names it too
    c.at = r.time(u"at"_s);
    c.staffId = readId(r, u"staffId"_s, false);
    c.deviceId = readId(r, u"deviceId"_s, false);
    c.deviceTime = r.time(u"deviceTime"_s);
    c.action = r.code(u"action"_s, false, kMaxKeyLength);
    c.entity = r.code(u"entity"_s, false, kMaxKeyLength);
    c.entityId = readId(r, u"entityId"_s, false);
    const auto detail = auditDetailFromJson(r.object(u"detail"_s), r.fieldPath(u"detail"_s));
    r.adopt(detail.error);
    c.detail = detail.value;
    return {c, r.finishIgnoringUnknown()};
}

QJsonObject toJson(const PlacementChange &c)
{
    return {{u"id"_s, c.id},
            {u"signupId"_s, c.signupId},
            {u"opportunityId"_s, c.opportunityId},
            {u"placement"_s, toKey(c.placement)},
            {u"date"_s, isoDate(c.date)}};
}

Validated<PlacementChange> placementChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    PlacementChange c;
    c.id = readId(r, u"id"_s, false); // the change names it too
    c.signupId = readId(r, u"signupId"_s, true);
    c.opportunityId = readId(r, u"opportunityId"_s, true);
    c.placement = r.enumeration(u"placement"_s, &placementEventFromKey).value_or(PlacementEvent::Started);
    c.date = r.date(u"date"_s, true);
    return {c, r.finishIgnoringUnknown()};
}

// ---------------------------------------------------------------- trajectory-step, ladder

QJsonObject toJson(const TrajectoryStepChange &c)
{
    QJsonObject o{{u"id"_s, c.id},           {u"personId"_s, c.personId}, {u"route"_s, c.route},
                  {u"rung"_s, c.rung},       {u"date"_s, isoDate(c.date)}, {u"recordedAt"_s, isoUtc(c.recordedAt)}};
    insertText(o, u"note"_s, c.note);
    insertText(o, u"staffId"_s, c.staffId);
    insertText(o, u"neighbourhood"_s, c.neighbourhood);
    insertText(o, u"site"_s, c.site);
    insertText(o, u"goal"_s, c.goal);
    insertText(o, u"goalReview"_s, isoDate(c.goalReview));
    return o;
}

Validated<TrajectoryStepChange> trajectoryStepChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    TrajectoryStepChange c;
    c.id = readId(r, u"id"_s, false); // the change names it too
    c.personId = readId(r, u"personId"_s, true);
    c.route = r.key(u"route"_s);
    c.rung = int(r.integer(u"rung"_s, 1, kMaxLadderRungs, true));
    c.date = r.date(u"date"_s, true);
    c.recordedAt = r.time(u"recordedAt"_s);
    c.note = r.string(u"note"_s, false, kMaxTrajectoryNote, true);
    c.staffId = readId(r, u"staffId"_s, false);
    c.neighbourhood = readId(r, u"neighbourhood"_s, false);
    c.site = readId(r, u"site"_s, false);
    c.goal = r.string(u"goal"_s, false, kMaxTrajectoryNote, true);
    c.goalReview = r.date(u"goalReview"_s);
    return {c, r.finishIgnoringUnknown()};
}

QJsonObject toJson(const Ladder &l)
{
    QJsonArray rungs;
    for (const LadderRung &rung : l.rungs) {
        QJsonObject o{{u"level"_s, rung.level}, {u"title"_s, rung.title}};
        insertText(o, u"plain"_s, rung.plain);
        rungs.append(o);
    }
    return {{u"route"_s, l.route}, {u"rungs"_s, rungs}};
}

Validated<Ladder> ladderFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Ladder l;
    l.route = r.key(u"route"_s);
    const QJsonArray rungs = r.array(u"rungs"_s, true);
    if (rungs.size() > kMaxLadderRungs)
        return {l, FieldError{r.fieldPath(u"rungs"_s), u"size"_s,
                              JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This list is longer than allowed."))}};
    for (qsizetype i = 0; i < rungs.size() && !r.failed(); ++i) {
        const QString rungPath = itemPath(r.fieldPath(u"rungs"_s), i);
        if (!rungs.at(i).isObject())
            return {l, FieldError{rungPath, u"type"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be an object."))}};
        JsonReader rr(rungs.at(i).toObject(), rungPath);
        LadderRung rung;
        rung.level = int(rr.integer(u"level"_s, 1, kMaxLadderRungs, true));
        rung.title = rr.string(u"title"_s, true, kMaxShortTextLength, false);
        rung.plain = rr.string(u"plain"_s, false, kMaxTrajectoryNote, false);
        if (const auto e = rr.finishIgnoringUnknown())
            return {l, e};
        l.rungs.append(rung);
    }
    return {l, r.finishIgnoringUnknown()};
}

QByteArray ladderFile(const QList<Ladder> &ladders)
{
    QJsonArray list;
    for (const Ladder &l : ladders)
        list.append(toJson(l));
    return QJsonDocument(QJsonObject{{u"ladders"_s, list}}).toJson(QJsonDocument::Indented);
}

Validated<QList<Ladder>> ladderFileFromJson(const QByteArray &bytes)
{
    QList<Ladder> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return {out, FieldError{u"ladders"_s, u"json"_s, parseError.errorString()}};
    JsonReader r(doc.object(), QString());
    const QJsonArray list = r.array(u"ladders"_s, true);
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const auto l = ladderFromJson(list.at(i).toObject(), itemPath(u"ladders"_s, i));
        if (l.error)
            return {out, l.error};
        out.append(l.value);
    }
    if (const auto e = r.finish())
        return {out, e};
    if (const QString problem = ladderProblem(out); !problem.isEmpty())
        return {out, FieldError{u"ladders"_s, u"ladder"_s, problem}};
    return {out, std::nullopt};
}

// ---------------------------------------------------------------- erase-request

QJsonObject toJson(const EraseRequestChange &c)
{
    QJsonObject o{{u"id"_s, c.id}, {u"personId"_s, c.personId}, {u"requestedAt"_s, isoUtc(c.requestedAt)}};
    if (c.doneAt.isValid())
        o.insert(u"doneAt"_s, isoUtc(c.doneAt));
    insertText(o, u"doneBy"_s, c.doneBy);
    return o;
}

Validated<EraseRequestChange> eraseRequestChangeFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    EraseRequestChange c;
    c.id = readId(r, u"id"_s, false); // the change names it too
    c.personId = readId(r, u"personId"_s, true);
    c.requestedAt = r.time(u"requestedAt"_s);
    c.doneAt = r.time(u"doneAt"_s);
    c.doneBy = readId(r, u"doneBy"_s, false);
    return {c, r.finishIgnoringUnknown()};
}

// ---------------------------------------------------------------- postcode-area

QJsonObject toJson(const PostcodeArea &a)
{
    QJsonArray ranges;
    for (const PostcodeRange &r : a.ranges)
        ranges.append(QJsonObject{{u"first"_s, r.first}, {u"last"_s, r.last}, {u"neighbourhood"_s, r.neighbourhood}});
    return {{u"postcode"_s, a.postcode}, {u"ranges"_s, ranges}};
}

Validated<PostcodeArea> postcodeAreaFromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    PostcodeArea a;
    const QString postcode = r.code(u"postcode"_s, false, 7);
    const QJsonArray ranges = r.array(u"ranges"_s, true);
    if (!postcode.isEmpty()) {
        a.postcode = PostcodeAreas::normalisedPostcode(postcode);
        if (a.postcode != postcode)
            r.setError(u"postcode"_s, u"postcode.format"_s,
                       JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This value is not one of the allowed ones.")));
    }
    if (ranges.size() > PostcodeAreas::kMaxRangesPerPostcode)
        r.setError(u"ranges"_s, u"too-many"_s,
                   JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This list is longer than allowed.")));
    for (qsizetype i = 0; i < ranges.size() && !r.failed(); ++i) {
        JsonReader k(ranges.at(i).toObject(), itemPath(r.fieldPath(u"ranges"_s), i));
        PostcodeRange range;
        range.first = int(k.integer(u"first"_s, 1, PostcodeAreas::kMaxHouseNumber, true));
        range.last = int(k.integer(u"last"_s, range.first, PostcodeAreas::kMaxHouseNumber, true));
        range.neighbourhood = readId(k, u"neighbourhood"_s, true);
        // Ascending and apart, as the look-up assumes.
        if (!a.ranges.isEmpty() && range.first <= a.ranges.constLast().last)
            k.setError(u"first"_s, u"range"_s,
                       JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be a whole number from %1 to %2."))
                           .arg(a.ranges.constLast().last + 1)
                           .arg(PostcodeAreas::kMaxHouseNumber));
        r.adopt(k.finishIgnoringUnknown());
        a.ranges.append(range);
    }
    return {a, r.finishIgnoringUnknown()};
}

// ---------------------------------------------------------------- the page

Validated<PulledPage> pulledPageFromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    PulledPage page;
    const QJsonArray changes = r.array(u"changes"_s, true);
    page.cursor = r.code(u"cursor"_s, true, 40);
    page.more = r.boolean(u"more"_s);
    if (auto error = r.finishIgnoringUnknown())
        return {page, error};
    page.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString itemAt = itemPath(u"changes"_s, i);
        if (!changes.at(i).isObject())
            return {page, FieldError{itemAt, u"type"_s, JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This must be an object."))}};
        JsonReader c(changes.at(i).toObject(), itemAt);
        PulledChange change;
        change.seq = c.integer(u"seq"_s, 1, kMaxNumber, true);
        change.entityKey = c.code(u"entity"_s, true, kMaxKeyLength);
        change.entity = entityFromKey(change.entityKey);
        change.id = readId(c, u"id"_s, true);
        change.op = c.enumeration(u"op"_s, &changeOpFromKey).value_or(ChangeOp::Upsert);
        change.data = c.object(u"data"_s);
        if (auto error = c.finishIgnoringUnknown())
            return {page, error};
        if (change.id.isEmpty())
            return {page, FieldError{c.fieldPath(u"id"_s), u"required"_s,
                                     JsonReader::translated(QT_TRANSLATE_NOOP("Wire", "This field is required."))}};
        page.changes.append(std::move(change));
    }
    return {page, std::nullopt};
}

namespace {

// `text` as a JSON string, quoted, as QJsonDocument writes it: quote, backslash and control
// characters escaped, the rest UTF-8.
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += kHex[(c >> 4) & 0xf];
                out += kHex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray pulledPageBody(const QList<ChangeRow> &changes, qint64 cursor, bool more)
{
    qsizetype size = 64;
    for (const ChangeRow &c : changes)
        size += c.dataJson.size() + c.entity.size() + c.id.size() + 64;
    QByteArray body;
    body.reserve(size);
    body += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeRow &c = changes.at(i);
        // The keys in QJsonDocument's order (sorted), the strings escaped as it does; written
        // directly, as a QJsonObject per change cost a third of a page.
        body += i == 0 ? "{\"data\":" : ",{\"data\":";
        body += c.dataJson.isEmpty() ? QByteArrayLiteral("{}") : c.dataJson;
        body += ",\"entity\":";
        appendJsonString(body, c.entity);
        body += ",\"id\":";
        appendJsonString(body, c.id);
        body += ",\"op\":";
        appendJsonString(body, c.op);
        body += ",\"seq\":" + QByteArray::number(c.seq) + '}';
    }
    body += "],\"cursor\":\"" + QByteArray::number(cursor) + "\",\"more\":";
    body += more ? "true}" : "false}";
    return body;
}

} // namespace Wire
