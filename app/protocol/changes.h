// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a device pulls (docs/sync-protocol.md, "Pull" and "What a staff tablet pulls"): the
// change log's entities, each change's data shape with ONE builder and ONE reader, and the
// page around them. The server builds the data when it writes a change-log row and sends it
// as stored; the device reads it with the reader of that entity.
//
// Readers pass over fields they do not know (a newer server may add some) but refuse known
// fields of the wrong type; an entity a device does not know is skipped by its caller.

#include "core/domain.h"
#include "core/partner.h"
#include "core/trajectory.h"
#include "core/postcodeareas.h"
#include "core/signup.h"
#include "core/tenancy.h"
#include "core/validation.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Wire {

enum class Entity {
    Neighbourhood, Site, Opportunity, Person, Signup, Hours, Balance, Decision, Audit, Placement, EraseRequest,
    PostcodeArea,
    TrajectoryStep,     // a tenant's measured rung on a route (personal: the tenant's phone, their site's tablets)
    Ladder,             // a route's rungs as the corporation configured them (catalogue)
    Goal,           // a goal of a site (protocol/goalwire.h): for the site's staff tablets
    // Written by server/store/partners.cpp itself, after the entities of entitychanges.cpp's table.
    Partner,                // staff tablets (every site): the partner register, contact included
    PartnerContribution,    // staff tablets of the opportunity's site
    SocialReturn,           // staff tablets: the valuation table, proxies and obligations (one, id "config")
};
QString toKey(Entity entity);
std::optional<Entity> entityFromKey(QStringView key);
// The catalogue every device sees (neighbourhood, site, opportunity, postcode-area); the rest
// is personal.
bool isCatalogueEntity(Entity entity);

enum class ChangeOp { Upsert, Delete };
QString toKey(ChangeOp op);
std::optional<ChangeOp> changeOpFromKey(QStringView key);

// The first identity check of a new volunteer, kept with the person.
struct IdentityCheckRecord
{
    Meedoen::IdentityMethod method = Meedoen::IdentityMethod::TenantNumber;
    QString staffId;
    QString deviceId;
    QDateTime at;
    friend bool operator==(const IdentityCheckRecord &, const IdentityCheckRecord &) = default;
};

// `person`: the registration's person, its consent history and the tegenprestatie; after an
// erasure only the id and `erased`. The tenancy verdict (core/tenancy.h) is for the staff of
// the person's site: a phone gets the change without it (forTenant()); absent when the server
// has no tenancies imported.
struct PersonChange
{
    Meedoen::Person person;
    bool erased = false;
    QList<Meedoen::ConsentRecord> consents;     // full history, withdrawn ones with withdrawnAt
    int agreedMinutesPerMonth = 0;
    std::optional<IdentityCheckRecord> identityCheck;
    std::optional<Meedoen::TenancyVerdict> tenancyVerdict;
    // What the tenant's own phone may know: everything but the tenancy verdict.
    PersonChange forTenant() const;
    friend bool operator==(const PersonChange &, const PersonChange &) = default;
};

// `signup`: the server's word on a sign-up. A kiosk gets only id, referenceCode,
// opportunityId, state, waitlistPosition, declineReason and stateAt (forKiosk()).
struct SignupChange
{
    QString id;
    QString referenceCode;
    QString personId;
    QString opportunityId;
    Meedoen::SignupState state = Meedoen::SignupState::Sent;
    int waitlistPosition = 0;
    qint64 arrival = 0;
    qint64 version = 0;
    QString declineReason;
    QString messageToTenant;
    QDateTime stateAt;          // when the server last changed the state
    std::optional<Meedoen::PlacementEvent> placement;
    QDate placementDate;        // the date staff gave the last placement event
    QString motivation;         // training places: for the staff who review them
    QDate preferredStart;
    // What a kiosk may know: the status by reference code, nothing about the person.
    SignupChange forKiosk() const;
    friend bool operator==(const SignupChange &, const SignupChange &) = default;
};

