// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The staff side of SqlStore: staff members and their sessions, decisions (with the conflict
// list), catalogue edits, hours, training placements, consent withdrawal, erasure and the
// results figures. Everything here runs inside the same write lock and transaction as the rest
// of a push (see SqlStore::push), so exactly-once holds for staff mutations too.

#include "server/store/sqlstore.h"
#include "server/store/storehelpers.h"

#include "core/attemptpolicy.h"
#include "core/staffdecision.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

QString uuidOf(const QJsonValue &v)
{
    return QUuid::fromString(v.toString()).toString(QUuid::WithoutBraces);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

const QString kPersonal = u"personal"_s;

} // namespace

// ---------------------------------------------------------------- staff members and sessions

std::optional<QString> SqlStore::addStaff(const QString &login, const QString &name, const QStringList &sites,
                                          const QByteArray &passwordHash, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    const auto taken = scalar(u"SELECT COUNT(*) FROM staff WHERE login = ?"_s, {login});
    if (!taken || taken->toInt() > 0) {
        if (taken)
            m_error = u"the login is already taken"_s;
        rollback();
        return std::nullopt;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!run(u"INSERT INTO staff (id, login, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"_s,
             {id, login, name, QString::fromLatin1(passwordHash), isoUtc(now)})) {
        rollback();
        return std::nullopt;
    }
    for (const QString &site : sites) {
        if (!run(u"INSERT INTO staff_site (staff_id, site_id) VALUES (?, ?) ON CONFLICT (staff_id, site_id) DO NOTHING"_s,
                 {id, site})) {
            rollback();
            return std::nullopt;
        }
    }
    if (!commit())
        return std::nullopt;
    return id;
}

bool SqlStore::unlockStaff(const QString &login)
{
    auto q = run(u"UPDATE staff SET failed_attempts = 0, last_failure_at = NULL WHERE login = ?"_s, {login});
    return q && q->numRowsAffected() == 1;
}

QList<StaffMember> SqlStore::staffMembers()
{
    QList<StaffMember> out;
    {
        auto q = run(u"SELECT id, login, name FROM staff ORDER BY login"_s);
        while (q && q->next())
            out.append(StaffMember{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}, {}});
    }
    for (StaffMember &s : out) {
        auto q = run(u"SELECT site_id FROM staff_site WHERE staff_id = ? ORDER BY site_id"_s, {s.id});
        while (q && q->next())
            s.sites.append(q->value(0).toString());
    }
    return out;
}

std::optional<LoginGate> SqlStore::beginLogin(const QString &login, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    LoginGate gate;
    auto q = run(u"SELECT id, name, password_hash, failed_attempts, last_failure_at FROM staff WHERE login = ?"_s, {login});
    if (!q) {
        rollback();
        return std::nullopt;
    }
    if (!q->next()) {
        rollback();
        return gate; // UnknownLogin
    }
    gate.staff = StaffMember{q->value(0).toString(), login, q->value(1).toString(), {}, q->value(2).toString().toLatin1()};
    const AttemptState state{q->value(3).toInt(),
                             QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs), 0};
    q->finish();
    const AttemptVerdict verdict = checkAttempt(kStaffLoginPolicy, state, now);
    if (verdict.kind != AttemptVerdict::Allowed) {
        rollback();
        gate.kind = verdict.kind == AttemptVerdict::Locked ? LoginGate::Locked : LoginGate::Wait;
        gate.retryAfterSeconds = verdict.retryAfterSeconds;
        return gate;
    }
    {
        auto sites = run(u"SELECT site_id FROM staff_site WHERE staff_id = ? ORDER BY site_id"_s, {gate.staff.id});
        if (!sites) {
            rollback();
            return std::nullopt;
        }
        while (sites->next())
            gate.staff.sites.append(sites->value(0).toString());
    }
    // Counted as a failure until finishLogin forgives it.
    if (!run(u"UPDATE staff SET failed_attempts = failed_attempts + 1, last_failure_at = ? WHERE id = ?"_s,
             {isoUtc(now), gate.staff.id})
        || !commit())
        return std::nullopt;
    gate.kind = LoginGate::Allowed;
    return gate;
}

bool SqlStore::finishLogin(const QString &staffId, const QString &deviceId, const QByteArray &sessionHash,
                           const QDateTime &now, const QDateTime &expiresAt)
{
    if (!beginWrite())
        return false;
    if (!run(u"UPDATE staff SET failed_attempts = 0, last_failure_at = NULL WHERE id = ?"_s, {staffId})
        || !run(u"INSERT INTO staff_session (token_hash, staff_id, device_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                {QString::fromLatin1(sessionHash), staffId, deviceId, isoUtc(now), isoUtc(expiresAt)})) {
        rollback();
        return false;
    }
    return commit();
}

std::optional<StaffMember> SqlStore::staffBySession(const QByteArray &sessionHash, const QString &deviceId,
                                                    const QDateTime &now)
{
    auto q = run(u"SELECT st.id, st.login, st.name FROM staff_session s JOIN staff st ON st.id = s.staff_id "
                 "WHERE s.token_hash = ? AND s.device_id = ? AND s.expires_at > ?"_s,
                 {QString::fromLatin1(sessionHash), deviceId, isoUtc(now)});
    if (!q || !q->next())
        return std::nullopt;
    StaffMember s{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}, {}};
    q->finish();
    auto sites = run(u"SELECT site_id FROM staff_site WHERE staff_id = ? ORDER BY site_id"_s, {s.id});
    while (sites && sites->next())
        s.sites.append(sites->value(0).toString());
    return s;
}

