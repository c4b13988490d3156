// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <optional>

// Where a phone's tenant is, so the catalogue can put what is near first.
//
// 1. Qt Positioning's position, as soon as the device has one (GPS, network, or an NMEA
//    source: tests and demos replay a recorded file).
// 2. Otherwise where the tenant's own neighbourhood is: the caller derives it from their
//    postcode and house number through the corporation's areas and gives the mean of that
//    neighbourhood's sites (AppContext, CatalogueRepository::neighbourhoodCentre()). That
//    orders neighbourhoods correctly but not sites within one; no address is ever geocoded.
// 3. Otherwise nothing: the catalogue is sorted by title.
// Small moves (< kMinimumMoveMetres) are ignored so a walking tenant's list does not jump.
class TenantLocation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Source source READ source NOTIFY changed)
    Q_PROPERTY(double latitude READ latitude NOTIFY changed)
    Q_PROPERTY(double longitude READ longitude NOTIFY changed)
    Q_PROPERTY(QString postcodeArea READ postcodeArea NOTIFY changed)

public:
    enum class Source { None, Position, PostcodeArea };
    Q_ENUM(Source)
    static constexpr double kMinimumMoveMetres = 50;

    explicit TenantLocation(QObject *parent = nullptr);

    // Starts listening to this source (not owned; null stops). Its first valid position
    // takes over from the postcode area; an error falls back to it.
    void setPositionSource(QGeoPositionInfoSource *source);
    // The platform's default source, or, when MEEDOEN_NMEA_FILE names a recorded NMEA log,
    // that log replayed in real time (demos without GPS). Owned by this object.
    void useDefaultPositionSource();
    // The tenant's registered postcode ("3083 BK"; empty when unknown) and the middle of their
    // neighbourhood (invalid when the areas or its sites' coordinates do not say).
    void setHome(const QString &postcode, const QGeoCoordinate &neighbourhoodCentre);

    Source source() const { return m_source; }
    bool isValid() const { return m_source != Source::None; }
    QGeoCoordinate coordinate() const { return m_coordinate; }
    double latitude() const { return m_coordinate.latitude(); }
    double longitude() const { return m_coordinate.longitude(); }
    QString postcodeArea() const { return m_postcodeArea; }

Q_SIGNALS:
    void changed();

private:
    void onPosition(const QGeoPositionInfo &info);
    void onError(QGeoPositionInfoSource::Error error);
    void update();

    QPointer<QGeoPositionInfoSource> m_positionSource;
    QGeoCoordinate m_position;      // last valid position from the source
    QString m_postcodeArea;
    QGeoCoordinate m_homeCentre;    // the tenant's neighbourhood
    Source m_source = Source::None;
    QGeoCoordinate m_coordinate;
};
