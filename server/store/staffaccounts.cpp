// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff members, sign-in back-off and sessions (StaffAccounts, staffaccounts.h).

#include "server/store/staffaccounts.h"
#include "server/store/storehelpers.h"

#include "core/attemptpolicy.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

std::optional<QString> StaffAccounts::addStaff(const QString &login, const QString &name, const QStringList &sites,
                                          const QByteArray &passwordHash, const QDateTime &now)
{
    if (!beginWrite())
        return std::nullopt;
    const auto taken = scalar(u"SELECT COUNT(*) FROM staff WHERE login = ?"_s, {login});
    if (!taken || taken->toInt() > 0) {
        if (taken)
            m_session.setError(u"the login is already taken"_s);
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

bool StaffAccounts::unlockStaff(const QString &login)
{
    auto q = run(u"UPDATE staff SET failed_attempts = 0, last_failure_at = NULL WHERE login = ?"_s, {login});
    return q && q->numRowsAffected() == 1;
}

QList<StaffMember> StaffAccounts::staffMembers()
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

std::optional<LoginGate> StaffAccounts::beginLogin(const QString &login, const QDateTime &now)
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

bool StaffAccounts::finishLogin(const QString &staffId, const QString &deviceId, const QByteArray &sessionHash,
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

std::optional<StaffMember> StaffAccounts::staffBySession(const QByteArray &sessionHash, const QString &deviceId,
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

std::optional<QStringList> StaffAccounts::signedInSites(const Device &device, const QString &staffId)
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

} // namespace Server
