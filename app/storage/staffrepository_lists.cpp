// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: what the screens list (rows as QVariantMap, keys in camelCase; the list
// models of app/models hand them to QML by role): the review queue's opportunities and
// sign-ups, new volunteers, conflicts, persons, hours, the audit trail and the tablet's actions.
#include "storage/staffrepository.h"

#include "storage/staffrepository_p.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace StaffSql;

QVariantList StaffRepository::reviewOpportunities() const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT o.id, o.title, o.kind, o.status, o.capacity, o.places_taken, o.route, o.site_id, "
              "(SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'confirmed'), "
              "(SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'waitlisted') "
              "FROM opportunity o WHERE EXISTS (SELECT 1 FROM staff_signup s WHERE s.opportunity_id = o.id) "
              "ORDER BY o.title"_s);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append(QVariantMap{{u"opportunityId"_s, q.value(0)}, {u"title"_s, q.value(1)}, {u"kind"_s, q.value(2)},
                                {u"status"_s, q.value(3)}, {u"capacity"_s, q.value(4)},
                                {u"confirmed"_s, std::max(q.value(5).toInt(), q.value(8).toInt())},
                                {u"route"_s, q.value(6)}, {u"site"_s, q.value(7)}, {u"waitlistLength"_s, q.value(9)}});
    }
    return rows;
}

QVariantList StaffRepository::signupsFor(const QString &opportunityId) const
{
    return signupRows(opportunityId, false);
}

QVariantList StaffRepository::signups() const
{
    return signupRows({}, true);
}

QVariantList StaffRepository::signupRows(const QString &opportunityId, bool all) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT s.id, s.person_id, s.state, s.waitlist_position, s.arrival, s.version, s.placement, s.data, p.data, "
              "(SELECT count(*) FROM staff_action a WHERE a.entity_id = s.id AND a.status = 'queued'), s.opportunity_id "
              "FROM staff_signup s LEFT JOIN staff_person p ON p.id = s.person_id WHERE (? = 1 OR s.opportunity_id = ?) "
              "ORDER BY s.opportunity_id, CASE s.state WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, "
              "s.waitlist_position, s.arrival"_s);
    if (!exec(q, {all ? 1 : 0, opportunityId}))
        return rows;
    while (q.next()) {
        const QJsonObject s = parse(q.value(7));
        const QJsonObject p = parse(q.value(8));
        rows.append(QVariantMap{{u"signupId"_s, q.value(0)},
                                {u"personId"_s, q.value(1)},
                                {u"opportunityId"_s, q.value(10)},
                                {u"state"_s, q.value(2)},
                                {u"waitlistPosition"_s, q.value(3)},
                                {u"arrival"_s, q.value(4)},
                                {u"version"_s, q.value(5)},
                                {u"placement"_s, q.value(6)},
                                {u"referenceCode"_s, s.value(u"referenceCode"_s).toString()},
                                {u"motivation"_s, s.value(u"motivation"_s).toString()},
                                {u"name"_s, personName(p)},
                                {u"pending"_s, q.value(9).toInt() > 0}});
    }
    return rows;
}

QVariantList StaffRepository::newVolunteers() const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    // Checked means: the server says so (identityCheck, from any tablet of the site), or a
    // check queued here that the server did not refuse.
    q.prepare(u"SELECT p.id, p.data FROM staff_person p WHERE p.erased = 0 "
              "AND json_extract(p.data, '$.identityCheck') IS NULL AND NOT EXISTS (SELECT 1 FROM staff_action a "
              "WHERE a.kind = 'identity-check' AND a.entity_id = p.id AND a.status <> 'refused') "
              "ORDER BY json_extract(p.data, '$.familyName'), json_extract(p.data, '$.givenName')"_s);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject p = parse(q.value(1));
        const QString addition = p.value(u"houseAddition"_s).toString();
        const QString address = p.value(u"postcode"_s).toString() + u' ' + QString::number(p.value(u"houseNumber"_s).toInt())
            + (addition.isEmpty() ? QString() : u'-' + addition);
        rows.append(QVariantMap{
            {u"personId"_s, q.value(0)},
            {u"name"_s, personName(p)},
            {u"tenantNumber"_s, p.value(u"tenantNumber"_s).toString()},
            {u"address"_s, address.trimmed()},
            {u"dateOfBirth"_s, p.value(u"dateOfBirth"_s).toString()},
            {u"tenancyVerdict"_s, p.value(u"tenancyVerdict"_s).toString()},
        });
    }
    return rows;
}

