// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "location/tenantlocation.h"

#include <QFile>
#include <QNmeaPositionInfoSource>

using namespace Qt::StringLiterals;

namespace {

struct AreaCentre
{
    int area;
    double latitude;
    double longitude;
};

// Postcode areas of the demo neighbourhoods and their surroundings, roughly the middle of
// each area. A real deployment ships the corporation's own areas here (or a CBS table).
constexpr AreaCentre kAreas[] = {
    {1065, 52.3545, 4.8290},   // Amsterdam, Staalmanpleinbuurt
    {1064, 52.3640, 4.8180},   // Amsterdam, Slotermeer
    {3083, 51.8755, 4.4705},   // Rotterdam, Wielewaal
    {3084, 51.8705, 4.4810},   // Rotterdam, Lombardijen
    {3526, 52.0740, 5.0920},   // Utrecht, Kanaleneiland-Zuid
    {3527, 52.0785, 5.0950},   // Utrecht, Kanaleneiland-Noord
    {4817, 51.5800, 4.7550},   // Breda, De Heuvel
    {5621, 51.4505, 5.4665},   // Eindhoven, Woensel-West
    {6833, 51.9630, 5.9240},   // Arnhem, Malburgen-Oost
};

} // namespace

TenantLocation::TenantLocation(QObject *parent)
    : QObject(parent)
{
}

void TenantLocation::setPositionSource(QGeoPositionInfoSource *source)
{
    if (m_positionSource) {
        m_positionSource->disconnect(this);
        m_positionSource->stopUpdates();
    }
    m_positionSource = source;
    m_position = {};
    if (source) {
        connect(source, &QGeoPositionInfoSource::positionUpdated, this, &TenantLocation::onPosition);
        connect(source, &QGeoPositionInfoSource::errorOccurred, this, &TenantLocation::onError);
        source->startUpdates();
    }
    update();
}

void TenantLocation::useDefaultPositionSource()
{
    const QString nmeaFile = qEnvironmentVariable("MEEDOEN_NMEA_FILE");
    if (!nmeaFile.isEmpty()) {
        auto *file = new QFile(nmeaFile, this);
        if (file->open(QIODevice::ReadOnly)) {
            auto *nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
            nmea->setDevice(file);
            setPositionSource(nmea);
            return;
        }
        delete file;
    }
    setPositionSource(QGeoPositionInfoSource::createDefaultSource(this));
}

void TenantLocation::setPostcode(const QString &postcode)
{
    const QString area = postcode.left(4);
    if (area == m_postcodeArea)
        return;
    m_postcodeArea = area;
    update();
}

std::optional<QGeoCoordinate> TenantLocation::postcodeAreaCentre(QStringView postcode)
{
    bool ok = false;
    const int area = postcode.left(4).toInt(&ok);
    if (!ok || postcode.size() < 4)
        return std::nullopt;
    for (const AreaCentre &a : kAreas) {
        if (a.area == area)
            return QGeoCoordinate(a.latitude, a.longitude);
    }
    return std::nullopt;
}

void TenantLocation::onPosition(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    const bool first = !m_position.isValid();
    if (!first && m_position.distanceTo(info.coordinate()) < kMinimumMoveMetres)
        return;
    m_position = info.coordinate();
    update();
}

void TenantLocation::onError(QGeoPositionInfoSource::Error error)
{
    // No permission, no fix for a while, or the source is gone: the postcode area again.
    if (error == QGeoPositionInfoSource::NoError)
        return;
    if (error != QGeoPositionInfoSource::UpdateTimeoutError)
        m_position = {};
    update();
}

void TenantLocation::update()
{
    Source source = Source::None;
    QGeoCoordinate coordinate;
    if (m_position.isValid()) {
        source = Source::Position;
        coordinate = m_position;
    } else if (const auto centre = postcodeAreaCentre(m_postcodeArea)) {
        source = Source::PostcodeArea;
        coordinate = *centre;
    }
    if (source == m_source && coordinate == m_coordinate)
        return;
    m_source = source;
    m_coordinate = coordinate;
    Q_EMIT changed();
}