std::optional<QStringList> SqlStore::signedInStaffSites(const Device &device, const QString &staffId)
{
    // A staff member who signed in on this tablet once (online) may work on it offline: the
    // tablet's PIN guards the rest. Their sites bound what they may touch.
    auto q = run(u"SELECT ss.site_id FROM staff_site ss WHERE ss.staff_id = ? AND EXISTS "
                 "(SELECT 1 FROM staff_session s WHERE s.staff_id = ss.staff_id AND s.device_id = ?) ORDER BY ss.site_id"_s,
                 {staffId, device.id});
    if (!q)
        return std::nullopt;
    QStringList sites;
    while (q->next())
        sites.append(q->value(0).toString());
    return sites;
}

// ---------------------------------------------------------------- emitting

bool SqlStore::audit(const Device &device, const Mutation &m, const QDateTime &now, const QString &site,
                     const QString &entity, const QString &entityId, const QJsonObject &detail)
{
    // Ids and keys only: the audit log never holds free text or personal data.
    if (!run(u"INSERT INTO audit (id, at, staff_id, device_id, device_time, site_id, action, entity, entity_id, detail) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {m.id, isoUtc(now), nullIfEmpty(m.staffId), device.id, isoUtc(m.deviceTime), nullIfEmpty(site), m.kind,
              entity, entityId, compact(detail)}))
        return false;
    const QJsonObject data{{u"id"_s, m.id},           {u"at"_s, isoUtc(now)},         {u"staffId"_s, m.staffId},
                           {u"deviceId"_s, device.id}, {u"deviceTime"_s, isoUtc(m.deviceTime)},
                           {u"action"_s, m.kind},     {u"entity"_s, entity},           {u"entityId"_s, entityId},
                           {u"detail"_s, detail}};
    return appendChange(u"audit"_s, m.id, u"upsert"_s, kPersonal, nullIfEmpty(site), device.id, QVariant(), data);
}

