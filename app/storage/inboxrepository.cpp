// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/inboxrepository.h"
#include "storage/sqlvalues_p.h"

#include "core/isotime.h"
#include "protocol/outcome.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

// The kinds and hours events of migration v9's CHECKs.
constexpr auto kSignup = "signup"_L1;
constexpr auto kHours = "hours"_L1;

QString hoursEventKey(HoursNotice::Event e)
{
    switch (e) {
    case HoursNotice::Event::Verified: return u"verified"_s;
    case HoursNotice::Event::Corrected: return u"corrected"_s;
    case HoursNotice::Event::Rejected: return u"rejected"_s;
    }
    return {};
}

std::optional<HoursNotice::Event> hoursEventFromKey(const QString &key)
{
    for (const auto e : {HoursNotice::Event::Verified, HoursNotice::Event::Corrected, HoursNotice::Event::Rejected}) {
        if (hoursEventKey(e) == key)
            return e;
    }
    return std::nullopt;
}

bool exec(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString dateKey(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u""_s;
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

bool InboxRepository::notePulledSignup(const std::optional<Signup> &before, const Signup &after, const QDateTime &now)
{
    if (!before || !isSignupNews(*before, after))
        return true;
    // One item per server version of the sign-up; a person this phone does not hold is passed over.
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO inbox_item (id, person_id, kind, subject_id, opportunity_id, state, waitlist_position, "
              u"decline_reason, placement, placement_date, state_at, message, arrived_at) "
              u"SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM person WHERE id = ? "
              u"ON CONFLICT (id) DO NOTHING"_s);
    const QString id = QString(kSignup) + u':' + after.id + u':' + QString::number(after.serverVersion);
    return exec(q, {id, QString(kSignup),
                    after.id, after.opportunityId, toKey(after.state), after.waitlistPosition,
                    orEmpty(after.declineReason), after.placement ? toKey(*after.placement) : u""_s,
                    dateKey(after.placementDate), after.stateAt.isValid() ? isoUtc(after.stateAt) : u""_s,
                    orEmpty(after.messageToTenant), isoUtc(now), after.personId});
}

bool InboxRepository::notePulledHours(const Wire::HoursChange &c, const QDateTime &now)
{
    HoursNotice notice;
    QString subject = c.id;
    QSqlQuery held(m_db);
    if (!c.correctsEntryId.isEmpty()) {
        // A correction new to this phone, of an entry it holds.
        held.prepare(u"SELECT e.minutes FROM hours_entry e WHERE e.id = ? "
                     u"AND NOT EXISTS (SELECT 1 FROM hours_entry c WHERE c.id = ?)"_s);
        if (!exec(held, {c.correctsEntryId, c.id}))
            return false;
        if (!held.next())
            return true;
        notice.event = c.minutes == 0 ? HoursNotice::Event::Rejected : HoursNotice::Event::Corrected;
        notice.minutes = held.value(0).toInt();
        notice.correctedMinutes = c.minutes;
        notice.note = c.note;
        subject = c.correctsEntryId;
    } else {
        if (!c.verified)
            return true;
        // Verified now, and was not: one the phone holds.
        held.prepare(u"SELECT minutes FROM hours_entry WHERE id = ? AND verified = 0"_s);
        if (!exec(held, {c.id}))
            return false;
        if (!held.next())
            return true;
        notice.event = HoursNotice::Event::Verified;
        notice.minutes = c.minutes;
    }
    notice.date = c.date;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO inbox_item (id, person_id, kind, subject_id, opportunity_id, hours_event, hours_date, "
              u"minutes, corrected_minutes, message, arrived_at) "
              u"SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM person WHERE id = ? ON CONFLICT (id) DO NOTHING"_s);
    const QString event = hoursEventKey(notice.event);
    const QString id = QString(kHours) + u':' + event + u':' + c.id;
    return exec(q, {id, QString(kHours), subject, c.opportunityId, event,
                    dateKey(notice.date), notice.minutes, notice.correctedMinutes, orEmpty(notice.note), isoUtc(now),
                    c.personId});
}

QList<InboxRepository::Item> InboxRepository::select(QStringView where, const QVariantList &values,
                                                     QStringView order) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT i.id, i.person_id, i.kind, i.subject_id, i.opportunity_id, "_s + StorageSql::localTitleSql(u"o")
              + u", i.state, i.waitlist_position, i.decline_reason, i.placement, i.placement_date, i.state_at, i.hours_event, "
              u"i.hours_date, i.minutes, i.corrected_minutes, i.message, i.arrived_at, i.read "
              u"FROM inbox_item i LEFT JOIN opportunity o ON o.id = i.opportunity_id WHERE "_s
              + where + u" ORDER BY "_s + order);
    QList<Item> items;
    if (!exec(q, QVariantList{StorageSql::localTitlePath()} + values))
        return items;
    while (q.next()) {
        Item item;
        item.id = q.value(0).toString();
        item.opportunityId = q.value(4).toString();
        item.opportunityTitle = q.value(5).toString();
        item.arrivedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
        item.read = q.value(18).toBool();
        if (q.value(2).toString() == kSignup) {
            Signup s;
            s.id = q.value(3).toString();
            s.personId = q.value(1).toString();
            s.opportunityId = item.opportunityId;
            s.state = signupStateFromKey(q.value(6).toString()).value_or(SignupState::Sent);
            s.waitlistPosition = q.value(7).toInt();
            s.declineReason = q.value(8).toString();
            s.declineCause = Wire::declineCause(s.declineReason);
            s.placement = placementEventFromKey(q.value(9).toString());
            s.placementDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
            s.stateAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
            s.messageToTenant = q.value(16).toString();
            item.signup = s;
        } else {
            const auto event = hoursEventFromKey(q.value(12).toString());
            if (!event)
                continue;
            item.hours = HoursNotice{*event, QDate::fromString(q.value(13).toString(), Qt::ISODate),
                                     q.value(14).toInt(), q.value(15).toInt(), q.value(16).toString()};
        }
        items.append(item);
    }
    return items;
}

QList<InboxRepository::Item> InboxRepository::items(const QString &personId) const
{
    return select(u"i.person_id = ?", {personId}, u"i.arrived_at DESC, i.rowid DESC");
}

int InboxRepository::unreadCount(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM inbox_item WHERE person_id = ? AND read = 0"_s);
    return exec(q, {personId}) && q.next() ? q.value(0).toInt() : 0;
}

bool InboxRepository::markRead(const QString &itemId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inbox_item SET read = 1 WHERE id = ?"_s);
    return exec(q, {itemId});
}

bool InboxRepository::markAllRead(const QString &personId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inbox_item SET read = 1 WHERE person_id = ? AND read = 0"_s);
    return exec(q, {personId});
}

QList<InboxRepository::Item> InboxRepository::unnotified(const QString &personId) const
{
    return select(u"i.person_id = ? AND i.notified = 0", {personId}, u"i.arrived_at, i.rowid");
}

bool InboxRepository::markNotified(const QStringList &itemIds)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inbox_item SET notified = 1 WHERE id = ?"_s);
    for (const QString &id : itemIds) {
        if (!exec(q, {id}))
            return false;
    }
    return true;
}
