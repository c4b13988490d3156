// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

namespace Server {

// Staff members, their sign-in and their sessions on a tablet (docs/sync-protocol.md,
// "Sign-in"). The back-off is kept in the database and every attempt counted before the
// password is checked, so parallel guesses and several server processes cannot get round it.
class StaffAccounts final : public StorePart
{
public:
    explicit StaffAccounts(Session &session) : StorePart(session) {}

    std::optional<QString> addStaff(const QString &login, const QString &name, const QStringList &sites,
                                    const QByteArray &passwordHash, const QDateTime &now);
    bool unlockStaff(const QString &login);
    QList<StaffMember> staffMembers();
    std::optional<LoginGate> beginLogin(const QString &login, const QDateTime &now);
    bool finishLogin(const QString &staffId, const QString &deviceId, const QByteArray &sessionHash,
                     const QDateTime &now, const QDateTime &expiresAt);
    std::optional<StaffMember> staffBySession(const QByteArray &sessionHash, const QString &deviceId,
                                              const QDateTime &now);
    // The sites of a staff member who has signed in on this tablet at least once (the gate of
    // every staff mutation); empty when they have not, nullopt on a database fault.
    std::optional<QStringList> signedInSites(const Device &device, const QString &staffId);
};

} // namespace Server