bool SqlStore::emitPerson(const QString &personId)
{
    auto q = run(u"SELECT data, site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s, {personId});
    if (!q || !q->next())
        return false;
    QJsonObject data = parseObject(q->value(0));
    const QVariant site = q->value(1), device = q->value(2);
    data.insert(u"agreedMinutesPerMonth"_s, q->value(3).toInt());
    q->finish();
    QJsonArray consents;
    {
        auto c = run(u"SELECT purpose, text_version, given_at, withdrawn_at FROM consent WHERE person_id = ? "
                     "ORDER BY given_at, purpose"_s,
                     {personId});
        if (!c)
            return false;
        while (c->next()) {
            ConsentRecord r{personId, c->value(0).toString(), c->value(1).toString(),
                            QDateTime::fromString(c->value(2).toString(), Qt::ISODateWithMs),
                            QDateTime::fromString(c->value(3).toString(), Qt::ISODateWithMs)};
            consents.append(Wire::toJson(r));
        }
    }
    data.insert(u"consents"_s, consents);
    return appendChange(u"person"_s, personId, u"upsert"_s, kPersonal, site, device, personId, data);
}

bool SqlStore::emitHours(const QString &entryId)
{
    auto q = run(u"SELECT person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, staff_id, "
                 "device_id, created_at, verified_by, verified_at FROM hours WHERE id = ?"_s,
                 {entryId});
    if (!q || !q->next())
        return false;
    QJsonObject data{{u"id"_s, entryId},
                     {u"personId"_s, q->value(0).toString()},
                     {u"opportunityId"_s, q->value(1).toString()},
                     {u"date"_s, q->value(3).toString()},
                     {u"minutes"_s, q->value(4).toInt()},
                     {u"note"_s, q->value(5).toString()},
                     {u"loggedBy"_s, q->value(7).toString().isEmpty() ? u"tenant"_s : u"staff"_s},
                     {u"createdAt"_s, q->value(9).toString()},
                     {u"verified"_s, !q->value(10).toString().isEmpty()}};
    if (!q->value(6).toString().isEmpty())
        data.insert(u"correctsEntryId"_s, q->value(6).toString());
    if (!q->value(7).toString().isEmpty())
        data.insert(u"staffId"_s, q->value(7).toString());
    if (!q->value(10).toString().isEmpty()) {
        data.insert(u"verifiedBy"_s, q->value(10).toString());
        data.insert(u"verifiedAt"_s, q->value(11).toString());
    }
    const QVariant person = q->value(0), site = q->value(2), device = q->value(8);
    q->finish();
    const auto correction = scalar(u"SELECT id FROM hours WHERE corrects_id = ?"_s, {entryId});
    if (!correction)
        return false;
    if (!correction->isNull())
        data.insert(u"supersededBy"_s, correction->toString());
    return appendChange(u"hours"_s, entryId, u"upsert"_s, kPersonal, site, device, person, data);
}

bool SqlStore::emitBalance(const QString &personId, const QString &month)
{
    auto p = run(u"SELECT site_id, device_id, agreed_minutes FROM person WHERE id = ?"_s, {personId});
    if (!p || !p->next())
        return false;
    const QVariant site = p->value(0), device = p->value(1);
    const int agreed = p->value(2).toInt();
    p->finish();
    // Effective entries: those no correction points at.
    auto q = run(u"SELECT COALESCE(SUM(h.minutes), 0), COALESCE(SUM(CASE WHEN h.verified_by IS NULL THEN 0 "
                 "ELSE h.minutes END), 0) FROM hours h WHERE h.person_id = ? AND substr(h.work_date, 1, 7) = ? "
                 "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)"_s,
                 {personId, month});
    if (!q || !q->next())
        return false;
    const int logged = q->value(0).toInt();
    const int verified = q->value(1).toInt();
    q->finish();
    const QString id = personId + u'/' + month;
    const QJsonObject data{{u"id"_s, id},
                           {u"personId"_s, personId},
                           {u"month"_s, month},
                           {u"agreedMinutes"_s, agreed},
                           {u"loggedMinutes"_s, logged},
                           {u"verifiedMinutes"_s, verified},
                           {u"balanceMinutes"_s, logged - agreed}};
    return appendChange(u"balance"_s, id, u"upsert"_s, kPersonal, site, device, personId, data);
}

bool SqlStore::emitDecision(const QString &decisionId)
{
    auto q = run(u"SELECT signup_id, site_id, staff_id, device_id, decision, reason, message, seen_version, "
                 "current_version, status, refusal, device_time, received_at FROM decision WHERE id = ?"_s,
                 {decisionId});
    if (!q || !q->next())
        return false;
    QJsonObject data{{u"id"_s, decisionId},
                     {u"signupId"_s, q->value(0).toString()},
                     {u"staffId"_s, q->value(2).toString()},
                     {u"deviceId"_s, q->value(3).toString()},
                     {u"decision"_s, q->value(4).toString()},
                     {u"reason"_s, q->value(5).toString()},
                     {u"messageToTenant"_s, q->value(6).toString()},
                     {u"seenVersion"_s, double(q->value(7).toLongLong())},
                     {u"currentVersion"_s, double(q->value(8).toLongLong())},
                     {u"status"_s, q->value(9).toString()},
                     {u"deviceTime"_s, q->value(11).toString()},
                     {u"decidedAt"_s, q->value(12).toString()}};
    if (!q->value(10).toString().isEmpty())
        data.insert(u"refusal"_s, q->value(10).toString());
    const QVariant site = q->value(1), device = q->value(3);
    q->finish();
    // No person_id: a decision (with its internal reason) is for staff, never for a phone.
    return appendChange(u"decision"_s, decisionId, u"upsert"_s, kPersonal, site, device, QVariant(), data);
}

// ---------------------------------------------------------------- sign-up state helpers

bool SqlStore::promoteWaitlist(const QString &opportunityId)
{
    bool changed = false;
    for (;;) {
        auto o = run(u"SELECT capacity, confirmed FROM opportunity WHERE id = ?"_s, {opportunityId});
        if (!o || !o->next())
            return false;
        const int capacity = o->value(0).toInt(), confirmed = o->value(1).toInt();
        o->finish();
        if (capacity != 0 && confirmed >= capacity)
            break;
        const auto first = scalar(u"SELECT id FROM signup WHERE opportunity_id = ? AND state = 'waitlisted' "
                                  "ORDER BY arrival LIMIT 1"_s,
                                  {opportunityId});
        if (!first)
            return false;
        if (first->isNull())
            break;
        const QString promoted = first->toString();
        if (!run(u"UPDATE signup SET state = 'confirmed', waitlist_position = 0, version = version + 1 WHERE id = ?"_s,
                 {promoted})
            || !run(u"UPDATE opportunity SET confirmed = confirmed + 1 WHERE id = ?"_s, {opportunityId})
            || !emitSignup(promoted))
            return false;
        changed = true;
    }
    if (!renumberWaitlist(opportunityId))
        return false;
    return !changed || emitOpportunity(opportunityId);
}

bool SqlStore::withdrawSignup(const QString &signupId)
{
    auto q = run(u"SELECT state, opportunity_id FROM signup WHERE id = ?"_s, {signupId});
    if (!q || !q->next())
        return false;
    const QString state = q->value(0).toString(), opportunityId = q->value(1).toString();
    q->finish();
    if (state != "confirmed"_L1 && state != "waitlisted"_L1)
        return true;
    if (!run(u"UPDATE signup SET state = 'withdrawn', waitlist_position = 0, version = version + 1 WHERE id = ?"_s,
             {signupId})
        || !emitSignup(signupId))
        return false;
    if (state == "confirmed"_L1
        && !run(u"UPDATE opportunity SET confirmed = confirmed - 1 WHERE id = ?"_s, {opportunityId}))
        return false;
    return promoteWaitlist(opportunityId) && renumberWaitlist(opportunityId) && emitOpportunity(opportunityId);
}

// ---------------------------------------------------------------- staff mutations

std::optional<QJsonObject> SqlStore::applyStaffMutation(const Device &device, const Mutation &m, const QDateTime &now)
{
    if (!m.refusal.isEmpty())
        return refused(m.seq, m.refusal);
    QStringList sites;
    if (device.kind == "staff"_L1) {
        if (m.staffId.isEmpty())
            return refused(m.seq, u"staff-not-signed-in"_s);
        const auto s = signedInStaffSites(device, m.staffId);
        if (!s)
            return std::nullopt;
        if (s->isEmpty())
            return refused(m.seq, u"staff-not-signed-in"_s);
        sites = *s;
    } else {
        // A phone may log hours and withdraw a consent for its own tenant; nothing else.
        const bool tenantKind = m.kind == "hours"_L1 || m.kind == "consent-withdraw"_L1;
        if (device.kind != "phone"_L1 || !tenantKind || !m.staffId.isEmpty())
            return refused(m.seq, u"not-allowed"_s);
    }
    if (m.kind == "decision"_L1)
        return applyDecision(device, m, now, sites);
    if (m.kind == "opportunity-upsert"_L1)
        return applyOpportunityUpsert(device, m, now, sites);
    if (m.kind == "hours"_L1)
        return applyHours(device, m, now, sites);
    if (m.kind == "hours-verify"_L1 || m.kind == "hours-correct"_L1)
        return applyHoursVerifyOrCorrect(device, m, now, sites);
    if (m.kind == "hours-agreement"_L1)
        return applyHoursAgreement(device, m, now, sites);
    if (m.kind == "placement"_L1)
        return applyPlacement(device, m, now, sites);
    if (m.kind == "consent-withdraw"_L1)
        return applyConsentWithdraw(device, m, now, sites);
    if (m.kind == "identity-check"_L1)
        return applyIdentityCheck(device, m, now, sites);
    return applyErasure(device, m, now, sites);
}

std::optional<QJsonObject> SqlStore::applyIdentityCheck(const Device &device, const Mutation &m, const QDateTime &now,
                                                        const QStringList &sites)
{
    // A new volunteer's identity and tenancy checked (against the tenant number or the
    // address): kept with the person so every tablet of the site stops asking, and audited.
    // The first check stands; a later one from another tablet is audited but changes nothing.
    const QString personId = uuidOf(m.payload.value(u"personId"_s));
    const QString method = m.payload.value(u"method"_s).toString();
    auto q = run(u"SELECT site_id, erased_at, data FROM person WHERE id = ?"_s, {personId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(0).toString()) || !q->value(1).toString().isEmpty())
        return refused(m.seq, u"person-unknown"_s);
    const QString site = q->value(0).toString();
    QJsonObject data = parseObject(q->value(2));
    q->finish();
    const bool already = data.value(u"identityCheck"_s).isObject();
    if (!already) {
        data.insert(u"identityCheck"_s, QJsonObject{{u"method"_s, method}, {u"staffId"_s, m.staffId},
                                                     {u"deviceId"_s, device.id}, {u"at"_s, isoUtc(now)}});
        if (!run(u"UPDATE person SET data = ? WHERE id = ?"_s, {compact(data), personId}) || !emitPerson(personId))
            return std::nullopt;
    }
    if (!audit(device, m, now, site, u"person"_s, personId, {{u"method"_s, method}}))
        return std::nullopt;
    const QString standing = data.value(u"identityCheck"_s)[u"method"_s].toString();
    if (already)
        return accepted(m.seq, {{u"personId"_s, personId}, {u"method"_s, standing}, {u"alreadyChecked"_s, true}});
    return accepted(m.seq, {{u"personId"_s, personId}, {u"method"_s, standing}});
}

std::optional<QJsonObject> SqlStore::applyDecision(const Device &device, const Mutation &m, const QDateTime &now,
                                                   const QStringList &sites)
{
    const QString signupId = uuidOf(m.payload.value(u"signupId"_s));
    const DecisionKind kind = *decisionKindFromKey(m.payload.value(u"decision"_s).toString());
    const QString reason = m.payload.value(u"reason"_s).toString();
    const QString message = m.payload.value(u"messageToTenant"_s).toString();
    const qint64 seen = qint64(m.payload.value(u"seenVersion"_s).toDouble());

    auto q = run(u"SELECT state, opportunity_id, site_id, version FROM signup WHERE id = ?"_s, {signupId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(2).toString()))
        return refused(m.seq, u"signup-unknown"_s);
    const QString state = q->value(0).toString(), opportunityId = q->value(1).toString(), site = q->value(2).toString();
    const qint64 version = q->value(3).toLongLong();
    q->finish();

    // Every decision is kept, in server arrival order, with who made it on which tablet.
    auto record = [&](const QString &status, const QString &refusal, qint64 currentVersion) -> bool {
        const auto arrival = scalar(u"SELECT COALESCE(MAX(arrival), 0) + 1 FROM decision"_s);
        if (!arrival)
            return false;
        if (!run(u"INSERT INTO decision (id, signup_id, site_id, staff_id, device_id, decision, reason, message, "
                 "seen_version, current_version, status, refusal, device_time, received_at, arrival) "
                 "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?)"_s,
                 {m.id, signupId, site, m.staffId, device.id, toKey(kind), reason, message, seen, currentVersion,
                  status, nullIfEmpty(refusal), isoUtc(m.deviceTime), isoUtc(now), arrival->toLongLong()}))
            return false;
        return emitDecision(m.id)
            && audit(device, m, now, site, u"signup"_s, signupId,
                     {{u"decision"_s, toKey(kind)}, {u"status"_s, status}, {u"decisionId"_s, m.id}});
    };
    QJsonObject out{{u"seq"_s, double(m.seq)}, {u"signupId"_s, signupId}, {u"decisionId"_s, m.id}};

    if (seen != version) {
        // Someone (or the server) changed the sign-up since this staff member looked: the
        // decision goes to the conflict list and changes nothing.
        if (!record(u"conflict"_s, u"stale-version"_s, version))
            return std::nullopt;
        out.insert(u"status"_s, u"conflict"_s);
        out.insert(u"reason"_s, u"stale-version"_s);
        out.insert(u"currentVersion"_s, double(version));
        out.insert(u"currentState"_s, state);
        return out;
    }
    auto o = run(u"SELECT capacity, confirmed FROM opportunity WHERE id = ?"_s, {opportunityId});
    if (!o || !o->next())
        return std::nullopt;
    const int capacity = o->value(0).toInt(), confirmed = o->value(1).toInt();
    o->finish();
    const auto current = signupStateFromKey(state);
    const DecisionRuling ruling =
        ruleOnDecision(current.value_or(SignupState::Withdrawn), kind, capacity == 0 || confirmed < capacity);
    if (ruling.effect == DecisionRuling::Refuse) {
        if (!record(u"refused"_s, ruling.refusal, version))
            return std::nullopt;
        out.insert(u"status"_s, u"refused"_s);
        out.insert(u"reason"_s, ruling.refusal);
        return out;
    }
    qint64 newVersion = version;
    if (ruling.effect == DecisionRuling::Apply) {
        const QString to = toKey(ruling.to);
        if (!run(u"UPDATE signup SET state = ?, waitlist_position = 0, version = version + 1, message_to_tenant = ?, "
                 "decline_reason = ? WHERE id = ?"_s,
                 {to, nullIfEmpty(message), ruling.to == SignupState::Declined ? QVariant(u"staff-decision"_s) : QVariant(),
                  signupId}))
            return std::nullopt;
        newVersion = version + 1;
        if (ruling.takesPlace && !run(u"UPDATE opportunity SET confirmed = confirmed + 1 WHERE id = ?"_s, {opportunityId}))
            return std::nullopt;
        if (ruling.freesPlace && !run(u"UPDATE opportunity SET confirmed = confirmed - 1 WHERE id = ?"_s, {opportunityId}))
            return std::nullopt;
        if (!emitSignup(signupId) || !promoteWaitlist(opportunityId) || !emitOpportunity(opportunityId))
            return std::nullopt;
    }
    const bool unchanged = ruling.effect == DecisionRuling::Unchanged;
    if (!record(unchanged ? u"unchanged"_s : u"decided"_s, QString(), newVersion))
        return std::nullopt;
    out.insert(u"status"_s, u"decided"_s);
    out.insert(u"state"_s, toKey(ruling.to));
    out.insert(u"version"_s, double(newVersion));
    if (unchanged)
        out.insert(u"unchanged"_s, true);
    return out;
}

std::optional<QJsonObject> SqlStore::applyOpportunityUpsert(const Device &device, const Mutation &m,
                                                            const QDateTime &now, const QStringList &sites)
{
    Opportunity o = *m.opportunity;
    if (o.site.id.isEmpty() || !sites.contains(o.site.id))
        return refused(m.seq, u"site-not-allowed"_s);
    const auto neighbourhood = scalar(u"SELECT neighbourhood FROM site WHERE id = ?"_s, {o.site.id});
    if (!neighbourhood)
        return std::nullopt;
    if (neighbourhood->isNull())
        return refused(m.seq, u"site-unknown"_s);
    if (o.neighbourhood.isEmpty())
        o.neighbourhood = neighbourhood->toString();
    auto existing = run(u"SELECT site_id, confirmed, data FROM opportunity WHERE id = ?"_s, {o.id});
    if (!existing)
        return std::nullopt;
    if (existing->next()) {
        const QString oldSite = existing->value(0).toString();
        const int confirmed = existing->value(1).toInt();
        o.version = qint64(parseObject(existing->value(2)).value(u"version"_s).toDouble()) + 1;
        existing->finish();
        if (!oldSite.isEmpty() && !sites.contains(oldSite))
            return refused(m.seq, u"site-not-allowed"_s);
        if (o.capacity > 0 && o.capacity < confirmed) {
            QJsonObject r = refused(m.seq, u"capacity-below-confirmed"_s);
            r.insert(u"opportunityId"_s, o.id);
            r.insert(u"confirmed"_s, confirmed);
            return r;
        }
    } else {
        existing->finish();
        o.version = 1;
    }
    QJsonObject json = Wire::toJson(o);
    json.remove(u"placesTaken"_s); // the server counts places and the waitlist itself
    json.remove(u"waitlistLength"_s);
    if (!run(u"INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, end_date, data) "
             "VALUES (?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, status = excluded.status, "
             "capacity = excluded.capacity, minimum_age = excluded.minimum_age, "
             "end_date = excluded.end_date, data = excluded.data"_s,
             {o.id, o.site.id, toKey(o.status), o.capacity, o.minimumAge,
              o.endDate.isValid() ? o.endDate.toString(Qt::ISODate) : QString(), compact(json)}))
        return std::nullopt;
    // More room may serve the waitlist.
    if (!promoteWaitlist(o.id) || !emitOpportunity(o.id)
        || !audit(device, m, now, o.site.id, u"opportunity"_s, o.id, {{u"status"_s, toKey(o.status)}}))
        return std::nullopt;
    return accepted(m.seq, {{u"opportunityId"_s, o.id}, {u"version"_s, double(o.version)}});
}

std::optional<QJsonObject> SqlStore::applyHours(const Device &device, const Mutation &m, const QDateTime &now,
                                                const QStringList &sites)
{
    const QJsonObject entry = m.payload.value(u"entry"_s).toObject();
    const QString id = uuidOf(entry.value(u"id"_s));
    const QString personId = uuidOf(entry.value(u"personId"_s));
    const QString opportunityId = entry.value(u"opportunityId"_s).toString();
    const QString date = entry.value(u"date"_s).toString();
    const auto known = scalar(u"SELECT COUNT(*) FROM hours WHERE id = ?"_s, {id});
    if (!known)
        return std::nullopt;
    if (known->toInt() > 0)
        return accepted(m.seq, {{u"entryId"_s, id}});
    const auto erased = scalar(u"SELECT COALESCE(erased_at, '') FROM person WHERE id = ?"_s, {personId});
    if (!erased)
        return std::nullopt;
    if (erased->isNull() || !erased->toString().isEmpty())
        return refused(m.seq, u"person-unknown"_s);
    if (device.kind == "phone"_L1) {
        const auto bound = scalar(u"SELECT COUNT(*) FROM device_person WHERE device_id = ? AND person_id = ?"_s,
                                  {device.id, personId});
        if (!bound)
            return std::nullopt;
        if (bound->toInt() == 0)
            return refused(m.seq, u"person-unknown"_s);
    }
    const auto site = scalar(u"SELECT COALESCE(site_id, '') FROM opportunity WHERE id = ?"_s, {opportunityId});
    if (!site)
        return std::nullopt;
    if (site->isNull())
        return refused(m.seq, u"opportunity-unknown"_s);
    if (device.kind == "staff"_L1 && !sites.contains(site->toString()))
        return refused(m.seq, u"site-not-allowed"_s);
    if (!run(u"INSERT INTO hours (id, person_id, opportunity_id, site_id, work_date, minutes, note, staff_id, "
             "device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"_s,
             {id, personId, opportunityId, nullIfEmpty(site->toString()), date, entry.value(u"minutes"_s).toInt(),
              entry.value(u"note"_s).toString(), nullIfEmpty(m.staffId), device.id, isoUtc(now)})
        || !emitHours(id) || !emitBalance(personId, date.left(7)))
        return std::nullopt;
    if (!m.staffId.isEmpty() && !audit(device, m, now, site->toString(), u"hours"_s, id, {}))
        return std::nullopt;
    return accepted(m.seq, {{u"entryId"_s, id}});
}

std::optional<QJsonObject> SqlStore::applyHoursVerifyOrCorrect(const Device &device, const Mutation &m,
                                                               const QDateTime &now, const QStringList &sites)
{
    const bool correct = m.kind == "hours-correct"_L1;
    const QJsonObject entry = m.payload.value(u"entry"_s).toObject();
    const QString originalId =
        uuidOf(correct ? entry.value(u"correctsEntryId"_s) : m.payload.value(u"entryId"_s));
    auto q = run(u"SELECT person_id, opportunity_id, COALESCE(site_id, ''), work_date, verified_by FROM hours WHERE id = ?"_s,
                 {originalId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(2).toString()))
        return refused(m.seq, u"entry-unknown"_s);
    const QString personId = q->value(0).toString(), opportunityId = q->value(1).toString();
    const QString site = q->value(2).toString(), originalDate = q->value(3).toString();
    const bool verified = !q->value(4).toString().isEmpty();
    q->finish();
    const auto correction = scalar(u"SELECT id FROM hours WHERE corrects_id = ?"_s, {originalId});
    if (!correction)
        return std::nullopt;

    if (!correct) {
        if (!correction->isNull())
            return refused(m.seq, u"already-corrected"_s);
        if (verified)
            return accepted(m.seq, {{u"entryId"_s, originalId}});
        if (!run(u"UPDATE hours SET verified_by = ?, verified_at = ? WHERE id = ?"_s, {m.staffId, isoUtc(now), originalId})
            || !emitHours(originalId) || !emitBalance(personId, originalDate.left(7))
            || !audit(device, m, now, site, u"hours"_s, originalId, {}))
            return std::nullopt;
        return accepted(m.seq, {{u"entryId"_s, originalId}});
    }

    const QString id = uuidOf(entry.value(u"id"_s));
    if (!correction->isNull()) {
        if (correction->toString() == id)
            return accepted(m.seq, {{u"entryId"_s, id}, {u"correctsEntryId"_s, originalId}});
        return refused(m.seq, u"already-corrected"_s);
    }
    const auto known = scalar(u"SELECT COUNT(*) FROM hours WHERE id = ?"_s, {id});
    if (!known)
        return std::nullopt;
    if (known->toInt() > 0)
        return refused(m.seq, u"entry-exists"_s);
    const QString date = entry.value(u"date"_s).toString();
    // A new entry, verified by the staff member who made it; the original stays as it was.
    if (!run(u"INSERT INTO hours (id, person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, "
             "staff_id, device_id, created_at, verified_by, verified_at) "
             "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?)"_s,
             {id, personId, opportunityId, site, date, entry.value(u"minutes"_s).toInt(), entry.value(u"note"_s).toString(),
              originalId, m.staffId, device.id, isoUtc(now), m.staffId, isoUtc(now)})
        || !emitHours(id) || !emitHours(originalId) || !emitBalance(personId, date.left(7)))
        return std::nullopt;
    if (originalDate.left(7) != date.left(7) && !emitBalance(personId, originalDate.left(7)))
        return std::nullopt;
    if (!audit(device, m, now, site, u"hours"_s, id, {{u"correctsEntryId"_s, originalId}}))
        return std::nullopt;
    return accepted(m.seq, {{u"entryId"_s, id}, {u"correctsEntryId"_s, originalId}});
}

std::optional<QJsonObject> SqlStore::applyHoursAgreement(const Device &device, const Mutation &m, const QDateTime &now,
                                                         const QStringList &sites)
{
    const QString personId = uuidOf(m.payload.value(u"personId"_s));
    auto q = run(u"SELECT site_id, erased_at FROM person WHERE id = ?"_s, {personId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(0).toString()) || !q->value(1).toString().isEmpty())
        return refused(m.seq, u"person-unknown"_s);
    const QString site = q->value(0).toString();
    q->finish();
    if (!run(u"UPDATE person SET agreed_minutes = ? WHERE id = ?"_s,
             {m.payload.value(u"minutesPerMonth"_s).toInt(), personId})
        || !emitPerson(personId) || !emitBalance(personId, now.toUTC().toString(u"yyyy-MM"_s))
        || !audit(device, m, now, site, u"person"_s, personId, {}))
        return std::nullopt;
    return accepted(m.seq, {{u"personId"_s, personId}});
}

std::optional<QJsonObject> SqlStore::applyPlacement(const Device &device, const Mutation &m, const QDateTime &now,
                                                    const QStringList &sites)
{
    const QString signupId = uuidOf(m.payload.value(u"signupId"_s));
    const QString placement = m.payload.value(u"placement"_s).toString();
    auto q = run(u"SELECT s.state, s.opportunity_id, s.site_id, o.data FROM signup s JOIN opportunity o "
                 "ON o.id = s.opportunity_id WHERE s.id = ?"_s,
                 {signupId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(2).toString()))
        return refused(m.seq, u"signup-unknown"_s);
    const QString state = q->value(0).toString(), opportunityId = q->value(1).toString(), site = q->value(2).toString();
    const bool training = parseObject(q->value(3)).value(u"kind"_s).toString() == toKey(OpportunityKind::TrainingPlace);
    q->finish();
    if (!training)
        return refused(m.seq, u"not-a-training-place"_s);
    if (state != "confirmed"_L1)
        return refused(m.seq, u"not-allowed"_s);
    if (!run(u"INSERT INTO placement_event (id, signup_id, opportunity_id, site_id, kind, event_date, staff_id, "
             "device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {m.id, signupId, opportunityId, site, placement, m.payload.value(u"date"_s).toString(), m.staffId,
              device.id, isoUtc(now)})
        || !run(u"UPDATE signup SET placement = ? WHERE id = ?"_s, {placement, signupId}) || !emitSignup(signupId)
        // The event itself goes to the site's tablets, which count it offline by its date.
        || !appendChange(u"placement"_s, m.id, u"upsert"_s, kPersonal, site, device.id, QVariant(),
                         {{u"id"_s, m.id}, {u"signupId"_s, signupId}, {u"opportunityId"_s, opportunityId},
                          {u"placement"_s, placement}, {u"date"_s, m.payload.value(u"date"_s).toString()}})
        || !audit(device, m, now, site, u"signup"_s, signupId, {{u"placement"_s, placement}}))
        return std::nullopt;
    return accepted(m.seq, {{u"signupId"_s, signupId}, {u"placement"_s, placement}});
}

