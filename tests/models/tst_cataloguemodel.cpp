// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cataloguemodel.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/syncstaterepository.h"
#include "sync/pullapplier.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const Site siteA{u"site-a"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalplein 3"_s, 51.8700, 4.4900};
const Site siteB{u"site-b"_s, u"Huis van de Wijk Heuvel"_s, u"heuvel"_s, u"Heuvelweg 1"_s, 51.9200, 4.5200};

Opportunity opportunity(const QString &id, const QString &title, OpportunityKind kind, Route route, const Site &site,
                        int capacity, int taken, OpportunityStatus status = OpportunityStatus::Open)
{
    Opportunity o;
    o.id = id;
    o.title = title;
    o.summary = u"Over "_s + title;
    o.kind = kind;
    o.route = route;
    o.site = site;
    o.neighbourhood = site.neighbourhood;
    o.organiser = u"Woonstad"_s;
    o.schedule = u"Elke zaterdag 10:00–12:00"_s;
    o.capacity = capacity;
    o.placesTaken = taken;
    o.status = status;
    return o;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(CatalogueModel::IdRole).toString());
    return list;
}

QJsonObject change(int seq, const QString &entity, const QString &id, const QJsonObject &data)
{
    return {{u"seq"_s, seq}, {u"entity"_s, entity}, {u"id"_s, id}, {u"op"_s, u"upsert"_s}, {u"data"_s, data}};
}

QJsonObject pulledOpportunity(const QString &id, const QString &title, const QString &site, int capacity, int taken)
{
    return {{u"id"_s, id}, {u"kind"_s, u"volunteer"_s}, {u"route"_s, u"wonen"_s}, {u"title"_s, title},
            {u"site"_s, site}, {u"neighbourhood"_s, u"wielewaal"_s}, {u"capacity"_s, capacity},
            {u"placesTaken"_s, taken}, {u"status"_s, u"open"_s}, {u"version"_s, 2}, {u"waitlistLength"_s, 0}};
}

} // namespace

