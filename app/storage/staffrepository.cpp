// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/staffrepository.h"

#include "core/isotime.h"
#include "storage/outbox.h"

#include "core/staffdecision.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString nn(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

bool exec(QSqlQuery &q, const QVariantList &binds)
{
    // A null QString would bind as SQL NULL; every text column here is NOT NULL DEFAULT ''.
    for (const QVariant &b : binds)
        q.addBindValue(b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(u""_s) : b);
    return q.exec();
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    return exec(q, binds);
}

QString personName(const QJsonObject &data)
{
    if (data.value(u"erased"_s).toBool())
        return QString();
    const QString name = data.value(u"givenName"_s).toString() + u' ' + data.value(u"familyName"_s).toString();
    return name.trimmed();
}

} // namespace

// ---------------------------------------------------------------- accounts

bool StaffRepository::upsertAccount(const Account &a)
{
    return run(m_db,
               u"INSERT INTO staff_account (staff_id, login, name, sites, signed_in_at) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (staff_id) DO UPDATE SET login = excluded.login, name = excluded.name, "
               "sites = excluded.sites, signed_in_at = excluded.signed_in_at"_s,
               {a.staffId, a.login, nn(a.name), nn(a.sites.join(u',')), nn(Meedoen::isoUtc(a.signedInAt))});
}

bool StaffRepository::setPinHash(const QString &staffId, const QString &hash)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE staff_account SET pin_hash = ?, pin_failures = 0, pin_last_failure = '' WHERE staff_id = ?"_s);
    return exec(q, {hash, staffId}) && q.numRowsAffected() == 1;
}

namespace {
const QString kAccountColumns = u"staff_id, login, name, sites, pin_hash, pin_failures, pin_last_failure, signed_in_at"_s;

StaffRepository::Account accountFrom(const QSqlQuery &q)
{
    StaffRepository::Account a;
    a.staffId = q.value(0).toString();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    a.sites = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    a.pinHash = q.value(4).toString();
    a.pinFailures = q.value(5).toInt();
    a.pinLastFailure = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    a.signedInAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return a;
}
} // namespace

std::optional<StaffRepository::Account> StaffRepository::account(const QString &staffId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kAccountColumns + u" FROM staff_account WHERE staff_id = ?"_s);
    if (!exec(q, {staffId}) || !q.next())
        return std::nullopt;
    return accountFrom(q);
}

QList<StaffRepository::Account> StaffRepository::accounts() const
{
    QList<Account> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kAccountColumns + u" FROM staff_account ORDER BY name, login"_s);
    if (q.exec()) {
        while (q.next())
            result.append(accountFrom(q));
    }
    return result;
}

bool StaffRepository::recordPinAttempt(const QString &staffId, const QDateTime &now, bool success)
{
    Transaction tx(m_db);
    const bool ok = tx.isActive()
        && run(m_db, u"INSERT INTO staff_pin_attempt (staff_id, at) VALUES (?, ?)"_s, {staffId, Meedoen::isoUtc(now)})
        && run(m_db, u"DELETE FROM staff_pin_attempt WHERE staff_id = ? AND at < ?"_s, {staffId, Meedoen::isoUtc(now.addSecs(-3600))})
        && (success ? run(m_db, u"UPDATE staff_account SET pin_failures = 0, pin_last_failure = '' WHERE staff_id = ?"_s, {staffId})
                    : run(m_db, u"UPDATE staff_account SET pin_failures = pin_failures + 1, pin_last_failure = ? WHERE staff_id = ?"_s,
                          {Meedoen::isoUtc(now), staffId}));
    return ok && tx.commit();
}

int StaffRepository::pinAttemptsSince(const QString &staffId, const QDateTime &since) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM staff_pin_attempt WHERE staff_id = ? AND at > ?"_s);
    if (!exec(q, {staffId, Meedoen::isoUtc(since)}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// ---------------------------------------------------------------- pulled records

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
        {Wire::Entity::Placement, u"staff_placement"_s}};
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
               {c.id, nn(c.personId), nn(c.opportunityId), Meedoen::toKey(c.state), c.waitlistPosition, c.arrival,
                c.version, c.placement ? Meedoen::toKey(*c.placement) : QString(), compact(Wire::toJson(c))});
}

bool StaffRepository::applyPulled(const Wire::HoursChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_hours (id, person_id, opportunity_id, date, minutes, verified, "
               "corrects_entry_id, superseded_by, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {c.id, nn(c.personId), nn(c.opportunityId), c.date.toString(Qt::ISODate), c.minutes, c.verified ? 1 : 0,
                nn(c.correctsEntryId), nn(c.supersededBy), compact(Wire::toJson(c))});
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

