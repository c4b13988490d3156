// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include <optional>

namespace Server {

// Which records a device may name in a mutation: ids are not keys (docs/security/scope.md).
// A kiosk names the persons it registered; a phone its linked tenant; a staff tablet the
// persons of its site and those it registered. A sign-up: one this device made, one of the
// phone's tenant, or one of the tablet's site. Whatever is out of scope is answered exactly
// as an unknown id is, so an answer never tells another device's record exists.
class Scope final : public StorePart
{
public:
    explicit Scope(Session &session) : StorePart(session) {}

    // Who made a sign-up, as its row holds it.
    struct SignupOwner
    {
        QString device;
        QString person;
        QString site;
    };

    // nullopt on a database fault. An unknown id is out of scope.
    std::optional<bool> mayNamePerson(const Device &device, const QString &personId);
    std::optional<bool> mayNameSignup(const Device &device, const QString &signupId);
    std::optional<bool> mayNameSignup(const Device &device, const SignupOwner &owner);

    // The security event of an out-of-scope id (the device and the kind; never the id).
    static void refused(const Device &device, Wire::MutationKind kind);
};

} // namespace Server
