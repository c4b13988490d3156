// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The staff kinds of mutation but hours and erasure (StaffPush, staffpush.h).

#include "server/store/staffpush.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/erasure.h"
#include "server/store/hourspush.h"
#include "server/store/partners.h"
#include "server/store/scope.h"
#include "server/store/staffaccounts.h"
#include "server/store/trajectories.h"
#include "server/store/storehelpers.h"
#include "server/store/waitlist.h"
#include "server/securitylog.h"

#include "core/staffdecision.h"
#include "core/trajectory.h"
#include "protocol/changes.h"
#include "protocol/requests.h"
#include "protocol/staffroles.h"
#include "protocol/wire.h"

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

namespace {

Wire::AuditDetail statusDetail(OpportunityStatus status)
{
    Wire::AuditDetail detail;
    detail.status = toKey(status);
    return detail;
}

Wire::AuditDetail placementDetail(const QString &placement)
{
    Wire::AuditDetail detail;
    detail.placement = placement;
    return detail;
}

} // namespace

Wire::Outcome StaffPush::roleRefused(const Device &device, const Mutation &m, Wire::Permission permission)
{
    logSecurityEvent("role-refused", {{"device", device.id}, {"kind", Wire::toKey(m.kind)},
                                      {"permission", Wire::toKey(permission)}});
    return Wire::Outcome::roleNotAllowed(m.seq, Wire::toKey(permission));
}

StaffPush::StaffPush(Session &session, ChangeLog &changes, Waitlist &waitlist, AuditLog &audit,
                     StaffAccounts &accounts, HoursPush &hours, Erasure &erasure, Partners &partners,
                     Trajectories &trajectories)
    : StorePart(session), m_changes(changes), m_waitlist(waitlist), m_audit(audit), m_accounts(accounts),
      m_hours(hours), m_erasure(erasure), m_partners(partners), m_trajectories(trajectories)
{
}

std::optional<Wire::Outcome> StaffPush::apply(const Device &device, const Mutation &m, const QDateTime &now)
{
    const QString staffId = Wire::staffIdOf(m.payload);
    QStringList sites;
    m_audit.setActingRole({});
    if (device.kind == Wire::toKey(Wire::DeviceKind::Staff)) {
        if (staffId.isEmpty())
            return Wire::Outcome::refused(m.seq, Wire::Reason::StaffNotSignedIn);
        const auto staff = m_accounts.signedInMember(device, staffId);
        if (!staff)
            return std::nullopt;
        if (staff->sites.isEmpty())
            return Wire::Outcome::refused(m.seq, Wire::Reason::StaffNotSignedIn);
        const auto permission = Wire::permissionFor(m.kind);
        if (!permission) // a phone's kind (hours-withdraw, erase-request): staff correct or erase instead
            return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed);
        // The roles at the tablet's site decide; the records it may touch are those of the
        // sites where the roles hold the permission too (coordinator here, viewer there: not there).
        const auto role = Wire::roleAllowing(staff->rolesAt(device.site), *permission);
        if (!role)
            return roleRefused(device, m, *permission);
        sites = staff->sitesAllowing(*permission);
        m_audit.setActingRole(Wire::toKey(*role));
    } else {
        // A phone may log, edit and withdraw hours, withdraw a consent and ask for erasure for its
        // own tenant; nothing else.
        if (device.kind != Wire::toKey(Wire::DeviceKind::Phone) || !Wire::isTenantPhoneKind(m.kind) || !staffId.isEmpty())
            return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed);
    }
    switch (m.kind) {
    case Wire::MutationKind::Decision: return applyDecision(device, m, now, sites);
    case Wire::MutationKind::OpportunityUpsert: return applyOpportunityUpsert(device, m, now, sites);
    case Wire::MutationKind::Hours: return m_hours.applyHours(device, m, now, sites);
    case Wire::MutationKind::HoursVerify:
    case Wire::MutationKind::HoursCorrect: return m_hours.applyHoursVerifyOrCorrect(device, m, now, sites);
    case Wire::MutationKind::HoursAgreement: return m_hours.applyHoursAgreement(device, m, now, sites);
    case Wire::MutationKind::Placement: return applyPlacement(device, m, now, sites);
    case Wire::MutationKind::ConsentWithdraw: return applyConsentWithdraw(device, m, now, sites);
    case Wire::MutationKind::ConsentGive:
        if (device.kind != Wire::toKey(Wire::DeviceKind::Phone))
            return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed); // only the tenant gives consent
        return applyConsentGive(device, m, now);
    case Wire::MutationKind::IdentityCheck: return applyIdentityCheck(device, m, now, sites);
    case Wire::MutationKind::GoalUpsert: return applyGoalUpsert(device, m, now, sites);
    case Wire::MutationKind::HoursWithdraw:
        if (device.kind != Wire::toKey(Wire::DeviceKind::Phone))
            return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed); // staff correct to 0 instead
        return m_hours.applyHoursWithdraw(device, m, now);
    case Wire::MutationKind::ErasePerson: return m_erasure.applyErasure(device, m, now, sites);
    case Wire::MutationKind::EraseRequest:
        if (device.kind != Wire::toKey(Wire::DeviceKind::Phone))
            return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed); // staff erase instead
        return m_erasure.applyEraseRequest(device, m, now);
    case Wire::MutationKind::PartnerUpsert: return m_partners.applyPartnerUpsert(device, m, now);
    case Wire::MutationKind::PartnerContribution: return m_partners.applyContribution(device, m, now, sites);
    case Wire::MutationKind::TrajectoryStep: return m_trajectories.applyStep(device, m, now, sites);
    default: return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed); // a tenant's kind: not here
    }
}

