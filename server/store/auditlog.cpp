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
    if (!run(u"INSERT INTO audit (id, at, staff_id, device_id, device_time, site_id, action, entity, entity_id, detail) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {m.id, isoUtc(now), nullIfEmpty(m.staffId), device.id, isoUtc(m.deviceTime), nullIfEmpty(site), m.kind,
              entity, entityId, compact(detail)}))
        return false;
    const QJsonObject data{{u"id"_s, m.id},           {u"at"_s, isoUtc(now)},         {u"staffId"_s, m.staffId},
                           {u"deviceId"_s, device.id}, {u"deviceTime"_s, isoUtc(m.deviceTime)},
                           {u"action"_s, m.kind},     {u"entity"_s, entity},           {u"entityId"_s, entityId},
                           {u"detail"_s, detail}};
    return m_changes.append(u"audit"_s, m.id, u"upsert"_s, ChangeLog::kPersonal, nullIfEmpty(site), device.id,
                            QVariant(), data);
}

} // namespace Server
