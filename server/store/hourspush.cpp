// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hours entries, verification, corrections and agreed minutes (HoursPush, hourspush.h).

#include "server/store/hourspush.h"

#include "core/tenanthours.h"
#include "protocol/requests.h"
#include "protocol/wire.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/scope.h"
#include "server/store/storehelpers.h"

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;
using Meedoen::HoursEntry;

namespace {

// The phone's rule broken, as the reason the outcome names (tenanthours.h).
Wire::Reason reasonOf(const Meedoen::FieldError &e)
{
    if (e.code == "hours.date.future"_L1)
        return Wire::Reason::DateInFuture;
    if (e.code == "hours.duration.dayLimit"_L1)
        return Wire::Reason::DayLimit;
    if (e.code == "hours.date.window"_L1 || e.code == "hours.date.format"_L1)
        return Wire::Reason::DateOutsideWindow;
    return Wire::Reason::NotQuarterHours;
}

} // namespace

std::optional<Wire::Outcome> HoursPush::applyHours(const Device &device, const Mutation &m, const QDateTime &now,
                                                const QStringList &sites)
{
    const auto &payload = m.as<Wire::HoursPayload>();
    const HoursEntry &entry = payload.entry;
    const QString &id = entry.id;
    const QString &personId = entry.personId;
    const QString &opportunityId = entry.opportunityId;
    const QString date = entry.date.toString(Qt::ISODate);
    const bool phone = device.kind == Wire::toKey(Wire::DeviceKind::Phone);
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.entryId = id;

    // A phone names its own tenant only; any other is answered as an unknown person, before
    // anything about an entry of theirs is told (docs/security/scope.md).
    if (phone) {
        const auto bound = phoneKnowsPerson(device.id, personId);
        if (!bound)
            return std::nullopt;
        if (!*bound) {
            Scope::refused(device, m.kind);
            return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
        }
    }
    // An entry already here: staff resending it, or the tenant's phone editing it (same id).
    QString previousMonth;
    {
        auto q = run(u"SELECT person_id, COALESCE(verified_by, ''), COALESCE(corrects_id, ''), work_date, "
                     "(SELECT COUNT(*) FROM hours c WHERE c.corrects_id = hours.id), opportunity_id, minutes, note, "
                     "COALESCE(staff_id, '') FROM hours WHERE id = ?"_s,
                     {id});
        if (!q)
            return std::nullopt;
        if (q->next()) {
            const bool same = q->value(5).toString() == opportunityId && q->value(3).toString() == date
                              && q->value(6).toInt() == entry.minutes && q->value(7).toString() == entry.note;
            if (!phone || (same && q->value(0).toString() == personId))
                return accepted;
            if (q->value(0).toString() != personId)
                return Wire::Outcome::refused(m.seq, Wire::Reason::EntryUnknown);
            // Verified, corrected, or logged by staff: no longer the tenant's to change.
            if (!q->value(1).toString().isEmpty() || !q->value(2).toString().isEmpty() || q->value(4).toInt() > 0
                || !q->value(8).toString().isEmpty())
                return Wire::Outcome::refused(m.seq, Wire::Reason::EntryVerified);
            previousMonth = q->value(3).toString().left(7);
        }
    }
    const auto erased = scalar(u"SELECT COALESCE(erased_at, '') FROM person WHERE id = ?"_s, {personId});
    if (!erased)
        return std::nullopt;
    if (erased->isNull() || !erased->toString().isEmpty())
        return Wire::Outcome::refused(m.seq, Wire::Reason::PersonUnknown);
    if (phone) {
        // The tenant's rules (tenanthours.h); a day's slack for the tenant's time zone.
        const QDate today = now.toUTC().date().addDays(1);
        if (const auto problem = Meedoen::checkHoursDate(entry.date, today, Meedoen::kHoursWindowDays + 1))
            return Wire::Outcome::refused(m.seq, reasonOf(*problem));
        if (const auto problem = Meedoen::checkHoursMinutes(entry.minutes))
            return Wire::Outcome::refused(m.seq, reasonOf(*problem));
    }
    auto opportunity = run(u"SELECT COALESCE(site_id, ''), data FROM opportunity WHERE id = ?"_s, {opportunityId});
    if (!opportunity)
        return std::nullopt;
    if (!opportunity->next())
        return Wire::Outcome::refused(m.seq, Wire::Reason::OpportunityUnknown);
    const QString site = opportunity->value(0).toString();
    const auto stored = Wire::storedCatalogueEntry(parseObject(opportunity->value(1)));
    opportunity->finish();
    if (device.kind == Wire::toKey(Wire::DeviceKind::Staff) && !sites.contains(site))
        return Wire::Outcome::refused(m.seq, Wire::Reason::SiteNotAllowed);
    if (phone) {
        // Hours for a volunteer task or zelfbeheer the tenant holds a confirmed place in.
        const bool givesHours = stored.ok() && stored.value.kind != Meedoen::OpportunityKind::TrainingPlace;
        const auto confirmed = scalar(u"SELECT COUNT(*) FROM signup WHERE person_id = ? AND opportunity_id = ? "
                                      "AND state = ?"_s,
                                      {personId, opportunityId, Meedoen::toKey(Meedoen::SignupState::Confirmed)});
        if (!confirmed)
            return std::nullopt;
        if (!givesHours || confirmed->toInt() == 0)
            return Wire::Outcome::refused(m.seq, Wire::Reason::SignupNotConfirmed);
        const auto sameDay = scalar(u"SELECT COALESCE(SUM(minutes), 0) FROM hours h WHERE person_id = ? "
                                    "AND opportunity_id = ? AND work_date = ? AND id <> ? "
                                    "AND NOT EXISTS (SELECT 1 FROM hours c WHERE c.corrects_id = h.id)"_s,
                                    {personId, opportunityId, date, id});
        if (!sameDay)
            return std::nullopt;
        if (const auto broken = Meedoen::checkHoursDayTotal(sameDay->toInt(), entry.minutes))
            return Wire::Outcome::refused(m.seq, reasonOf(*broken));
    }
    const bool edit = !previousMonth.isEmpty();
    const bool written = edit ? bool(run(u"UPDATE hours SET opportunity_id = ?, site_id = ?, work_date = ?, minutes = ?, "
                                         "note = COALESCE(?, '') WHERE id = ?"_s,
                                         {opportunityId, nullIfEmpty(site), date, entry.minutes, entry.note, id}))
                              : bool(run(u"INSERT INTO hours (id, person_id, opportunity_id, site_id, work_date, minutes, "
                                         "note, staff_id, device_id, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"_s,
                                         {id, personId, opportunityId, nullIfEmpty(site), date, entry.minutes, entry.note,
                                          nullIfEmpty(payload.staffId), device.id, isoUtc(now)}));
    if (!written || !m_changes.emitEntity(Wire::Entity::Hours, {id})
        || !m_changes.emitEntity(Wire::Entity::Balance, {personId, date.left(7)}))
        return std::nullopt;
    if (edit && previousMonth != date.left(7) && !m_changes.emitEntity(Wire::Entity::Balance, {personId, previousMonth}))
        return std::nullopt;
    if (!payload.staffId.isEmpty() && !m_audit.record(device, m, now, site, Wire::Entity::Hours, id))
        return std::nullopt;
    return accepted;
}

