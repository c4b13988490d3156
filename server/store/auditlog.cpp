// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The staff audit entries and their change (AuditLog, auditlog.h).

#include "server/store/auditlog.h"
#include "server/store/changelog.h"
#include "server/store/storehelpers.h"

using namespace Qt::StringLiterals;

namespace Server {

using namespace StoreHelpers;

bool AuditLog::record(const Device &device, const Mutation &m, const QDateTime &now, const QString &site,
                      Wire::Entity entity, const QString &entityId, const Wire::AuditDetail &given)
{
    Wire::AuditDetail detail = given;
    const bool byStaff = !Wire::staffIdOf(m.payload).isEmpty();
    if (byStaff && !m_role.isEmpty())
        detail.role = m_role;
    const Row row{m.id,
                  isoUtc(now),
                  nullIfEmpty(Wire::staffIdOf(m.payload)),
                  device.id,
                  isoUtc(m.deviceTime),
                  nullIfEmpty(site),
                  Wire::toKey(m.kind),
                  Wire::toKey(entity),
                  entityId,
                  compact(Wire::toJson(detail))};
    Row withRole = row;
    withRole.append(byStaff ? nullIfEmpty(m_role) : QVariant());
    if (!run(u"INSERT INTO audit (id, at, staff_id, device_id, device_time, site_id, action, entity, entity_id, "
             "detail, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             withRole))
        return false;
    return m_changes.emitWritten(Wire::Entity::Audit, {m.id}, row);
}

} // namespace Server
