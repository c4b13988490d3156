// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff members, sign-in back-off and sessions (StaffAccounts, staffaccounts.h).

#include "server/store/staffaccounts.h"
#include "server/store/storehelpers.h"

#include "core/attemptpolicy.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Server {

using namespace StoreHelpers;

std::optional<QString> StaffAccounts::addStaff(const QString &login, const QString &name, const QStringList &sites,
                                               const QList<Wire::StaffRole> &roles, const QByteArray &passwordHash,
                                               const QDateTime &now)
{
    if (roles.isEmpty()) {
        m_session.setError(u"a staff member needs at least one role"_s);
        return std::nullopt;
    }
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
                 {id, site})
            || !insertRoles(id, site, roles)) {
            rollback();
            return std::nullopt;
        }
    }
    if (!commit())
        return std::nullopt;
    return id;
}

bool StaffAccounts::insertRoles(const QString &staffId, const QString &site, const QList<Wire::StaffRole> &roles)
{
    for (const QString &role : Wire::roleKeys(roles)) {
        if (!run(u"INSERT INTO staff_role (staff_id, site_id, role) VALUES (?, ?, ?) "
                 "ON CONFLICT (staff_id, site_id, role) DO NOTHING"_s,
                 {staffId, site, role}))
            return false;
    }
    return true;
}

RolesChange StaffAccounts::setRoles(const QString &login, const QString &site, const QList<Wire::StaffRole> &roles)
{
    if (roles.isEmpty()) {
        m_session.setError(u"a staff member needs at least one role at a site"_s);
        return RolesChange::Fault;
    }
    if (!beginWrite())
        return RolesChange::Fault;
    const auto id = scalar(u"SELECT id FROM staff WHERE login = ?"_s, {login});
    if (!id) {
        rollback();
        return RolesChange::Fault;
    }
    if (id->isNull()) {
        rollback();
        return RolesChange::UnknownLogin;
    }
    const QString staffId = id->toString();
    if (!run(u"INSERT INTO staff_site (staff_id, site_id) VALUES (?, ?) ON CONFLICT (staff_id, site_id) DO NOTHING"_s,
             {staffId, site})
        || !run(u"DELETE FROM staff_role WHERE staff_id = ? AND site_id = ?"_s, {staffId, site})
        || !insertRoles(staffId, site, roles)) {
        rollback();
        return RolesChange::Fault;
    }
    return commit() ? RolesChange::Set : RolesChange::Fault;
}

bool StaffAccounts::readSitesAndRoles(StaffMember &staff)
{
    staff.sites.clear();
    staff.roles.clear();
    auto sites = run(u"SELECT site_id FROM staff_site WHERE staff_id = ? ORDER BY site_id"_s, {staff.id});
    if (!sites)
        return false;
    while (sites->next())
        staff.sites.append(sites->value(0).toString());
    sites->finish();
    auto roles = run(u"SELECT site_id, role FROM staff_role WHERE staff_id = ?"_s, {staff.id});
    if (!roles)
        return false;
    QHash<QString, QStringList> keys;
    while (roles->next())
        keys[roles->value(0).toString()].append(roles->value(1).toString());
    roles->finish();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        // A role this server does not know (written by a newer one) allows nothing.
        QList<Wire::StaffRole> known;
        for (const QString &key : it.value()) {
            if (const auto role = Wire::staffRoleFromKey(key))
                known.append(*role);
        }
        if (const auto ordered = Wire::staffRolesFromKeys(Wire::roleKeys(known)))
            staff.roles.insert(it.key(), *ordered);
    }
    return true;
}

QString StaffAccounts::loginSubject(const QString &login)
{
    if (m_loginKey.isEmpty()) {
        // Made once per database by whichever server process comes first; the others read it.
        QByteArray fresh(32, Qt::Uninitialized);
        for (char &b : fresh)
            b = char(QRandomGenerator::system()->bounded(256));
        if (!run(u"INSERT INTO server_secret (name, value) VALUES ('signin-key', ?) ON CONFLICT (name) DO NOTHING"_s,
                 {QString::fromLatin1(fresh.toBase64())}))
            return {};
        const auto stored = scalar(u"SELECT value FROM server_secret WHERE name = 'signin-key'"_s);
        if (!stored)
            return {};
        m_loginKey = QByteArray::fromBase64(stored->toString().toLatin1());
    }
    return u"login:"_s
        + QString::fromLatin1(
            QMessageAuthenticationCode::hash(login.toUtf8(), m_loginKey, QCryptographicHash::Sha256).toHex());
}

bool StaffAccounts::unlockStaff(const QString &login)
{
    const auto known = scalar(u"SELECT COUNT(*) FROM staff WHERE login = ?"_s, {login});
    const QString subject = loginSubject(login);
    if (!known || known->toInt() != 1 || subject.isEmpty())
        return false;
    return bool(run(u"DELETE FROM signin_attempt WHERE subject = ?"_s, {subject}));
}

QList<StaffMember> StaffAccounts::staffMembers()
{
    QList<StaffMember> out;
    {
        auto q = run(u"SELECT id, login, name FROM staff ORDER BY login"_s);
        while (q && q->next())
            out.append(StaffMember{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}, {}});
    }
    for (StaffMember &s : out)
        readSitesAndRoles(s);
    return out;
}

