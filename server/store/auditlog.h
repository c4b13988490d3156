// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/session.h"
#include "server/store/store.h"

#include "protocol/changes.h"

#include <QJsonObject>

namespace Server {

class ChangeLog;

// Who did what, when and on which tablet: every staff mutation (and a phone's, where the
// protocol says so) leaves an audit entry, kept in the database and pulled by the site's
// tablets. Ids and keys only: the audit log never holds free text or personal data.
class AuditLog final : public StorePart
{
public:
    AuditLog(Session &session, ChangeLog &changes) : StorePart(session), m_changes(changes) {}

    bool record(const Device &device, const Mutation &m, const QDateTime &now, const QString &site,
                Wire::Entity entity, const QString &entityId, const Wire::AuditDetail &detail = {});

    // The role (protocol/staffroles.h) the staff member acts in for the mutation being
    // applied: kept in the audit row (column role and detail.role) of what it records. Set
    // by whoever checks the role (StaffPush::apply, TenantPush's intake gate) before each
    // staff mutation, empty for a device's own.
    void setActingRole(const QString &role) { m_role = role; }

private:
    ChangeLog &m_changes;
    QString m_role;
};

} // namespace Server
