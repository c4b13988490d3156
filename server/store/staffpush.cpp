// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The staff kinds of mutation but hours and erasure (StaffPush, staffpush.h).

#include "server/store/staffpush.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/erasure.h"
#include "server/store/hourspush.h"
#include "server/store/staffaccounts.h"
#include "server/store/storehelpers.h"
#include "server/store/waitlist.h"

#include "core/staffdecision.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

StaffPush::StaffPush(Session &session, ChangeLog &changes, Waitlist &waitlist, AuditLog &audit,
                     StaffAccounts &accounts, HoursPush &hours, Erasure &erasure)
    : StorePart(session), m_changes(changes), m_waitlist(waitlist), m_audit(audit), m_accounts(accounts),
      m_hours(hours), m_erasure(erasure)
{
}

std::optional<QJsonObject> StaffPush::apply(const Device &device, const Mutation &m, const QDateTime &now)
{
    if (!m.refusal.isEmpty())
        return refused(m.seq, m.refusal);
    QStringList sites;
    if (device.kind == "staff"_L1) {
        if (m.staffId.isEmpty())
            return refused(m.seq, u"staff-not-signed-in"_s);
        const auto s = m_accounts.signedInSites(device, m.staffId);
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
        return m_hours.applyHours(device, m, now, sites);
    if (m.kind == "hours-verify"_L1 || m.kind == "hours-correct"_L1)
        return m_hours.applyHoursVerifyOrCorrect(device, m, now, sites);
    if (m.kind == "hours-agreement"_L1)
        return m_hours.applyHoursAgreement(device, m, now, sites);
    if (m.kind == "placement"_L1)
        return applyPlacement(device, m, now, sites);
    if (m.kind == "consent-withdraw"_L1)
        return applyConsentWithdraw(device, m, now, sites);
    if (m.kind == "identity-check"_L1)
        return applyIdentityCheck(device, m, now, sites);
    return m_erasure.applyErasure(device, m, now, sites);
}

std::optional<QJsonObject> StaffPush::applyDecision(const Device &device, const Mutation &m, const QDateTime &now,
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
        return m_changes.emitEntity(ChangeEntity::Decision, {m.id})
            && m_audit.record(device, m, now, site, u"signup"_s, signupId,
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
        if (!m_changes.emitEntity(ChangeEntity::Signup, {signupId}) || !m_waitlist.promote(opportunityId)
            || !m_changes.emitEntity(ChangeEntity::Opportunity, {opportunityId}))
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

std::optional<QJsonObject> StaffPush::applyOpportunityUpsert(const Device &device, const Mutation &m,
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
    if (!m_waitlist.promote(o.id) || !m_changes.emitEntity(ChangeEntity::Opportunity, {o.id})
        || !m_audit.record(device, m, now, o.site.id, u"opportunity"_s, o.id, {{u"status"_s, toKey(o.status)}}))
        return std::nullopt;
    return accepted(m.seq, {{u"opportunityId"_s, o.id}, {u"version"_s, double(o.version)}});
}

std::optional<QJsonObject> StaffPush::applyPlacement(const Device &device, const Mutation &m, const QDateTime &now,
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
    const Row event{m.id, signupId, opportunityId, site, placement, m.payload.value(u"date"_s).toString(), m.staffId,
                    device.id, isoUtc(now)};
    if (!run(u"INSERT INTO placement_event (id, signup_id, opportunity_id, site_id, kind, event_date, staff_id, "
             "device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             event)
        || !run(u"UPDATE signup SET placement = ? WHERE id = ?"_s, {placement, signupId})
        || !m_changes.emitEntity(ChangeEntity::Signup, {signupId})
        // The event itself goes to the site's tablets, which count it offline by its date.
        || !m_changes.emitWritten(ChangeEntity::Placement, {m.id}, event)
        || !m_audit.record(device, m, now, site, u"signup"_s, signupId, {{u"placement"_s, placement}}))
        return std::nullopt;
    return accepted(m.seq, {{u"signupId"_s, signupId}, {u"placement"_s, placement}});
}

std::optional<QJsonObject> StaffPush::applyConsentWithdraw(const Device &device, const Mutation &m,
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
    if (!m_changes.emitEntity(ChangeEntity::Person, {personId}))
        return std::nullopt;
    if (!m.staffId.isEmpty() && !m_audit.record(device, m, now, site, u"person"_s, personId, {{u"purpose"_s, purpose}}))
        return std::nullopt;
    return accepted(m.seq, {{u"personId"_s, personId}, {u"purpose"_s, purpose}, {u"withdrawn"_s, withdrawn}});
}

std::optional<QJsonObject> StaffPush::applyIdentityCheck(const Device &device, const Mutation &m, const QDateTime &now,
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
        if (!run(u"UPDATE person SET data = ? WHERE id = ?"_s, {compact(data), personId})
            || !m_changes.emitEntity(ChangeEntity::Person, {personId}))
            return std::nullopt;
    }
    if (!m_audit.record(device, m, now, site, u"person"_s, personId, {{u"method"_s, method}}))
        return std::nullopt;
    const QString standing = data.value(u"identityCheck"_s)[u"method"_s].toString();
    if (already)
        return accepted(m.seq, {{u"personId"_s, personId}, {u"method"_s, standing}, {u"alreadyChecked"_s, true}});
    return accepted(m.seq, {{u"personId"_s, personId}, {u"method"_s, standing}});
}

} // namespace Server
