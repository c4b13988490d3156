// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffreviewopportunitymodel.h"

#include "core/domain.h"
#include "storage/staffrepository.h"

using namespace Qt::StringLiterals;

StaffReviewOpportunityModel::StaffReviewOpportunityModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffReviewOpportunityModel::StaffReviewOpportunityModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffReviewOpportunityModel::roleNames() const
{
    return {
        {OpportunityIdRole, "opportunityId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {StatusRole, "status"},
        {CapacityRole, "capacity"},
        {ConfirmedRole, "confirmed"},
        {RouteRole, "route"},
        {SiteRole, "site"},
        {WaitlistLengthRole, "waitlistLength"},
    };
}

QVariantList StaffReviewOpportunityModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).reviewOpportunities();
}

QString StaffReviewOpportunityModel::idKey() const
{
    return u"opportunityId"_s;
}

StaffReviewOpportunityProxy::StaffReviewOpportunityProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StaffReviewOpportunityProxy::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
    Q_EMIT kindChanged();
}

bool StaffReviewOpportunityProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool training = i.data(StaffReviewOpportunityModel::KindRole).toString()
        == Meedoen::toKey(Meedoen::OpportunityKind::TrainingPlace);
    return training == (m_kind == Meedoen::toKey(Meedoen::OpportunityKind::TrainingPlace));
}
