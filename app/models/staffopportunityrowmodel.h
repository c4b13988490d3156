// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

// A staff list about one opportunity (its candidates, its participants): empty until an
// opportunity is chosen, read again when another one is.
class StaffOpportunityRowModel : public StaffRowModel
{
    Q_OBJECT
    QML_ANONYMOUS
    // The opportunity whose rows are listed; empty: none.
    Q_PROPERTY(QString opportunityId READ opportunityId WRITE setOpportunityId NOTIFY opportunityIdChanged)

public:
    explicit StaffOpportunityRowModel(QObject *parent = nullptr);

    QString opportunityId() const { return m_opportunityId; }
    void setOpportunityId(const QString &id);

Q_SIGNALS:
    void opportunityIdChanged();

private:
    QString m_opportunityId;
};
