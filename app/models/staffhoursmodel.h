// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

#include <QSortFilterProxyModel>

// Logged hours as they stand (a corrected entry is replaced by its correction): the
// unverified first, newest first within each (as StaffRepository::hours).
class StaffHoursModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        PersonIdRole,
        OpportunityIdRole,
        DateRole,               // "2026-11-02"
        MinutesRole,
        VerifiedRole,
        CorrectsEntryIdRole,    // the entry this one corrects, or empty
        NoteRole,
        LoggedByRole,           // "tenant" or "staff"
        NameRole,               // the tenant's
        TitleRole,              // the opportunity's
        PendingRole,            // a change of this tablet waits to be sent
    };
    Q_ENUM(Role)

    explicit StaffHoursModel(QObject *parent = nullptr);
    StaffHoursModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};

// The hours still to verify when `unverifiedOnly`, else all of them.
class StaffHoursProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool unverifiedOnly READ unverifiedOnly WRITE setUnverifiedOnly NOTIFY unverifiedOnlyChanged)

public:
    explicit StaffHoursProxy(QObject *parent = nullptr);

    bool unverifiedOnly() const { return m_unverifiedOnly; }
    void setUnverifiedOnly(bool unverifiedOnly);

Q_SIGNALS:
    void unverifiedOnlyChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_unverifiedOnly = false;
};
