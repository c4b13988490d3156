// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The table of what each logged entity looks like when pulled (entitychanges.h).

#include "server/store/entitychanges.h"
#include "server/store/storehelpers.h"

#include "core/domain.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

constexpr int kKey = EntityChange::kKey;

// In the order of ChangeEntity.
const EntityChange kEntityChanges[] = {
    {.entity = ChangeEntity::Opportunity,
     .name = u"opportunity"_s,
     .catalogue = true,
     .row = u"SELECT id, data, confirmed, site_id, (SELECT COUNT(*) FROM signup WHERE "
            "signup.opportunity_id = opportunity.id AND signup.state = 'waitlisted') "
            "FROM opportunity WHERE id IN (%1)"_s,
     .columns = 5,
     .inLists = true,
     .site = 3,
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         QJsonObject data = parseObject(row.at(1));
         data.insert(u"placesTaken"_s, row.at(2).toInt());
         data.insert(u"waitlistLength"_s, row.at(4).toInt());
         return data;
     }},

    {.entity = ChangeEntity::Signup,
     .name = u"signup"_s,
     .row = u"SELECT reference_code, person_id, opportunity_id, site_id, device_id, state, waitlist_position, "
            "decline_reason, arrival, version, message_to_tenant, placement FROM signup WHERE id = ?"_s,
     .columns = 12,
     .site = 3,
     .device = 4,
     .person = 1,
     .data = [](const QStringList &key, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         QJsonObject data{{u"id"_s, key.first()},
                          {u"referenceCode"_s, row.at(0).toString()},
                          {u"personId"_s, row.at(1).toString()},
                          {u"opportunityId"_s, row.at(2).toString()},
                          {u"state"_s, row.at(5).toString()},
                          {u"waitlistPosition"_s, row.at(6).toInt()},
                          {u"arrival"_s, double(row.at(8).toLongLong())},
                          {u"version"_s, double(row.at(9).toLongLong())}};
         if (!row.at(7).toString().isEmpty())
             data.insert(u"declineReason"_s, row.at(7).toString());
         if (!row.at(10).toString().isEmpty())
             data.insert(u"messageToTenant"_s, row.at(10).toString());
         if (!row.at(11).toString().isEmpty())
             data.insert(u"placement"_s, row.at(11).toString());
         return data;
     }},

    {.entity = ChangeEntity::Person,
     .name = u"person"_s,
     .row = u"SELECT data, site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s,
     .columns = 4,
     .more = u"SELECT purpose, text_version, given_at, withdrawn_at FROM consent WHERE person_id = ? "
             "ORDER BY given_at, purpose"_s,
     .moreColumns = 4,
     .site = 1,
     .device = 2,
     .person = kKey,
     .data = [](const QStringList &key, const Row &row, const QList<Row> &consentRows) -> std::optional<QJsonObject> {
         QJsonObject data = parseObject(row.at(0));
         data.insert(u"agreedMinutesPerMonth"_s, row.at(3).toInt());
         QJsonArray consents;
         for (const Row &c : consentRows) {
             ConsentRecord r{key.first(), c.at(0).toString(), c.at(1).toString(),
                             QDateTime::fromString(c.at(2).toString(), Qt::ISODateWithMs),
                             QDateTime::fromString(c.at(3).toString(), Qt::ISODateWithMs)};
             consents.append(Wire::toJson(r));
         }
         data.insert(u"consents"_s, consents);
         return data;
     }},

    {.entity = ChangeEntity::Hours,
     .name = u"hours"_s,
     .row = u"SELECT person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, staff_id, "
            "device_id, created_at, verified_by, verified_at FROM hours WHERE id = ?"_s,
     .columns = 12,
     .more = u"SELECT id FROM hours WHERE corrects_id = ?"_s,
     .moreColumns = 1,
     .site = 2,
     .device = 8,
     .person = 0,
     .data = [](const QStringList &key, const Row &row, const QList<Row> &correction) -> std::optional<QJsonObject> {
         QJsonObject data{{u"id"_s, key.first()},
                          {u"personId"_s, row.at(0).toString()},
                          {u"opportunityId"_s, row.at(1).toString()},
                          {u"date"_s, row.at(3).toString()},
                          {u"minutes"_s, row.at(4).toInt()},
                          {u"note"_s, row.at(5).toString()},
                          {u"loggedBy"_s, row.at(7).toString().isEmpty() ? u"tenant"_s : u"staff"_s},
                          {u"createdAt"_s, row.at(9).toString()},
                          {u"verified"_s, !row.at(10).toString().isEmpty()}};
         if (!row.at(6).toString().isEmpty())
             data.insert(u"correctsEntryId"_s, row.at(6).toString());
         if (!row.at(7).toString().isEmpty())
             data.insert(u"staffId"_s, row.at(7).toString());
         if (!row.at(10).toString().isEmpty()) {
             data.insert(u"verifiedBy"_s, row.at(10).toString());
             data.insert(u"verifiedAt"_s, row.at(11).toString());
         }
         if (!correction.isEmpty() && !correction.first().first().isNull())
             data.insert(u"supersededBy"_s, correction.first().first().toString());
         return data;
     }},

    // Key: person id and month ("YYYY-MM"); the change's id is "<personId>/<month>".
    // Effective entries only: those no correction points at.
    {.entity = ChangeEntity::Balance,
     .name = u"balance"_s,
     .row = u"SELECT site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s,
     .columns = 3,
     .more = u"SELECT COALESCE(SUM(h.minutes), 0), COALESCE(SUM(CASE WHEN h.verified_by IS NULL THEN 0 "
             "ELSE h.minutes END), 0) FROM hours h WHERE h.person_id = ? AND substr(h.work_date, 1, 7) = ? "
             "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)"_s,
     .moreColumns = 2,
     .site = 0,
     .device = 1,
     .person = kKey,
     .data = [](const QStringList &key, const Row &row, const QList<Row> &sums) -> std::optional<QJsonObject> {
         if (sums.isEmpty())
             return std::nullopt;
         const int agreed = row.at(2).toInt();
         const int logged = sums.first().at(0).toInt();
         const int verified = sums.first().at(1).toInt();
         return QJsonObject{{u"id"_s, key.join(u'/')},
                            {u"personId"_s, key.at(0)},
                            {u"month"_s, key.at(1)},
                            {u"agreedMinutes"_s, agreed},
                            {u"loggedMinutes"_s, logged},
                            {u"verifiedMinutes"_s, verified},
                            {u"balanceMinutes"_s, logged - agreed}};
     }},

    // No person: a decision (with its internal reason) is for staff, never for a phone.
    {.entity = ChangeEntity::Decision,
     .name = u"decision"_s,
     .row = u"SELECT signup_id, site_id, staff_id, device_id, decision, reason, message, seen_version, "
            "current_version, status, refusal, device_time, received_at FROM decision WHERE id = ?"_s,
     .columns = 13,
     .site = 1,
     .device = 3,
     .data = [](const QStringList &key, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         QJsonObject data{{u"id"_s, key.first()},
                          {u"signupId"_s, row.at(0).toString()},
                          {u"staffId"_s, row.at(2).toString()},
                          {u"deviceId"_s, row.at(3).toString()},
                          {u"decision"_s, row.at(4).toString()},
                          {u"reason"_s, row.at(5).toString()},
                          {u"messageToTenant"_s, row.at(6).toString()},
                          {u"seenVersion"_s, double(row.at(7).toLongLong())},
                          {u"currentVersion"_s, double(row.at(8).toLongLong())},
                          {u"status"_s, row.at(9).toString()},
                          {u"deviceTime"_s, row.at(11).toString()},
                          {u"decidedAt"_s, row.at(12).toString()}};
         if (!row.at(10).toString().isEmpty())
             data.insert(u"refusal"_s, row.at(10).toString());
         return data;
     }},

    // The row as AuditLog::record() inserts it: id, at, staff_id, device_id, device_time,
    // site_id, action, entity, entity_id, detail.
    {.entity = ChangeEntity::Audit,
     .name = u"audit"_s,
     .columns = 10,
     .site = 5,
     .device = 3,
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         return QJsonObject{{u"id"_s, row.at(0).toString()},       {u"at"_s, row.at(1).toString()},
                            {u"staffId"_s, row.at(2).toString()},  {u"deviceId"_s, row.at(3).toString()},
                            {u"deviceTime"_s, row.at(4).toString()}, {u"action"_s, row.at(6).toString()},
                            {u"entity"_s, row.at(7).toString()},   {u"entityId"_s, row.at(8).toString()},
                            {u"detail"_s, parseObject(row.at(9))}};
     }},

    // The event as StaffPush inserts it into placement_event: id, signup_id, opportunity_id,
    // site_id, kind, event_date, staff_id, device_id, received_at. It goes to the site's
    // tablets, which count placements by their date offline.
    {.entity = ChangeEntity::Placement,
     .name = u"placement"_s,
     .columns = 9,
     .site = 3,
     .device = 7,
     .data = [](const QStringList &, const Row &row, const QList<Row> &) -> std::optional<QJsonObject> {
         return QJsonObject{{u"id"_s, row.at(0).toString()},
                            {u"signupId"_s, row.at(1).toString()},
                            {u"opportunityId"_s, row.at(2).toString()},
                            {u"placement"_s, row.at(4).toString()},
                            {u"date"_s, row.at(5).toString()}};
     }},
};
static_assert(sizeof(kEntityChanges) / sizeof(kEntityChanges[0]) == int(ChangeEntity::Placement) + 1);

} // namespace

const EntityChange &entityChange(ChangeEntity entity)
{
    const EntityChange &e = kEntityChanges[int(entity)];
    Q_ASSERT(e.entity == entity);
    return e;
}

} // namespace Server
