// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/phonehoursrepository.h"
#include "storage/sqlvalues_p.h"
#include "storage/database.h"

#include "core/isotime.h"
#include "core/signup.h"
#include "protocol/mutation.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

// Local states of an entry on its way (the CHECK of migration v8).
constexpr auto kQueued = "queued"_L1;
constexpr auto kSent = "sent"_L1;
constexpr auto kRejected = "rejected"_L1; // the server refused it
constexpr auto kWithdrawing = "withdrawing"_L1;

QSqlQuery exec(const QSqlDatabase &db, QStringView sql, const QVariantList &values, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(sql.toString());
    for (const QVariant &v : values)
        q.addBindValue(v);
    *ok = q.exec();
    return q;
}

// Entry columns joined with the correction that replaced it and the opportunity's title.
// The title in the app's language: bind StorageSql::localTitlePath() first.
const QString kEntrySelect =
    u"SELECT e.id, e.opportunity_id, "_s + StorageSql::localTitleSql(u"o")
    + u", e.date, e.minutes, e.note, e.verified, e.state, "
      u"e.reason, c.minutes, COALESCE(c.note, '') FROM hours_entry e "
      u"LEFT JOIN hours_entry c ON c.id = e.superseded_by AND e.superseded_by <> '' "
      u"LEFT JOIN opportunity o ON o.id = e.opportunity_id "_s;

PhoneHoursRepository::Entry entryOf(const QSqlQuery &q)
{
    using State = PhoneHoursRepository::State;
    PhoneHoursRepository::Entry e;
    e.id = q.value(0).toString();
    e.opportunityId = q.value(1).toString();
    e.opportunityTitle = q.value(2).toString();
    e.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.minutes = q.value(4).toInt();
    e.note = q.value(5).toString();
    const QString state = q.value(7).toString();
    if (!q.value(9).isNull()) {
        // Staff put another entry in its place; 0 minutes is a rejection with their note.
        e.correctedMinutes = q.value(9).toInt();
        e.state = e.correctedMinutes == 0 ? State::Rejected : State::Corrected;
        e.reason = q.value(10).toString();
        e.settled = true;
    } else if (q.value(6).toBool()) {
        e.state = State::Verified;
        e.settled = true;
    } else if (state == kRejected) {
        e.state = State::Rejected;
        e.refusal = Wire::reasonFromKey(q.value(8).toString()).value_or(Wire::Reason::NotAllowed);
    } else {
        e.state = state == kQueued ? State::Queued : State::Sent;
    }
    return e;
}

} // namespace

bool PhoneHoursRepository::storageFull() const
{
    return Database::isStorageFull(m_db);
}

bool PhoneHoursRepository::log(const HoursEntry &entry, const QDateTime &now, const QString &mutationId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    // One statement writes a new entry or edits a known one; a settled entry (verified, or
    // replaced by a staff correction) is left alone and nothing else is written.
    if (m_upsert.lastQuery().isEmpty()) {
        m_upsert = QSqlQuery(m_db);
        m_upsert.prepare(
            u"INSERT INTO hours_entry (id, person_id, opportunity_id, date, minutes, note, state, created_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET opportunity_id = excluded.opportunity_id, "
            u"date = excluded.date, minutes = excluded.minutes, note = excluded.note, state = excluded.state, reason = '' "
            u"WHERE hours_entry.verified = 0 AND NOT EXISTS (SELECT 1 FROM hours_entry c "
            u"WHERE c.id = hours_entry.superseded_by AND hours_entry.superseded_by <> '')"_s);
    }
    QSqlQuery &q = m_upsert;
    for (const QVariant &v : {QVariant(entry.id), QVariant(entry.personId), QVariant(entry.opportunityId),
                              QVariant(entry.date.toString(Qt::ISODate)), QVariant(entry.minutes),
                              QVariant(entry.note.isNull() ? u""_s : entry.note), QVariant(QString(kQueued)),
                              QVariant(isoUtc(now))})
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1) {
        q.finish();
        return false;
    }
    q.finish();
    HoursEntry sent = entry;
    sent.verified = false;
    sent.correctsEntryId.clear();
    if (!m_outbox.enqueue(Wire::HoursPayload{QString(), sent}, entry.id, now, mutationId))
        return false;
    return tx.commit();
}

