// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staffrowmodel.h"

#include <QSortFilterProxyModel>

// The catalogue editor's list: every opportunity on this tablet, closed and paused ones
// too, by title (at most CatalogueRepository::kMaxLimit, as the editor showed before).
// StaffOpportunityProxy keeps the staff member's sites, a kind and a status.
class StaffOpportunityModel : public StaffRowModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        OpportunityIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,               // "volunteer", "self-management", "training"
        TrainingTypeRole,
        RouteRole,
        StatusRole,             // "open", "paused", "closed"
        SiteRole,               // the site's id
        PlaceRole,              // the site's name
        NeighbourhoodRole,
        NeighbourhoodNameRole,
        CapacityRole,           // 0 = unlimited
        PlacesTakenRole,
        PlacesLeftRole,         // -1 = unlimited
        StartDateRole,          // "2026-11-02" or empty, as the editor takes it
        EndDateRole,
        VersionRole,
    };
    Q_ENUM(Role)

    explicit StaffOpportunityModel(QObject *parent = nullptr);
    StaffOpportunityModel(Database *database, QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariantList readRows(const QSqlDatabase &db) const override;
    QString idKey() const override;
};

// Opportunities of one kind and one status (each empty = any) at the given sites (empty =
// every site): the staff member edits only their sites' opportunities.
class StaffOpportunityProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(QStringList siteIds READ siteIds WRITE setSiteIds NOTIFY siteIdsChanged)

public:
    explicit StaffOpportunityProxy(QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QStringList siteIds() const { return m_siteIds; }
    void setSiteIds(const QStringList &siteIds);

Q_SIGNALS:
    void kindChanged();
    void statusChanged();
    void siteIdsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QString m_status;
    QStringList m_siteIds;
};