std::optional<Wire::Outcome> HoursPush::applyHoursWithdraw(const Device &device, const Mutation &m, const QDateTime &)
{
    const QString &id = m.as<Wire::HoursWithdrawPayload>().entryId;
    Wire::Outcome accepted = Wire::Outcome::accepted(m.seq);
    accepted.entryId = id;
    auto q = run(u"SELECT person_id, site_id, device_id, work_date, COALESCE(verified_by, ''), COALESCE(corrects_id, ''), "
                 "(SELECT COUNT(*) FROM hours c WHERE c.corrects_id = hours.id), "
                 "(SELECT COUNT(*) FROM device_person d WHERE d.device_id = ? AND d.person_id = hours.person_id), "
                 "COALESCE(staff_id, '') FROM hours WHERE id = ?"_s,
                 {device.id, id});
    if (!q)
        return std::nullopt;
    if (!q->next() || q->value(7).toInt() == 0) {
        if (q->isValid())
            Scope::refused(device, m.kind); // another tenant's entry: told as an unknown one
        return Wire::Outcome::refused(m.seq, Wire::Reason::EntryUnknown);
    }
    const QString personId = q->value(0).toString(), month = q->value(3).toString().left(7);
    const QVariant site = q->value(1), entryDevice = q->value(2);
    // Verified, corrected, or logged by staff: no longer the tenant's to take back.
    const bool settled = !q->value(4).toString().isEmpty() || !q->value(5).toString().isEmpty() || q->value(6).toInt() > 0
                         || !q->value(8).toString().isEmpty();
    q->finish();
    if (settled)
        return Wire::Outcome::refused(m.seq, Wire::Reason::EntryVerified);
    // Gone from the server; every device that holds it is told by a deletion.
    if (!run(u"DELETE FROM hours WHERE id = ?"_s, {id})
        || !m_changes.append(Wire::Entity::Hours, id, Wire::ChangeOp::Delete, ChangeLog::kPersonal, site, entryDevice,
                             personId, {})
        || !m_changes.emitEntity(Wire::Entity::Balance, {personId, month}))
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