bool PhoneHoursRepository::withdraw(const QString &entryId, const QDateTime &now, const QString &mutationId)
{
    Transaction tx(m_db);
    const auto known = entry(entryId);
    if (!tx.isActive() || !known || !known->changeable())
        return false;
    // Always through the server, even when it refused the entry: an edit it accepted earlier
    // may stand there (it answers entry-unknown when there is nothing, and the entry goes).
    bool ok = false;
    exec(m_db, u"UPDATE hours_entry SET state = ? WHERE id = ?", {QString(kWithdrawing), entryId}, &ok);
    if (!ok || !m_outbox.enqueue(Wire::HoursWithdrawPayload{QString(), entryId}, entryId, now, mutationId))
        return false;
    return tx.commit();
}

bool PhoneHoursRepository::applyOutcome(Wire::MutationKind kind, const QString &entryId, const Wire::Outcome &outcome)
{
    bool ok = false;
    const bool refused = outcome.status == Wire::OutcomeStatus::Refused;
    if (kind == Wire::MutationKind::HoursWithdraw) {
        if (!refused || outcome.reason == Wire::toKey(Wire::Reason::EntryUnknown))
            exec(m_db, u"DELETE FROM hours_entry WHERE id = ? AND state = ?", {entryId, QString(kWithdrawing)}, &ok);
        else // staff were first: it stays, as the server has it
            exec(m_db, u"UPDATE hours_entry SET state = ? WHERE id = ? AND state = ?",
                 {QString(kSent), entryId, QString(kWithdrawing)}, &ok);
        return ok;
    }
    // An edit sent after this one keeps the entry queued.
    if (m_outbox.hasPending(kind, entryId, outcome.seq))
        return true;
    exec(m_db, u"UPDATE hours_entry SET state = ?, reason = ? WHERE id = ? AND state = ?",
         {QString(refused ? kRejected : kSent), refused ? outcome.reason : u""_s, entryId, QString(kQueued)}, &ok);
    return ok;
}

bool PhoneHoursRepository::keepPulled(const Wire::HoursChange &c)
{
    bool ok = false;
    // What the tenant typed and has not sent yet is kept; the server's verdict is always taken.
    exec(m_db,
         u"INSERT INTO hours_entry (id, person_id, opportunity_id, date, minutes, note, corrects_entry_id, "
         u"superseded_by, verified, state, created_at) "
         u"SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM person WHERE id = ? "
         u"ON CONFLICT (id) DO UPDATE SET verified = excluded.verified, superseded_by = excluded.superseded_by, "
         u"corrects_entry_id = excluded.corrects_entry_id, "
         u"opportunity_id = CASE WHEN state IN ('queued', 'withdrawing') THEN opportunity_id ELSE excluded.opportunity_id END, "
         u"date = CASE WHEN state IN ('queued', 'withdrawing') THEN date ELSE excluded.date END, "
         u"minutes = CASE WHEN state IN ('queued', 'withdrawing') THEN minutes ELSE excluded.minutes END, "
         u"note = CASE WHEN state IN ('queued', 'withdrawing') THEN note ELSE excluded.note END, "
         u"state = CASE WHEN state IN ('queued', 'withdrawing') THEN state ELSE excluded.state END, "
         u"reason = CASE WHEN state IN ('queued', 'withdrawing') THEN reason ELSE '' END",
         {c.id, c.opportunityId, c.date.toString(Qt::ISODate), c.minutes, c.note.isNull() ? u""_s : c.note,
          c.correctsEntryId.isNull() ? u""_s : c.correctsEntryId, c.supersededBy.isNull() ? u""_s : c.supersededBy,
          c.verified ? 1 : 0, QString(kSent), isoUtc(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()),
          c.personId},
         &ok);
    return ok;
}

bool PhoneHoursRepository::removePulled(const QString &entryId)
{
    bool ok = false;
    exec(m_db, u"DELETE FROM hours_entry WHERE id = ?", {entryId}, &ok);
    return ok;
}

