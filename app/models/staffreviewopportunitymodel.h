// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

#include <QSortFilterProxyModel>

// The review queue's left-hand list: every opportunity with at least one pulled sign-up, by
// title, with its capacity, confirmed count and waitlist length (as
// StaffRepository::reviewOpportunities). StaffReviewOpportunityProxy keeps one queue's.
class StaffReviewOpportunityModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        OpportunityIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,               // "volunteer", "self-management", "training"
        StatusRole,             // "open", "paused", "closed"
        CapacityRole,           // 0 = unlimited
        ConfirmedRole,          // the larger of the server's count and the sign-ups pulled
        RouteRole,
        SiteRole,               // the site's id
        WaitlistLengthRole,
    };
    Q_ENUM(Role)

    explicit StaffReviewOpportunityModel(QObject *parent = nullptr);
    StaffReviewOpportunityModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};

// One queue's opportunities: `kind` "training" keeps the training places, "volunteer" the
// rest (volunteer tasks and self-management); empty keeps all.
class StaffReviewOpportunityProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)

public:
    explicit StaffReviewOpportunityProxy(QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);

Q_SIGNALS:
    void kindChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
};
