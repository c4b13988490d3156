// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The right to erasure (Erasure, erasure.h).

#include "server/store/erasure.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/scope.h"
#include "server/store/storehelpers.h"
#include "server/store/waitlist.h"

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

std::optional<Wire::Outcome> Erasure::applyErasure(const Device &device, const Mutation &m, const QDateTime &now,
                                                  const QStringList &sites)
{
    const QString personId = m.as<Wire::ErasePersonPayload>().personId;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    accepted.signupsWithdrawn = 0;
    const auto person = personSite(personId);
    if (!person)
        return std::nullopt;
    if (!person->found || !sites.contains(person->site))
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    const QString site = person->site;
    if (person->erased)
        return accepted;

    // 1. Free their future places; the waitlist moves up.
    QStringList future;
    {
        auto s = run(u"SELECT s.id FROM signup s JOIN opportunity o ON o.id = s.opportunity_id WHERE s.person_id = ? "
                     "AND s.state IN ('confirmed', 'pending', 'waitlisted') AND (o.end_date IS NULL OR o.end_date = '' "
                     "OR o.end_date >= ?) ORDER BY s.arrival"_s,
                     {personId, now.toUTC().date().toString(Qt::ISODate)});
        if (!s)
            return std::nullopt;
        while (s->next())
            future.append(s->value(0).toString());
    }
    for (const QString &id : std::as_const(future)) {
        if (!m_waitlist.withdraw(id, now))
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
    Wire::PersonChange anonymous;
    anonymous.person.id = personId;
    anonymous.erased = true;
    if (!run(u"UPDATE person SET personal_code = NULL, date_of_birth = NULL, data = ?, erased_at = ?, "
             "agreed_minutes = 0 WHERE id = ?"_s,
             {compact(Wire::toJson(anonymous)), isoUtc(now), personId})
        || !run(u"DELETE FROM consent WHERE person_id = ?"_s, {personId})
        || !run(u"DELETE FROM trajectory_step WHERE person_id = ?"_s, {personId})
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
        Wire::Entity entity;
        QString id;
        QVariant site, device;
    };
    QList<Seen> seen;
    {
        auto c = run(u"SELECT DISTINCT entity, entity_id, site_id, device_id FROM change_log WHERE person_id = ? "
                     "AND entity IN ('person', 'hours', 'balance', 'trajectory-step')"_s,
                     {personId});
        if (!c)
            return std::nullopt;
        while (c->next()) {
            if (const auto entity = Wire::entityFromKey(c->value(0).toString()))
                seen.append({*entity, c->value(1).toString(), c->value(2), c->value(3)});
        }
    }
    if (!run(u"DELETE FROM change_log WHERE person_id = ? AND entity IN ('person', 'hours', 'balance', 'signup', "
             "'trajectory-step')"_s,
             {personId}))
        return std::nullopt;
    for (const Seen &s : std::as_const(seen)) {
        if (!m_changes.append(s.entity, s.id, Wire::ChangeOp::Delete, ChangeLog::kPersonal, s.site, s.device, personId,
                              {}))
            return std::nullopt;
    }
    for (const QString &signupId : std::as_const(signups)) {
        if (!m_changes.emitEntity(Wire::Entity::Signup, {signupId}))
            return std::nullopt;
    }
    for (const QString &decisionId : std::as_const(decisionIds)) {
        if (!run(u"DELETE FROM change_log WHERE entity = 'decision' AND entity_id = ?"_s, {decisionId})
            || !m_changes.emitEntity(Wire::Entity::Decision, {decisionId}))
            return std::nullopt;
    }
    // 4. The tenant's open erasure requests are done; the tablets see who carried them out.
    QStringList requests;
    {
        auto r = run(u"SELECT id FROM erase_request WHERE person_id = ? AND done_at IS NULL"_s, {personId});
        if (!r)
            return std::nullopt;
        while (r->next())
            requests.append(r->value(0).toString());
    }
    if (!requests.isEmpty()
        && !run(u"UPDATE erase_request SET done_at = ?, done_by = ? WHERE person_id = ? AND done_at IS NULL"_s,
                {isoUtc(now), m.as<Wire::ErasePersonPayload>().staffId, personId}))
        return std::nullopt;
    for (const QString &requestId : std::as_const(requests)) {
        if (!m_changes.emitEntity(Wire::Entity::EraseRequest, {requestId}))
            return std::nullopt;
    }
    accepted.signupsWithdrawn = int(future.size());
    Wire::AuditDetail detail;
    detail.signupsWithdrawn = accepted.signupsWithdrawn;
    if (!m_audit.record(device, m, now, site, Wire::Entity::Person, personId, detail))
        return std::nullopt;
    return accepted;
}

std::optional<Wire::Outcome> Erasure::applyEraseRequest(const Device &device, const Mutation &m, const QDateTime &now)
{
    const QString personId = m.as<Wire::EraseRequestPayload>().personId;
    // Only for the tenant this phone registered or linked.
    QString site;
    const auto tenant = phoneTenant(device.id, personId, &site);
    if (!tenant)
        return std::nullopt;
    if (*tenant != PhoneTenant::Own) {
        if (*tenant == PhoneTenant::Others)
            Scope::refused(device, m.kind);
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    }
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    const auto open = scalar(u"SELECT COUNT(*) FROM erase_request WHERE person_id = ? AND done_at IS NULL"_s, {personId});
    if (!open)
        return std::nullopt;
    if (open->toInt() > 0) {
        accepted.unchanged = true; // asked again: still the one request
        return accepted;
    }
    if (!run(u"INSERT INTO erase_request (id, person_id, site_id, device_id, requested_at) VALUES (?, ?, ?, ?, ?)"_s,
             {m.id, personId, site, device.id, isoUtc(now)})
        || !m_changes.emitEntity(Wire::Entity::EraseRequest, {m.id}))
        return std::nullopt;
    return accepted;
}

} // namespace Server
