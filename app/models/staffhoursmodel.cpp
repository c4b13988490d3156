// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffhoursmodel.h"

#include "storage/staffrepository.h"

StaffHoursModel::StaffHoursModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffHoursModel::StaffHoursModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffHoursModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {PersonIdRole, "personId"},
        {OpportunityIdRole, "opportunityId"},
        {DateRole, "date"},
        {MinutesRole, "minutes"},
        {VerifiedRole, "verified"},
        {CorrectsEntryIdRole, "correctsEntryId"},
        {NoteRole, "note"},
        {LoggedByRole, "loggedBy"},
        {NameRole, "name"},
        {TitleRole, "title"},
        {PendingRole, "pending"},
    };
}

QVariantList StaffHoursModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).hours(false);
}

QString StaffHoursModel::idKey() const
{
    return QStringLiteral("entryId");
}

StaffHoursProxy::StaffHoursProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StaffHoursProxy::setUnverifiedOnly(bool unverifiedOnly)
{
    if (m_unverifiedOnly == unverifiedOnly)
        return;
    m_unverifiedOnly = unverifiedOnly;
    invalidateFilter();
    Q_EMIT unverifiedOnlyChanged();
}

bool StaffHoursProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_unverifiedOnly
        || !sourceModel()->index(sourceRow, 0, sourceParent).data(StaffHoursModel::VerifiedRole).toBool();
}
