// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffauditmodel.h"

#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffAuditModel::StaffAuditModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffAuditModel::StaffAuditModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffAuditModel::roleNames() const
{
    return {
        {AuditIdRole, "auditId"},
        {AtRole, "at"},
        {StaffNameRole, "staffName"},
        {ActionRole, "action"},
        {EntityRole, "entity"},
        {EntityIdRole, "entityId"},
        {OnDeviceRole, "onDevice"},
        {DeviceIdRole, "deviceId"},
    };
}

QVariantList StaffAuditModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).audit(kMaxRows);
}

QString StaffAuditModel::idKey() const
{
    return u"auditId"_s;
}
