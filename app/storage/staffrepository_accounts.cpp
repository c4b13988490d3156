// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffRepository: the staff members who signed in on this tablet and their PIN attempts.
#include "storage/staffrepository.h"

#include "core/isotime.h"
#include "storage/staffrepository_p.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;
using namespace StaffSql;

bool StaffRepository::upsertAccount(const Account &a)
{
    return run(m_db,
               u"INSERT INTO staff_account (staff_id, login, name, sites, roles, signed_in_at) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (staff_id) DO UPDATE SET login = excluded.login, name = excluded.name, "
               "sites = excluded.sites, roles = excluded.roles, signed_in_at = excluded.signed_in_at"_s,
               {a.staffId, a.login, nonNull(a.name), nonNull(a.sites.join(u',')), nonNull(a.roles.join(u',')),
                nonNull(Meedoen::isoUtc(a.signedInAt))});
}

bool StaffRepository::setPinHash(const QString &staffId, const QString &hash)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE staff_account SET pin_hash = ?, pin_failures = 0, pin_last_failure = '' WHERE staff_id = ?"_s);
    return exec(q, {hash, staffId}) && q.numRowsAffected() == 1;
}

namespace {
const QString kAccountColumns =
    u"staff_id, login, name, sites, pin_hash, pin_failures, pin_last_failure, signed_in_at, roles"_s;

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
    a.roles = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
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
