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
                      const QString &entity, const QString &entityId, const QJsonObject &detail)
{
    const Row row{m.id,   isoUtc(now), nullIfEmpty(m.staffId), device.id, isoUtc(m.deviceTime), nullIfEmpty(site),
                  m.kind, entity,      entityId,               compact(detail)};
    if (!run(u"INSERT INTO audit (id, at, staff_id, device_id, device_time, site_id, action, entity, entity_id, "
             "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             row))
        return false;
    return m_changes.emitWritten(ChangeEntity::Audit, {m.id}, row);
}

} // namespace Server