QVariantList StaffRepository::conflicts() const
{
    // Text columns of a sign-up or opportunity this tablet no longer has read as '', not NULL:
    // QML's delegates take them as strings.
    QVariantList rows;
    QSet<QString> seen;
    QSqlQuery q(m_db);
    // The server's conflict list first; then this tablet's stale decisions it has not pulled yet.
    q.prepare(u"SELECT d.id, d.signup_id, d.decision, d.seen_version, d.current_version, d.decided_at, d.staff_id, "
              "coalesce(s.state, ''), coalesce(s.opportunity_id, ''), coalesce(o.title, ''), p.data, s.data, coalesce(acc.name, '') "
              "FROM staff_decision d LEFT JOIN staff_signup s ON s.id = d.signup_id "
              "LEFT JOIN opportunity o ON o.id = s.opportunity_id LEFT JOIN staff_person p ON p.id = s.person_id "
              "LEFT JOIN staff_account acc ON acc.staff_id = d.staff_id "
              "WHERE d.status = 'conflict' ORDER BY d.decided_at DESC"_s);
    if (q.exec()) {
        while (q.next()) {
            seen.insert(q.value(0).toString());
            rows.append(QVariantMap{{u"decisionId"_s, q.value(0)}, {u"signupId"_s, q.value(1)},
                                    {u"decision"_s, q.value(2)}, {u"seenVersion"_s, q.value(3)},
                                    {u"currentVersion"_s, q.value(4)}, {u"decidedAt"_s, q.value(5)},
                                    {u"currentState"_s, q.value(7)}, {u"opportunityId"_s, q.value(8)},
                                    {u"title"_s, q.value(9)}, {u"name"_s, personName(parse(q.value(10)))},
                                    {u"referenceCode"_s, parse(q.value(11)).value(u"referenceCode"_s).toString()},
                                    {u"staffName"_s, q.value(12)}});
        }
    }
    QSqlQuery a(m_db);
    a.prepare(u"SELECT a.entity_id, a.decision, a.seen_version, a.created_at, a.outcome, coalesce(s.opportunity_id, ''), "
              "coalesce(o.title, ''), "
              "p.data, s.data, coalesce(acc.name, '') FROM staff_action a LEFT JOIN staff_signup s ON s.id = a.entity_id "
              "LEFT JOIN opportunity o ON o.id = s.opportunity_id LEFT JOIN staff_person p ON p.id = s.person_id "
              "LEFT JOIN staff_account acc ON acc.staff_id = a.staff_id "
              "WHERE a.kind = 'decision' AND a.status = 'conflict' ORDER BY a.seq DESC"_s);
    if (a.exec()) {
        while (a.next()) {
            const QJsonObject outcome = parse(a.value(4));
            const QString decisionId = outcome.value(u"decisionId"_s).toString();
            if (seen.contains(decisionId))
                continue;
            rows.append(QVariantMap{{u"decisionId"_s, decisionId}, {u"signupId"_s, a.value(0)},
                                    {u"decision"_s, a.value(1)}, {u"seenVersion"_s, a.value(2)},
                                    {u"currentVersion"_s, outcome.value(u"currentVersion"_s).toInt()},
                                    {u"decidedAt"_s, a.value(3)},
                                    {u"currentState"_s, outcome.value(u"currentState"_s).toString()},
                                    {u"opportunityId"_s, a.value(5)}, {u"title"_s, a.value(6)},
                                    {u"name"_s, personName(parse(a.value(7)))},
                                    {u"referenceCode"_s, parse(a.value(8)).value(u"referenceCode"_s).toString()},
                                    {u"staffName"_s, a.value(9)}});
        }
    }
    return rows;
}

QVariantList StaffRepository::persons(const QString &search, int limit) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    const QString like = u'%' + search.trimmed() + u'%';
    // The neighbourhoods by name (the id when this tablet has no name for it), in the person's order.
    q.prepare(u"SELECT id, data, agreed_minutes, (SELECT group_concat(coalesce(n.name, j.value), ', ') "
              "FROM json_each(staff_person.data, '$.neighbourhoods') j LEFT JOIN neighbourhood n ON n.id = j.value) "
              "FROM staff_person WHERE erased = 0 AND (? = '' OR "
              "(json_extract(data, '$.givenName') || ' ' || json_extract(data, '$.familyName')) LIKE ? "
              "OR json_extract(data, '$.tenantNumber') LIKE ? OR json_extract(data, '$.personalCode') LIKE ?) "
              "ORDER BY json_extract(data, '$.familyName'), json_extract(data, '$.givenName') LIMIT ?"_s);
    if (!exec(q, {search.trimmed(), like, like, like, limit}))
        return rows;
    while (q.next()) {
        const QJsonObject p = parse(q.value(1));
        rows.append(QVariantMap{{u"personId"_s, q.value(0)},
                                {u"name"_s, personName(p)},
                                {u"tenantNumber"_s, p.value(u"tenantNumber"_s).toString()},
                                {u"personalCode"_s, p.value(u"personalCode"_s).toString()},
                                {u"neighbourhood"_s, q.value(3).toString()},
                                {u"agreedMinutes"_s, q.value(2)}});
    }
    return rows;
}

