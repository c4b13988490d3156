// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hours entries, verification, corrections and agreed minutes (HoursPush, hourspush.h).

#include "server/store/hourspush.h"

#include "protocol/requests.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/storehelpers.h"

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;
using Meedoen::HoursEntry;

std::optional<Wire::Outcome> HoursPush::applyHours(const Device &device, const Mutation &m, const QDateTime &now,
                                                const QStringList &sites)
{
    const auto &payload = m.as<Wire::HoursPayload>();
    const HoursEntry &entry = payload.entry;
    const QString &id = entry.id;
    const QString &personId = entry.personId;
    const QString &opportunityId = entry.opportunityId;
    const QString date = entry.date.toString(Qt::ISODate);
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.entryId = id;
    const auto known = scalar(u"SELECT COUNT(*) FROM hours WHERE id = ?"_s, {id});
    if (!known)
        return std::nullopt;
    if (known->toInt() > 0)
        return accepted;
    const auto erased = scalar(u"SELECT COALESCE(erased_at, '') FROM person WHERE id = ?"_s, {personId});
    if (!erased)
        return std::nullopt;
    if (erased->isNull() || !erased->toString().isEmpty())
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    if (device.kind == Wire::toKey(Wire::DeviceKind::Phone)) {
        const auto bound = phoneKnowsPerson(device.id, personId);
        if (!bound)
            return std::nullopt;
        if (!*bound)
            return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    }
    const auto site = scalar(u"SELECT COALESCE(site_id, '') FROM opportunity WHERE id = ?"_s, {opportunityId});
    if (!site)
        return std::nullopt;
    if (site->isNull())
        return Wire::Outcome::refused(m.seq, Wire::Reason::OpportunityUnknown);
    if (device.kind == Wire::toKey(Wire::DeviceKind::Staff) && !sites.contains(site->toString()))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
    if (!run(u"INSERT INTO hours (id, person_id, opportunity_id, site_id, work_date, minutes, note, staff_id, "
             "device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"_s,
             {id, personId, opportunityId, nullIfEmpty(site->toString()), date, entry.minutes, entry.note,
              nullIfEmpty(payload.staffId), device.id, isoUtc(now)})
        || !m_changes.emitEntity(Wire::Entity::Hours, {id})
        || !m_changes.emitEntity(Wire::Entity::Balance, {personId, date.left(7)}))
        return std::nullopt;
    if (!payload.staffId.isEmpty() && !m_audit.record(device, m, now, site->toString(), Wire::Entity::Hours, id))
        return std::nullopt;
    return accepted;
}

std::optional<Wire::Outcome> HoursPush::applyHoursVerifyOrCorrect(const Device &device, const Mutation &m,
                                                               const QDateTime &now, const QStringList &sites)
{
    const bool correct = m.kind == Wire::MutationKind::HoursCorrect;
    const HoursEntry entry = correct ? m.as<Wire::HoursCorrectPayload>().entry : HoursEntry{};
    const QString staffId = Wire::staffIdOf(m.payload);
    const QString originalId = correct ? entry.correctsEntryId : m.as<Wire::HoursVerifyPayload>().entryId;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.entryId = originalId;
    auto q = run(u"SELECT person_id, opportunity_id, COALESCE(site_id, ''), work_date, verified_by FROM hours WHERE id = ?"_s,
                 {originalId});
    if (!q)
        return std::nullopt;
    if (!q->next() || !sites.contains(q->value(2).toString()))
        return Wire::Outcome::refused(m.seq, Wire::Reason::EntryUnknown);
    const QString personId = q->value(0).toString(), opportunityId = q->value(1).toString();
    const QString site = q->value(2).toString(), originalDate = q->value(3).toString();
    const bool verified = !q->value(4).toString().isEmpty();
    q->finish();
    const auto correction = scalar(u"SELECT id FROM hours WHERE corrects_id = ?"_s, {originalId});
    if (!correction)
        return std::nullopt;

    if (!correct) {
        if (!correction->isNull())
            return Wire::Outcome::refused(m.seq, Wire::Reason::AlreadyCorrected);
        if (verified)
            return accepted;
        if (!run(u"UPDATE hours SET verified_by = ?, verified_at = ? WHERE id = ?"_s, {staffId, isoUtc(now), originalId})
            || !m_changes.emitEntity(Wire::Entity::Hours, {originalId})
            || !m_changes.emitEntity(Wire::Entity::Balance, {personId, originalDate.left(7)})
            || !m_audit.record(device, m, now, site, Wire::Entity::Hours, originalId))
            return std::nullopt;
        return accepted;
    }

    const QString &id = entry.id;
    accepted.entryId = id;
    accepted.correctsEntryId = originalId;
    if (!correction->isNull()) {
        if (correction->toString() == id)
            return accepted;
        return Wire::Outcome::refused(m.seq, Wire::Reason::AlreadyCorrected);
    }
    const auto known = scalar(u"SELECT COUNT(*) FROM hours WHERE id = ?"_s, {id});
    if (!known)
        return std::nullopt;
    if (known->toInt() > 0)
        return Wire::Outcome::refused(m.seq, Wire::Reason::EntryExists);
    const QString date = entry.date.toString(Qt::ISODate);
    // A new entry, verified by the staff member who made it; the original stays as it was.
    if (!run(u"INSERT INTO hours (id, person_id, opportunity_id, site_id, work_date, minutes, note, corrects_id, "
             "staff_id, device_id, created_at, verified_by, verified_at) "
             "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?)"_s,
             {id, personId, opportunityId, site, date, entry.minutes, entry.note, originalId, staffId, device.id,
              isoUtc(now), staffId, isoUtc(now)})
        || !m_changes.emitEntity(Wire::Entity::Hours, {id}) || !m_changes.emitEntity(Wire::Entity::Hours, {originalId})
        || !m_changes.emitEntity(Wire::Entity::Balance, {personId, date.left(7)}))
        return std::nullopt;
    if (originalDate.left(7) != date.left(7)
        && !m_changes.emitEntity(Wire::Entity::Balance, {personId, originalDate.left(7)}))
        return std::nullopt;
    Wire::AuditDetail detail;
    detail.correctsEntryId = originalId;
    if (!m_audit.record(device, m, now, site, Wire::Entity::Hours, id, detail))
        return std::nullopt;
    return accepted;
}

std::optional<Wire::Outcome> HoursPush::applyHoursAgreement(const Device &device, const Mutation &m, const QDateTime &now,
                                                         const QStringList &sites)
{
    const auto &payload = m.as<Wire::HoursAgreementPayload>();
    const QString &personId = payload.personId;
    const auto person = personSite(personId);
    if (!person)
        return std::nullopt;
    if (!person->found || person->erased || !sites.contains(person->site))
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    const QString site = person->site;
    if (!run(u"UPDATE person SET agreed_minutes = ? WHERE id = ?"_s,
             {payload.minutesPerMonth, personId})
        || !m_changes.emitEntity(Wire::Entity::Person, {personId})
        || !m_changes.emitEntity(Wire::Entity::Balance, {personId, now.toUTC().toString(u"yyyy-MM"_s)})
        || !m_audit.record(device, m, now, site, Wire::Entity::Person, personId))
        return std::nullopt;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.personId = personId;
    return accepted;
}

} // namespace Server
