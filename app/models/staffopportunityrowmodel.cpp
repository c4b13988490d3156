// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffopportunityrowmodel.h"

StaffOpportunityRowModel::StaffOpportunityRowModel(QObject *parent)
    : StaffRowModel(parent)
{
}

void StaffOpportunityRowModel::setOpportunityId(const QString &id)
{
    if (m_opportunityId == id)
        return;
    m_opportunityId = id;
    Q_EMIT opportunityIdChanged();
    reload();
}