QVariantList StaffRepository::hours(bool unverifiedOnly) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT h.id, h.person_id, h.opportunity_id, h.date, h.minutes, h.verified, h.corrects_entry_id, "
              "h.superseded_by, h.data, p.data, o.title, "
              "(SELECT count(*) FROM staff_action a WHERE a.entity_id = h.id AND a.status = 'queued') "
              "FROM staff_hours h LEFT JOIN staff_person p ON p.id = h.person_id "
              "LEFT JOIN opportunity o ON o.id = h.opportunity_id "
              "WHERE h.superseded_by = '' AND (? = 0 OR h.verified = 0) ORDER BY h.verified, h.date DESC LIMIT 500"_s);
    if (!exec(q, {unverifiedOnly ? 1 : 0}))
        return rows;
    while (q.next()) {
        const QJsonObject d = parse(q.value(8));
        rows.append(QVariantMap{{u"entryId"_s, q.value(0)}, {u"personId"_s, q.value(1)},
                                {u"opportunityId"_s, q.value(2)}, {u"date"_s, q.value(3)},
                                {u"minutes"_s, q.value(4)}, {u"verified"_s, q.value(5).toBool()},
                                {u"correctsEntryId"_s, q.value(6)}, {u"note"_s, d.value(u"note"_s).toString()},
                                {u"loggedBy"_s, d.value(u"loggedBy"_s).toString()},
                                {u"name"_s, personName(parse(q.value(9)))}, {u"title"_s, q.value(10)},
                                {u"pending"_s, q.value(11).toInt() > 0}});
    }
    return rows;
}

QVariantList StaffRepository::audit(int limit) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT a.at, a.action, a.entity, a.entity_id, a.on_device, coalesce(acc.name, a.staff_id), a.device_id, a.id "
              "FROM staff_audit a LEFT JOIN staff_account acc ON acc.staff_id = a.staff_id ORDER BY a.at DESC LIMIT ?"_s);
    if (!exec(q, {limit}))
        return rows;
    while (q.next())
        rows.append(QVariantMap{{u"at"_s, q.value(0)}, {u"action"_s, q.value(1)}, {u"entity"_s, q.value(2)},
                                {u"entityId"_s, q.value(3)}, {u"onDevice"_s, q.value(4).toBool()},
                                {u"staffName"_s, q.value(5)}, {u"deviceId"_s, q.value(6)}, {u"auditId"_s, q.value(7)}});
    return rows;
}

QVariantList StaffRepository::eraseRequests() const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    // Done: the server says so, or the person is erased (on this tablet at once, or pulled).
    // Erasing: an erasure of the person waits on this tablet to be sent.
    q.prepare(u"SELECT r.id, r.person_id, r.requested_at, r.done_at, p.data, coalesce(p.erased, 0), "
              "coalesce(acc.name, json_extract(r.data, '$.doneBy'), ''), "
              "(SELECT count(*) FROM staff_action a WHERE a.entity_id = r.person_id AND a.kind = ? "
              "AND a.status = 'queued') "
              "FROM staff_erase_request r LEFT JOIN staff_person p ON p.id = r.person_id "
              "LEFT JOIN staff_account acc ON acc.staff_id = json_extract(r.data, '$.doneBy') "
              "ORDER BY (r.done_at <> '' OR coalesce(p.erased, 0) = 1), "
              "CASE WHEN r.done_at = '' THEN r.requested_at END, r.done_at DESC"_s);
    if (!exec(q, {Wire::toKey(Wire::MutationKind::ErasePerson)}))
        return rows;
    while (q.next()) {
        const bool erased = q.value(5).toBool();
        const QString doneAt = q.value(3).toString();
        rows.append(QVariantMap{{u"requestId"_s, q.value(0)},
                                {u"personId"_s, q.value(1)},
                                {u"name"_s, erased ? QString() : personName(parse(q.value(4)))},
                                {u"requestedAt"_s, QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)},
                                {u"doneAt"_s, QDateTime::fromString(doneAt, Qt::ISODateWithMs)},
                                {u"done"_s, !doneAt.isEmpty() || erased},
                                {u"doneBy"_s, q.value(6)},
                                {u"erasing"_s, q.value(7).toInt() > 0}});
    }
    return rows;
}