std::optional<Wire::Outcome> StaffPush::applyDecision(const Device &device, const Mutation &m, const QDateTime &now,
                                                   const QStringList &sites)
{
    const auto &payload = m.as<Wire::DecisionPayload>();
    const QString &signupId = payload.signupId;
    const DecisionKind kind = payload.decision;
    const QString &reason = payload.reason;
    const QString &message = payload.messageToTenant;
    const qint64 seen = payload.seenVersion;

    auto q = run(u"SELECT state, opportunity_id, site_id, version FROM signup WHERE id = ?"_s, {signupId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(2).toString()))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SignupUnknown);
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
                 {m.id, signupId, site, payload.staffId, device.id, toKey(kind), reason, message, seen, currentVersion,
                  status, nullIfEmpty(refusal), isoUtc(m.deviceTime), isoUtc(now), arrival->toLongLong()}))
            return false;
        Wire::AuditDetail detail;
        detail.decision = toKey(kind);
        detail.status = status;
        detail.decisionId = m.id;
        return m_changes.emitEntity(Wire::Entity::Decision, {m.id})
            && m_audit.record(device, m, now, site, Wire::Entity::Signup, signupId, detail);
    };
    const auto answer = [&](Wire::OutcomeStatus status, const QString &why = {}) {
        Wire::Outcome out = Wire::Outcome::of(m.seq, status, why);
        out.signupId = signupId;
        out.decisionId = m.id;
        return out;
    };

    if (seen != version) {
        // Someone (or the server) changed the sign-up since this staff member looked: the
        // decision goes to the conflict list and changes nothing.
        const QString stale = toKey(Wire::Reason::StaleVersion);
        if (!record(toKey(Wire::OutcomeStatus::Conflict), stale, version))
            return std::nullopt;
        Wire::Outcome out = answer(Wire::OutcomeStatus::Conflict, stale);
        out.currentVersion = version;
        out.currentState = state;
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
        if (!record(toKey(Wire::OutcomeStatus::Refused), ruling.refusal, version))
            return std::nullopt;
        return answer(Wire::OutcomeStatus::Refused, ruling.refusal);
    }
    qint64 newVersion = version;
    if (ruling.effect == DecisionRuling::Apply) {
        const QString to = toKey(ruling.to);
        if (!run(u"UPDATE signup SET state = ?, waitlist_position = 0, version = version + 1, message_to_tenant = ?, "
                 "decline_reason = ?, state_at = ? WHERE id = ?"_s,
                 {to, nullIfEmpty(message),
                  ruling.to == SignupState::Declined ? QVariant(toKey(Wire::Reason::StaffDecision)) : QVariant(),
                  isoUtc(now), signupId}))
            return std::nullopt;
        newVersion = version + 1;
        if (ruling.takesPlace && !run(u"UPDATE opportunity SET confirmed = confirmed + 1 WHERE id = ?"_s, {opportunityId}))
            return std::nullopt;
        if (ruling.freesPlace && !run(u"UPDATE opportunity SET confirmed = confirmed - 1 WHERE id = ?"_s, {opportunityId}))
            return std::nullopt;
        if (!m_changes.emitEntity(Wire::Entity::Signup, {signupId}) || !m_waitlist.promote(opportunityId, now)
            || !m_changes.emitEntity(Wire::Entity::Opportunity, {opportunityId}))
            return std::nullopt;
    }
    const bool unchanged = ruling.effect == DecisionRuling::Unchanged;
    // The decision log tells an unchanged decision apart; the device reads unchanged: true.
    if (!record(unchanged ? u"unchanged"_s : toKey(Wire::OutcomeStatus::Decided), QString(), newVersion))
        return std::nullopt;
    Wire::Outcome out = answer(Wire::OutcomeStatus::Decided);
    out.state = toKey(ruling.to);
    out.version = newVersion;
    if (unchanged)
        out.unchanged = true;
    return out;
}

