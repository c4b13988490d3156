// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The table of what each logged entity looks like when pulled (entitychanges.h).

#include "server/store/entitychanges.h"
#include "server/store/resultsfacts.h"
#include "server/store/storehelpers.h"

#include "core/domain.h"
#include "core/staffdecision.h"
#include "protocol/changes.h"
#include "protocol/goalwire.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

constexpr int kKey = EntityChange::kKey;

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// In the order of Wire::Entity, from Opportunity on.
const EntityChange kEntityChanges[] = {
    {.entity = Wire::Entity::Opportunity,
     .catalogue = true,
     .row = u"SELECT id, data, confirmed, site_id, (SELECT COUNT(*) FROM signup WHERE "
            "signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted') "
            "FROM opportunity WHERE id IN (%1)"_s,
     .columns = 5,
     .inLists = true,
     .scope = {.site = 3},
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         // The stored catalogue entry with its places now, without reading it again.
         return Wire::withPlaces(parseObject(row.at(1)), row.at(2).toInt(), row.at(4).toInt());
     }},

    {.entity = Wire::Entity::Person,
     .row = u"SELECT data, site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s,
     .columns = 4,
     .more = u"SELECT purpose, text_version, given_at, withdrawn_at, COALESCE(language, '') FROM consent "
             "WHERE person_id = ? ORDER BY given_at, purpose"_s,
     .moreColumns = 5,
     .scope = {.site = 1, .device = 2, .person = kKey},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &consentRows) -> std::optional<QJsonObject> {
         // The person as registered (with their first identity check), their consent history
         // and the tegenprestatie as they are now.
         auto stored = Wire::personChangeFromJson(parseObject(row.at(0)), QString());
         if (!stored.ok())
             return std::nullopt;
         Wire::PersonChange c = stored.value;
         c.agreedMinutesPerMonth = row.at(3).toInt();
         c.consents.clear();
         for (const Row &r : consentRows)
             c.consents.append({key.first(), r.at(0).toString(), r.at(1).toString(), timeOf(r.at(2)), timeOf(r.at(3)),
                                r.at(4).toString()});
         return Wire::toJson(c);
     }},

    // Columns: reference_code, person_id, opportunity_id, site_id, device_id, state,
    // waitlist_position, decline_reason, arrival, version, message_to_tenant, placement, data
    // (the sign-up as pushed: motivation and preferred start of a training place), when the
    // state last changed (its arrival until then), the date of the last placement event.
    {.entity = Wire::Entity::Signup,
     .row = u"SELECT reference_code, person_id, opportunity_id, site_id, device_id, state, waitlist_position, "
            "decline_reason, arrival, version, message_to_tenant, placement, data, COALESCE(state_at, received_at), "
            "placement_date FROM signup WHERE id = ?"_s,
     .columns = 15,
     .scope = {.site = 3, .device = 4, .person = 1},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         Wire::SignupChange c;
         c.id = key.first();
         c.referenceCode = row.at(0).toString();
         c.personId = row.at(1).toString();
         c.opportunityId = row.at(2).toString();
         const auto state = signupStateFromKey(row.at(5).toString());
         if (!state)
             return std::nullopt;
         c.state = *state;
         c.waitlistPosition = row.at(6).toInt();
         c.declineReason = row.at(7).toString();
         c.arrival = row.at(8).toLongLong();
         c.version = row.at(9).toLongLong();
         c.messageToTenant = row.at(10).toString();
         c.placement = placementEventFromKey(row.at(11).toString());
         c.stateAt = timeOf(row.at(13));
         c.placementDate = dateOf(row.at(14));
         // An erased tenant's sign-up keeps no data ('{}').
         if (const auto pushed = Wire::signupFromJson(parseObject(row.at(12)), QString()); pushed.ok()) {
             c.motivation = pushed.value.motivation;
             c.preferredStart = pushed.value.preferredStart;
         }
         return Wire::toJson(c);
     }},

    {.entity = Wire::Entity::Hours,
     .row = u"SELECT person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, staff_id, "
            "device_id, created_at, verified_by, verified_at FROM hours WHERE id = ?"_s,
     .columns = 12,
     .more = u"SELECT id FROM hours WHERE corrects_id = ?"_s,
     .moreColumns = 1,
     .scope = {.site = 2, .device = 8, .person = 0},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &correction) -> std::optional<QJsonObject> {
         Wire::HoursChange c;
         c.id = key.first();
         c.personId = row.at(0).toString();
         c.opportunityId = row.at(1).toString();
         c.date = dateOf(row.at(3));
         c.minutes = row.at(4).toInt();
         c.note = row.at(5).toString();
         c.correctsEntryId = row.at(6).toString();
         c.staffId = row.at(7).toString();
         c.createdAt = timeOf(row.at(9));
         c.verifiedBy = row.at(10).toString();
         c.verified = !c.verifiedBy.isEmpty();
         c.verifiedAt = timeOf(row.at(11));
         if (!correction.isEmpty() && !correction.first().first().isNull())
             c.supersededBy = correction.first().first().toString();
         return Wire::toJson(c);
     }},

    // Key: person id and month ("YYYY-MM"); the change's id is "<personId>/<month>".
    // Effective entries only: those no correction points at.
    {.entity = Wire::Entity::Balance,
     .row = u"SELECT site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s,
     .columns = 3,
     .more = u"SELECT COALESCE(SUM(h.minutes), 0), COALESCE(SUM(CASE WHEN h.verified_by IS NULL THEN 0 "
             "ELSE h.minutes END), 0) FROM hours h WHERE h.person_id = ? AND substr(h.work_date, 1, 7) = ? "
             "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)"_s,
     .moreColumns = 2,
     .scope = {.site = 0, .device = 1, .person = kKey},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &sums) -> std::optional<QJsonObject> {
         if (sums.isEmpty())
             return std::nullopt;
         return Wire::toJson(Wire::BalanceChange{key.at(0), key.at(1), row.at(2).toInt(), sums.first().at(0).toInt(),
                                                 sums.first().at(1).toInt()});
     }},

    // No person: a decision (with its internal reason) is for staff, never for a phone.
    {.entity = Wire::Entity::Decision,
     .row = u"SELECT signup_id, site_id, staff_id, device_id, decision, reason, message, seen_version, "
            "current_version, status, refusal, device_time, received_at FROM decision WHERE id = ?"_s,
     .columns = 13,
     .scope = {.site = 1, .device = 3},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         const auto decision = decisionKindFromKey(row.at(4).toString());
         if (!decision)
             return std::nullopt;
         return Wire::toJson(Wire::DecisionChange{key.first(), row.at(0).toString(), row.at(2).toString(),
                                                  row.at(3).toString(), *decision, row.at(5).toString(),
                                                  row.at(6).toString(), row.at(7).toLongLong(), row.at(8).toLongLong(),
                                                  row.at(9).toString(), row.at(10).toString(), timeOf(row.at(11)),
                                                  timeOf(row.at(12))});
     }},

    // The row as AuditLog::record() inserts it: id, at, staff_id, device_id, device_time,
    // site_id, action, entity, entity_id, detail.
    {.entity = Wire::Entity::Audit,
     .columns = 10,
     .scope = {.site = 5, .device = 3},
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         const auto detail = Wire::auditDetailFromJson(parseObject(row.at(9)), QString());
         if (!detail.ok())
             return std::nullopt;
         return Wire::toJson(Wire::AuditChange{row.at(0).toString(), timeOf(row.at(1)), row.at(2).toString(),
                                               row.at(3).toString(), timeOf(row.at(4)), row.at(6).toString(),
                                               row.at(7).toString(), row.at(8).toString(), detail.value});
     }},

    // The event as StaffPush inserts it into placement_event: id, signup_id, opportunity_id,
    // site_id, kind, event_date, staff_id, device_id, received_at. It goes to the site's
    // tablets, which count placements by their date offline.
    {.entity = Wire::Entity::Placement,
     .columns = 9,
     .scope = {.site = 3, .device = 7},
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         const auto placement = placementEventFromKey(row.at(4).toString());
         if (!placement)
             return std::nullopt;
         return Wire::toJson(Wire::PlacementChange{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                                   *placement, dateOf(row.at(5))});
     }},

    // A tenant's erasure request: to the tablets of the person's site (and the phone that
    // asked, through its person); ids and times only.
    {.entity = Wire::Entity::EraseRequest,
     .row = u"SELECT person_id, site_id, device_id, requested_at, done_at, done_by FROM erase_request WHERE id = ?"_s,
     .columns = 6,
     .scope = {.site = 1, .device = 2, .person = 0},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         return Wire::toJson(Wire::EraseRequestChange{key.first(), row.at(0).toString(), timeOf(row.at(3)),
                                                      timeOf(row.at(4)), row.at(5).toString()});
     }},

    // One postcode's ranges, stored as the change's data (Areas::importAreas writes it so).
    {.entity = Wire::Entity::PostcodeArea,
     .catalogue = true,
     .row = u"SELECT data FROM postcode_area WHERE postcode = ?"_s,
     .columns = 1,
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         return parseObject(row.at(0));
     }},

    // A step on a tenant's route: to the tenant's phone (person) and their site's tablets; a
    // kiosk never gets one (its device recorded none).
    {.entity = Wire::Entity::TrajectoryStep,
     .row = u"SELECT person_id, site_id, device_id, route, rung, step_date, note, goal, goal_review, neighbourhood, "
            "staff_id, received_at FROM trajectory_step WHERE id = ?"_s,
     .columns = 12,
     .scope = {.site = 1, .device = 2, .person = 0},
     .data = [](const QStringList &key, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         Wire::TrajectoryStepChange c;
         c.id = key.first();
         c.personId = row.at(0).toString();
         c.route = row.at(3).toString();
         c.rung = row.at(4).toInt();
         c.date = dateOf(row.at(5));
         c.note = row.at(6).toString();
         c.goal = row.at(7).toString();
         c.goalReview = dateOf(row.at(8));
         c.neighbourhood = row.at(9).toString();
         c.site = row.at(1).toString();
         c.staffId = row.at(10).toString();
         c.recordedAt = timeOf(row.at(11));
         return Wire::toJson(c);
     }},

    // A route's ladder as configured (`meedoen-server ladder import`), stored as the change's data.
    {.entity = Wire::Entity::Ladder,
     .catalogue = true,
     .row = u"SELECT data FROM ladder WHERE route = ?"_s,
     .columns = 1,
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         return parseObject(row.at(0));
     }},

    // A goal, to the staff tablets of its site (never a kiosk or a phone). A removed goal is
    // a delete (StaffPush::applyGoalUpsert writes it).
    {.entity = Wire::Entity::Goal,
     .row = u"SELECT id, site_id, neighbourhood, route, period, period_start, measure, target, created_by, "
            "changed_by, created_at, changed_at FROM goal WHERE id = ?"_s,
     .columns = 12,
     .scope = {.site = 1},
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         const auto goal = ResultsFacts::goalOf(row);
         if (!goal)
             return std::nullopt;
         return Wire::toJson(*goal, Wire::GoalShape::Pulled);
     }},
};
static_assert(sizeof(kEntityChanges) / sizeof(kEntityChanges[0]) == int(Wire::Entity::Goal) - int(Wire::Entity::Opportunity) + 1);

} // namespace

const EntityChange &entityChange(Wire::Entity entity)
{
    Q_ASSERT(entity >= Wire::Entity::Opportunity && entity <= Wire::Entity::Goal);
    const EntityChange &e = kEntityChanges[int(entity) - int(Wire::Entity::Opportunity)];
    Q_ASSERT(e.entity == entity);
    return e;
}

} // namespace Server
