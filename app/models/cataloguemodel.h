// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguerepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The catalogue as a tenant sees it: the current query's results, best first. Filters
// and the typed text are properties; every change runs one bounded query.
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString route READ route WRITE setRoute NOTIFY routeChanged)
    Q_PROPERTY(QString neighbourhood READ neighbourhood WRITE setNeighbourhood NOTIFY neighbourhoodChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    // A kiosk lists what lies within maxDistance metres of its site (0: everything), until a
    // tenant asks for "verder weg" (showFarAway). farAwayCount: how many that would add.
    Q_PROPERTY(int maxDistance READ maxDistance WRITE setMaxDistance NOTIFY maxDistanceChanged)
    Q_PROPERTY(bool showFarAway READ showFarAway WRITE setShowFarAway NOTIFY showFarAwayChanged)
    Q_PROPERTY(int farAwayCount READ farAwayCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        KindRole,
        RouteRole,
        OrganiserRole,
        PlaceRole,
        NeighbourhoodNameRole,
        ScheduleRole,
        CapacityRole,
        PlacesLeftRole,
        FullRole,
        LatitudeRole,
        LongitudeRole,
        DistanceRole,           // metres from the origin, or -1 without one
    };
    Q_ENUM(Role)

    CatalogueModel(CatalogueRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString route() const { return m_route; }
    void setRoute(const QString &route);
    QString neighbourhood() const { return m_neighbourhood; }
    void setNeighbourhood(const QString &neighbourhood);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    void setOrigin(double latitude, double longitude);
    int maxDistance() const { return m_maxDistance; }
    void setMaxDistance(int metres);
    bool showFarAway() const { return m_showFarAway; }
    void setShowFarAway(bool show);
    int farAwayCount() const { return m_farAwayCount; }
    bool hasOrigin() const { return !qIsNaN(m_originLatitude) && !qIsNaN(m_originLongitude); }

    // Great-circle distance in metres (haversine; a sphere is exact enough for a city).
    static double distanceMetres(double lat1, double lon1, double lat2, double lon2);
    // Everything about one opportunity, for a screen that shows or edits it (the detail
    // page, the staff editor); the names are the model's role names where there is one.
    // The catalogue's own (Dutch) texts, as staff edit them; AppContext::opportunity() puts
    // the tenant's language in.
    static QVariantMap opportunityFields(const Meedoen::Opportunity &o);
    // The app's language changed: titles and summaries in the new one (Opportunity::titleIn).
    void retranslate();

    // Runs the query again (after a sync changed the catalogue).
    Q_INVOKABLE void refresh();
    // Back to the unfiltered catalogue: a kiosk session ends with this.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void searchTextChanged();
    void kindChanged();
    void routeChanged();
    void neighbourhoodChanged();
    void countChanged();
    void limitChanged();
    void maxDistanceChanged();
    void showFarAwayChanged();

private:
    CatalogueRepository *m_repository;
    QList<Meedoen::Opportunity> m_items;
    QString m_searchText;
    QString m_kind;
    QString m_route;
    QString m_neighbourhood;
    double m_originLatitude = qQNaN();
    double m_originLongitude = qQNaN();
    int m_limit = 50;
    int m_maxDistance = 0;
    bool m_showFarAway = false;
    int m_farAwayCount = 0;
    bool m_queried = false;     // the first query is run by whoever uses the model first
};