std::optional<Wire::Outcome> StaffPush::applyOpportunityUpsert(const Device &device, const Mutation &m,
                                                            const QDateTime &now, const QStringList &sites)
{
    Opportunity o = m.as<Wire::OpportunityUpsertPayload>().opportunity;
    if (o.site.id.isEmpty() || !sites.contains(o.site.id))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
    const auto neighbourhood = scalar(u"SELECT neighbourhood FROM site WHERE id = ?"_s, {o.site.id});
    if (!neighbourhood)
        return std::nullopt;
    if (neighbourhood->isNull())
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteUnknown);
    if (o.neighbourhood.isEmpty())
        o.neighbourhood = neighbourhood->toString();
    auto existing = run(u"SELECT site_id, confirmed, data FROM opportunity WHERE id = ?"_s, {o.id});
    if (!existing)
        return std::nullopt;
    if (existing->next()) {
        const QString oldSite = existing->value(0).toString();
        const int confirmed = existing->value(1).toInt();
        const auto stored = Wire::storedCatalogueEntry(parseObject(existing->value(2)));
        o.version = (stored.ok() ? stored.value.version : 0) + 1;
        existing->finish();
        if (!oldSite.isEmpty() && !sites.contains(oldSite))
            return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
        if (o.capacity > 0 && o.capacity < confirmed) {
            Wire::Outcome r = Wire::Outcome::refused(m.seq, Wire::Reason::CapacityBelowConfirmed);
            r.opportunityId = o.id;
            r.confirmed = confirmed;
            return r;
        }
    } else {
        existing->finish();
        o.version = 1;
    }
    // Last, once nothing else refuses the edit: the partner it names keeps its name in
    // `organiser`; an older tablet's free-text organiser becomes the partner of that name.
    bool unknownPartner = false;
    const auto partnerId = m_partners.resolve(o, &unknownPartner);
    if (!partnerId && unknownPartner) {
        Wire::Outcome r = Wire::Outcome::refused(m.seq, Wire::Reason::PartnerUnknown);
        r.opportunityId = o.id;
        r.partnerId = o.partnerId;
        return r;
    }
    if (!partnerId)
        return std::nullopt;
    const QJsonObject json = Wire::catalogueEntry(o); // the server counts places and the waitlist itself
    if (!run(u"INSERT INTO opportunity (id, site_id, status, capacity, minimum_age, end_date, data, needs_review, "
             "partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, status = excluded.status, "
             "capacity = excluded.capacity, minimum_age = excluded.minimum_age, "
             "end_date = excluded.end_date, data = excluded.data, needs_review = excluded.needs_review, "
             "partner_id = excluded.partner_id"_s,
             {o.id, o.site.id, toKey(o.status), o.capacity, o.minimumAge,
              o.endDate.isValid() ? o.endDate.toString(Qt::ISODate) : QString(), compact(json), o.needsReview ? 1 : 0,
              partnerId->isEmpty() ? QVariant() : QVariant(*partnerId)}))
        return std::nullopt;
    // More room may serve the waitlist.
    if (!m_waitlist.promote(o.id, now) || !m_changes.emitEntity(Wire::Entity::Opportunity, {o.id})
        || !m_audit.record(device, m, now, o.site.id, Wire::Entity::Opportunity, o.id, statusDetail(o.status)))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.opportunityId = o.id;
    accepted.version = o.version;
    return accepted;
}

