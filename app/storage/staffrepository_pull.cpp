// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: what a pulled change writes into the tablet's copy of its site (inside
// PullApplier's page transaction), what a tombstone erases, and an erasure done on this
// tablet before the server's tombstones arrive.
#include "storage/staffrepository.h"

#include "core/isotime.h"
#include "core/staffdecision.h"
#include "storage/staffrepository_p.h"

#include "protocol/goalwire.h"

using namespace Qt::StringLiterals;
using namespace StaffSql;

bool StaffRepository::isStaffEntity(Wire::Entity entity)
{
    return !Wire::isCatalogueEntity(entity);
}

bool StaffRepository::removePulled(Wire::Entity entity, const QString &id)
{
    // The table name comes from this fixed map, never from the server.
    static const QHash<Wire::Entity, QString> tables{
        {Wire::Entity::Person, u"staff_person"_s},     {Wire::Entity::Signup, u"staff_signup"_s},
        {Wire::Entity::Hours, u"staff_hours"_s},       {Wire::Entity::Balance, u"staff_balance"_s},
        {Wire::Entity::Decision, u"staff_decision"_s}, {Wire::Entity::Audit, u"staff_audit"_s},
        {Wire::Entity::Placement, u"staff_placement"_s}, {Wire::Entity::EraseRequest, u"staff_erase_request"_s},
        {Wire::Entity::Goal, u"staff_goal"_s}};
    const QString table = tables.value(entity);
    if (table.isEmpty())
        return true;
    // A person's tombstone also takes what this tablet derived from them.
    if (entity == Wire::Entity::Person
        && !(run(m_db, u"DELETE FROM staff_hours WHERE person_id = ?"_s, {id})
             && run(m_db, u"DELETE FROM staff_balance WHERE person_id = ?"_s, {id})))
        return false;
    return run(m_db, u"DELETE FROM "_s + table + u" WHERE id = ?"_s, {id});
}

bool StaffRepository::applyPulled(const Wire::PersonChange &c)
{
    // An erased person keeps only the id: the notes of their hours go too.
    if (c.erased && !eraseHourNotes(c.person.id))
        return false;
    return run(m_db, u"INSERT OR REPLACE INTO staff_person (id, erased, agreed_minutes, data) VALUES (?, ?, ?, ?)"_s,
               {c.person.id, c.erased ? 1 : 0, c.agreedMinutesPerMonth, compact(Wire::toJson(c))});
}

bool StaffRepository::applyPulled(const Wire::EraseRequestChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_erase_request (id, person_id, requested_at, done_at, data) "
               "VALUES (?, ?, ?, ?, ?)"_s,
               {c.id, c.personId, Meedoen::isoUtc(c.requestedAt), c.doneAt.isValid() ? Meedoen::isoUtc(c.doneAt) : QString(),
                compact(Wire::toJson(c))});
}

bool StaffRepository::eraseHourNotes(const QString &personId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data FROM staff_hours WHERE person_id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return false;
    QList<Wire::HoursChange> entries;
    while (q.next()) {
        auto entry = Wire::hoursChangeFromJson(parse(q.value(0)), QString());
        if (entry.ok() && !entry.value.note.isEmpty()) {
            entry.value.note.clear();
            entries.append(entry.value);
        }
    }
    for (const Wire::HoursChange &entry : std::as_const(entries)) {
        if (!applyPulled(entry))
            return false;
    }
    return true;
}

bool StaffRepository::applyPulled(const Wire::SignupChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_signup (id, person_id, opportunity_id, state, waitlist_position, "
               "arrival, version, placement, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {c.id, nonNull(c.personId), nonNull(c.opportunityId), Meedoen::toKey(c.state), c.waitlistPosition, c.arrival,
                c.version, c.placement ? Meedoen::toKey(*c.placement) : QString(), compact(Wire::toJson(c))});
}

bool StaffRepository::applyPulled(const Wire::HoursChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_hours (id, person_id, opportunity_id, date, minutes, verified, "
               "corrects_entry_id, superseded_by, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {c.id, nonNull(c.personId), nonNull(c.opportunityId), c.date.toString(Qt::ISODate), c.minutes, c.verified ? 1 : 0,
                nonNull(c.correctsEntryId), nonNull(c.supersededBy), compact(Wire::toJson(c))});
}

bool StaffRepository::applyPulled(const Wire::BalanceChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_balance (id, person_id, month, agreed_minutes, logged_minutes, "
               "verified_minutes, balance_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {c.id(), c.personId, c.month, c.agreedMinutes, c.loggedMinutes, c.verifiedMinutes, c.balanceMinutes()});
}

bool StaffRepository::applyPulled(const Wire::PlacementChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_placement (id, signup_id, opportunity_id, kind, date) VALUES (?, ?, ?, ?, ?)"_s,
               {c.id, c.signupId, c.opportunityId, Meedoen::toKey(c.placement), c.date.toString(Qt::ISODate)});
}

bool StaffRepository::applyPulled(const Meedoen::Goal &g)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_goal (id, site_id, neighbourhood_id, route, data) VALUES (?, ?, ?, ?, ?)"_s,
               {g.id, g.site, g.neighbourhood, g.route, compact(Wire::toJson(g, Wire::GoalShape::Pulled))});
}

bool StaffRepository::applyPulled(const Wire::DecisionChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_decision (id, signup_id, staff_id, device_id, decision, status, "
               "seen_version, current_version, decided_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {c.id, c.signupId, nonNull(c.staffId), nonNull(c.deviceId), Meedoen::toKey(c.decision), c.status, c.seenVersion,
                c.currentVersion, Meedoen::isoUtc(c.decidedAt), compact(Wire::toJson(c))});
}

bool StaffRepository::applyPulled(const Wire::AuditChange &c)
{
    // Ids and keys only, never free text.
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_audit (id, at, staff_id, device_id, action, entity, entity_id, on_device) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, 0)"_s,
               {c.id, Meedoen::isoUtc(c.at), nonNull(c.staffId), nonNull(c.deviceId), nonNull(c.action), nonNull(c.entity), nonNull(c.entityId)});
}

bool StaffRepository::clearPulled()
{
    for (const QString &t : {u"staff_person"_s, u"staff_signup"_s, u"staff_hours"_s, u"staff_balance"_s,
                             u"staff_decision"_s, u"staff_placement"_s, u"staff_erase_request"_s}) {
        if (!run(m_db, u"DELETE FROM "_s + t))
            return false;
    }
    return run(m_db, u"DELETE FROM staff_audit WHERE on_device = 0"_s);
}

bool StaffRepository::anonymiseLocally(const QString &personId)
{
    return run(m_db, u"UPDATE staff_person SET erased = 1, data = json_object('id', id, 'erased', json('true')) WHERE id = ?"_s,
               {personId})
        && run(m_db, u"UPDATE staff_hours SET data = json_set(data, '$.note', '') WHERE person_id = ?"_s, {personId});
}
