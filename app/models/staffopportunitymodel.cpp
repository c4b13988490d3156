// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffopportunitymodel.h"

#include "models/cataloguemodel.h"
#include "storage/cataloguerepository.h"

using namespace Qt::StringLiterals;

StaffOpportunityModel::StaffOpportunityModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffOpportunityModel::StaffOpportunityModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffOpportunityModel::roleNames() const
{
    return {
        {OpportunityIdRole, "opportunityId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {TrainingTypeRole, "trainingType"},
        {RouteRole, "route"},
        {StatusRole, "status"},
        {SiteRole, "site"},
        {PlaceRole, "place"},
        {NeighbourhoodRole, "neighbourhood"},
        {NeighbourhoodNameRole, "neighbourhoodName"},
        {CapacityRole, "capacity"},
        {PlacesTakenRole, "placesTaken"},
        {PlacesLeftRole, "placesLeft"},
        {StartDateRole, "startDate"},
        {EndDateRole, "endDate"},
        {VersionRole, "version"},
    };
}

QVariantList StaffOpportunityModel::readRows(const QSqlDatabase &db) const
{
    CatalogueQuery query;
    query.includeClosed = true;
    query.limit = CatalogueRepository::kMaxLimit;
    QVariantList rows;
    const QList<Meedoen::Opportunity> found = CatalogueRepository(db).search(query);
    rows.reserve(found.size());
    for (const Meedoen::Opportunity &o : found) {
        QVariantMap row = CatalogueModel::opportunityFields(o);
        // The editor shows and takes dates as text.
        row.insert(u"startDate"_s, o.startDate.toString(Qt::ISODate));
        row.insert(u"endDate"_s, o.endDate.toString(Qt::ISODate));
        rows.append(row);
    }
    return rows;
}

QString StaffOpportunityModel::idKey() const
{
    return u"opportunityId"_s;
}

StaffOpportunityProxy::StaffOpportunityProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StaffOpportunityProxy::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
    Q_EMIT kindChanged();
}

void StaffOpportunityProxy::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
    Q_EMIT statusChanged();
}

void StaffOpportunityProxy::setSiteIds(const QStringList &siteIds)
{
    if (m_siteIds == siteIds)
        return;
    m_siteIds = siteIds;
    invalidateFilter();
    Q_EMIT siteIdsChanged();
}

bool StaffOpportunityProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && i.data(StaffOpportunityModel::KindRole).toString() != m_kind)
        return false;
    if (!m_status.isEmpty() && i.data(StaffOpportunityModel::StatusRole).toString() != m_status)
        return false;
    return m_siteIds.isEmpty() || m_siteIds.contains(i.data(StaffOpportunityModel::SiteRole).toString());
}
