// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffsignupmodel.h"

#include "storage/staffrepository.h"

StaffSignupModel::StaffSignupModel(QObject *parent)
    : StaffRowModel(parent)
{
}

StaffSignupModel::StaffSignupModel(Database *database, QObject *parent)
    : StaffRowModel(parent)
{
    setDatabase(database);
}

QHash<int, QByteArray> StaffSignupModel::roleNames() const
{
    return {
        {SignupIdRole, "signupId"},
        {PersonIdRole, "personId"},
        {OpportunityIdRole, "opportunityId"},
        {StateRole, "state"},
        {WaitlistPositionRole, "waitlistPosition"},
        {ArrivalRole, "arrival"},
        {VersionRole, "version"},
        {PlacementRole, "placement"},
        {ReferenceCodeRole, "referenceCode"},
        {MotivationRole, "motivation"},
        {NameRole, "name"},
        {PendingRole, "pending"},
    };
}

QVariantList StaffSignupModel::readRows(const QSqlDatabase &db) const
{
    return StaffRepository(db).signups();
}

QString StaffSignupModel::idKey() const
{
    return QStringLiteral("signupId");
}

StaffSignupProxy::StaffSignupProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StaffSignupProxy::setOpportunityId(const QString &opportunityId)
{
    if (m_opportunityId == opportunityId)
        return;
    m_opportunityId = opportunityId;
    invalidateFilter();
    Q_EMIT opportunityIdChanged();
}

void StaffSignupProxy::setState(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
    Q_EMIT stateChanged();
}

bool StaffSignupProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_opportunityId.isEmpty() && i.data(StaffSignupModel::OpportunityIdRole).toString() != m_opportunityId)
        return false;
    return m_state.isEmpty() || i.data(StaffSignupModel::StateRole).toString() == m_state;
}