bool StaffRepository::applyPulled(const Wire::DecisionChange &c)
{
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_decision (id, signup_id, staff_id, device_id, decision, status, "
               "seen_version, current_version, decided_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {c.id, c.signupId, nn(c.staffId), nn(c.deviceId), Meedoen::toKey(c.decision), c.status, c.seenVersion,
                c.currentVersion, Meedoen::isoUtc(c.decidedAt), compact(Wire::toJson(c))});
}

bool StaffRepository::applyPulled(const Wire::AuditChange &c)
{
    // Ids and keys only, never free text.
    return run(m_db,
               u"INSERT OR REPLACE INTO staff_audit (id, at, staff_id, device_id, action, entity, entity_id, on_device) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, 0)"_s,
               {c.id, Meedoen::isoUtc(c.at), nn(c.staffId), nn(c.deviceId), nn(c.action), nn(c.entity), nn(c.entityId)});
}

bool StaffRepository::clearPulled()
{
    for (const QString &t : {u"staff_person"_s, u"staff_signup"_s, u"staff_hours"_s, u"staff_balance"_s,
                             u"staff_decision"_s, u"staff_placement"_s}) {
        if (!run(m_db, u"DELETE FROM "_s + t))
            return false;
    }
    return run(m_db, u"DELETE FROM staff_audit WHERE on_device = 0"_s);
}

// ---------------------------------------------------------------- staff mutations

qint64 StaffRepository::queue(const Wire::Payload &payload, const QString &entityId, const QDateTime &now,
                              const QString &mutationId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return 0;
    const qint64 seq = Outbox(m_db).enqueue(payload, entityId, now, mutationId);
    // A decision keeps what it was about, so the tablet can show it pending and stale.
    const auto *decision = std::get_if<Wire::DecisionPayload>(&payload);
    if (recordQueued(seq, Wire::toKey(Wire::kindOf(payload)), Wire::staffIdOf(payload), entityId,
                     decision ? Meedoen::toKey(decision->decision) : QString(), decision ? decision->seenVersion : 0, now)
        <= 0)
        return 0;
    return tx.commit() ? seq : 0;
}

qint64 StaffRepository::recordQueued(qint64 seq, const QString &kind, const QString &staffId, const QString &entityId,
                                     const QString &decision, qint64 seenVersion, const QDateTime &now)
{
    if (seq <= 0)
        return 0;
    if (!run(m_db,
             u"INSERT INTO staff_action (seq, kind, staff_id, entity_id, decision, seen_version, created_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
             {seq, kind, staffId, entityId, nn(decision), seenVersion, Meedoen::isoUtc(now)}))
        return 0;
    if (!auditOnDevice(staffId, kind, u"outbox"_s, QString::number(seq), now))
        return 0;
    return seq;
}

bool StaffRepository::recordOutcome(qint64 seq, const Wire::Outcome &outcome)
{
    // "unchanged": a decision that found the sign-up already in that state.
    const QString status = outcome.status == Wire::OutcomeStatus::Decided && outcome.unchanged.value_or(false)
                               ? u"unchanged"_s
                               : Wire::toKey(outcome.status);
    return run(m_db, u"UPDATE staff_action SET status = ?, outcome = ? WHERE seq = ?"_s,
               {status, compact(Wire::toJson(outcome)), seq});
}

bool StaffRepository::auditOnDevice(const QString &staffId, const QString &action, const QString &entity,
                                    const QString &entityId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM staff_audit WHERE on_device = 1"_s);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    return run(m_db,
               u"INSERT INTO staff_audit (id, at, staff_id, device_id, action, entity, entity_id, on_device) "
               "VALUES (?, ?, ?, '', ?, ?, ?, 1)"_s,
               {u"device-%1-%2"_s.arg(n + 1).arg(now.toMSecsSinceEpoch()), Meedoen::isoUtc(now), staffId, action, nn(entity),
                nn(entityId)});
}

bool StaffRepository::anonymiseLocally(const QString &personId)
{
    return run(m_db, u"UPDATE staff_person SET erased = 1, data = json_object('id', id, 'erased', json('true')) WHERE id = ?"_s,
               {personId})
        && run(m_db, u"UPDATE staff_hours SET data = json_set(data, '$.note', '') WHERE person_id = ?"_s, {personId});
}

// ---------------------------------------------------------------- reads

QVariantList StaffRepository::reviewOpportunities(const QString &kindFilter) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT o.id, o.title, o.kind, o.status, o.capacity, o.places_taken, o.route, o.site_id, "
              "(SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'confirmed'), "
              "(SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'waitlisted') "
              "FROM opportunity o WHERE (o.kind = 'training') = ? "
              "AND EXISTS (SELECT 1 FROM staff_signup s WHERE s.opportunity_id = o.id) ORDER BY o.title"_s);
    if (!exec(q, {kindFilter == "training"_L1}))
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
        });
    }
    return rows;
}

