// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/staffroles.h"

#include "core/keys.h"

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace Wire {

namespace {

constexpr std::array<QStringView, 4> kRoleKeys = {u"coordinator", u"consultant", u"viewer", u"admin"};
static_assert(kRoleKeys.size() == size_t(StaffRole::Admin) + 1);

constexpr std::array<QStringView, 12> kPermissionKeys = {
    u"dashboard", u"intake",   u"review",  u"hours",          u"trajectories", u"goals",
    u"catalogue", u"partners", u"exports", u"staff-accounts", u"devices",      u"erasure"};
static_assert(kPermissionKeys.size() == size_t(Permission::Erasure) + 1);

} // namespace

QString toKey(StaffRole role) { return keyOf(kRoleKeys, role); }
std::optional<StaffRole> staffRoleFromKey(QStringView key) { return enumFromKey<StaffRole>(kRoleKeys, key); }

QList<StaffRole> allStaffRoles()
{
    return {StaffRole::Coordinator, StaffRole::Consultant, StaffRole::Viewer, StaffRole::Admin};
}

QString toKey(Permission permission) { return keyOf(kPermissionKeys, permission); }
std::optional<Permission> permissionFromKey(QStringView key)
{
    return enumFromKey<Permission>(kPermissionKeys, key);
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (size_t i = 0; i < kPermissionKeys.size(); ++i)
        all.append(Permission(i));
    return all;
}

QList<StaffRole> rolesAllowing(Permission permission)
{
    using enum StaffRole;
    switch (permission) {
    case Permission::Dashboard: return {Coordinator, Consultant, Viewer, Admin};
    case Permission::Intake:
    case Permission::Review:
    case Permission::Hours:
    case Permission::Trajectories: return {Consultant};
    case Permission::Goals:
    case Permission::Catalogue:
    case Permission::Partners:
    case Permission::Exports: return {Coordinator};
    case Permission::StaffAccounts:
    case Permission::Devices:
    case Permission::Erasure: return {Admin};
    }
    return {};
}

std::optional<StaffRole> roleAllowing(const QList<StaffRole> &roles, Permission permission)
{
    const QList<StaffRole> allowed = rolesAllowing(permission);
    for (StaffRole role : roles) {
        if (allowed.contains(role))
            return role;
    }
    return std::nullopt;
}

bool allows(const QList<StaffRole> &roles, Permission permission)
{
    return roleAllowing(roles, permission).has_value();
}

std::optional<Permission> permissionFor(MutationKind kind)
{
    switch (kind) {
    case MutationKind::Registration:
    case MutationKind::Signup:
    case MutationKind::ConsentWithdraw:
    case MutationKind::IdentityCheck: return Permission::Intake;
    case MutationKind::Decision:
    case MutationKind::Placement: return Permission::Review;
    case MutationKind::Hours:
    case MutationKind::HoursVerify:
    case MutationKind::HoursCorrect:
    case MutationKind::HoursAgreement: return Permission::Hours;
    case MutationKind::OpportunityUpsert: return Permission::Catalogue;
    case MutationKind::GoalUpsert: return Permission::Goals;
    case MutationKind::ErasePerson: return Permission::Erasure;
    case MutationKind::PartnerUpsert:
    case MutationKind::PartnerContribution: return Permission::Partners;
    case MutationKind::TrajectoryStep: return Permission::Trajectories;
    case MutationKind::Withdrawal:
    case MutationKind::Link:
    case MutationKind::HoursWithdraw:
    case MutationKind::EraseRequest:
    case MutationKind::ConsentGive: return std::nullopt;
    }
    return std::nullopt;
}

QStringList roleKeys(const QList<StaffRole> &roles)
{
    QStringList keys;
    for (StaffRole role : allStaffRoles()) {
        if (roles.contains(role))
            keys.append(toKey(role));
    }
    return keys;
}

std::optional<QList<StaffRole>> staffRolesFromKeys(const QStringList &keys)
{
    QList<StaffRole> read;
    for (const QString &key : keys) {
        const auto role = staffRoleFromKey(key.trimmed());
        if (!role)
            return std::nullopt;
        read.append(*role);
    }
    if (read.isEmpty())
        return std::nullopt;
    QList<StaffRole> ordered;
    for (StaffRole role : allStaffRoles()) {
        if (read.contains(role))
            ordered.append(role);
    }
    return ordered;
}

} // namespace Wire
