// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

#include <QSortFilterProxyModel>

// Every sign-up this tablet pulled, for the review queue: per opportunity the confirmed
// ones first, then the waitlist in its order, then the rest by arrival (as
// StaffRepository::signupsFor). StaffSignupProxy shows one opportunity's.
class StaffSignupModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        SignupIdRole = Qt::UserRole + 1,
        PersonIdRole,
        OpportunityIdRole,
        StateRole,              // "confirmed", "waitlisted" … (Meedoen::SignupState's key)
        WaitlistPositionRole,
        ArrivalRole,
        VersionRole,            // the server's, sent back with a decision
        PlacementRole,          // a training place's last placement event, or empty
        ReferenceCodeRole,
        MotivationRole,
        NameRole,               // the tenant's, empty once erased
        PendingRole,            // a change of this tablet waits to be sent
    };
    Q_ENUM(Role)

    explicit StaffSignupModel(QObject *parent = nullptr);
    StaffSignupModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};

// The sign-ups of one opportunity (opportunityId; empty shows every opportunity's), and of
// one state when `state` is set.
class StaffSignupProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString opportunityId READ opportunityId WRITE setOpportunityId NOTIFY opportunityIdChanged)
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY stateChanged)

public:
    explicit StaffSignupProxy(QObject *parent = nullptr);

    QString opportunityId() const { return m_opportunityId; }
    void setOpportunityId(const QString &opportunityId);
    QString state() const { return m_state; }
    void setState(const QString &state);

Q_SIGNALS:
    void opportunityIdChanged();
    void stateChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_opportunityId;
    QString m_state;
};