QVariantList StaffRepository::conflicts() const
{
    QVariantList rows;
    QSet<QString> seen;
    QSqlQuery q(m_db);
    // The server's conflict list first; then this tablet's stale decisions it has not pulled yet.
    q.prepare(u"SELECT d.id, d.signup_id, d.decision, d.seen_version, d.current_version, d.decided_at, d.staff_id, "
              "s.state, s.opportunity_id, o.title, p.data, s.data, coalesce(acc.name, '') "
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
    a.prepare(u"SELECT a.entity_id, a.decision, a.seen_version, a.created_at, a.outcome, s.opportunity_id, o.title, "
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

QVariantMap StaffRepository::person(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, erased, agreed_minutes FROM staff_person WHERE id = ?"_s);
    if (!exec(q, {personId}) || !q.next())
        return {};
    const QJsonObject p = parse(q.value(0));
    QVariantList consents;
    for (const QJsonValue &c : p.value(u"consents"_s).toArray()) {
        const QJsonObject o = c.toObject();
        consents.append(QVariantMap{{u"purpose"_s, o.value(u"purpose"_s).toString()},
                                    {u"textVersion"_s, o.value(u"textVersion"_s).toString()},
                                    {u"givenAt"_s, o.value(u"givenAt"_s).toString()},
                                    {u"withdrawnAt"_s, o.value(u"withdrawnAt"_s).toString()},
                                    {u"active"_s, !o.contains(u"withdrawnAt"_s)}});
    }
    QVariantList signups;
    QSqlQuery s(m_db);
    s.prepare(u"SELECT s.id, s.state, s.waitlist_position, o.title, s.placement FROM staff_signup s "
              "LEFT JOIN opportunity o ON o.id = s.opportunity_id WHERE s.person_id = ? ORDER BY s.arrival"_s);
    if (exec(s, {personId})) {
        while (s.next())
            signups.append(QVariantMap{{u"signupId"_s, s.value(0)}, {u"state"_s, s.value(1)},
                                       {u"waitlistPosition"_s, s.value(2)}, {u"title"_s, s.value(3)},
                                       {u"placement"_s, s.value(4)}});
    }
    QVariantList balances;
    QSqlQuery b(m_db);
    b.prepare(u"SELECT month, agreed_minutes, logged_minutes, verified_minutes, balance_minutes FROM staff_balance "
              "WHERE person_id = ? ORDER BY month DESC LIMIT 12"_s);
    if (exec(b, {personId})) {
        while (b.next())
            balances.append(QVariantMap{{u"month"_s, b.value(0)}, {u"agreedMinutes"_s, b.value(1)},
                                        {u"loggedMinutes"_s, b.value(2)}, {u"verifiedMinutes"_s, b.value(3)},
                                        {u"balanceMinutes"_s, b.value(4)}});
    }
    return {{u"personId"_s, personId},
            {u"erased"_s, q.value(1).toBool()},
            {u"name"_s, personName(p)},
            {u"personalCode"_s, p.value(u"personalCode"_s).toString()},
            {u"tenantNumber"_s, p.value(u"tenantNumber"_s).toString()},
            {u"phone"_s, p.value(u"phone"_s).toString()},
            {u"email"_s, p.value(u"email"_s).toString()},
            {u"postcode"_s, p.value(u"postcode"_s).toString()},
            {u"houseNumber"_s, p.value(u"houseNumber"_s).toInt()},
            {u"dateOfBirth"_s, p.value(u"dateOfBirth"_s).toString()},
            {u"agreedMinutes"_s, q.value(2).toInt()},
            {u"consents"_s, consents},
            {u"signups"_s, signups},
            {u"balances"_s, balances}};
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
    q.prepare(u"SELECT a.at, a.action, a.entity, a.entity_id, a.on_device, coalesce(acc.name, a.staff_id), a.device_id "
              "FROM staff_audit a LEFT JOIN staff_account acc ON acc.staff_id = a.staff_id ORDER BY a.at DESC LIMIT ?"_s);
    if (!exec(q, {limit}))
        return rows;
    while (q.next())
        rows.append(QVariantMap{{u"at"_s, q.value(0)}, {u"action"_s, q.value(1)}, {u"entity"_s, q.value(2)},
                                {u"entityId"_s, q.value(3)}, {u"onDevice"_s, q.value(4).toBool()},
                                {u"staffName"_s, q.value(5)}, {u"deviceId"_s, q.value(6)}});
    return rows;
}

QVariantList StaffRepository::actions(int limit) const
{
    QVariantList rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT seq, kind, entity_id, decision, status, outcome, created_at FROM staff_action ORDER BY seq DESC LIMIT ?"_s);
    if (!exec(q, {limit}))
        return rows;
    while (q.next()) {
        const QJsonObject outcome = parse(q.value(5));
        rows.append(QVariantMap{{u"seq"_s, q.value(0)}, {u"kind"_s, q.value(1)}, {u"entityId"_s, q.value(2)},
                                {u"decision"_s, q.value(3)}, {u"status"_s, q.value(4)},
                                {u"reason"_s, outcome.value(u"reason"_s).toString()},
                                {u"confirmed"_s, outcome.value(u"confirmed"_s).toInt()}, {u"createdAt"_s, q.value(6)}});
    }
    return rows;
}

std::optional<Wire::SignupChange> StaffRepository::signup(const QString &signupId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, state, version, opportunity_id FROM staff_signup WHERE id = ?"_s);
    if (!exec(q, {signupId}) || !q.next())
        return std::nullopt;
    auto read = Wire::signupChangeFromJson(parse(q.value(0)), QString());
    const auto state = Meedoen::signupStateFromKey(q.value(1).toString());
    if (!read.ok() || !state)
        return std::nullopt;
    // The columns are what the tablet knows now.
    read.value.id = signupId;
    read.value.state = *state;
    read.value.version = q.value(2).toLongLong();
    read.value.opportunityId = q.value(3).toString();
    return read.value;
}

int StaffRepository::confirmedCount(const QString &opportunityId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT max(coalesce((SELECT places_taken FROM opportunity WHERE id = ?), 0), "
              "(SELECT count(*) FROM staff_signup WHERE opportunity_id = ? AND state = 'confirmed'))"_s);
    if (!exec(q, {opportunityId, opportunityId}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int StaffRepository::pendingActions(const QString &entityId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM staff_action WHERE entity_id = ? AND status = 'queued'"_s);
    if (!exec(q, {entityId}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// ---------------------------------------------------------------- results

StaffRepository::Dashboard StaffRepository::dashboard(const DashboardFilter &f) const
{
    // The facts this tablet holds; the filter and the definitions are Meedoen::computeResults'.
    QList<Meedoen::ResultsOpportunity> opportunities;
    QSqlQuery o(m_db);
    // An opportunity without a neighbourhood of its own is in its site's, as on the server.
    o.prepare(u"SELECT o.id, o.title, o.kind, o.status, o.site_id, "
              "coalesce(nullif(o.neighbourhood_id, ''), (SELECT st.neighbourhood_id FROM site st WHERE st.id = o.site_id), ''), "
              "o.route, o.capacity, "
              "max(o.places_taken, (SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'confirmed')), "
              "(SELECT count(*) FROM staff_signup s WHERE s.opportunity_id = o.id AND s.state = 'waitlisted') "
              "FROM opportunity o"_s);
    if (o.exec()) {
        while (o.next()) {
            opportunities.append({o.value(0).toString(), o.value(1).toString(), o.value(2).toString(),
                                  o.value(3).toString(), o.value(4).toString(), o.value(5).toString(),
                                  o.value(6).toString(), o.value(7).toInt(), o.value(8).toInt(), o.value(9).toInt()});
        }
    }
    // Effective entries only: an entry that has a correction no longer counts, the correction does.
    QList<Meedoen::ResultsHours> hours;
    QSqlQuery h(m_db);
    h.prepare(u"SELECT person_id, opportunity_id, date, minutes FROM staff_hours WHERE superseded_by = ''"_s);
    if (h.exec()) {
        while (h.next())
            hours.append({h.value(0).toString(), h.value(1).toString(), h.value(2).toString(), h.value(3).toInt()});
    }
    QList<Meedoen::ResultsPlacement> placements;
    QSqlQuery p(m_db);
    p.prepare(u"SELECT opportunity_id, kind, date FROM staff_placement"_s);
    if (p.exec()) {
        while (p.next())
            placements.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString()});
    }
    return Meedoen::computeResults(opportunities, hours, placements, f);
}

QList<QStringList> StaffRepository::decisionRows() const
{
    QList<QStringList> rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT d.decided_at, d.data, coalesce(acc.login, d.staff_id), coalesce(acc.name, ''), d.device_id, "
              "s.data, s.opportunity_id, coalesce(o.title, ''), d.decision, d.status "
              "FROM staff_decision d LEFT JOIN staff_account acc ON acc.staff_id = d.staff_id "
              "LEFT JOIN staff_signup s ON s.id = d.signup_id LEFT JOIN opportunity o ON o.id = s.opportunity_id "
              "ORDER BY d.decided_at, d.id"_s);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject data = parse(q.value(1));
        rows.append({q.value(0).toString(), data.value(u"deviceTime"_s).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(),
                     parse(q.value(5)).value(u"referenceCode"_s).toString(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                     data.value(u"refusal"_s).toString(), data.value(u"reason"_s).toString(),
                     data.value(u"messageToTenant"_s).toString()});
    }
    return rows;
}
