// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hours entries, verification, corrections and agreed minutes (HoursPush, hourspush.h).

#include "server/store/hourspush.h"
#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/storehelpers.h"

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

std::optional<QJsonObject> HoursPush::applyHours(const Device &device, const Mutation &m, const QDateTime &now,
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
        || !m_changes.emitEntity(ChangeEntity::Hours, {id})
        || !m_changes.emitEntity(ChangeEntity::Balance, {personId, date.left(7)}))
        return std::nullopt;
    if (!m.staffId.isEmpty() && !m_audit.record(device, m, now, site->toString(), u"hours"_s, id, {}))
        return std::nullopt;
    return accepted(m.seq, {{u"entryId"_s, id}});
}

std::optional<QJsonObject> HoursPush::applyHoursVerifyOrCorrect(const Device &device, const Mutation &m,
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
            || !m_changes.emitEntity(ChangeEntity::Hours, {originalId})
            || !m_changes.emitEntity(ChangeEntity::Balance, {personId, originalDate.left(7)})
            || !m_audit.record(device, m, now, site, u"hours"_s, originalId, {}))
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
        || !m_changes.emitEntity(ChangeEntity::Hours, {id}) || !m_changes.emitEntity(ChangeEntity::Hours, {originalId})
        || !m_changes.emitEntity(ChangeEntity::Balance, {personId, date.left(7)}))
        return std::nullopt;
    if (originalDate.left(7) != date.left(7)
        && !m_changes.emitEntity(ChangeEntity::Balance, {personId, originalDate.left(7)}))
        return std::nullopt;
    if (!m_audit.record(device, m, now, site, u"hours"_s, id, {{u"correctsEntryId"_s, originalId}}))
        return std::nullopt;
    return accepted(m.seq, {{u"entryId"_s, id}, {u"correctsEntryId"_s, originalId}});
}

std::optional<QJsonObject> HoursPush::applyHoursAgreement(const Device &device, const Mutation &m, const QDateTime &now,
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
        || !m_changes.emitEntity(ChangeEntity::Person, {personId})
        || !m_changes.emitEntity(ChangeEntity::Balance, {personId, now.toUTC().toString(u"yyyy-MM"_s)})
        || !m_audit.record(device, m, now, site, u"person"_s, personId, {}))
        return std::nullopt;
    return accepted(m.seq, {{u"personId"_s, personId}});
}

} // namespace Server
