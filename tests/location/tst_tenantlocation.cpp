// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A phone sorts the catalogue nearest first: from Qt Positioning's position (here replayed
// from a recorded NMEA log in tests/data), else from where the tenant's neighbourhood is: found
// from their postcode and house number through the corporation's areas (here the demo's,
// assets/demo/areas.csv), placed at the mean of its sites.
#include "controllers/appcontext.h"
#include "models/cataloguemodel.h"
#include "controllers/startup.h"
#include "location/tenantlocation.h"

#include <QFile>
#include <QGuiApplication>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// tests/data/wielewaal-sporthal.nmea: a tenant standing by Sporthal Wielewaal, Rotterdam.
QString fixture()
{
    return qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/tests/data/wielewaal-sporthal.nmea"_s;
}
} // namespace

class TestTenantLocation : public QObject
{
    Q_OBJECT

    // What AppContext gives TenantLocation for a tenant's address.
    QGeoCoordinate homeCentre(const QString &postcode, int houseNumber)
    {
        const CatalogueRepository &catalogue = m_services->catalogue();
        const auto centre = catalogue.neighbourhoodCentre(catalogue.neighbourhoodAt(postcode, houseNumber));
        return centre ? QGeoCoordinate(centre->first, centre->second) : QGeoCoordinate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(fixture()), qPrintable(fixture()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_services = std::make_unique<AppServices>();
        StartupOptions options;
        options.dataDir = m_dir->path();
        options.demo = true;
        QCOMPARE(m_services->open(options).exitCode, ExitCode::Ok);
    }

    void cleanup()
    {
        m_services.reset();
        m_dir.reset();
    }

    void nearestFirstFromNmeaFixture_data()
    {
        QTest::addColumn<bool>("plugin");
        QTest::newRow("QNmeaPositionInfoSource") << false;
        QTest::newRow("nmea plugin") << true;
    }

    void nearestFirstFromNmeaFixture()
    {
        QFETCH(bool, plugin);
        TenantLocation location;
        QFile log(fixture());
        std::unique_ptr<QGeoPositionInfoSource> source;
        if (plugin) {
            source.reset(QGeoPositionInfoSource::createSource(
                u"nmea"_s, {{u"nmea.source"_s, fixture()}}, nullptr));
            if (!source)
                QSKIP("this Qt build's nmea plugin offers no source for a log file; the row above replays it directly");
        } else {
            QVERIFY(log.open(QIODevice::ReadOnly));
            auto *nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
            nmea->setDevice(&log);
            source.reset(nmea);
        }
        // Without a fix the tenant's postcode (Eindhoven) counts; the fix takes over.
        location.setHome(u"5621 KS"_s, homeCentre(u"5621 KS"_s, 12));
        QCOMPARE(location.source(), TenantLocation::Source::PostcodeArea);
        location.setPositionSource(source.get());
        QTRY_COMPARE_WITH_TIMEOUT(location.source(), TenantLocation::Source::Position, 10000);
        QCOMPARE_LT(location.coordinate().distanceTo(QGeoCoordinate(51.87655, 4.46855)), 5.0);

        CatalogueModel model(&m_services->catalogue());
        model.setLimit(200);
        model.setOrigin(location.latitude(), location.longitude());
        QVERIFY(model.rowCount() > 10);
        const auto at = [&](int row, CatalogueModel::Role role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, CatalogueModel::PlaceRole).toString(), u"Sporthal Wielewaal"_s);
        QCOMPARE_LT(at(0, CatalogueModel::DistanceRole).toDouble(), 100.0);
        double previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const double d = at(row, CatalogueModel::DistanceRole).toDouble();
            QVERIFY2(d >= previous, qPrintable(u"row %1 is nearer than the one before"_s.arg(row)));
            previous = d;
        }
        // The last one is far away (another city).
        QCOMPARE_GT(previous, 50000.0);
        location.setPositionSource(nullptr);
        QCOMPARE(location.source(), TenantLocation::Source::PostcodeArea);
    }

    // No position: the middle of the tenant's neighbourhood; an address the areas do not hold:
    // no order by distance.
    void postcodeAreaFallback_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("nearestNeighbourhood");
        QTest::newRow("Rotterdam") << u"3083 BK"_s << u"Wielewaal"_s;
        QTest::newRow("Arnhem") << u"6833 GH"_s << u"Malburgen"_s;
        QTest::newRow("Utrecht") << u"3527 TM"_s << u"Kanaleneiland"_s;
        QTest::newRow("unknown area") << u"9999 ZZ"_s << QString();
    }

    void postcodeAreaFallback()
    {
        QFETCH(QString, postcode);
        QFETCH(QString, nearestNeighbourhood);
        TenantLocation location;
        location.setHome(postcode, homeCentre(postcode, 17));
        QCOMPARE(location.postcodeArea(), postcode.left(4));
        if (nearestNeighbourhood.isEmpty()) {
            QCOMPARE(location.source(), TenantLocation::Source::None);
            return;
        }
        QCOMPARE(location.source(), TenantLocation::Source::PostcodeArea);
        CatalogueModel model(&m_services->catalogue());
        model.setOrigin(location.latitude(), location.longitude());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.data(model.index(0), CatalogueModel::NeighbourhoodNameRole).toString(), nearestNeighbourhood);
        QCOMPARE_LT(model.data(model.index(0), CatalogueModel::DistanceRole).toDouble(), 2000.0);
    }

    // The phone app wires it up: MEEDOEN_NMEA_FILE replays the log, the catalogue follows.
    void phoneCatalogueFollowsPosition()
    {
        qputenv("MEEDOEN_NMEA_FILE", fixture().toLocal8Bit());
        AppContext context(AppMode::Phone, *m_services);
        qunsetenv("MEEDOEN_NMEA_FILE");
        QTRY_COMPARE_WITH_TIMEOUT(context.location()->source(), TenantLocation::Source::Position, 10000);
        CatalogueModel *catalogue = context.catalogue();
        QTRY_COMPARE(catalogue->data(catalogue->index(0), CatalogueModel::PlaceRole).toString(),
                     u"Sporthal Wielewaal"_s);
        const QString id = catalogue->data(catalogue->index(0), CatalogueModel::IdRole).toString();
        QCOMPARE_LT(context.opportunity(id).value(u"distance"_s).toDouble(), 100.0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
};

QTEST_MAIN(TestTenantLocation)
#include "tst_tenantlocation.moc"
