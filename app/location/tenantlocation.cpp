// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "location/tenantlocation.h"

#include <QFile>
#include <QNmeaPositionInfoSource>

using namespace Qt::StringLiterals;

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

void TenantLocation::setHome(const QString &postcode, const QGeoCoordinate &neighbourhoodCentre)
{
    const QString area = postcode.left(4);
    const QGeoCoordinate centre = area.isEmpty() ? QGeoCoordinate() : neighbourhoodCentre;
    if (area == m_postcodeArea && centre == m_homeCentre)
        return;
    m_postcodeArea = area;
    m_homeCentre = centre;
    update();
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
    } else if (m_homeCentre.isValid()) {
        source = Source::PostcodeArea;
        coordinate = m_homeCentre;
    }
    if (source == m_source && coordinate == m_coordinate)
        return;
    m_source = source;
    m_coordinate = coordinate;
    Q_EMIT changed();
}
