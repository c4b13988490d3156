// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffpersonmodel.h"

#include "storage/staffrepository.h"

StaffPersonModel::StaffPersonModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffPersonModel::StaffPersonModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffPersonModel::roleNames() const
{
    return {
        {PersonIdRole, "personId"},
        {NameRole, "name"},
        {TenantNumberRole, "tenantNumber"},
        {PersonalCodeRole, "personalCode"},
        {NeighbourhoodRole, "neighbourhood"},
        {AgreedMinutesRole, "agreedMinutes"},
    };
}

QVariantList StaffPersonModel::readRows(const QSqlDatabase &db) const
{
    // All of them: the proxy filters as the staff member types.
    return StaffRepository(db).persons({}, -1);
}

QString StaffPersonModel::idKey() const
{
    return QStringLiteral("personId");
}

StaffPersonProxy::StaffPersonProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StaffPersonProxy::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    invalidateFilter();
    Q_EMIT searchChanged();
}

bool StaffPersonProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : {StaffPersonModel::NameRole, StaffPersonModel::TenantNumberRole, StaffPersonModel::PersonalCodeRole,
                     StaffPersonModel::NeighbourhoodRole}) {
        if (i.data(role).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
