// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which records a device may name in a mutation (Scope, scope.h).

#include "server/store/scope.h"
#include "server/securitylog.h"

#include "protocol/mutation.h"
#include "protocol/requests.h"

using namespace Qt::StringLiterals;

namespace Server {

std::optional<bool> Scope::mayNamePerson(const Device &device, const QString &personId)
{
    std::optional<QVariant> found;
    if (device.kind == Wire::toKey(Wire::DeviceKind::Phone))
        return phoneKnowsPerson(device.id, personId);
    if (device.kind == Wire::toKey(Wire::DeviceKind::Staff))
        found = scalar(u"SELECT COUNT(*) FROM person WHERE id = ? AND (site_id = ? OR device_id = ?)"_s,
                       {personId, device.site, device.id});
    else
        found = scalar(u"SELECT COUNT(*) FROM person WHERE id = ? AND device_id = ?"_s, {personId, device.id});
    if (!found)
        return std::nullopt;
    return found->toInt() > 0;
}

std::optional<bool> Scope::mayNameSignup(const Device &device, const QString &signupId)
{
    auto q = run(u"SELECT device_id, person_id, COALESCE(site_id, '') FROM signup WHERE id = ?"_s, {signupId});
    if (!q)
        return std::nullopt;
    if (!q->next())
        return false;
    const SignupOwner owner{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    q->finish();
    return mayNameSignup(device, owner);
}

std::optional<bool> Scope::mayNameSignup(const Device &device, const SignupOwner &owner)
{
    if (owner.device == device.id)
        return true;
    if (device.kind == Wire::toKey(Wire::DeviceKind::Staff))
        return owner.site == device.site;
    if (device.kind == Wire::toKey(Wire::DeviceKind::Phone))
        return phoneKnowsPerson(device.id, owner.person);
    return false;
}

void Scope::refused(const Device &device, Wire::MutationKind kind)
{
    logSecurityEvent("scope-refused", {{"device", device.id}, {"kind", Wire::toKey(kind)}});
}

} // namespace Server
