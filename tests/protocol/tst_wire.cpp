// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The wire against its golden files (tests/data/wire/): every mutation kind, every kind of
// outcome, every pulled entity and the requests around them. For each: the builder writes
// exactly the file, the reader reads the file back into the same value, and for a mutation
// the hash the server stores equals the one the device's builder output defines. A change of
// a shape shows here as a readable diff; MEEDOEN_UPDATE_GOLDEN=1 rewrites the files.
// Longer than 500 lines on purpose: one data row per golden file, every shape of the wire.

#include "common/jsoncompare.h"

#include "protocol/changes.h"
#include "protocol/codelock.h"
#include "protocol/devicereport.h"
#include "protocol/goalwire.h"
#include "protocol/mutation.h"
#include "protocol/outcome.h"
#include "protocol/push.h"
#include "protocol/requests.h"
#include "protocol/staffroles.h"
#include "protocol/statuslookup.h"
#include "protocol/wire.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Meedoen;
using namespace Wire;

namespace {

const QDate kToday(2026, 12, 4);
const QDateTime kDeviceTime(QDate(2026, 12, 4), QTime(9, 15), Qt::UTC);

QString golden(const QString &name)
{
    return qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/tests/data/wire/"_s + name + u".json"_s;
}

// The hash as docs/sync-protocol.md defines it, computed here without the protocol's code.
QByteArray definedHash(const QString &id, const QString &kind, const QJsonObject &payload)
{
    const QJsonObject hashed{{u"id"_s, id}, {u"kind"_s, kind}, {u"payload"_s, payload}};
    return QCryptographicHash::hash(QJsonDocument(hashed).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

Person person()
{
    Person p;
    p.id = u"6f1c2a52-3c1e-4f0a-9d59-2b6a4c1e8f01"_s;
    p.personalCode = u"K7MN-Q3RT-WX9J"_s;
    p.givenName = u"Zoë"_s;
    p.familyName = u"Ağaoğlu-D'Souza"_s;
    p.phone = u"+31612345678"_s;
    p.email = u"zoe@example.nl"_s;
    p.address = {u"3083 BK"_s, 12, u"A"_s};
    p.dateOfBirth = QDate(1980, 5, 17);
    p.languages = {u"nl"_s, u"tr"_s};
    p.interests = {u"tuin"_s, u"koken"_s};
    p.availability.set(1, PartOfDay::Morning);
    p.availability.set(3, PartOfDay::Evening);
    p.neighbourhoods = {u"wielewaal"_s};
    p.tenantNumber = u"HT-4410"_s;
    p.uiLanguage = u"tr"_s;
    return p;
}

ConsentRecord consent(const QString &purpose, bool withdrawn = false)
{
    ConsentRecord c{person().id, purpose, u"2026-11-01"_s, QDateTime(QDate(2026, 12, 4), QTime(9, 14), Qt::UTC), {}, u"tr"_s};
    if (withdrawn)
        c.withdrawnAt = QDateTime(QDate(2026, 12, 20), QTime(10, 0), Qt::UTC);
    return c;
}

Signup signup()
{
    Signup s;
    s.id = u"0b8f8d3e-8a57-4c61-a3a3-6c1f4f2d9e10"_s;
    s.referenceCode = u"MD7K-3QPX"_s;
    s.personId = person().id;
    s.opportunityId = u"wlw-moestuin"_s;
    s.createdAt = kDeviceTime;
    return s;
}

Opportunity opportunity()
{
    Opportunity o;
    o.id = u"wlw-stage-zorg"_s;
    o.kind = OpportunityKind::TrainingPlace;
    o.trainingType = TrainingType::Internship;
    o.route = Route::Werken;
    o.title = u"Stage in de zorg"_s;
    o.summary = u"Zes maanden meelopen in het verpleeghuis."_s;
    o.neighbourhood = u"wielewaal"_s;
    o.site.id = u"wielewaal-buurthuis"_s;
    o.organiser = u"Zorggroep Zuid"_s;
    o.organiserRole = u"opleider"_s;
    o.partnerId = partnerIdForOrganiser(o.organiser);
    o.schedule = u"Ma en wo 9:00–15:00"_s;
    o.startDate = QDate(2027, 2, 1);
    o.endDate = QDate(2027, 7, 31);
    o.capacity = 3;
    o.minimumAge = 18;
    o.languageLevel = u"B1"_s;
    o.certificate = true;
    o.needsReview = true;
    o.contactName = u"Anouk de Vries"_s;
    o.contactPhone = u"+31101234567"_s;
    o.tags = {u"zorg"_s};
    return o;
}

const QString kStaff = u"3e0c6f64-5a8b-4f41-9a2a-0f3e1d7c5b21"_s;

Partner partner()
{
    return Partner{partnerIdForOrganiser(u"Zorggroep Zuid"_s), u"Zorggroep Zuid"_s, PartnerKind::Werkgever,
                   u"Fatima el Amrani"_s, u"+31101234567"_s, u"f.elamrani@zorggroepzuid.nl"_s};
}

PartnerContribution contribution()
{
    return PartnerContribution{u"b7e1c0de-0001-4000-8000-000000000001"_s, partner().id, u"wlw-stage-zorg"_s,
                               PartnerRole::Werkgever, u"2026-12"_s, 125050, 480, 2, 0};
}

Goal goal()
{
    Goal g;
    g.id = u"5d2e7f10-6a3b-4c8d-9e0f-1a2b3c4d5e6f"_s;
    g.site = u"wielewaal-buurthuis"_s;
    g.neighbourhood = u"wielewaal"_s;
    g.route = u"werken"_s;
    g.period = GoalPeriod::Quarter;
    g.start = QDate(2027, 1, 1);
    g.measure = GoalMeasure::TrainingStarted;
    g.target = 6;
    return g;
}
const QString kEntry = u"9a6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"_s;

struct MutationRow
{
    const char *file;
    QString id;
    std::function<Payload()> payload;
};

const QList<MutationRow> &mutationRows()
{
    static const QList<MutationRow> rows{
        {"registration", u"a1b2c3d4-0001-4000-8000-000000000001"_s,
         [] { return Payload(RegistrationPayload{person(), {consent(u"contact"_s), consent(u"matching"_s)}, false}); }},
        {"signup", u"a1b2c3d4-0002-4000-8000-000000000002"_s,
         [] { return Payload(SignupPayload{signup(), std::nullopt, false}); }},
        {"signup-identify-waitlist", u"a1b2c3d4-0003-4000-8000-000000000003"_s,
         [] {
             Signup s = signup();
             s.personId.clear();
             s.motivation = u"Ik wil graag\nin de zorg werken."_s;
             s.preferredStart = QDate(2027, 2, 1);
             return Payload(SignupPayload{s, Identify{u"K7MN-Q3RT-WX9J"_s, QDate(1980, 5, 17)}, true});
         }},
        // Staff intake on a tablet: the same kinds, naming the staff member who did it.
        {"registration-staff-intake", u"a1b2c3d4-0019-4000-8000-000000000019"_s,
         [] {
             RegistrationPayload p{person(), {consent(u"contact"_s)}, false};
             p.staffId = kStaff;
             return Payload(p);
         }},
        {"signup-staff-intake", u"a1b2c3d4-0020-4000-8000-000000000020"_s,
         [] {
             Signup s = signup();
             s.personId.clear();
             SignupPayload p{s, Identify{u"K7MN-Q3RT-WX9J"_s, QDate(1980, 5, 17)}, false};
             p.staffId = kStaff;
             return Payload(p);
         }},
        {"withdrawal", u"a1b2c3d4-0004-4000-8000-000000000004"_s,
         [] { return Payload(WithdrawalPayload{signup().id}); }},
        {"link", u"a1b2c3d4-0005-4000-8000-000000000005"_s,
         [] { return Payload(LinkPayload{Identify{u"K7MN-Q3RT-WX9J"_s, QDate(1980, 5, 17)}}); }},
        {"decision", u"a1b2c3d4-0006-4000-8000-000000000006"_s,
         [] {
             return Payload(DecisionPayload{kStaff, signup().id, DecisionKind::Decline, u"Geen plaats dit jaar"_s,
                                            u"Volgend voorjaar is er weer plek.\nBel gerust."_s, 3});
         }},
        {"opportunity-upsert", u"a1b2c3d4-0007-4000-8000-000000000007"_s,
         [] { return Payload(OpportunityUpsertPayload{kStaff, opportunity()}); }},
        {"hours-phone", u"a1b2c3d4-0008-4000-8000-000000000008"_s,
         [] {
             HoursEntry e{kEntry, person().id, u"wlw-moestuin"_s, QDate(2026, 12, 3), 90, u"Onkruid gewied"_s, {}, false};
             return Payload(HoursPayload{QString(), e});
         }},
        {"hours-staff", u"a1b2c3d4-0009-4000-8000-000000000009"_s,
         [] {
             HoursEntry e{kEntry, person().id, u"wlw-moestuin"_s, QDate(2026, 12, 3), 120, {}, {}, false};
             return Payload(HoursPayload{kStaff, e});
         }},
        {"hours-verify", u"a1b2c3d4-0010-4000-8000-000000000010"_s,
         [] { return Payload(HoursVerifyPayload{kStaff, kEntry}); }},
        {"hours-correct", u"a1b2c3d4-0011-4000-8000-000000000011"_s,
         [] {
             HoursEntry e{u"c0ffee00-1111-4222-8333-444455556666"_s, {}, {}, QDate(2026, 12, 3), 0, u"Dubbel ingevoerd"_s, kEntry, false};
             return Payload(HoursCorrectPayload{kStaff, e});
         }},
        {"hours-agreement", u"a1b2c3d4-0012-4000-8000-000000000012"_s,
         [] { return Payload(HoursAgreementPayload{kStaff, person().id, 480}); }},
        {"placement", u"a1b2c3d4-0013-4000-8000-000000000013"_s,
         [] { return Payload(PlacementPayload{kStaff, signup().id, PlacementEvent::DroppedOut, QDate(2027, 3, 15)}); }},
        {"consent-withdraw-phone", u"a1b2c3d4-0014-4000-8000-000000000014"_s,
         [] { return Payload(ConsentWithdrawPayload{QString(), person().id, u"matching"_s}); }},
        {"consent-withdraw-staff", u"a1b2c3d4-0015-4000-8000-000000000015"_s,
         [] { return Payload(ConsentWithdrawPayload{kStaff, person().id, u"share-partner"_s}); }},
        {"erase-person", u"a1b2c3d4-0016-4000-8000-000000000016"_s,
         [] { return Payload(ErasePersonPayload{kStaff, person().id}); }},
        {"identity-check", u"a1b2c3d4-0017-4000-8000-000000000017"_s,
         [] { return Payload(IdentityCheckPayload{kStaff, person().id, IdentityMethod::Address}); }},
        {"hours-withdraw", u"a1b2c3d4-0018-4000-8000-000000000018"_s,
         [] { return Payload(HoursWithdrawPayload{QString(), kEntry}); }},
        {"erase-request", u"a1b2c3d4-0019-4000-8000-000000000019"_s,
         [] { return Payload(EraseRequestPayload{QString(), person().id}); }},
        {"partner-upsert", u"a1b2c3d4-0021-4000-8000-000000000021"_s,
         [] { return Payload(PartnerUpsertPayload{kStaff, partner()}); }},
        {"partner-contribution", u"a1b2c3d4-0022-4000-8000-000000000022"_s,
         [] { return Payload(PartnerContributionPayload{kStaff, contribution(), false}); }},
        {"partner-contribution-remove", u"a1b2c3d4-0023-4000-8000-000000000023"_s,
         [] { return Payload(PartnerContributionPayload{kStaff, contribution(), true}); }},
        {"trajectory-step", u"a1b2c3d4-0021-4000-8000-000000000021"_s,
         [] {
             return Payload(TrajectoryStepPayload{kStaff, u"5d1e2f30-4a5b-4c6d-8e7f-8091a2b3c4d5"_s, person().id,
                                                  u"werken"_s, 4, QDate(2027, 3, 20),
                                                  u"Stage afgerond bij Zorggroep Zuid."_s,
                                                  u"Over 6 maanden betaald werk met begeleiding"_s, QDate(2027, 9, 20)});
         }},
        {"goal-upsert", u"a1b2c3d4-0021-4000-8000-000000000021"_s,
         [] { return Payload(GoalUpsertPayload{{kStaff}, goal(), false}); }},
        {"goal-upsert-removed", u"a1b2c3d4-0022-4000-8000-000000000022"_s,
         [] { return Payload(GoalUpsertPayload{{kStaff}, goal(), true}); }},
        {"consent-give", u"a1b2c3d4-0025-4000-8000-000000000025"_s,
         [] { return Payload(ConsentGivePayload{{}, person().id, u"trajectory"_s, u"traject-2026-12"_s, u"tr"_s}); }},
    };
    return rows;
}

QJsonObject mutationJson(const MutationRow &row)
{
    const Payload p = row.payload();
    const QByteArray body = pushBody({OutgoingMutation{7, row.id, kindOf(p), kDeviceTime, toJson(p)}});
    return QJsonDocument::fromJson(body).object().value(u"mutations"_s).toArray().first().toObject();
}

struct ChangeRowCase
{
    const char *file;
    std::function<QJsonObject()> build;
    std::function<std::optional<QJsonObject>(const QJsonObject &)> roundTrip; // read, then build again
};

template<typename T>
std::function<std::optional<QJsonObject>(const QJsonObject &)> via(Validated<T> (*reader)(const QJsonObject &, const QString &))
{
    return [reader](const QJsonObject &json) -> std::optional<QJsonObject> {
        const auto read = reader(json, u"data"_s);
        if (read.error) {
            qWarning().noquote() << read.error->field << read.error->code << read.error->message;
            return std::nullopt;
        }
        return toJson(read.value);
    };
}

const QList<ChangeRowCase> &changeRows()
{
    static const QList<ChangeRowCase> rows{
        {"neighbourhood", [] { return toJson(Neighbourhood{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}); },
         via<Neighbourhood>(&neighbourhoodFromJson)},
        {"site",
         [] { return toJson(Site{u"wielewaal-buurthuis"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalweg 10"_s, 51.8761, 4.4832}); },
         via<Site>(&siteFromJson)},
        {"opportunity",
         [] {
             Opportunity o = opportunity();
             o.placesTaken = 2;
             o.waitlistLength = 1;
             o.version = 4;
             // The languages the corporation wrote; the others fall back to Dutch.
             o.translations = {{u"en"_s, {u"Internship in care"_s, u"Six months alongside the staff of a nursing home."_s}},
                               {u"ar"_s, {u"تدريب في الرعاية"_s, QString()}}};
             return toJson(o);
         },
         [](const QJsonObject &json) -> std::optional<QJsonObject> {
             Site s;
             s.id = u"wielewaal-buurthuis"_s;
             const auto read = opportunityFromJson(json, u"data"_s, {s});
             return read.error ? std::nullopt : std::optional(toJson(read.value));
         }},
        {"person",
         [] {
             PersonChange c{person(), false, {consent(u"contact"_s), consent(u"matching"_s, true)}, 480,
                            IdentityCheckRecord{IdentityMethod::TenantNumber, kStaff, u"tablet-1"_s, kDeviceTime},
                            TenancyVerdict::Mismatch};
             return toJson(c);
         },
         via<PersonChange>(&personChangeFromJson)},
        {"person-erased",
         [] {
             PersonChange c;
             c.person.id = person().id;
             c.erased = true;
             return toJson(c);
         },
         via<PersonChange>(&personChangeFromJson)},
        {"signup",
         [] {
             return toJson(SignupChange{signup().id, signup().referenceCode, person().id, u"wlw-stage-zorg"_s,
                                        SignupState::Declined, 0, 17, 3, u"staff-decision"_s,
                                        u"Volgend voorjaar is er weer plek."_s, kDeviceTime.addSecs(120),
                                        PlacementEvent::Started, QDate(2027, 2, 3),
                                        u"Ik wil graag\nin de zorg werken."_s, QDate(2027, 2, 1)});
         },
         via<SignupChange>(&signupChangeFromJson)},
        {"signup-kiosk",
         [] {
             return toJson(SignupChange{signup().id, signup().referenceCode, person().id, u"wlw-moestuin"_s,
                                        SignupState::Waitlisted, 2, 17, 1, {}, u"Tot dinsdag!"_s,
                                        kDeviceTime.addSecs(120), std::nullopt, {}, u"Ik wil graag helpen."_s, {}}
                               .forKiosk());
         },
         via<SignupChange>(&signupChangeFromJson)},
        {"hours",
         [] {
             HoursChange c{{kEntry, person().id, u"wlw-moestuin"_s, QDate(2026, 12, 3), 90, u"Onkruid gewied"_s, {}, true},
                           {}, kDeviceTime, kStaff, kDeviceTime.addSecs(3600), u"c0ffee00-1111-4222-8333-444455556666"_s};
             return toJson(c);
         },
         via<HoursChange>(&hoursChangeFromJson)},
        {"hours-correction",
         [] {
             HoursChange c{{u"c0ffee00-1111-4222-8333-444455556666"_s, person().id, u"wlw-moestuin"_s, QDate(2026, 12, 3), 0,
                            u"Dubbel ingevoerd"_s, kEntry, true},
                           kStaff, kDeviceTime, kStaff, kDeviceTime, {}};
             return toJson(c);
         },
         via<HoursChange>(&hoursChangeFromJson)},
        {"balance", [] { return toJson(BalanceChange{person().id, u"2026-12"_s, 480, 510, 390}); },
         via<BalanceChange>(&balanceChangeFromJson)},
        {"decision",
         [] {
             return toJson(DecisionChange{u"a1b2c3d4-0006-4000-8000-000000000006"_s, signup().id, kStaff, u"tablet-1"_s,
                                          DecisionKind::Confirm, {}, {}, 2, 3, u"conflict"_s, u"stale-version"_s,
                                          kDeviceTime, kDeviceTime.addSecs(60)});
         },
         via<DecisionChange>(&decisionChangeFromJson)},
        {"audit",
         [] {
             return toJson(AuditChange{u"a1b2c3d4-0017-4000-8000-000000000017"_s, kDeviceTime.addSecs(60), kStaff,
                                       u"tablet-1"_s, kDeviceTime, u"identity-check"_s, u"person"_s, person().id,
                                       AuditDetail{{}, {}, {}, {}, {}, toKey(IdentityMethod::Address), {}, {}, {}, {}}});
         },
         via<AuditChange>(&auditChangeFromJson)},
        {"placement",
         [] {
             return toJson(PlacementChange{u"a1b2c3d4-0013-4000-8000-000000000013"_s, signup().id, u"wlw-stage-zorg"_s,
                                           PlacementEvent::Completed, QDate(2027, 7, 31)});
         },
         via<PlacementChange>(&placementChangeFromJson)},
        {"erase-request",
         [] {
             return toJson(EraseRequestChange{u"a1b2c3d4-0019-4000-8000-000000000019"_s, person().id,
                                              kDeviceTime.addSecs(60), kDeviceTime.addSecs(86400), kStaff});
         },
         via<EraseRequestChange>(&eraseRequestChangeFromJson)},
        {"goal",
         [] {
             Goal g = goal();
             g.createdBy = kStaff;
             g.changedBy = kStaff;
             g.createdAt = kDeviceTime.addSecs(60);
             g.changedAt = kDeviceTime.addSecs(3600);
             return toJson(g, GoalShape::Pulled);
         },
         [](const QJsonObject &json) -> std::optional<QJsonObject> {
             const auto read = goalChangeFromJson(json, u"data"_s);
             if (read.error)
                 return std::nullopt;
             return toJson(read.value, GoalShape::Pulled);
         }},
        {"postcode-area",
         [] {
             return toJson(PostcodeArea{u"3083BK"_s,
                                        {{1, 17, u"bu05990110"_s}, {19, 19, u"wielewaal"_s}, {21, 45, u"bu05990110"_s}}});
         },
         via<PostcodeArea>(&postcodeAreaFromJson)},
        {"partner", [] { return toJson(partner()); }, via<Partner>(&partnerChangeFromJson)},
        {"partner-without-contact",
         [] {
             Partner p = partner();
             p.contactName.clear();
             p.contactPhone.clear();
             p.contactEmail.clear();
             return toJson(p);
         },
         via<Partner>(&partnerChangeFromJson)},
        {"partner-contribution", [] { return toJson(contribution()); },
         via<PartnerContribution>(&contributionChangeFromJson)},
        {"trajectory-step",
         [] {
             TrajectoryStepChange c;
             static_cast<TrajectoryStep &>(c) = TrajectoryStep{u"5d1e2f30-4a5b-4c6d-8e7f-8091a2b3c4d5"_s, person().id,
                                                               u"werken"_s, 4, QDate(2027, 3, 20),
                                                               u"Stage afgerond bij Zorggroep Zuid."_s, kStaff,
                                                               u"wielewaal"_s, kDeviceTime.addSecs(60), u"wielewaal-buurthuis"_s};
             c.goal = u"Over 6 maanden betaald werk met begeleiding"_s;
             c.goalReview = QDate(2027, 9, 20);
             return toJson(c);
         },
         via<TrajectoryStepChange>(&trajectoryStepChangeFromJson)},
        {"ladder", [] { return toJson(*ladderFor(participatieLadders(), u"werken")); }, via<Ladder>(&ladderFromJson)},
    };
    return rows;
}

QList<std::pair<const char *, Outcome>> outcomeRows()
{
    QList<std::pair<const char *, Outcome>> rows;
    Outcome o = Outcome::accepted(7);
    o.personId = person().id;
    rows.append({"accepted-registration", o});
    o = Outcome::of(8, OutcomeStatus::Confirmed);
    o.signupId = signup().id;
    o.referenceCode = signup().referenceCode;
    o.arrival = 41;
    rows.append({"confirmed", o});
    o = Outcome::of(8, OutcomeStatus::Pending);
    o.signupId = signup().id;
    o.referenceCode = signup().referenceCode;
    o.arrival = 44;
    rows.append({"pending", o});
    o = Outcome::of(8, OutcomeStatus::Waitlisted);
    o.signupId = signup().id;
    o.referenceCode = signup().referenceCode;
    o.arrival = 42;
    o.waitlistPosition = 3;
    o.clockSkewed = true;
    rows.append({"waitlisted-clock-skewed", o});
    o = Outcome::of(8, OutcomeStatus::Declined, toKey(Reason::OpportunityEnded));
    o.signupId = signup().id;
    o.referenceCode = signup().referenceCode;
    o.arrival = 43;
    rows.append({"declined-opportunity-ended", o});
    o = Outcome::of(9, OutcomeStatus::Withdrawn);
    o.signupId = signup().id;
    rows.append({"withdrawn", o});
    o = Outcome::of(10, OutcomeStatus::Linked);
    o.personId = person().id;
    rows.append({"linked", o});
    rows.append({"refused-code-not-recognised", Outcome::refused(10, Reason::CodeNotRecognised)});
    rows.append({"refused-identify-failed", Outcome::identifyFailed(4, 3)});
    rows.append({"refused-identify-wait", Outcome::identifyWait(4, 60)});
    rows.append({"refused-code-locked", Outcome::refused(4, Reason::CodeLocked)});
    rows.append({"refused-role-not-allowed", Outcome::roleNotAllowed(12, u"catalogue"_s)});
    o = Outcome::of(11, OutcomeStatus::Decided);
    o.signupId = signup().id;
    o.decisionId = u"a1b2c3d4-0006-4000-8000-000000000006"_s;
    o.state = toKey(SignupState::Declined);
    o.version = 4;
    rows.append({"decided", o});
    o.unchanged = true;
    o.version = 3;
    rows.append({"decided-unchanged", o});
    o = Outcome::of(11, OutcomeStatus::Conflict, toKey(Reason::StaleVersion));
    o.signupId = signup().id;
    o.decisionId = u"a1b2c3d4-0006-4000-8000-000000000006"_s;
    o.currentVersion = 5;
    o.currentState = toKey(SignupState::Withdrawn);
    rows.append({"conflict-stale-version", o});
    o = Outcome::of(12, OutcomeStatus::Conflict, toKey(Reason::SequenceReused));
    o.httpStatus = 409;
    rows.append({"conflict-sequence-reused", o});
    o = Outcome::of(13, OutcomeStatus::Conflict, toKey(Reason::MutationIdReused));
    o.httpStatus = 409;
    rows.append({"conflict-mutation-id-reused", o});
    o = Outcome::of(14, OutcomeStatus::Gap);
    o.expectedSeq = 13;
    rows.append({"gap", o});
    o = Outcome::accepted(15);
    o.opportunityId = u"wlw-stage-zorg"_s;
    o.version = 5;
    rows.append({"accepted-opportunity-upsert", o});
    o = Outcome::refused(15, Reason::CapacityBelowConfirmed);
    o.confirmed = 4;
    rows.append({"refused-capacity-below-confirmed", o});
    o = Outcome::accepted(16);
    o.entryId = u"c0ffee00-1111-4222-8333-444455556666"_s;
    o.correctsEntryId = kEntry;
    rows.append({"accepted-hours-correct", o});
    o = Outcome::refused(19, Reason::EntryVerified);
    o.entryId = kEntry;
    rows.append({"refused-hours-entry-verified", o});
    o = Outcome::accepted(17);
    o.signupId = signup().id;
    o.placement = toKey(PlacementEvent::Started);
    rows.append({"accepted-placement", o});
    o = Outcome::accepted(18);
    o.personId = person().id;
    o.purpose = u"matching"_s;
    o.withdrawn = 1;
    rows.append({"accepted-consent-withdraw", o});
    o = Outcome::accepted(19);
    o.personId = person().id;
    o.signupsWithdrawn = 2;
    rows.append({"accepted-erase-person", o});
    o = Outcome::accepted(20);
    o.personId = person().id;
    o.method = toKey(IdentityMethod::TenantNumber);
    o.alreadyChecked = true;
    rows.append({"accepted-identity-check-already", o});
    o = Outcome::accepted(21);
    o.personId = person().id;
    o.unchanged = true;
    rows.append({"accepted-erase-request-again", o});
    o = Outcome::accepted(22);
    o.partnerId = partner().id;
    o.contributionId = contribution().id;
    rows.append({"accepted-partner-contribution", o});
    o = Outcome::refused(22, Reason::PartnerUnknown);
    o.partnerId = partner().id;
    o.contributionId = contribution().id;
    rows.append({"refused-partner-unknown", o});
    o = Outcome::accepted(22);
    o.personId = person().id;
    o.stepId = u"5d1e2f30-4a5b-4c6d-8e7f-8091a2b3c4d5"_s;
    rows.append({"accepted-trajectory-step", o});
    o = Outcome::refused(23, Reason::ConsentMissing);
    o.purpose = u"trajectory"_s;
    o.field = u"personId"_s;
    rows.append({"refused-consent-missing", o});
    return rows;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasAGoldenFile()
    {
        QSet<MutationKind> covered;
        for (const MutationRow &row : mutationRows())
            covered.insert(kindOf(row.payload()));
        for (MutationKind kind : allMutationKinds())
            QVERIFY2(covered.contains(kind), qPrintable(u"no golden mutation of kind "_s + toKey(kind)));
        for (MutationKind kind : allMutationKinds())
            QCOMPARE(mutationKindFromKey(toKey(kind)), std::optional(kind));
        QSet<OutcomeStatus> statuses;
        for (const auto &[file, outcome] : outcomeRows())
            statuses.insert(outcome.status);
        QCOMPARE(statuses.size(), qsizetype(OutcomeStatus::Pending) + 1);
        // A golden change is named after its entity ("hours", "hours-correction", "erase-request").
        const auto hasGolden = [](const QString &key) {
            for (const ChangeRowCase &row : changeRows()) {
                const QString file = QString::fromLatin1(row.file);
                if (file == key || (file.startsWith(key + u'-') && !entityFromKey(file)))
                    return true;
            }
            return false;
        };
        for (int e = 0; e <= int(Entity::PartnerContribution); ++e)
            QVERIFY2(hasGolden(toKey(Entity(e))), qPrintable(u"no golden change of "_s + toKey(Entity(e))));
    }

    void mutations_data()
    {
        QTest::addColumn<int>("row");
        for (qsizetype i = 0; i < mutationRows().size(); ++i)
            QTest::newRow(mutationRows().at(i).file) << int(i);
    }

    void mutations()
    {
        QFETCH(int, row);
        const MutationRow &m = mutationRows().at(row);
        const QString file = golden(u"mutation/"_s + QString::fromLatin1(m.file));
        const QJsonObject built = mutationJson(m);
        QVERIFY(JsonCompare::matchesGolden(built, file));

        // The server reads the file (as another client might format it) into the same value.
        const QJsonObject fromFile = JsonCompare::readFile(file);
        const QByteArray spaced = QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{fromFile}}}).toJson(QJsonDocument::Indented);
        const auto read = readPushBody(QJsonDocument::fromJson(spaced).object(), kToday);
        QVERIFY2(read.ok(), qPrintable(read.error ? QString(read.error->field + u" "_s + read.error->code) : QString()));
        QCOMPARE(read.value.size(), 1);
        const Mutation &mutation = read.value.first();
        const Payload expected = m.payload();
        QCOMPARE(mutation.kind, kindOf(expected));
        QCOMPARE(mutation.seq, 7);
        QCOMPARE(mutation.id, m.id);
        QCOMPARE(mutation.deviceTime, kDeviceTime);
        QVERIFY2(mutation.payload == expected, "the reader gives back the value the builder wrote");
        QCOMPARE(staffIdOf(mutation.payload), staffIdOf(expected));

        // The hash the server stores is the documented one, and the device's agrees.
        const QJsonObject payload = fromFile.value(u"payload"_s).toObject();
        QCOMPARE(mutation.payloadHash, definedHash(m.id, toKey(mutation.kind), payload));
        QCOMPARE(mutationHash(m.id, kindOf(expected), toJson(expected)), mutation.payloadHash);
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("row");
        const auto rows = outcomeRows();
        for (qsizetype i = 0; i < rows.size(); ++i)
            QTest::newRow(rows.at(i).first) << int(i);
    }

    void outcomes()
    {
        QFETCH(int, row);
        const auto [name, outcome] = outcomeRows().at(row);
        const QString file = golden(u"outcome/"_s + QString::fromLatin1(name));
        QVERIFY(JsonCompare::matchesGolden(toJson(outcome), file));
        const auto read = outcomeFromJson(JsonCompare::readFile(file), u"results[0]"_s);
        QVERIFY(read.ok());
        QCOMPARE(read.value, outcome);
        // What a device acknowledges (and so drops from its outbox).
        const bool stop = outcome.status == OutcomeStatus::Gap
                          || (outcome.status == OutcomeStatus::Conflict && outcome.reason == toKey(Reason::SequenceReused))
                          || (outcome.status == OutcomeStatus::Conflict && outcome.reason == toKey(Reason::MutationIdReused));
        QCOMPARE(read.value.isAcknowledged(), !stop);
    }

    void changes_data()
    {
        QTest::addColumn<int>("row");
        for (qsizetype i = 0; i < changeRows().size(); ++i)
            QTest::newRow(changeRows().at(i).file) << int(i);
    }

    void changes()
    {
        QFETCH(int, row);
        const ChangeRowCase &c = changeRows().at(row);
        const QString file = golden(u"change/"_s + QString::fromLatin1(c.file));
        QVERIFY(JsonCompare::matchesGolden(c.build(), file));
        const auto again = c.roundTrip(JsonCompare::readFile(file));
        QVERIFY2(again, "the reader accepts the golden file");
        QVERIFY(JsonCompare::matchesGolden(*again, file));
    }

    void changeReadersPassOverFieldsOfANewerServer()
    {
        QJsonObject hours = JsonCompare::readFile(golden(u"change/hours"_s));
        hours.insert(u"addedByANewerServer"_s, 1);
        QVERIFY(hoursChangeFromJson(hours, u"data"_s).ok());
        hours.insert(u"minutes"_s, u"ninety"_s); // a known field of the wrong type is refused
        const auto wrong = hoursChangeFromJson(hours, u"data"_s);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error->field, u"data.minutes"_s);

        // A pulled opportunity too; a catalogue handed in must know every field.
        QJsonObject opportunity = JsonCompare::readFile(golden(u"change/opportunity"_s));
        opportunity.insert(u"addedByANewerServer"_s, 1);
        const QList<Site> sites{Site{u"wielewaal-buurthuis"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, {}, 0, 0}};
        const auto pulled = opportunityFromJson(opportunity, u"data"_s, sites, Unknown::PassOver);
        QVERIFY2(pulled.ok(), qPrintable(pulled.error ? pulled.error->field : QString()));
        QCOMPARE(pulled.value.translations.value(u"en"_s).title, u"Internship in care"_s);
        const auto handedIn = opportunityFromJson(opportunity, u"data"_s, sites);
        QVERIFY(!handedIn.ok());
        QCOMPARE(handedIn.error->field, u"data.addedByANewerServer"_s);
    }

    // The demo catalogue names its partners with the ids a device or server derives from the
    // organiser's name (a v5 UUID): the file and the code agree, every named partner is listed.
    void demoCatalogueNamesItsPartners()
    {
        QFile f(qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/demo/catalogue.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto catalogue = parseCatalogue(f.readAll());
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.error ? catalogue.error->field : QString()));
        QSet<QString> listed;
        for (const Partner &p : catalogue.value.partners)
            listed.insert(p.id);
        QCOMPARE(listed.size(), catalogue.value.partners.size());
        QVERIFY(listed.size() > 10);
        int named = 0;
        for (const Opportunity &o : catalogue.value.opportunities) {
            if (o.organiser.isEmpty())
                continue;
            ++named;
            QCOMPARE(o.partnerId, partnerIdForOrganiser(o.organiser));
            QVERIFY2(listed.contains(o.partnerId), qPrintable(o.organiser));
        }
        QVERIFY(named > 0);
    }

    // A catalogue that does not say whether sign-ups are reviewed follows the kind: training
    // places are, volunteer tasks are not; what it says wins.
    void needsReviewDefaultsByKind()
    {
        QJsonObject json = toJson(opportunity());
        json.remove(u"needsReview"_s);
        QVERIFY(opportunityFromJson(json, u"data"_s, {}).value.needsReview);
        json.insert(u"kind"_s, toKey(OpportunityKind::VolunteerTask));
        json.remove(u"trainingType"_s);
        QVERIFY(!opportunityFromJson(json, u"data"_s, {}).value.needsReview);
        json.insert(u"needsReview"_s, true);
        QVERIFY(opportunityFromJson(json, u"data"_s, {}).value.needsReview);
        QCOMPARE(declineCause(toKey(Reason::StaffDecision)), Meedoen::DeclineCause::StaffDecision);
        QCOMPARE(declineCause(toKey(Reason::OpportunityEnded)), Meedoen::DeclineCause::OpportunityEnded);
        QCOMPARE(declineCause(u"something-new"), Meedoen::DeclineCause::Other);
        QCOMPARE(declineCause(toKey(Reason::IdentifyFailed)), Meedoen::DeclineCause::IdentifyFailed);
        QCOMPARE(declineCause(toKey(Reason::IdentifyWait)), Meedoen::DeclineCause::IdentifyWait);
        QCOMPARE(declineCause(toKey(Reason::CodeLocked)), Meedoen::DeclineCause::CodeLocked);
    }

    void page()
    {
        const QByteArray body = pulledPageBody(
            {ChangeRow{12, u"opportunity"_s, u"wlw-stage-zorg"_s, u"upsert"_s,
                       QJsonDocument(JsonCompare::readFile(golden(u"change/opportunity"_s))).toJson(QJsonDocument::Compact)},
             ChangeRow{13, u"signup"_s, signup().id, u"delete"_s, {}}},
            13, true);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(JsonCompare::matchesGolden(doc.object(), golden(u"pull-page"_s)));
        const auto page = pulledPageFromJson(doc.object());
        QVERIFY(page.ok());
        QCOMPARE(page.value.cursor, u"13"_s);
        QVERIFY(page.value.more);
        QCOMPARE(page.value.changes.size(), 2);
        QCOMPARE(page.value.changes.at(0).entity, std::optional(Entity::Opportunity));
        QCOMPARE(page.value.changes.at(1).op, ChangeOp::Delete);
        QCOMPARE(page.value.changes.at(1).data, QJsonObject());

        // The page's own strings are escaped as QJsonDocument escapes them, byte for byte:
        // a quote, a backslash, control characters and letters beyond ASCII.
        const QString odd = u"a\"b\\c\nd\te\x01f\x1fé–ğ"_s;
        const QByteArray oddBody = pulledPageBody({ChangeRow{7, odd, odd, odd, {}}}, 7, false);
        const QJsonObject expected{{u"changes"_s, QJsonArray{QJsonObject{{u"data"_s, QJsonObject()},
                                                                         {u"entity"_s, odd},
                                                                         {u"id"_s, odd},
                                                                         {u"op"_s, odd},
                                                                         {u"seq"_s, 7}}}},
                                   {u"cursor"_s, u"7"_s},
                                   {u"more"_s, false}};
        QCOMPARE(oddBody, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    // The roles table (docs/security.md, "Staff roles"): every permission held by some role,
    // every key read back, every kind a staff member sends needing a permission (a new kind
    // without one would be refused to everyone), role lists read strictly and in order.
    void staffRoles()
    {
        for (Permission p : allPermissions()) {
            QVERIFY2(!rolesAllowing(p).isEmpty(), qPrintable(toKey(p)));
            QCOMPARE(permissionFromKey(toKey(p)), p);
        }
        for (StaffRole r : allStaffRoles()) {
            QCOMPARE(staffRoleFromKey(toKey(r)), r);
            QVERIFY(allows({r}, Permission::Dashboard));
        }
        for (MutationKind k : allMutationKinds()) {
            const bool phoneOnly = k == MutationKind::HoursWithdraw || k == MutationKind::EraseRequest
                || k == MutationKind::ConsentGive;
            if (isStaffKind(k) && !phoneOnly)
                QVERIFY2(permissionFor(k).has_value(), qPrintable(toKey(k)));
        }
        QCOMPARE(permissionFor(MutationKind::Registration), Permission::Intake); // staff intake
        QCOMPARE(permissionFor(MutationKind::Link), std::nullopt);
        QCOMPARE(rolesAllowing(Permission::Erasure), QList<StaffRole>{StaffRole::Admin});
        QVERIFY(!allows({StaffRole::Viewer}, Permission::Catalogue));
        QCOMPARE(roleAllowing({StaffRole::Viewer, StaffRole::Consultant}, Permission::Hours), StaffRole::Consultant);
        QCOMPARE(staffRolesFromKeys({u"consultant"_s, u"coordinator"_s, u"consultant"_s}),
                 (QList<StaffRole>{StaffRole::Coordinator, StaffRole::Consultant}));
        QCOMPARE(staffRolesFromKeys({}), std::nullopt);
        QCOMPARE(staffRolesFromKeys({u"boss"_s}), std::nullopt);
        QCOMPARE(roleKeys({StaffRole::Admin, StaffRole::Viewer}), (QStringList{u"viewer"_s, u"admin"_s}));
    }

    void requests()
    {
        QVERIFY(JsonCompare::matchesGolden(toJson(EnrollRequest{u"8FGJ-B2CX-9EHT"_s}), golden(u"enroll-request"_s)));
        const EnrollReply enrolled{u"d3b07384-d9a0-4c8b-9f1e-2b6a4c1e8f01"_s, u"token-of-43-characters-aaaaaaaaaaaaaaaaaaaa"_s,
                                   u"kiosk"_s, u"wielewaal-buurthuis"_s};
        QVERIFY(JsonCompare::matchesGolden(toJson(enrolled), golden(u"enroll-reply"_s)));
        QCOMPARE(enrollReplyFromJson(JsonCompare::readFile(golden(u"enroll-reply"_s))).value.token, enrolled.token);
        QVERIFY(JsonCompare::matchesGolden(toJson(StaffLoginRequest{u"fatma"_s, u"geheim wachtwoord"_s}),
                                           golden(u"staff-login-request"_s)));
        const StaffLoginReply login{kStaff, u"fatma"_s, u"Fatma Demir"_s, {u"wielewaal-buurthuis"_s},
                                    u"session-token"_s, kDeviceTime.addSecs(12 * 3600),
                                    {u"consultant"_s, u"admin"_s}};
        QVERIFY(JsonCompare::matchesGolden(toJson(login), golden(u"staff-login-reply"_s)));
        const auto readLogin = staffLoginReplyFromJson(JsonCompare::readFile(golden(u"staff-login-reply"_s)));
        QVERIFY(readLogin.ok());
        QCOMPARE(readLogin.value.sites, login.sites);
        QCOMPARE(readLogin.value.expiresAt, login.expiresAt);
        QCOMPARE(readLogin.value.roles, login.roles);
        // An older server names no roles: its staff hold what the migration gave everyone.
        QJsonObject older = JsonCompare::readFile(golden(u"staff-login-reply"_s));
        older.remove(u"roles"_s);
        QCOMPARE(staffLoginReplyFromJson(older).value.roles, (QStringList{u"coordinator"_s, u"consultant"_s}));
        // A role a newer server added allows nothing here.
        older.insert(u"roles"_s, QJsonArray{u"viewer"_s, u"auditor"_s});
        QCOMPARE(staffLoginReplyFromJson(older).value.roles, QStringList{u"viewer"_s});
        const Problem problem{400, u"invalid-field"_s, u"Invalid field"_s, u"Vul een geldige postcode in."_s,
                              u"mutations[0].payload.person.postcode"_s, u"postcode.format"_s};
        QVERIFY(JsonCompare::matchesGolden(toJson(problem), golden(u"problem"_s)));
        const Problem readProblem = problemFromJson(JsonCompare::readFile(golden(u"problem"_s)));
        QCOMPARE(readProblem.type, problem.type);
        QCOMPARE(readProblem.field, problem.field);
        QCOMPARE(readProblem.code, problem.code);
    }

    // POST /v1/status: the question (code and date of birth, nothing else) and the answer
    // (each sign-up as the server's word, without the person).
    void statusLookup()
    {
        const StatusRequest asked{u"ABCD-EFGH-JKM2"_s, QDate(1985, 4, 3), true};
        QVERIFY(JsonCompare::matchesGolden(toJson(asked), golden(u"status-request"_s)));
        const auto readAsked = statusRequestFromJson(JsonCompare::readFile(golden(u"status-request"_s)));
        QVERIFY(readAsked.ok());
        QCOMPARE(readAsked.value.dateOfBirth, asked.dateOfBirth);
        QVERIFY(!statusRequestFromJson({{u"personalCode"_s, u"ABCD"_s}}).ok()); // no date of birth
        QVERIFY(!statusRequestFromJson({{u"personalCode"_s, u"ABCD"_s}, {u"dateOfBirth"_s, u"1985-04-03"_s},
                                        {u"name"_s, u"Fatma"_s}}).ok()); // nothing else
        const auto mistyped = statusRequestFromJson({{u"personalCode"_s, u"0000"_s}, {u"dateOfBirth"_s, u"1985-04-03"_s}});
        QVERIFY(mistyped.ok());
        QVERIFY(!mistyped.value.personalCodeWellFormed);

        Meedoen::Signup declined;
        declined.referenceCode = u"MT7Q-4K2B"_s;
        declined.opportunityId = u"wlw-stage-01"_s;
        declined.state = Meedoen::SignupState::Declined;
        declined.declineReason = u"staff-decision"_s;
        declined.messageToTenant = u"De plekken zijn vergeven. Probeer het in het voorjaar weer."_s;
        declined.stateAt = kDeviceTime;
        Meedoen::Signup waitlisted;
        waitlisted.referenceCode = u"WV3R-8NPA"_s;
        waitlisted.opportunityId = u"wlw-voedselbank-01"_s;
        waitlisted.state = Meedoen::SignupState::Waitlisted;
        waitlisted.waitlistPosition = 2;
        waitlisted.stateAt = kDeviceTime.addDays(-3);
        const StatusReply reply{{declined, waitlisted}};
        QVERIFY(JsonCompare::matchesGolden(toJson(reply), golden(u"status-reply"_s)));
        const auto read = statusReplyFromJson(JsonCompare::readFile(golden(u"status-reply"_s)));
        QVERIFY(read.ok());
        QCOMPARE(read.value.signups.size(), 2);
        QCOMPARE(read.value.signups.at(0).declineCause, Meedoen::DeclineCause::StaffDecision);
        QCOMPARE(read.value.signups.at(0).messageToTenant, declined.messageToTenant);
        QCOMPARE(read.value.signups.at(0).stateAt, declined.stateAt);
        QCOMPARE(read.value.signups.at(1).waitlistPosition, 2);
    }

    // The readers refuse what a hostile or broken device may send, naming the field.
    void readersRefuse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");      // a key path into the mutation, '.'-separated
        QTest::addColumn<QJsonValue>("value");  // undefined: remove the key
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");

        QTest::newRow("unknown payload field") << u"withdrawal"_s << u"payload.extra"_s << QJsonValue(1)
                                               << u"mutations[0].payload.extra"_s << u"unknown"_s;
        QTest::newRow("unknown kind") << u"withdrawal"_s << u"kind"_s << QJsonValue(u"teleport"_s)
                                      << u"mutations[0].kind"_s << u"enum"_s;
        QTest::newRow("seq zero") << u"withdrawal"_s << u"seq"_s << QJsonValue(0) << u"mutations[0].seq"_s << u"seq.range"_s;
        QTest::newRow("id not a UUID") << u"withdrawal"_s << u"id"_s << QJsonValue(u"42"_s) << u"mutations[0].id"_s
                                       << u"id.format"_s;
        QTest::newRow("bad postcode") << u"registration"_s << u"payload.person.postcode"_s << QJsonValue(u"0123 AB"_s)
                                      << u"mutations[0].payload.person.postcode"_s << u"postcode.format"_s;
        QTest::newRow("name with a digit") << u"registration"_s << u"payload.person.givenName"_s << QJsonValue(u"Z0ë"_s)
                                           << u"mutations[0].payload.person.givenName"_s << u"name.invalidCharacter"_s;
        QTest::newRow("decision without staff") << u"decision"_s << u"payload.staffId"_s << QJsonValue(QJsonValue::Undefined)
                                                << u"mutations[0].payload.staffId"_s << u"required"_s;
        QTest::newRow("intake staff not a UUID") << u"registration-staff-intake"_s << u"payload.staffId"_s
                                                 << QJsonValue(u"wijkconsulent"_s)
                                                 << u"mutations[0].payload.staffId"_s << u"id.format"_s;
        QTest::newRow("signup staff not text") << u"signup-staff-intake"_s << u"payload.staffId"_s << QJsonValue(7)
                                               << u"mutations[0].payload.staffId"_s << u"id.format"_s;
        QTest::newRow("decision unknown") << u"decision"_s << u"payload.decision"_s << QJsonValue(u"maybe"_s)
                                          << u"mutations[0].payload.decision"_s << u"enum"_s;
        QTest::newRow("reason on two lines") << u"decision"_s << u"payload.reason"_s << QJsonValue(u"a\nb"_s)
                                             << u"mutations[0].payload.reason"_s << u"text.controlCharacter"_s;
        QTest::newRow("hours withdrawn without an entry") << u"hours-withdraw"_s << u"payload.entryId"_s << QJsonValue(u"nine"_s)
                                                          << u"mutations[0].payload.entryId"_s << u"id.format"_s;
        QTest::newRow("hours of zero minutes") << u"hours-phone"_s << u"payload.entry.minutes"_s << QJsonValue(0)
                                               << u"mutations[0].payload.entry.minutes"_s << u"range"_s;
        QTest::newRow("hours over a day") << u"hours-staff"_s << u"payload.entry.minutes"_s << QJsonValue(24 * 60 + 1)
                                          << u"mutations[0].payload.entry.minutes"_s << u"range"_s;
        QTest::newRow("contribution below zero") << u"partner-contribution"_s << u"payload.contribution.moneyCents"_s
                                                 << QJsonValue(-1) << u"mutations[0].payload.contribution.moneyCents"_s
                                                 << u"range"_s;
        QTest::newRow("contribution in month 13") << u"partner-contribution"_s << u"payload.contribution.month"_s
                                                  << QJsonValue(u"2026-13"_s)
                                                  << u"mutations[0].payload.contribution.month"_s << u"month.format"_s;
        QTest::newRow("partner role unknown") << u"partner-contribution"_s << u"payload.contribution.role"_s
                                              << QJsonValue(u"sponsor"_s)
                                              << u"mutations[0].payload.contribution.role"_s << u"enum"_s;
        QTest::newRow("partner without a name") << u"partner-upsert"_s << u"payload.partner.name"_s << QJsonValue(u" "_s)
                                                << u"mutations[0].payload.partner.name"_s << u"text.required"_s;
        QTest::newRow("partner contact phone") << u"partner-upsert"_s << u"payload.partner.contact.phone"_s
                                               << QJsonValue(u"12"_s)
                                               << u"mutations[0].payload.partner.contact.phone"_s << u"phone.format"_s;
        QTest::newRow("partner contact unknown field") << u"partner-upsert"_s << u"payload.partner.contact.fax"_s
                                                       << QJsonValue(u"010"_s)
                                                       << u"mutations[0].payload.partner.contact.fax"_s << u"unknown"_s;
        QTest::newRow("consent for a purpose never shown") << u"consent-give"_s << u"payload.purpose"_s
                                                           << QJsonValue(u"marketing"_s)
                                                           << u"mutations[0].payload.purpose"_s << u"enum"_s;
        QTest::newRow("placement unknown") << u"placement"_s << u"payload.placement"_s << QJsonValue(u"promoted"_s)
                                           << u"mutations[0].payload.placement"_s << u"enum"_s;
        // Goals: a measure Meedoen cannot count yet, a quarter that starts in February, a
        // negative target and a field no reader knows.
        QTest::newRow("goal measure unknown") << u"goal-upsert"_s << u"payload.goal.measure"_s << QJsonValue(u"smiles"_s)
                                              << u"mutations[0].payload.goal.measure"_s << u"enum"_s;
        QTest::newRow("goal quarter in February") << u"goal-upsert"_s << u"payload.goal.start"_s << QJsonValue(u"2027-02-01"_s)
                                                  << u"mutations[0].payload.goal.start"_s << u"goal.start.quarter"_s;
        QTest::newRow("goal target negative") << u"goal-upsert"_s << u"payload.goal.target"_s << QJsonValue(-1)
                                              << u"mutations[0].payload.goal.target"_s << u"range"_s;
        QTest::newRow("goal unknown field") << u"goal-upsert"_s << u"payload.goal.owner"_s << QJsonValue(u"anna"_s)
                                            << u"mutations[0].payload.goal.owner"_s << u"unknown"_s;
        QTest::newRow("purpose not a key") << u"consent-withdraw-phone"_s << u"payload.purpose"_s << QJsonValue(u"Matching!"_s)
                                           << u"mutations[0].payload.purpose"_s << u"key.format"_s;
        QTest::newRow("erase request without a person") << u"erase-request"_s << u"payload.personId"_s
                                                        << QJsonValue(QJsonValue::Undefined)
                                                        << u"mutations[0].payload.personId"_s << u"required"_s;
        QTest::newRow("link without identify") << u"link"_s << u"payload.identify"_s << QJsonValue(QJsonValue::Undefined)
                                               << u"mutations[0].payload.identify"_s << u"required"_s;
        QTest::newRow("signup without person") << u"signup"_s << u"payload.signup.personId"_s
                                               << QJsonValue(QJsonValue::Undefined)
                                               << u"mutations[0].payload.signup.personId"_s << u"required"_s;
        QTest::newRow("translation in another language") << u"opportunity-upsert"_s
                                                         << u"payload.opportunity.translations.de.title"_s
                                                         << QJsonValue(u"Praktikum"_s)
                                                         << u"mutations[0].payload.opportunity.translations.de"_s
                                                         << u"language"_s;
        QTest::newRow("translation not an object") << u"opportunity-upsert"_s << u"payload.opportunity.translations.en"_s
                                                   << QJsonValue(u"Internship"_s)
                                                   << u"mutations[0].payload.opportunity.translations.en"_s << u"type"_s;
        QTest::newRow("translated title on two lines") << u"opportunity-upsert"_s
                                                       << u"payload.opportunity.translations.tr.title"_s
                                                       << QJsonValue(u"Staj\nbakım"_s)
                                                       << u"mutations[0].payload.opportunity.translations.tr.title"_s
                                                       << u"text.controlCharacter"_s;
        QTest::newRow("upsert capacity above the limit") << u"opportunity-upsert"_s << u"payload.opportunity.capacity"_s
                                                         << QJsonValue(kMaxCapacity + 1)
                                                         << u"mutations[0].payload.opportunity.capacity"_s << u"range"_s;
    }

    void readersRefuse()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, code);
        // Sets or removes the value at `keys` inside `o`.
        std::function<void(QJsonObject &, QStringList)> set = [&](QJsonObject &o, QStringList keys) {
            const QString key = keys.takeFirst();
            if (keys.isEmpty()) {
                if (value.isUndefined())
                    o.remove(key);
                else
                    o.insert(key, value);
                return;
            }
            QJsonObject inner = o.value(key).toObject();
            set(inner, keys);
            o.insert(key, inner);
        };
        QJsonObject mutation = JsonCompare::readFile(golden(u"mutation/"_s + file));
        QVERIFY(!mutation.isEmpty());
        set(mutation, path.split(u'.'));
        const auto read = readPushBody(QJsonObject{{u"mutations"_s, QJsonArray{mutation}}}, kToday);
        QVERIFY(!read.ok());
        QCOMPARE(read.error->field, field);
        QCOMPARE(read.error->code, code);
        QVERIFY(!read.error->message.isEmpty());
    }