std::optional<LoginGate> StaffAccounts::beginLogin(const QString &login, const QString &deviceId,
                                                   const AttemptPolicy &policy, const QDateTime &now)
{
    const QString loginKey = loginSubject(login);
    if (loginKey.isEmpty())
        return std::nullopt;
    // The counters are written without waiting for the disk, as the rate limit's are
    // (Devices::countRequest): a server process killed keeps them (SQLite WAL, PostgreSQL
    // WAL), only a power cut may forget the last few; one fsync per guess would let a flood
    // of sign-ins hold every other request up.
    const Session::UnsyncedCommits unsynced(m_session);
    if (!beginWrite())
        return std::nullopt;
    if (m_session.dialect() == Dialect::Postgres && !scalar(u"SELECT set_config('synchronous_commit', 'off', true)"_s)) {
        rollback();
        return std::nullopt;
    }
    const QString deviceKey = u"device:"_s + deviceId;
    const auto stateOf = [this](const QString &subject) -> std::optional<AttemptState> {
        auto q = run(u"SELECT failures, last_failure_at FROM signin_attempt WHERE subject = ?"_s, {subject});
        if (!q)
            return std::nullopt;
        AttemptState state;
        if (q->next())
            state = {q->value(0).toInt(), QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs), 0};
        q->finish();
        return state;
    };
    const auto loginState = stateOf(loginKey);
    const auto deviceState = loginState ? stateOf(deviceKey) : std::nullopt;
    if (!deviceState) {
        rollback();
        return std::nullopt;
    }
    LoginGate gate;
    const AttemptVerdict forLogin = checkAttempt(policy, *loginState, now);
    const AttemptVerdict forDevice = checkAttempt(kStaffDevicePolicy, *deviceState, now);
    if (forLogin.kind == AttemptVerdict::Locked) {
        gate.kind = LoginGate::Locked;
        gate.retryAfterSeconds = forLogin.retryAfterSeconds;
    } else if (forLogin.kind != AttemptVerdict::Allowed || forDevice.kind != AttemptVerdict::Allowed) {
        gate.kind = LoginGate::Wait;
        gate.retryAfterSeconds = std::max({1, forLogin.retryAfterSeconds, forDevice.retryAfterSeconds});
    }
    if (gate.kind != LoginGate::Allowed) {
        rollback();
        return gate;
    }
    {
        auto q = run(u"SELECT id, name, password_hash FROM staff WHERE login = ?"_s, {login});
        if (!q) {
            rollback();
            return std::nullopt;
        }
        if (q->next()) {
            gate.known = true;
            gate.staff = StaffMember{q->value(0).toString(), login, q->value(1).toString(), {},
                                     q->value(2).toString().toLatin1()};
        }
        q->finish();
    }
    if (gate.known && !readSitesAndRoles(gate.staff)) {
        rollback();
        return std::nullopt;
    }
    // Counted as a failure until finishLogin forgives it; an unknown login exactly like a known one.
    gate.loginFailures = failuresAfterMistake(policy, loginState->consecutiveFailures);
    gate.deviceFailures = failuresAfterMistake(kStaffDevicePolicy, deviceState->consecutiveFailures);
    gate.locksIfWrong = policy.lockAfterFailures > 0 && gate.loginFailures >= policy.lockAfterFailures;
    for (const auto &[subject, failures] : {std::pair(loginKey, gate.loginFailures), std::pair(deviceKey, gate.deviceFailures)}) {
        if (!run(u"INSERT INTO signin_attempt (subject, failures, last_failure_at) VALUES (?, ?, ?) "
                 "ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, "
                 "last_failure_at = excluded.last_failure_at"_s,
                 {subject, failures, isoUtc(now)})) {
            rollback();
            return std::nullopt;
        }
    }
    // Bounded: counters a day old are forgotten (a lock lasting longer keeps its row that
    // long), and the table never holds more than kMaxSigninSubjects rows.
    const int memory = std::max(kSigninMemorySeconds, policy.lockSeconds);
    if (!run(u"DELETE FROM signin_attempt WHERE last_failure_at < ?"_s, {isoUtc(now.addSecs(-memory))})) {
        rollback();
        return std::nullopt;
    }
    const auto rows = scalar(u"SELECT COUNT(*) FROM signin_attempt"_s);
    if (!rows || (rows->toInt() > kMaxSigninSubjects
                  && !run(u"DELETE FROM signin_attempt WHERE subject IN (SELECT subject FROM signin_attempt "
                          "ORDER BY last_failure_at LIMIT ?)"_s,
                          {rows->toInt() - kMaxSigninSubjects}))) {
        rollback();
        return std::nullopt;
    }
    if (!commit())
        return std::nullopt;
    return gate;
}

bool StaffAccounts::finishLogin(const QString &login, const QString &staffId, const QString &deviceId,
                                const QByteArray &sessionHash, const QDateTime &now, const QDateTime &expiresAt)
{
    const QString loginKey = loginSubject(login);
    if (loginKey.isEmpty() || !beginWrite())
        return false;
    if (!run(u"DELETE FROM signin_attempt WHERE subject IN (?, ?)"_s, {loginKey, QString(u"device:"_s + deviceId)})
        || (!sessionHash.isEmpty()
            && !run(u"INSERT INTO staff_session (token_hash, staff_id, device_id, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {QString::fromLatin1(sessionHash), staffId, deviceId, isoUtc(now), isoUtc(expiresAt)}))) {
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
    if (!readSitesAndRoles(s))
        return std::nullopt;
    return s;
}

std::optional<StaffMember> StaffAccounts::signedInMember(const Device &device, const QString &staffId)
{
    // A staff member who signed in on this tablet once (online) may work on it offline: the
    // tablet's PIN guards the rest. Their sites and their roles there bound what they may do.
    const auto signedIn = scalar(u"SELECT COUNT(*) FROM staff_session WHERE staff_id = ? AND device_id = ?"_s,
                                 {staffId, device.id});
    if (!signedIn)
        return std::nullopt;
    StaffMember staff;
    staff.id = staffId;
    if (signedIn->toInt() == 0)
        return staff;
    if (!readSitesAndRoles(staff))
        return std::nullopt;
    return staff;
}

} // namespace Server