std::optional<Wire::Outcome> StaffPush::applyGoalUpsert(const Device &device, const Mutation &m, const QDateTime &now,
                                                     const QStringList &sites)
{
    const auto &payload = m.as<Wire::GoalUpsertPayload>();
    const Goal &g = payload.goal;
    if (!sites.contains(g.site))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
    const auto site = scalar(u"SELECT COUNT(*) FROM site WHERE id = ?"_s, {g.site});
    if (!site)
        return std::nullopt;
    if (site->toInt() == 0)
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteUnknown);
    const auto oldSite = scalar(u"SELECT site_id FROM goal WHERE id = ?"_s, {g.id});
    if (!oldSite)
        return std::nullopt;
    const bool exists = !oldSite->isNull();
    // A goal moves only between sites where the staff member may set goals.
    if (exists && !sites.contains(oldSite->toString()))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
    if (payload.removed) {
        // Removing a goal that is not there (removed on another tablet) changes nothing.
        if (!exists)
            return Wire::Outcome::accepted(m.seq);
        if (!run(u"DELETE FROM goal WHERE id = ?"_s, {g.id})
            || !m_changes.append(Wire::Entity::Goal, g.id, Wire::ChangeOp::Delete, ChangeLog::kPersonal, oldSite->toString(),
                                 QVariant(), QVariant(), QJsonObject())
            || !m_audit.record(device, m, now, oldSite->toString(), Wire::Entity::Goal, g.id, {}))
            return std::nullopt;
        return Wire::Outcome::accepted(m.seq);
    }
    const QString at = isoUtc(now);
    if (!run(u"INSERT INTO goal (id, site_id, neighbourhood, route, period, period_start, measure, target, created_by, "
             "changed_by, created_at, changed_at) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, neighbourhood = excluded.neighbourhood, "
             "route = excluded.route, period = excluded.period, period_start = excluded.period_start, "
             "measure = excluded.measure, target = excluded.target, changed_by = excluded.changed_by, "
             "changed_at = excluded.changed_at"_s,
             {g.id, g.site, g.neighbourhood, g.route, toKey(g.period), g.start.toString(Qt::ISODate), toKey(g.measure),
              g.target, payload.staffId, payload.staffId, at, at}))
        return std::nullopt;
    // The old site's tablets forget it when it moved.
    if (exists && oldSite->toString() != g.site
        && !m_changes.append(Wire::Entity::Goal, g.id, Wire::ChangeOp::Delete, ChangeLog::kPersonal, oldSite->toString(),
                             QVariant(), QVariant(), QJsonObject()))
        return std::nullopt;
    if (!m_changes.emitEntity(Wire::Entity::Goal, {g.id})
        || !m_audit.record(device, m, now, g.site, Wire::Entity::Goal, g.id, {}))
        return std::nullopt;
    return Wire::Outcome::accepted(m.seq);
}

std::optional<Wire::Outcome> StaffPush::applyPlacement(const Device &device, const Mutation &m, const QDateTime &now,
                                                    const QStringList &sites)
{
    const auto &payload = m.as<Wire::PlacementPayload>();
    const QString &signupId = payload.signupId;
    const QString placement = toKey(payload.placement);
    auto q = run(u"SELECT s.state, s.opportunity_id, s.site_id, o.data FROM signup s JOIN opportunity o "
                 "ON o.id = s.opportunity_id WHERE s.id = ?"_s,
                 {signupId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(2).toString()))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SignupUnknown);
    const QString state = q->value(0).toString(), opportunityId = q->value(1).toString(), site = q->value(2).toString();
    const auto opportunity = Wire::storedCatalogueEntry(parseObject(q->value(3)));
    const bool training = opportunity.ok() && opportunity.value.kind == OpportunityKind::TrainingPlace;
    q->finish();
    if (!training)
        return Wire::Outcome::refused(m.seq, Wire::Reason::NotATrainingPlace);
    if (state != toKey(SignupState::Confirmed))
        return Wire::Outcome::refused(m.seq, Wire::Reason::NotAllowed);
    const Row event{m.id,    signupId,  opportunityId, site, placement, payload.date.toString(Qt::ISODate),
                    payload.staffId, device.id, isoUtc(now)};
    if (!run(u"INSERT INTO placement_event (id, signup_id, opportunity_id, site_id, kind, event_date, staff_id, "
             "device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             event)
        || !run(u"UPDATE signup SET placement = ?, placement_date = ? WHERE id = ?"_s,
                {placement, payload.date.toString(Qt::ISODate), signupId})
        || !m_changes.emitEntity(Wire::Entity::Signup, {signupId})
        // The event itself goes to the site's tablets, which count it offline by its date.
        || !m_changes.emitWritten(Wire::Entity::Placement, {m.id}, event)
        || !m_audit.record(device, m, now, site, Wire::Entity::Signup, signupId, placementDetail(placement)))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.signupId = signupId;
    accepted.placement = placement;
    return accepted;
}