    // The text policy on the wire (docs/security/text.md): codes and identifiers refuse every
    // invisible character, free text the ones that reorder or hide text; the field is named.
    void textPolicy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("find");     // a fragment of the golden file's compact JSON
        QTest::addColumn<QString>("replace");  // what it becomes
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");

        const QString rlo = u"\u202E"_s;
        const QString zwsp = u"\u200B"_s;
        QTest::newRow("consent purpose") << u"registration"_s << u"\"purpose\":\"contact\""_s
                                         << QString(u"\"purpose\":\"con"_s + rlo + u"tact\""_s)
                                         << u"mutations[0].payload.consents[0].purpose"_s << u"code.invalidCharacter"_s;
        QTest::newRow("consent textVersion") << u"registration"_s << u"\"textVersion\":\"2026-11-01\""_s
                                             << QString(u"\"textVersion\":\"2026-11-01"_s + zwsp + u"\""_s)
                                             << u"mutations[0].payload.consents[0].textVersion"_s << u"code.invalidCharacter"_s;
        QTest::newRow("uiLanguage") << u"registration"_s << u"\"uiLanguage\":\"tr\""_s
                                    << u"\"uiLanguage\":\"tr\u2066\""_s
                                    << u"mutations[0].payload.person.uiLanguage"_s << u"code.invalidCharacter"_s;
        QTest::newRow("personal code") << u"registration"_s << u"\"personalCode\":\"K7MN"_s
                                       << QString(u"\"personalCode\":\"K7MN"_s + zwsp)
                                       << u"mutations[0].payload.person.personalCode"_s << u"code.invalidCharacter"_s;
        QTest::newRow("kind") << u"signup"_s << u"\"kind\":\"signup\""_s << QString(u"\"kind\":\"signup"_s + zwsp + u"\""_s)
                              << u"mutations[0].kind"_s << u"code.invalidCharacter"_s;
        QTest::newRow("reference code") << u"signup"_s << u"\"referenceCode\":\"MD7K"_s
                                        << QString(u"\"referenceCode\":\"MD7K"_s + rlo)
                                        << u"mutations[0].payload.signup.referenceCode"_s << u"code.invalidCharacter"_s;
        QTest::newRow("opportunity id") << u"signup"_s << u"\"opportunityId\":\"wlw"_s
                                        << u"\"opportunityId\":\"wlw\u00A0"_s
                                        << u"mutations[0].payload.signup.opportunityId"_s << u"code.invalidCharacter"_s;
        QTest::newRow("motivation") << u"signup"_s << u"\"referenceCode\""_s
                                    << QString(u"\"motivation\":\"Ik help "_s + rlo + u"graag\",\"referenceCode\""_s)
                                    << u"mutations[0].payload.signup.motivation"_s << u"text.invisibleCharacter"_s;
        QTest::newRow("message to tenant") << u"decision"_s << u"Bel gerust."_s << QString(u"Bel "_s + rlo + u"gerust."_s)
                                           << u"mutations[0].payload.messageToTenant"_s << u"text.invisibleCharacter"_s;
        QTest::newRow("decline reason") << u"decision"_s << u"Geen plaats"_s << QString(u"Geen"_s + zwsp + u" plaats"_s)
                                        << u"mutations[0].payload.reason"_s << u"text.invisibleCharacter"_s;
        QTest::newRow("hours note") << u"hours-phone"_s << u"Onkruid gewied"_s << u"Onkruid \u2067gewied"_s
                                    << u"mutations[0].payload.entry.note"_s << u"text.invisibleCharacter"_s;
        QTest::newRow("hours note, control") << u"hours-phone"_s << u"Onkruid gewied"_s << u"Onkruid \\u001b[2Jgewied"_s
                                             << u"mutations[0].payload.entry.note"_s << u"text.controlCharacter"_s;
    }

    void textPolicy()
    {
        QFETCH(QString, file);
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const QString compact = QString::fromUtf8(
            QJsonDocument(JsonCompare::readFile(golden(u"mutation/"_s + file))).toJson(QJsonDocument::Compact));
        QVERIFY2(compact.contains(find), qPrintable(compact));
        const QJsonDocument hostile = QJsonDocument::fromJson(QString(compact).replace(find, replace).toUtf8());
        QVERIFY(hostile.isObject());
        const auto read = readPushBody(QJsonObject{{u"mutations"_s, QJsonArray{hostile.object()}}}, kToday);
        QVERIFY(!read.ok());
        QCOMPARE(read.error->field, field);
        QCOMPARE(read.error->code, code);
        // The untouched golden file still reads: the row tests the character, not the file.
        QVERIFY(readPushBody(QJsonObject{{u"mutations"_s, QJsonArray{QJsonDocument::fromJson(compact.toUtf8()).object()}}},
                             kToday).ok());
    }

    // What a device reads from a hostile server is held to the same policy.
    void textPolicyOnPulledChanges()
    {
        SignupChange change;
        change.id = u"0b8f8d3e-8a57-4c61-a3a3-6c1f4f2d9e10"_s;
        change.opportunityId = u"wlw-moestuin"_s;
        change.messageToTenant = u"Welkom \u202Eeinde"_s;
        const auto message = signupChangeFromJson(toJson(change), u"data"_s);
        QVERIFY(!message.ok());
        QCOMPARE(message.error->field, u"data.messageToTenant"_s);
        change.messageToTenant.clear();
        change.referenceCode = u"MD7K\u200B-3QPX"_s;
        const auto reference = signupChangeFromJson(toJson(change), u"data"_s);
        QVERIFY(!reference.ok());
        QCOMPARE(reference.error->field, u"data.referenceCode"_s);
    }

    void refusalsAreNotBadInput()
    {
        // Too young and a mistyped personal code are answers for the tenant, not broken devices.
        QJsonObject registration = JsonCompare::readFile(golden(u"mutation/registration"_s));
        QJsonObject payload = registration.value(u"payload"_s).toObject();
        QJsonObject p = payload.value(u"person"_s).toObject();
        p.insert(u"dateOfBirth"_s, kToday.addYears(-15).toString(Qt::ISODate));
        payload.insert(u"person"_s, p);
        registration.insert(u"payload"_s, payload);
        const auto young = readPushBody(QJsonObject{{u"mutations"_s, QJsonArray{registration}}}, kToday);
        QVERIFY(young.ok());
        QVERIFY(young.value.first().as<RegistrationPayload>().tooYoung);

        QJsonObject link = JsonCompare::readFile(golden(u"mutation/link"_s));
        link.insert(u"payload"_s, QJsonObject{{u"identify"_s, QJsonObject{{u"personalCode"_s, u"OOPS-1234"_s},
                                                                          {u"dateOfBirth"_s, u"1980-05-17"_s}}}});
        const auto mistyped = readPushBody(QJsonObject{{u"mutations"_s, QJsonArray{link}}}, kToday);
        QVERIFY(mistyped.ok());
        QVERIFY(!mistyped.value.first().as<LinkPayload>().identify.personalCodeWellFormed);
        // A typed code is normalised the way the receipt prints it.
        link.insert(u"payload"_s, QJsonObject{{u"identify"_s, QJsonObject{{u"personalCode"_s, u"k7mn q3rt wx9j"_s},
                                                                          {u"dateOfBirth"_s, u"1980-05-17"_s}}}});
        const auto typed = readPushBody(QJsonObject{{u"mutations"_s, QJsonArray{link}}}, kToday);
        QVERIFY(typed.ok());
        QCOMPARE(typed.value.first().as<LinkPayload>().identify.personalCode, u"K7MN-Q3RT-WX9J"_s);
    }

    void tooManyMutations()
    {
        QJsonArray list;
        const QJsonObject one = JsonCompare::readFile(golden(u"mutation/withdrawal"_s));
        for (int i = 0; i <= kMaxMutationsPerPush; ++i)
            list.append(one);
        const auto read = readPushBody(QJsonObject{{u"mutations"_s, list}}, kToday);
        QVERIFY(!read.ok());
        QCOMPARE(read.error->code, u"mutations.tooMany"_s);
    }

    // The device's report (version, queue, oldest age) rides on the push body and the pull
    // query; an older app sends neither and is still read.
    void deviceReport()
    {
        const DeviceReport report{u"1.4.0+deb12u1"_s, 3, 5400};
        const QJsonObject withdrawal = JsonCompare::readFile(golden(u"mutation/withdrawal"_s));
        const QByteArray body = pushBody({OutgoingMutation{7, u"a1b2c3d4-0003-4000-8000-000000000003"_s,
                                                           MutationKind::Withdrawal, kDeviceTime,
                                                           withdrawal.value(u"payload"_s).toObject()}},
                                         report);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QVERIFY(JsonCompare::matchesGolden(json.value(u"device"_s).toObject(), golden(u"device-report"_s)));
        std::optional<DeviceReport> read;
        QVERIFY(readPushBody(json, kToday, &read).ok());
        QCOMPARE(read, std::optional(report));

        std::optional<DeviceReport> none;
        QVERIFY(readPushBody(QJsonObject{{u"mutations"_s, json.value(u"mutations"_s)}}, kToday, &none).ok());
        QVERIFY(!none);

        const QUrlQuery query = toQuery(PullQuery{u"12"_s, 500, report});
        const auto pulled = pullQueryFromItems(query.queryItems(QUrl::FullyDecoded));
        QVERIFY(pulled.ok());
        QCOMPARE(pulled.value.report, std::optional(report));
        const auto old = pullQueryFromItems({{u"cursor"_s, u"12"_s}, {u"limit"_s, u"500"_s}});
        QVERIFY(old.ok());
        QVERIFY(!old.value.report);
    }

    // The staff tablet's code lock (GET /v1/staff/code-lock, POST /v1/staff/code-unlock): the
    // answer reads back as sent; the request names a person by UUID and nothing else.
    void codeLock()
    {
        const CodeLockReply locked{u"5b0e1c4a-2d3f-4e5a-8b6c-7d8e9f0a1b2c"_s, true,
                                   QDateTime(QDate(2026, 12, 6), QTime(8, 40), Qt::UTC), false};
        const auto read = codeLockReplyFromJson(toJson(locked));
        QVERIFY(read.ok());
        QCOMPARE(read.value, locked);
        const CodeLockReply lifted{locked.personId, false, QDateTime(), true};
        QVERIFY(!toJson(lifted).contains(u"lockedAt"_s));
        QCOMPARE(codeLockReplyFromJson(toJson(lifted)).value, lifted);
        QVERIFY(!codeLockReplyFromJson({{u"person"_s, u"tour-person-0"_s}, {u"locked"_s, true}}).ok());

        QCOMPARE(codeUnlockRequestFromJson(toJson(CodeUnlockRequest{locked.personId})).value.personId, locked.personId);
        const auto notAnId = codeUnlockRequestFromJson({{u"person"_s, u"EHV4-6NKP-VU3F"_s}});
        QVERIFY(!notAnId.ok());
        QCOMPARE(notAnId.error->field, u"person"_s);
        const auto withCode = codeUnlockRequestFromJson({{u"person"_s, locked.personId}, {u"personalCode"_s, u"x"_s}});
        QVERIFY(!withCode.ok());
        QCOMPARE(withCode.error->field, u"personalCode"_s);
    }

    void deviceReportRefused_data()
    {
        QTest::addColumn<QJsonObject>("report");
        QTest::addColumn<QString>("field");
        const QJsonObject good = toJson(DeviceReport{u"0.1.0"_s, 0, 0});
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        QTest::newRow("version missing") << with(u"appVersion"_s, QJsonValue::Undefined) << u"device.appVersion"_s;
        QTest::newRow("version empty") << with(u"appVersion"_s, u""_s) << u"device.appVersion"_s;
        QTest::newRow("version with space") << with(u"appVersion"_s, u"1.0 beta"_s) << u"device.appVersion"_s;
        QTest::newRow("version too long") << with(u"appVersion"_s, QString(33, u'1')) << u"device.appVersion"_s;
        QTest::newRow("negative queue") << with(u"queueLength"_s, -1) << u"device.queueLength"_s;
        QTest::newRow("huge queue") << with(u"queueLength"_s, 1e7) << u"device.queueLength"_s;
        // Numbers no whole number can hold are refused by name, not converted (fuzz_push found
        // 1e300 in an opportunity's capacity: undefined behaviour before).
        QTest::newRow("queue beyond 64 bits") << with(u"queueLength"_s, 1e300) << u"device.queueLength"_s;
        QTest::newRow("queue at 2^63") << with(u"queueLength"_s, 9223372036854775808.0) << u"device.queueLength"_s;
        QTest::newRow("age far below zero") << with(u"oldestQueuedSeconds"_s, -1e300) << u"device.oldestQueuedSeconds"_s;
        QTest::newRow("fraction age") << with(u"oldestQueuedSeconds"_s, 1.5) << u"device.oldestQueuedSeconds"_s;
        QTest::newRow("age over ten years") << with(u"oldestQueuedSeconds"_s, 4e8) << u"device.oldestQueuedSeconds"_s;
        QTest::newRow("unknown field") << with(u"battery"_s, 80) << u"device.battery"_s;
    }

    void deviceReportRefused()
    {
        QFETCH(QJsonObject, report);
        QFETCH(QString, field);
        const auto read = readPushBody(QJsonObject{{u"mutations"_s, QJsonArray()}, {u"device"_s, report}}, kToday);
        QVERIFY(!read.ok());
        QCOMPARE(read.error->field, field);
        // In the pull query: a bad value, one of the three alone, or one given twice.
        QVERIFY(!pullQueryFromItems({{u"appVersion"_s, u"1 0"_s}, {u"queueLength"_s, u"0"_s},
                                     {u"oldestQueuedSeconds"_s, u"0"_s}}).ok());
        QVERIFY(!pullQueryFromItems({{u"queueLength"_s, u"-3"_s}, {u"appVersion"_s, u"1"_s},
                                     {u"oldestQueuedSeconds"_s, u"0"_s}}).ok());
        QVERIFY(!pullQueryFromItems({{u"queueLength"_s, u"2"_s}}).ok());
        QVERIFY(!pullQueryFromItems({{u"appVersion"_s, u"1"_s}, {u"appVersion"_s, u"2"_s}, {u"queueLength"_s, u"0"_s}})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
