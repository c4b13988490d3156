// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffnewvolunteermodel.h"

#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffNewVolunteerModel::StaffNewVolunteerModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffNewVolunteerModel::StaffNewVolunteerModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffNewVolunteerModel::roleNames() const
{
    return {
        {PersonIdRole, "personId"},
        {NameRole, "name"},
        {TenantNumberRole, "tenantNumber"},
        {AddressRole, "address"},
        {DateOfBirthRole, "dateOfBirth"},
        {TenancyVerdictRole, "tenancyVerdict"},
    };
}

QVariantList StaffNewVolunteerModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).newVolunteers();
}

QString StaffNewVolunteerModel::idKey() const
{
    return u"personId"_s;
}