// `hours`: one entry; a correction points at the entry it corrects, which is pulled again
// with supersededBy.
// The entry as the core keeps it, with who logged and verified it and when.
struct HoursChange : Meedoen::HoursEntry
{
    QString staffId;            // who logged it, when staff did (then loggedBy is "staff")
    QDateTime createdAt;
    QString verifiedBy;
    QDateTime verifiedAt;
    QString supersededBy;
    bool loggedByStaff() const { return !staffId.isEmpty(); }
    friend bool operator==(const HoursChange &, const HoursChange &) = default;
};

// `balance`: a tenant's tegenprestatie in one month; id "<personId>/<YYYY-MM>".
struct BalanceChange
{
    QString personId;
    QString month;              // "2026-11"
    int agreedMinutes = 0;
    int loggedMinutes = 0;
    int verifiedMinutes = 0;
    QString id() const { return personId + u'/' + month; }
    int balanceMinutes() const { return loggedMinutes - agreedMinutes; }
    friend bool operator==(const BalanceChange &, const BalanceChange &) = default;
};

// `decision`: every staff decision with its status; the conflict list is status "conflict".
struct DecisionChange
{
    QString id;
    QString signupId;
    QString staffId;
    QString deviceId;
    Meedoen::DecisionKind decision = Meedoen::DecisionKind::Confirm;
    QString reason;
    QString messageToTenant;
    qint64 seenVersion = 0;
    qint64 currentVersion = 0;
    QString status;             // "decided" | "unchanged" | "conflict" | "refused"
    QString refusal;
    QDateTime deviceTime;
    QDateTime decidedAt;
    friend bool operator==(const DecisionChange &, const DecisionChange &) = default;
};

// What an audit entry says about what was done: ids and keys only, never free text.
struct AuditDetail
{
    std::optional<QString> decision;        // a decision: confirm, waitlist, decline
    std::optional<QString> status;          // a decision's status; an opportunity's status
    std::optional<QString> decisionId;
    std::optional<QString> placement;
    std::optional<QString> purpose;         // a consent withdrawn
    std::optional<QString> method;          // an identity check
    std::optional<QString> correctsEntryId;
    std::optional<int> signupsWithdrawn;    // by an erasure
    // An identity check against the server's tenancy verdict (mismatch, unknown-number,
    // not-given): the verdict the staff member overrode.
    std::optional<QString> overriddenVerdict;
    // The role the staff member acted in (protocol/staffroles.h); absent before roles existed.
    std::optional<QString> role;
    friend bool operator==(const AuditDetail &, const AuditDetail &) = default;
};
QJsonObject toJson(const AuditDetail &d);
Meedoen::Validated<AuditDetail> auditDetailFromJson(const QJsonObject &json, const QString &path);

// `audit`: who did what, where and when.
struct AuditChange
{
    QString id;
    QDateTime at;
    QString staffId;
    QString deviceId;
    QDateTime deviceTime;
    QString action;             // the mutation kind
    QString entity;
    QString entityId;
    AuditDetail detail;
    friend bool operator==(const AuditChange &, const AuditChange &) = default;
};

// `placement`: a training place started, completed or dropped out, dated by staff.
struct PlacementChange
{
    QString id;
    QString signupId;
    QString opportunityId;
    Meedoen::PlacementEvent placement = Meedoen::PlacementEvent::Started;
    QDate date;
    friend bool operator==(const PlacementChange &, const PlacementChange &) = default;
};

// `erase-request`: a tenant asked from their phone for the erasure of their data; staff of the
// person's site see it open until an erasure of that person marks it done. Ids and times only.
struct EraseRequestChange
{
    QString id;                 // the mutation id of the request
    QString personId;
    QDateTime requestedAt;      // when the server received it
    QDateTime doneAt;           // invalid while open
    QString doneBy;             // the staff member whose erasure carried it out
    bool isOpen() const { return !doneAt.isValid(); }
    friend bool operator==(const EraseRequestChange &, const EraseRequestChange &) = default;
};