bool PhoneHoursRepository::keepPulledBalance(const Wire::BalanceChange &c)
{
    bool ok = false;
    exec(m_db,
         u"INSERT INTO phone_balance (person_id, month, agreed_minutes, logged_minutes, verified_minutes) "
         u"SELECT id, ?, ?, ?, ? FROM person WHERE id = ? ON CONFLICT (person_id, month) DO UPDATE SET "
         u"agreed_minutes = excluded.agreed_minutes, logged_minutes = excluded.logged_minutes, "
         u"verified_minutes = excluded.verified_minutes",
         {c.month, c.agreedMinutes, c.loggedMinutes, c.verifiedMinutes, c.personId}, &ok);
    return ok;
}

QList<PhoneHoursRepository::Entry> PhoneHoursRepository::entries(const QString &personId) const
{
    bool ok = false;
    QSqlQuery q = exec(m_db,
                       QString(kEntrySelect
                           + u"WHERE e.person_id = ? AND e.corrects_entry_id = '' AND e.state <> ? "
                             u"ORDER BY e.date DESC, e.created_at DESC, e.id"_s),
                       {StorageSql::localTitlePath(), personId, QString(kWithdrawing)}, &ok);
    QList<Entry> list;
    while (ok && q.next())
        list.append(entryOf(q));
    return list;
}

std::optional<PhoneHoursRepository::Entry> PhoneHoursRepository::entry(const QString &entryId) const
{
    bool ok = false;
    QSqlQuery q = exec(m_db, QString(kEntrySelect + u"WHERE e.id = ? AND e.state <> ?"_s),
                       {StorageSql::localTitlePath(), entryId, QString(kWithdrawing)}, &ok);
    if (!ok || !q.next())
        return std::nullopt;
    return entryOf(q);
}

PhoneHoursRepository::Balance PhoneHoursRepository::balance(const QString &personId, const QString &month) const
{
    bool ok = false;
    QSqlQuery q = exec(m_db,
                       u"SELECT agreed_minutes, logged_minutes, verified_minutes FROM phone_balance "
                       u"WHERE person_id = ? AND month = ?",
                       {personId, month}, &ok);
    Balance b;
    b.month = month;
    if (ok && q.next()) {
        b.agreedMinutes = q.value(0).toInt();
        b.loggedMinutes = q.value(1).toInt();
        b.verifiedMinutes = q.value(2).toInt();
    } else {
        // A month without hours yet: the agreement is the latest month's the server sent.
        QSqlQuery latest = exec(m_db,
                                u"SELECT agreed_minutes FROM phone_balance WHERE person_id = ? "
                                u"ORDER BY month DESC LIMIT 1",
                                {personId}, &ok);
        if (ok && latest.next())
            b.agreedMinutes = latest.value(0).toInt();
    }
    return b;
}

QList<PhoneHoursRepository::Choice> PhoneHoursRepository::choices(const QString &personId) const
{
    bool ok = false;
    QSqlQuery q = exec(m_db,
                       QString(u"SELECT DISTINCT o.id, "_s + StorageSql::localTitleSql(u"o")
                               + u" AS title FROM signup s JOIN opportunity o ON o.id = s.opportunity_id "
                                 u"WHERE s.person_id = ? AND s.state = ? AND o.kind <> ? ORDER BY title"_s),
                       {StorageSql::localTitlePath(), personId, toKey(SignupState::Confirmed),
                        toKey(OpportunityKind::TrainingPlace)}, &ok);
    QList<Choice> list;
    while (ok && q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

int PhoneHoursRepository::minutesOn(const QString &personId, const QString &opportunityId, QDate date,
                                    const QString &exceptEntryId) const
{
    bool ok = false;
    QSqlQuery q = exec(m_db,
                       u"SELECT COALESCE(SUM(minutes), 0) FROM hours_entry WHERE person_id = ? AND opportunity_id = ? "
                       u"AND date = ? AND id <> ? AND corrects_entry_id = '' AND superseded_by = '' "
                       u"AND state NOT IN ('rejected', 'withdrawing')",
                       {personId, opportunityId, date.toString(Qt::ISODate), exceptEntryId.isNull() ? u""_s : exceptEntryId},
                       &ok);
    return ok && q.next() ? q.value(0).toInt() : 0;
}
