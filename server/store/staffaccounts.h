// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

// Staff members, their sign-in and their sessions on a tablet (docs/sync-protocol.md,
// "Staff sign-in"; docs/security/signin.md). The back-off is kept in the database and every
// attempt counted before the password is checked, so parallel guesses and several server
// processes cannot get round it. A login is counted under a keyed hash of it: people type
// passwords into login fields, and the table must not keep them.
class StaffAccounts final : public StorePart
{
public:
    // At most this many sign-in counters are kept; beyond it the oldest are forgotten.
    static constexpr int kMaxSigninSubjects = 10000;
    // Counters untouched this long are forgotten (a lock lasting longer keeps its own).
    static constexpr int kSigninMemorySeconds = 24 * 3600;

    explicit StaffAccounts(Session &session) : StorePart(session) {}

    std::optional<QString> addStaff(const QString &login, const QString &name, const QStringList &sites,
                                    const QList<Wire::StaffRole> &roles, const QByteArray &passwordHash,
                                    const QDateTime &now);
    RolesChange setRoles(const QString &login, const QString &site, const QList<Wire::StaffRole> &roles);
    bool unlockStaff(const QString &login);
    QList<StaffMember> staffMembers();
    std::optional<LoginGate> beginLogin(const QString &login, const QString &deviceId,
                                        const Meedoen::AttemptPolicy &policy, const QDateTime &now);
    bool finishLogin(const QString &login, const QString &staffId, const QString &deviceId,
                     const QByteArray &sessionHash, const QDateTime &now, const QDateTime &expiresAt);
    std::optional<StaffMember> staffBySession(const QByteArray &sessionHash, const QString &deviceId,
                                              const QDateTime &now);
    // The sites and roles of a staff member who has signed in on this tablet at least once
    // (the gate of every staff mutation): no sites when they have not, nullopt on a database
    // fault.
    std::optional<StaffMember> signedInMember(const Device &device, const QString &staffId);

private:
    // Fills `staff.sites` and `staff.roles` from staff_site and staff_role; false on a fault.
    bool readSitesAndRoles(StaffMember &staff);
    bool insertRoles(const QString &staffId, const QString &site, const QList<Wire::StaffRole> &roles);
    // "login:" and HMAC-SHA256 of the login under this database's secret; empty on a fault.
    QString loginSubject(const QString &login);
    QByteArray m_loginKey;
};

} // namespace Server