// `trajectory-step`: one step on a tenant's route (core/trajectory.h), with the goal set with
// it. A delete: the consent withdrawn or the tenant erased.
struct TrajectoryStepChange : Meedoen::TrajectoryStep
{
    QString goal;
    QDate goalReview;
    friend bool operator==(const TrajectoryStepChange &, const TrajectoryStepChange &) = default;
};

// Builders: the change's data.
QJsonObject toJson(const PersonChange &c);
QJsonObject toJson(const SignupChange &c);
QJsonObject toJson(const HoursChange &c);
QJsonObject toJson(const BalanceChange &c);
QJsonObject toJson(const DecisionChange &c);
QJsonObject toJson(const AuditChange &c);
QJsonObject toJson(const PlacementChange &c);
QJsonObject toJson(const EraseRequestChange &c);
QJsonObject toJson(const TrajectoryStepChange &c);
// `ladder`: a route's rungs; its id is the route key.
QJsonObject toJson(const Meedoen::Ladder &l);
// `postcode-area`: one 6-character postcode's house-number ranges and their neighbourhoods
// (core/postcodeareas.h); its id is the postcode ("3083BK"). A delete: the postcode left the
// corporation's table.
QJsonObject toJson(const Meedoen::PostcodeArea &a);

// Readers of a change's data. The change itself names the entity's id; a reader leaves an id
// the data does not repeat empty, and the caller takes the change's.
Meedoen::Validated<PersonChange> personChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<SignupChange> signupChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<HoursChange> hoursChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<BalanceChange> balanceChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<DecisionChange> decisionChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<AuditChange> auditChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<PlacementChange> placementChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<EraseRequestChange> eraseRequestChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<Meedoen::PostcodeArea> postcodeAreaFromJson(const QJsonObject &json, const QString &path);
// `partner` and `partner-contribution`: Wire::toJson of core/partner.h's values (wire.h), read
// passing over fields a newer server added.
Meedoen::Validated<Meedoen::Partner> partnerChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<Meedoen::PartnerContribution> contributionChangeFromJson(const QJsonObject &json,
                                                                            const QString &path);
Meedoen::Validated<TrajectoryStepChange> trajectoryStepChangeFromJson(const QJsonObject &json, const QString &path);
Meedoen::Validated<Meedoen::Ladder> ladderFromJson(const QJsonObject &json, const QString &path);
// The ladder configuration file of `meedoen-server ladder import` / `ladder show`:
// {"ladders": [<ladder>, …]}, each as the ladder change; checked with Meedoen::ladderProblem().
QByteArray ladderFile(const QList<Meedoen::Ladder> &ladders);
Meedoen::Validated<QList<Meedoen::Ladder>> ladderFileFromJson(const QByteArray &bytes);

// One change of a pulled page, its data not yet read (by the entity's reader above).
struct PulledChange
{
    qint64 seq = 0;
    QString entityKey;                  // as sent: a newer server may send entities this device does not know
    std::optional<Entity> entity;       // nullopt for those
    QString id;
    ChangeOp op = ChangeOp::Upsert;
    QJsonObject data;                   // {} for a delete
};

struct PulledPage
{
    QList<PulledChange> changes;
    QString cursor;                     // opaque; send it back
    bool more = false;
};
Meedoen::Validated<PulledPage> pulledPageFromJson(const QJsonObject &json);

// The server's side of a page: each change with its data as the compact JSON text the change
// log holds, spliced into the page as it is (parsing and writing it again was most of the
// cost of a page).
struct ChangeRow
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QString op;
    QByteArray dataJson;                // one compact JSON object
};
QByteArray pulledPageBody(const QList<ChangeRow> &changes, qint64 cursor, bool more);

} // namespace Wire