std::optional<QJsonObject> SqlStore::applyConsentWithdraw(const Device &device, const Mutation &m,
                                                          const QDateTime &now, const QStringList &sites)
{
    const QString personId = uuidOf(m.payload.value(u"personId"_s));
    const QString purpose = m.payload.value(u"purpose"_s).toString();
    auto q = run(u"SELECT site_id, erased_at FROM person WHERE id = ?"_s, {personId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !q->value(1).toString().isEmpty())
        return refused(m.seq, u"person-unknown"_s);
    const QString site = q->value(0).toString();
    q->finish();
    if (device.kind == "phone"_L1) {
        const auto bound = scalar(u"SELECT COUNT(*) FROM device_person WHERE device_id = ? AND person_id = ?"_s,
                                  {device.id, personId});
        if (!bound)
            return std::nullopt;
        if (bound->toInt() == 0)
            return refused(m.seq, u"person-unknown"_s);
    } else if (!sites.contains(site)) {
        return refused(m.seq, u"person-unknown"_s);
    }
    auto u = run(u"UPDATE consent SET withdrawn_at = ? WHERE person_id = ? AND purpose = ? AND withdrawn_at IS NULL"_s,
                 {isoUtc(now), personId, purpose});
    if (!u)
        return std::nullopt;
    const int withdrawn = u->numRowsAffected();
    u->finish();
    if (!emitPerson(personId))
        return std::nullopt;
    if (!m.staffId.isEmpty() && !audit(device, m, now, site, u"person"_s, personId, {{u"purpose"_s, purpose}}))
        return std::nullopt;
    return accepted(m.seq, {{u"personId"_s, personId}, {u"purpose"_s, purpose}, {u"withdrawn"_s, withdrawn}});
}

std::optional<QJsonObject> SqlStore::applyErasure(const Device &device, const Mutation &m, const QDateTime &now,
                                                  const QStringList &sites)
{
    const QString personId = uuidOf(m.payload.value(u"personId"_s));
    auto q = run(u"SELECT site_id, erased_at FROM person WHERE id = ?"_s, {personId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(0).toString()))
        return refused(m.seq, u"person-unknown"_s);
    const QString site = q->value(0).toString();
    const bool already = !q->value(1).toString().isEmpty();
    q->finish();
    if (already)
        return accepted(m.seq, {{u"personId"_s, personId}, {u"signupsWithdrawn"_s, 0}});

    // 1. Free their future places; the waitlist moves up.
    QStringList future;
    {
        auto s = run(u"SELECT s.id FROM signup s JOIN opportunity o ON o.id = s.opportunity_id WHERE s.person_id = ? "
                     "AND s.state IN ('confirmed', 'waitlisted') AND (o.end_date IS NULL OR o.end_date = '' "
                     "OR o.end_date >= ?) ORDER BY s.arrival"_s,
                     {personId, now.toUTC().date().toString(Qt::ISODate)});
        if (!s)
            return std::nullopt;
        while (s->next())
            future.append(s->value(0).toString());
    }
    for (const QString &id : std::as_const(future)) {
        if (!withdrawSignup(id))
            return std::nullopt;
    }

    // 2. Anonymise: ids, dates of work and minutes stay (for the figures), the person goes.
    QStringList signups, decisionIds;
    {
        auto s = run(u"SELECT id FROM signup WHERE person_id = ?"_s, {personId});
        if (!s)
            return std::nullopt;
        while (s->next())
            signups.append(s->value(0).toString());
    }
    for (const QString &signupId : std::as_const(signups)) {
        auto d = run(u"SELECT id FROM decision WHERE signup_id = ?"_s, {signupId});
        if (!d)
            return std::nullopt;
        while (d->next())
            decisionIds.append(d->value(0).toString());
    }
    const QJsonObject anonymous{{u"id"_s, personId}, {u"erased"_s, true}};
    if (!run(u"UPDATE person SET personal_code = NULL, date_of_birth = NULL, data = ?, erased_at = ?, "
             "agreed_minutes = 0 WHERE id = ?"_s,
             {compact(anonymous), isoUtc(now), personId})
        || !run(u"DELETE FROM consent WHERE person_id = ?"_s, {personId})
        || !run(u"UPDATE hours SET note = '' WHERE person_id = ?"_s, {personId})
        || !run(u"UPDATE signup SET data = '{}', message_to_tenant = NULL WHERE person_id = ?"_s, {personId})
        || !run(u"UPDATE decision SET reason = '', message = '' WHERE signup_id IN "
                "(SELECT id FROM signup WHERE person_id = ?)"_s,
                {personId})
        // Payloads set aside for a reused sequence number may hold the registration.
        || !run(u"UPDATE conflict SET payload = '{}' WHERE payload LIKE ?"_s, {QString(u'%' + personId + u'%')}))
        return std::nullopt;

    // 3. The change log: every row that carried their data goes; each device that could see
    //    one gets a tombstone (same scope columns), sign-ups and decisions a clean copy.
    struct Seen
    {
        QString entity, id;
        QVariant site, device;
    };
    QList<Seen> seen;
    {
        auto c = run(u"SELECT DISTINCT entity, entity_id, site_id, device_id FROM change_log WHERE person_id = ? "
                     "AND entity IN ('person', 'hours', 'balance')"_s,
                     {personId});
        if (!c)
            return std::nullopt;
        while (c->next())
            seen.append({c->value(0).toString(), c->value(1).toString(), c->value(2), c->value(3)});
    }
    if (!run(u"DELETE FROM change_log WHERE person_id = ? AND entity IN ('person', 'hours', 'balance', 'signup')"_s,
             {personId}))
        return std::nullopt;
    for (const Seen &s : std::as_const(seen)) {
        if (!appendChange(s.entity, s.id, u"delete"_s, kPersonal, s.site, s.device, personId, {}))
            return std::nullopt;
    }
    for (const QString &signupId : std::as_const(signups)) {
        if (!emitSignup(signupId))
            return std::nullopt;
    }
    for (const QString &decisionId : std::as_const(decisionIds)) {
        if (!run(u"DELETE FROM change_log WHERE entity = 'decision' AND entity_id = ?"_s, {decisionId})
            || !emitDecision(decisionId))
            return std::nullopt;
    }
    if (!audit(device, m, now, site, u"person"_s, personId, {{u"signupsWithdrawn"_s, int(future.size())}}))
        return std::nullopt;
    return accepted(m.seq, {{u"personId"_s, personId}, {u"signupsWithdrawn"_s, int(future.size())}});
}

// ---------------------------------------------------------------- results

std::optional<Results> SqlStore::results(const ResultsFilter &filter)
{
    // The facts; Meedoen::computeResults() applies the filter and the definitions, the same
    // function the staff tablet runs on its pulled copy.
    QList<ResultsOpportunity> opportunities;
    {
        auto q = run(u"SELECT o.id, COALESCE(o.site_id, ''), o.status, o.capacity, o.confirmed, o.data, "
                     "COALESCE(s.neighbourhood, ''), (SELECT COUNT(*) FROM signup w WHERE w.opportunity_id = o.id "
                     "AND w.state = 'waitlisted') FROM opportunity o LEFT JOIN site s ON s.id = o.site_id ORDER BY o.id"_s);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            const QJsonObject data = parseObject(q->value(5));
            ResultsOpportunity f;
            f.id = q->value(0).toString();
            f.site = q->value(1).toString();
            f.status = q->value(2).toString();
            f.capacity = q->value(3).toInt();
            f.confirmed = q->value(4).toInt();
            f.title = data.value(u"title"_s).toString();
            f.kind = data.value(u"kind"_s).toString();
            f.route = data.value(u"route"_s).toString();
            f.neighbourhood = data.value(u"neighbourhood"_s).toString();
            if (f.neighbourhood.isEmpty())
                f.neighbourhood = q->value(6).toString();
            f.waitlistLength = q->value(7).toInt();
            opportunities.append(f);
        }
    }
    QList<ResultsHours> hours;
    {
        auto q = run(u"SELECT h.person_id, h.opportunity_id, h.work_date, h.minutes FROM hours h "
                     "WHERE NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)"_s);
        if (!q)
            return std::nullopt;
        while (q->next())
            hours.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()});
    }
    QList<ResultsPlacement> placements;
    {
        auto q = run(u"SELECT opportunity_id, kind, event_date FROM placement_event"_s);
        if (!q)
            return std::nullopt;
        while (q->next())
            placements.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    return computeResults(opportunities, hours, placements, filter);
}

