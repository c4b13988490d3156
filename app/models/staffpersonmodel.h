// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

#include <QSortFilterProxyModel>

// The persons of this tablet's site, not erased, by family name: the staff member's
// person list. StaffPersonProxy narrows it as they type.
class StaffPersonModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        TenantNumberRole,
        PersonalCodeRole,       // the code the tenant signs up with, for the search
        NeighbourhoodRole,      // the person's neighbourhoods by name, comma separated
        AgreedMinutesRole,      // the tegenprestatie per month, 0 = none
    };
    Q_ENUM(Role)

    explicit StaffPersonModel(QObject *parent = nullptr);
    StaffPersonModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};

// The persons whose name, tenant number, personal code or neighbourhood contains `search`, ignoring case
// and the spaces around it; all of them while it is empty.
class StaffPersonProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)

public:
    explicit StaffPersonProxy(QObject *parent = nullptr);

    QString search() const { return m_search; }
    void setSearch(const QString &search);

Q_SIGNALS:
    void searchChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};
