// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cataloguemodel.h"

#include <algorithm>
#include <cmath>

using namespace Meedoen;
using namespace Qt::StringLiterals;

CatalogueModel::CatalogueModel(CatalogueRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Opportunity &o = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return o.titleIn(appLanguage());
    case IdRole:
        return o.id;
    case SummaryRole:
        return o.summaryIn(appLanguage());
    case KindRole:
        return toKey(o.kind);
    case RouteRole:
        return toKey(o.route);
    case OrganiserRole:
        return o.organiser;
    case PlaceRole:
        return o.site.name;
    case NeighbourhoodNameRole:
        return o.neighbourhoodName;
    case ScheduleRole:
        return o.schedule;
    case CapacityRole:
        return o.capacity;
    case PlacesLeftRole:
        return o.placesLeft();
    case FullRole:
        return o.isFull();
    case LatitudeRole:
        return o.site.latitude;
    case LongitudeRole:
        return o.site.longitude;
    case DistanceRole:
        return hasOrigin() && !o.site.id.isEmpty()
                   ? distanceMetres(m_originLatitude, m_originLongitude, o.site.latitude, o.site.longitude)
                   : -1.0;
    }
    return {};
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {
        {IdRole, "opportunityId"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {KindRole, "kind"},
        {RouteRole, "route"},
        {OrganiserRole, "organiser"},
        {PlaceRole, "place"},
        {NeighbourhoodNameRole, "neighbourhoodName"},
        {ScheduleRole, "schedule"},
        {CapacityRole, "capacity"},
        {PlacesLeftRole, "placesLeft"},
        {FullRole, "full"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {DistanceRole, "distance"},
    };
}

void CatalogueModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    refresh();
}

void CatalogueModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    refresh();
}

void CatalogueModel::setRoute(const QString &route)
{
    if (m_route == route)
        return;
    m_route = route;
    Q_EMIT routeChanged();
    refresh();
}

void CatalogueModel::setNeighbourhood(const QString &neighbourhood)
{
    if (m_neighbourhood == neighbourhood)
        return;
    m_neighbourhood = neighbourhood;
    Q_EMIT neighbourhoodChanged();
    refresh();
}

void CatalogueModel::setLimit(int limit)
{
    limit = std::clamp(limit, 1, CatalogueRepository::kMaxLimit);
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refresh();
}

void CatalogueModel::setOrigin(double latitude, double longitude)
{
    m_originLatitude = latitude;
    m_originLongitude = longitude;
    refresh();
}

void CatalogueModel::setMaxDistance(int metres)
{
    metres = std::max(0, metres);
    if (m_maxDistance == metres)
        return;
    m_maxDistance = metres;
    Q_EMIT maxDistanceChanged();
    if (m_queried)
        refresh();
}

void CatalogueModel::setShowFarAway(bool show)
{
    if (m_showFarAway == show)
        return;
    m_showFarAway = show;
    Q_EMIT showFarAwayChanged();
    refresh();
}

void CatalogueModel::retranslate()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {Qt::DisplayRole, TitleRole, SummaryRole});
}

QVariantMap CatalogueModel::opportunityFields(const Opportunity &o)
{
    return {{u"opportunityId"_s, o.id},
            {u"title"_s, o.title},
            {u"summary"_s, o.summary},
            {u"description"_s, o.description},
            {u"kind"_s, toKey(o.kind)},
            {u"trainingType"_s, toKey(o.trainingType)},
            {u"route"_s, toKey(o.route)},
            {u"status"_s, toKey(o.status)},
            {u"neighbourhood"_s, o.neighbourhood},
            {u"neighbourhoodName"_s, o.neighbourhoodName},
            {u"site"_s, o.site.id},
            {u"place"_s, o.site.name},
            {u"address"_s, o.site.address},
            {u"organiser"_s, o.organiser},
            {u"organiserRole"_s, o.organiserRole},
            {u"partnerId"_s, o.partnerId},
            {u"schedule"_s, o.schedule},
            {u"startDate"_s, o.startDate},
            {u"endDate"_s, o.endDate},
            {u"capacity"_s, o.capacity},
            {u"placesTaken"_s, o.placesTaken},
            {u"placesLeft"_s, o.placesLeft()},
            {u"full"_s, o.isFull()},
            {u"minimumAge"_s, o.minimumAge},
            {u"languageLevel"_s, o.languageLevel},
            {u"certificate"_s, o.certificate},
            {u"needsReview"_s, o.needsReview},
            {u"allowance"_s, o.allowance},
            {u"contactName"_s, o.contactName},
            {u"contactPhone"_s, o.contactPhone},
            {u"contactEmail"_s, o.contactEmail},
            {u"version"_s, double(o.version)}};
}

double CatalogueModel::distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadius = 6371000.0;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

void CatalogueModel::refresh()
{
    m_queried = true;
    CatalogueQuery query;
    query.text = m_searchText;
    query.kind = kindFromKey(m_kind);
    query.route = routeFromKey(m_route);
    query.neighbourhood = m_neighbourhood;
    query.originLatitude = m_originLatitude;
    query.originLongitude = m_originLongitude;
    // Within reach only: ask for more, so what lies far away does not crowd out what is near.
    const bool nearOnly = m_maxDistance > 0 && hasOrigin();
    query.limit = nearOnly ? CatalogueRepository::kMaxLimit : m_limit;
    const int oldCount = rowCount();
    beginResetModel();
    m_items = m_repository->search(query);
    m_farAwayCount = 0;
    if (nearOnly) {
        // A place without a site has no distance: it stays.
        const auto farAway = [this](const Opportunity &o) {
            return !o.site.id.isEmpty()
                   && distanceMetres(m_originLatitude, m_originLongitude, o.site.latitude, o.site.longitude) > m_maxDistance;
        };
        m_farAwayCount = int(std::count_if(m_items.cbegin(), m_items.cend(), farAway));
        if (!m_showFarAway)
            m_items.removeIf(farAway);
        if (m_items.size() > m_limit)
            m_items.resize(m_limit);
    }
    endResetModel();
    // farAwayCount is announced with the count.
    if (oldCount != rowCount() || nearOnly)
        Q_EMIT countChanged();
}

void CatalogueModel::clear()
{
    m_searchText.clear();
    m_kind.clear();
    m_route.clear();
    m_neighbourhood.clear();
    m_showFarAway = false;
    Q_EMIT searchTextChanged();
    Q_EMIT showFarAwayChanged();
    Q_EMIT kindChanged();
    Q_EMIT routeChanged();
    Q_EMIT neighbourhoodChanged();
    refresh();
}
