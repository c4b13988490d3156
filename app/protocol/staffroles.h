// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Staff roles and what each may do (docs/security.md, "Staff roles"): ONE table, read by the
// server, which enforces it on every staff endpoint and staff mutation (403 / refused
// `role-not-allowed`), and by the tablet, which hides what the signed-in role may not do.
// A staff member holds roles per site; on a tablet they act with their roles at its site.
//
// Adding a permission (goals, partners, trajectories, exports slot in here): an enumerator
// at the end, its key below, its row in rolesAllowing(); permissionFor() when a mutation
// kind needs it, and the endpoint asks for it in server/routes.cpp.

#include "protocol/mutation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Wire {

enum class StaffRole {
    Coordinator,    // goals, catalogue, partners, exports
    Consultant,     // intake, review, hours, trajectories
    Viewer,         // the dashboard only
    Admin,          // staff accounts, devices, erasure
};
QString toKey(StaffRole role);
std::optional<StaffRole> staffRoleFromKey(QStringView key);
QList<StaffRole> allStaffRoles();

enum class Permission {
    Dashboard,      // the results (every role)
    Intake,         // register and sign up a tenant, identity checks, consents, a locked code
    Review,         // decisions on sign-ups, training placements
    Hours,          // log, verify and correct hours, the monthly agreement
    Trajectories,   // a tenant's trajectory: steps on the ladder, personal goals
    Goals,          // set, change and remove the neighbourhoods' goals (goal-upsert)
    Catalogue,      // create and change opportunities
    Partners,       // partner organisations, their roles and contributions
    Exports,        // CSV exports of results and decisions
    StaffAccounts,  // staff members and their roles
    Devices,        // enrolled devices and their state (the quiet kiosks)
    Erasure,        // the right to erasure
};
QString toKey(Permission permission);
std::optional<Permission> permissionFromKey(QStringView key);
QList<Permission> allPermissions();

// The roles that hold a permission (never empty).
QList<StaffRole> rolesAllowing(Permission permission);
// Whether any of these roles holds it.
bool allows(const QList<StaffRole> &roles, Permission permission);
// The first of these roles that holds it (what the audit records), or nullopt.
std::optional<StaffRole> roleAllowing(const QList<StaffRole> &roles, Permission permission);

// What a staff member needs to send this kind of mutation: nullopt for the kinds only a
// kiosk or phone sends (withdrawal, link, hours-withdraw, erase-request). A registration or
// sign-up needs Intake when a staff member sends it (its staffId is set).
std::optional<Permission> permissionFor(MutationKind kind);

// Role keys as stored and sent ("coordinator", "consultant" …), in the table's order, each once.
QStringList roleKeys(const QList<StaffRole> &roles);
// A list of role keys ("coordinator,consultant" split by the caller); nullopt when one is
// unknown or the list is empty. Duplicates are dropped; the result is in the table's order.
std::optional<QList<StaffRole>> staffRolesFromKeys(const QStringList &keys);

// What staff get before the roles existed, and what `staff add` gives without --role.
inline QList<StaffRole> defaultStaffRoles() { return {StaffRole::Coordinator, StaffRole::Consultant}; }

} // namespace Wire