std::optional<QList<DecisionRecord>> SqlStore::decisions(const QString &site)
{
    auto q = run(u"SELECT d.id, d.received_at, d.device_time, COALESCE(st.login, ''), COALESCE(st.name, ''), "
                 "d.device_id, COALESCE(s.reference_code, ''), COALESCE(s.opportunity_id, ''), COALESCE(o.data, '{}'), "
                 "d.decision, d.status, COALESCE(d.refusal, ''), d.reason, d.message FROM decision d "
                 "LEFT JOIN staff st ON st.id = d.staff_id LEFT JOIN signup s ON s.id = d.signup_id "
                 "LEFT JOIN opportunity o ON o.id = s.opportunity_id WHERE d.site_id = ? ORDER BY d.arrival"_s,
                 {site});
    if (!q)
        return std::nullopt;
    QList<DecisionRecord> out;
    while (q->next()) {
        DecisionRecord r;
        r.id = q->value(0).toString();
        r.decidedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        r.deviceTime = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        r.staffLogin = q->value(3).toString();
        r.staffName = q->value(4).toString();
        r.deviceId = q->value(5).toString();
        r.referenceCode = q->value(6).toString();
        r.opportunityId = q->value(7).toString();
        r.opportunityTitle = parseObject(q->value(8)).value(u"title"_s).toString();
        r.decision = q->value(9).toString();
        r.status = q->value(10).toString();
        r.refusal = q->value(11).toString();
        r.reason = q->value(12).toString();
        r.messageToTenant = q->value(13).toString();
        out.append(r);
    }
    return out;
}

} // namespace Server