// The catalogue as the tenant sees it on the kiosk and the phone (CatalogueModel): the open
// opportunities with what their cards show, narrowed by typing and the filter chips, nearest
// first when the kiosk knows where it is, and new numbers after a pull.
class TestCatalogueModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<CatalogueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QCOMPARE(m_db->open(m_dir.filePath(u"catalogue-%1.db"_s.arg(++m_n))), Database::Status::Open);
        m_catalogue = std::make_unique<CatalogueRepository>(m_db->connection());
        QVERIFY(m_catalogue->upsert(
            {{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s}, {u"heuvel"_s, u"Heuvel"_s, u"Rotterdam"_s}}, {siteA, siteB},
            {opportunity(u"moestuin"_s, u"Moestuin"_s, OpportunityKind::VolunteerTask, Route::Wonen, siteA, 4, 4),
             opportunity(u"repair"_s, u"Repair Café"_s, OpportunityKind::VolunteerTask, Route::VrijeTijd, siteB, 0, 7),
             opportunity(u"stage"_s, u"Stage keuken"_s, OpportunityKind::TrainingPlace, Route::Werken, siteA, 2, 1),
             opportunity(u"speeltuin"_s, u"Zelfbeheer speeltuin"_s, OpportunityKind::SelfManagement, Route::Wonen, siteB, 10, 3),
             opportunity(u"gesloten"_s, u"Gesloten koor"_s, OpportunityKind::VolunteerTask, Route::VrijeTijd, siteA, 5, 0,
                         OpportunityStatus::Closed)}));
        m_model = std::make_unique<CatalogueModel>(m_catalogue.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->refresh();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    // The catalogue in the tenant's language (issue 16): the title and summary the corporation
    // translated, Dutch where it did not, found by a word in either, and in the new language as
    // soon as the tenant switches (AppContext::setLanguage makes it QLocale's default).
    void speaksTheTenantsLanguage()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        Opportunity stage = *m_catalogue->opportunity(u"stage"_s);
        stage.translations = {{u"tr"_s, {u"Mutfakta staj"_s, u"Bir restoranın mutfağında altı ay."_s}},
                              {u"en"_s, {u"Kitchen internship"_s, QString()}}};
        QVERIFY(m_catalogue->upsert({}, {}, {stage}));
        QCOMPARE(m_catalogue->opportunity(u"stage"_s)->translations, stage.translations);

        const auto shown = [this](const QString &id, int role) {
            const int row = int(ids(*m_model).indexOf(id));
            return row < 0 ? QString() : m_model->index(row, 0).data(role).toString();
        };
        QLocale::setDefault(QLocale(u"tr"_s));
        m_model->refresh();
        QCOMPARE(shown(u"stage"_s, CatalogueModel::TitleRole), u"Mutfakta staj"_s);
        QCOMPARE(shown(u"stage"_s, CatalogueModel::SummaryRole), u"Bir restoranın mutfağında altı ay."_s);
        QCOMPARE(shown(u"repair"_s, CatalogueModel::TitleRole), u"Repair Café"_s); // not translated: Dutch

        // A Turkish word finds it, the Dutch one still does.
        m_model->setSearchText(u"mutfak"_s);
        QCOMPARE(ids(*m_model), QStringList{u"stage"_s});
        m_model->setSearchText(u"keuken"_s);
        QCOMPARE(ids(*m_model), QStringList{u"stage"_s});
        m_model->setSearchText(QString());

        // English: the title translated, the summary not, so the Dutch one.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QLocale::setDefault(QLocale(u"en"_s));
        m_model->retranslate();
        QVERIFY(!changed.isEmpty());
        QCOMPARE(shown(u"stage"_s, CatalogueModel::TitleRole), u"Kitchen internship"_s);
        QCOMPARE(shown(u"stage"_s, CatalogueModel::SummaryRole), u"Over Stage keuken"_s);
        // Staff edit the catalogue's own text: Dutch, whatever the language.
        QCOMPARE(CatalogueModel::opportunityFields(stage).value(u"title"_s).toString(), u"Stage keuken"_s);
    }

    // Unfiltered: every open opportunity, by title; the closed one is not offered.
    void showsTheOpenCatalogueByTitle()
    {
        QCOMPARE(ids(*m_model), (QStringList{u"moestuin"_s, u"repair"_s, u"stage"_s, u"speeltuin"_s}));
        QCOMPARE(m_model->property("count").toInt(), 4);
    }

    // What a card shows, role by role, under the names the delegates bind to.
    void cardShowsTheOpportunity_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<QVariant>("value");

        QTest::newRow("title") << u"stage"_s << "title"_ba << QVariant(u"Stage keuken"_s);
        QTest::newRow("summary") << u"stage"_s << "summary"_ba << QVariant(u"Over Stage keuken"_s);
        QTest::newRow("kind") << u"stage"_s << "kind"_ba << QVariant(u"training"_s);
        QTest::newRow("route") << u"stage"_s << "route"_ba << QVariant(u"werken"_s);
        QTest::newRow("place") << u"repair"_s << "place"_ba << QVariant(u"Huis van de Wijk Heuvel"_s);
        QTest::newRow("neighbourhood") << u"repair"_s << "neighbourhoodName"_ba << QVariant(u"Heuvel"_s);
        QTest::newRow("organiser") << u"repair"_s << "organiser"_ba << QVariant(u"Woonstad"_s);
        QTest::newRow("schedule") << u"repair"_s << "schedule"_ba << QVariant(u"Elke zaterdag 10:00–12:00"_s);
        QTest::newRow("one place left") << u"stage"_s << "placesLeft"_ba << QVariant(1);
        QTest::newRow("not full") << u"stage"_s << "full"_ba << QVariant(false);
        QTest::newRow("full") << u"moestuin"_s << "full"_ba << QVariant(true);
        QTest::newRow("no place left") << u"moestuin"_s << "placesLeft"_ba << QVariant(0);
        QTest::newRow("unlimited: no count") << u"repair"_s << "placesLeft"_ba << QVariant(-1);
        QTest::newRow("unlimited: never full") << u"repair"_s << "full"_ba << QVariant(false);
        QTest::newRow("capacity") << u"speeltuin"_s << "capacity"_ba << QVariant(10);
        QTest::newRow("no distance without origin") << u"speeltuin"_s << "distance"_ba << QVariant(-1.0);
        QTest::newRow("id") << u"speeltuin"_s << "opportunityId"_ba << QVariant(u"speeltuin"_s);
    }

    void cardShowsTheOpportunity()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, role);
        QFETCH(QVariant, value);
        const int roleId = m_model->roleNames().key(role, -1);
        QVERIFY2(roleId > Qt::UserRole, role.constData());
        const int row = int(ids(*m_model).indexOf(id));
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, 0).data(roleId), value);
    }

    // Typing and the filter chips; what stays on screen.
    void narrowing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("neighbourhood");
        QTest::addColumn<QStringList>("shown");

        QTest::newRow("typed prefix") << u"moe"_s << QString() << QString() << QString() << QStringList{u"moestuin"_s};
        QTest::newRow("without the accent") << u"cafe"_s << QString() << QString() << QString() << QStringList{u"repair"_s};
        QTest::newRow("by place") << u"wielewaalplein"_s << QString() << QString() << QString()
                                  << QStringList{u"moestuin"_s, u"stage"_s};
        QTest::newRow("nothing matches") << u"xylofoon"_s << QString() << QString() << QString() << QStringList{};
        QTest::newRow("training places") << QString() << u"training"_s << QString() << QString() << QStringList{u"stage"_s};
        QTest::newRow("self-management") << QString() << u"self-management"_s << QString() << QString()
                                         << QStringList{u"speeltuin"_s};
        QTest::newRow("route wonen") << QString() << QString() << u"wonen"_s << QString()
                                     << QStringList{u"moestuin"_s, u"speeltuin"_s};
        QTest::newRow("neighbourhood") << QString() << QString() << QString() << u"heuvel"_s
                                       << QStringList{u"repair"_s, u"speeltuin"_s};
        QTest::newRow("chips together") << QString() << u"volunteer"_s << QString() << u"wielewaal"_s
                                        << QStringList{u"moestuin"_s};
        QTest::newRow("text and chip") << u"speel"_s << QString() << u"wonen"_s << QString() << QStringList{u"speeltuin"_s};
    }

    void narrowing()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, route);
        QFETCH(QString, neighbourhood);
        QFETCH(QStringList, shown);
        QSignalSpy count(m_model.get(), &CatalogueModel::countChanged);
        QVERIFY(count.isValid());
        m_model->setSearchText(text);
        m_model->setKind(kind);
        m_model->setRoute(route);
        m_model->setNeighbourhood(neighbourhood);
        QStringList got = ids(*m_model);
        got.sort();
        shown.sort();
        QCOMPARE(got, shown);
        QCOMPARE(m_model->rowCount(), shown.size());
        // The count the header shows followed (every row here shows fewer than four).
        QVERIFY(!count.isEmpty());

        // The kiosk's session ends: the next tenant sees the whole catalogue again.
        m_model->clear();
        QVERIFY(m_model->searchText().isEmpty() && m_model->kind().isEmpty() && m_model->route().isEmpty()
                && m_model->neighbourhood().isEmpty());
        QCOMPARE(m_model->rowCount(), 4);
    }

    // Setting a filter to what it is runs no query and tells nobody.
    void unchangedFilterIsQuiet()
    {
        m_model->setKind(u"volunteer"_s);
        QSignalSpy kind(m_model.get(), &CatalogueModel::kindChanged);
        QVERIFY(kind.isValid());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(reset.isValid());
        m_model->setKind(u"volunteer"_s);
        QCOMPARE(kind.size(), 0);
        QCOMPARE(reset.size(), 0);
    }

    // The kiosk at site B: its own site's opportunities first, with their distance.
    void nearestFirstFromTheKiosk()
    {
        m_model->setOrigin(siteB.latitude, siteB.longitude);
        const QStringList shown = ids(*m_model);
        QCOMPARE(shown.size(), 4);
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cbegin() + 2), (QSet<QString>{u"repair"_s, u"speeltuin"_s}));
        const double here = m_model->index(0, 0).data(CatalogueModel::DistanceRole).toDouble();
        const double there = m_model->index(3, 0).data(CatalogueModel::DistanceRole).toDouble();
        QVERIFY(here >= 0 && here < 50);
        // Site A is about 6 km away.
        QVERIFY2(there > 5000 && there < 7000, qPrintable(QString::number(there)));
    }

    // A kiosk lists what is within reach of its site; "verder weg" shows the rest, and the
    // next tenant starts near again.
    void kioskListsOnlyWhatIsNear()
    {
        m_model->setOrigin(siteB.latitude, siteB.longitude);
        QSignalSpy count(m_model.get(), &CatalogueModel::countChanged);
        QVERIFY(count.isValid());
        // Site A lies about 6 km from site B.
        m_model->setMaxDistance(3000);
        const QStringList near = ids(*m_model);
        QCOMPARE(QSet<QString>(near.cbegin(), near.cend()), (QSet<QString>{u"repair"_s, u"speeltuin"_s}));
        QCOMPARE(m_model->farAwayCount(), 2);
        QVERIFY(count.size() > 0);
        // Searching keeps to what is near too.
        m_model->setSearchText(u"stage"_s);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->farAwayCount(), 1);
        m_model->setShowFarAway(true);
        QCOMPARE(ids(*m_model), QStringList{u"stage"_s});
        m_model->setSearchText(QString());
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->farAwayCount(), 2);
        m_model->clear();
        QVERIFY(!m_model->showFarAway());
        QCOMPARE(m_model->rowCount(), 2);
        // Far enough for both sites: nothing left out.
        m_model->setMaxDistance(10000);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->farAwayCount(), 0);
        // Without a limit (a phone), everything.
        m_model->setMaxDistance(0);
        QCOMPARE(m_model->rowCount(), 4);
    }

    // A pull brings new numbers and a new opportunity; after refresh() the screen shows them.
    void updatesAfterAPull()
    {
        QSignalSpy count(m_model.get(), &CatalogueModel::countChanged);
        QVERIFY(count.isValid());
        const QJsonObject page{{u"changes"_s, QJsonArray{change(1, u"opportunity"_s, u"moestuin"_s,
                                                                pulledOpportunity(u"moestuin"_s, u"Moestuin"_s, u"site-a"_s, 4, 2)),
                                                         change(2, u"opportunity"_s, u"koor"_s,
                                                                pulledOpportunity(u"koor"_s, u"Buurtkoor"_s, u"site-a"_s, 0, 0))}},
                               {u"cursor"_s, u"2"_s},
                               {u"more"_s, false}};
        // A device that has pulled before (its first pull would replace the whole catalogue).
        QVERIFY(SyncStateRepository(m_db->connection()).setValue(QString(PullApplier::kCursorKey), u"0"_s));
        QString error;
        QVERIFY2(PullApplier::apply(m_db->connection(), page, PullApplier::Scope::Device, &error), qPrintable(error));
        // Nothing moves under the tenant's finger until the screen asks.
        QCOMPARE(m_model->rowCount(), 4);
        m_model->refresh();
        QCOMPARE(ids(*m_model), (QStringList{u"koor"_s, u"moestuin"_s, u"repair"_s, u"stage"_s, u"speeltuin"_s}));
        QCOMPARE(count.size(), 1);
        const QModelIndex moestuin = m_model->index(1, 0);
        QCOMPARE(moestuin.data(CatalogueModel::FullRole).toBool(), false);
        QCOMPARE(moestuin.data(CatalogueModel::PlacesLeftRole).toInt(), 2);
        m_model->setSearchText(u"buurtk"_s);
        QCOMPARE(ids(*m_model), QStringList{u"koor"_s});
    }
};

QTEST_GUILESS_MAIN(TestCatalogueModel)
#include "tst_cataloguemodel.moc"