std::optional<Wire::Outcome> StaffPush::applyConsentWithdraw(const Device &device, const Mutation &m,
                                                          const QDateTime &now, const QStringList &sites)
{
    const auto &payload = m.as<Wire::ConsentWithdrawPayload>();
    const QString &personId = payload.personId;
    const QString &purpose = payload.purpose;
    const auto person = personSite(personId);
    if (!person)
        return std::nullopt;
    if (!person->found || person->erased)
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    const QString site = person->site;
    // A phone for the persons it registered or linked, staff for those of their sites.
    const bool phone = device.kind == Wire::toKey(Wire::DeviceKind::Phone);
    const auto allowed = phone ? phoneKnowsPerson(device.id, personId) : std::optional<bool>(sites.contains(site));
    if (!allowed)
        return std::nullopt;
    if (!*allowed) {
        Scope::refused(device, m.kind);
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    }
    auto u = run(u"UPDATE consent SET withdrawn_at = ? WHERE person_id = ? AND purpose = ? AND withdrawn_at IS NULL"_s,
                 {isoUtc(now), personId, purpose});
    if (!u)
        return std::nullopt;
    const int withdrawn = u->numRowsAffected();
    u->finish();
    // Withdrawing the trajectory consent removes the trajectory, on the server and on every
    // device that had it (docs/privacy.md, "Trajectory").
    if (purpose == kTrajectoryConsent && !m_trajectories.forget(personId))
        return std::nullopt;
    if (!m_changes.emitEntity(Wire::Entity::Person, {personId}))
        return std::nullopt;
    Wire::AuditDetail detail;
    detail.purpose = purpose;
    if (!payload.staffId.isEmpty() && !m_audit.record(device, m, now, site, Wire::Entity::Person, personId, detail))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    accepted.purpose = purpose;
    accepted.withdrawn = withdrawn;
    return accepted;
}

std::optional<Wire::Outcome> StaffPush::applyConsentGive(const Device &device, const Mutation &m, const QDateTime &now)
{
    // The tenant gives a consent on their own phone after registering (e.g. to have their route
    // up the ladder followed). Recorded with the text version and language they read, at the
    // time the server hears of it; one that stands already stays as it is.
    const auto &payload = m.as<Wire::ConsentGivePayload>();
    const QString &personId = payload.personId;
    const auto tenant = phoneTenant(device.id, personId);
    if (!tenant)
        return std::nullopt;
    if (*tenant != PhoneTenant::Own) {
        if (*tenant == PhoneTenant::Others)
            Scope::refused(device, m.kind);
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    }
    const auto standing = consentStands(personId, payload.purpose);
    if (!standing)
        return std::nullopt;
    if (!*standing) {
        if (!run(u"INSERT INTO consent (person_id, purpose, text_version, given_at, withdrawn_at, language) "
                 "VALUES (?, ?, ?, ?, NULL, ?)"_s,
                 {personId, payload.purpose, payload.textVersion, isoUtc(now), payload.language}))
            return std::nullopt;
        if (!m_changes.emitEntity(Wire::Entity::Person, {personId}))
            return std::nullopt;
    }
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    accepted.purpose = payload.purpose;
    return accepted;
}

std::optional<Wire::Outcome> StaffPush::applyIdentityCheck(const Device &device, const Mutation &m, const QDateTime &now,
                                                        const QStringList &sites)
{
    // A new volunteer's identity and tenancy checked (against the tenant number or the
    // address): kept with the person so every tablet of the site stops asking, and audited.
    // The first check stands; a later one from another tablet is audited but changes nothing.
    const auto &payload = m.as<Wire::IdentityCheckPayload>();
    const QString &personId = payload.personId;
    auto q = run(u"SELECT site_id, erased_at, data FROM person WHERE id = ?"_s, {personId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(0).toString()) || !q->value(1).toString().isEmpty())
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    const QString site = q->value(0).toString();
    auto stored = Wire::personChangeFromJson(parseObject(q->value(2)), QString());
    q->finish();
    if (!stored.ok())
        return std::nullopt;
    Wire::PersonChange person = stored.value;
    const bool already = person.identityCheck.has_value();
    if (!already) {
        person.identityCheck = Wire::IdentityCheckRecord{payload.method, payload.staffId, device.id, now};
        if (!run(u"UPDATE person SET data = ? WHERE id = ?"_s, {compact(Wire::toJson(person)), personId})
            || !m_changes.emitEntity(Wire::Entity::Person, {personId}))
            return std::nullopt;
    }
    Wire::AuditDetail detail;
    detail.method = toKey(payload.method);
    // Checked although the rent administration did not confirm the tenancy: the audit says
    // which verdict the staff member overrode.
    if (!already && person.tenancyVerdict && *person.tenancyVerdict != Meedoen::TenancyVerdict::Match)
        detail.overriddenVerdict = toKey(*person.tenancyVerdict);
    if (!m_audit.record(device, m, now, site, Wire::Entity::Person, personId, detail))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    accepted.method = toKey(person.identityCheck->method);
    if (already)
        accepted.alreadyChecked = true;
    return accepted;
}

} // namespace Server
