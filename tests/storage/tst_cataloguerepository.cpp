// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "protocol/wire.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

const Neighbourhood kWielewaal{u"wielewaal"_s, u"Wielewaal"_s, u"Rotterdam"_s};
const Neighbourhood kCarnisse{u"carnisse"_s, u"Carnisse"_s, u"Rotterdam"_s};
// Sites along a line, ~1 km apart, so "nearest" is unambiguous.
const Site kBuurthuis{u"buurthuis"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalplein 3"_s, 51.870, 4.480};
const Site kSchool{u"school"_s, u"Brede School Carnisse"_s, u"carnisse"_s, u"Millinxstraat 5"_s, 51.880, 4.480};
const Site kKerk{u"kerk"_s, u"Ontmoetingskerk"_s, u"carnisse"_s, u"Boergoensevliet 10"_s, 51.890, 4.480};

Opportunity make(const QString &id, const QString &title, OpportunityKind kind, Route route, const Site &site,
                 const QString &description = {})
{
    Opportunity o;
    o.id = id;
    o.title = title;
    o.kind = kind;
    o.trainingType = kind == OpportunityKind::TrainingPlace ? TrainingType::Internship : TrainingType::None;
    o.route = route;
    o.site = site;
    o.neighbourhood = site.neighbourhood;
    o.description = description;
    o.summary = u"Doe mee in de wijk."_s;
    return o;
}

QStringList ids(const QList<Opportunity> &list)
{
    QStringList result;
    for (const Opportunity &o : list)
        result.append(o.id);
    return result;
}

CatalogueQuery text(const QString &t)
{
    CatalogueQuery q;
    q.text = t;
    return q;
}

} // namespace

// Finding something to do: search as you type, diacritics either way, ranking, filters,
// distance, bounded results, and an index that follows every change.
class TestCatalogueSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // A failing query only shows as a warning and an empty list: treat it as a failure.
        QTest::failOnWarning(QRegularExpression(u"catalogue (search|browse) failed"_s));
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_db.open(m_dir.filePath(u"catalogue-%1.db"_s.arg(++m_run))), Database::Status::Open);
        m_repo.emplace(m_db.connection());
        using K = OpportunityKind;
        QList<Opportunity> list = {
            make(u"moestuin"_s, u"Moestuin De Wielewaal"_s, K::SelfManagement, Route::VrijeTijd, kBuurthuis,
                 u"Andijvie, bonen en tomaten kweken."_s),
            make(u"repair"_s, u"Repair Café"_s, K::VolunteerTask, Route::Werken, kSchool),
            make(u"reunie"_s, u"Reünie buurtvrijwilligers"_s, K::VolunteerTask, Route::Wonen, kKerk),
            make(u"cafe"_s, u"Cafe De Haven"_s, K::TrainingPlace, Route::Werken, kKerk),
            make(u"fiets-desc"_s, u"Werkplaats"_s, K::TrainingPlace, Route::Leren, kSchool,
                 u"Je leert het vak van fietsenmaker."_s),
            make(u"fiets-title"_s, u"Fietsenmaker"_s, K::TrainingPlace, Route::Leren, kKerk),
            make(u"gesloten"_s, u"Moestuin Oost"_s, K::SelfManagement, Route::VrijeTijd, kBuurthuis),
            make(u"zonder-plek"_s, u"Aanspreekpunt portiek"_s, K::VolunteerTask, Route::Wonen, Site{}),
        };
        list[6].status = OpportunityStatus::Closed;
        list[7].neighbourhood = u"carnisse"_s;
        for (int i = 1; i <= 50; ++i) {
            list.append(make(u"taal-%1"_s.arg(i), u"Taalmaatje %1"_s.arg(i), K::VolunteerTask, Route::Leren,
                             i % 2 ? kSchool : kBuurthuis));
        }
        QVERIFY(m_repo->upsert({kWielewaal, kCarnisse}, {kBuurthuis, kSchool, kKerk}, list));
        QCOMPARE(m_repo->count(), list.size());
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.close();
    }

    void asYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix") << u"moe"_s << QStringList{u"moestuin"_s};
        QTest::newRow("capitals") << u"MOESTUIN"_s << QStringList{u"moestuin"_s};
        QTest::newRow("two words") << u"moes wiel"_s << QStringList{u"moestuin"_s};
        QTest::newRow("no match") << u"zwembad"_s << QStringList{};
        QTest::newRow("cafe finds Café") << u"repair cafe"_s << QStringList{u"repair"_s};
        QTest::newRow("reunie finds Reünie") << u"reunie"_s << QStringList{u"reunie"_s};
        QTest::newRow("café finds Cafe") << u"café haven"_s << QStringList{u"cafe"_s};
        QTest::newRow("decomposed é") << u"cafe\u0301 haven"_s << QStringList{u"cafe"_s};
        QTest::newRow("by place") << u"ontmoetingskerk reu"_s << QStringList{u"reunie"_s};
    }

    void asYouType()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(m_repo->search(text(typed))), expected);
    }

    void diacriticsBothWays()
    {
        // Both spellings find both places.
        const QStringList plain = ids(m_repo->search(text(u"cafe"_s)));
        const QStringList accented = ids(m_repo->search(text(u"café"_s)));
        QCOMPARE(QSet<QString>(plain.cbegin(), plain.cend()), (QSet<QString>{u"repair"_s, u"cafe"_s}));
        QCOMPARE(QSet<QString>(accented.cbegin(), accented.cend()), (QSet<QString>{u"repair"_s, u"cafe"_s}));
    }

    void titleRanksAboveDescription()
    {
        QCOMPARE(ids(m_repo->search(text(u"fietsenm"_s))), (QStringList{u"fiets-title"_s, u"fiets-desc"_s}));
    }

    void limitIsHonoured_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("text, 5 of 50") << u"taal"_s << 5 << 5;
        QTest::newRow("browse, 5") << QString() << 5 << 5;
        QTest::newRow("text, all") << u"taal"_s << 100 << 50;
        QTest::newRow("zero means one") << u"taal"_s << 0 << 1;
        QTest::newRow("negative") << QString() << -3 << 1;
    }

    void limitIsHonoured()
    {
        QFETCH(QString, typed);
        QFETCH(int, limit);
        QFETCH(int, expected);
        CatalogueQuery q = text(typed);
        q.limit = limit;
        QCOMPARE(m_repo->search(q).size(), expected);
    }

    void hugeLimitIsClamped()
    {
        QList<Opportunity> more;
        for (int i = 51; i <= CatalogueRepository::kMaxLimit + 20; ++i)
            more.append(make(u"taal-%1"_s.arg(i), u"Taalmaatje %1"_s.arg(i), OpportunityKind::VolunteerTask,
                             Route::Leren, kSchool));
        QVERIFY(m_repo->upsert({}, {}, more));
        for (const QString &typed : {u"taal"_s, QString()}) {
            CatalogueQuery q = text(typed);
            q.limit = std::numeric_limits<int>::max();
            QCOMPARE(m_repo->search(q).size(), CatalogueRepository::kMaxLimit);
        }
    }

    void typedSyntaxIsHarmless_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("mustFind"); // empty: only "no error"
        QTest::newRow("quote") << u"\"moestuin"_s << u"moestuin"_s;
        QTest::newRow("quoted") << u"\"moestuin\""_s << u"moestuin"_s;
        QTest::newRow("star") << u"moe*"_s << u"moestuin"_s;
        QTest::newRow("star alone") << u"*"_s << QString();
        QTest::newRow("AND") << u"moestuin AND"_s << u"moestuin"_s; // "and" is a prefix of andijvie
        QTest::newRow("AND alone") << u"AND"_s << QString();
        QTest::newRow("OR NOT") << u"moestuin OR NOT"_s << QString();
        QTest::newRow("NEAR(") << u"NEAR(moestuin"_s << QString();
        QTest::newRow("minus") << u"-moestuin"_s << u"moestuin"_s;
        QTest::newRow("colon") << u"title:moestuin"_s << QString();
        QTest::newRow("column filter") << u"wielewaal:moestuin"_s << u"moestuin"_s;
        QTest::newRow("caret") << u"^moe"_s << u"moestuin"_s;
        QTest::newRow("open paren") << u"(moestuin"_s << u"moestuin"_s;
        QTest::newRow("close paren") << u"moestuin)"_s << u"moestuin"_s;
        QTest::newRow("parens only") << u"(()"_s << QString();
        QTest::newRow("braces plus") << u"{moestuin} + ;"_s << u"moestuin"_s;
        QTest::newRow("lone combining mark") << u"\u0301"_s << QString();
        QTest::newRow("many words") << u"a b c d e f g h i j k l moestuin"_s << QString();
        QTest::newRow("emoji") << u"🌱 moestuin"_s << u"moestuin"_s;
    }

    void typedSyntaxIsHarmless()
    {
        QFETCH(QString, typed);
        QFETCH(QString, mustFind);
        const QList<Opportunity> found = m_repo->search(text(typed));
        QVERIFY(found.size() <= 20);
        if (!mustFind.isEmpty())
            QVERIFY2(ids(found).contains(mustFind), qPrintable(ids(found).join(u", "_s)));
        // Symbols only: the same as typing nothing.
        if (CatalogueRepository::matchExpression(typed).isEmpty())
            QCOMPARE(ids(found), ids(m_repo->search(text(QString()))));
    }

    void filtersCombineWithText()
    {
        CatalogueQuery q = text(u"cafe"_s);
        q.kind = OpportunityKind::TrainingPlace;
        QCOMPARE(ids(m_repo->search(q)), QStringList{u"cafe"_s});
        q.kind.reset();
        q.route = Route::Werken;
        QCOMPARE(ids(m_repo->search(q)).size(), 2);
        q.neighbourhood = u"carnisse"_s;
        q.kind = OpportunityKind::VolunteerTask;
        QCOMPARE(ids(m_repo->search(q)), QStringList{u"repair"_s});
        q.route = Route::Wonen;
        QVERIFY(m_repo->search(q).isEmpty());

        CatalogueQuery browse;
        browse.kind = OpportunityKind::TrainingPlace;
        browse.route = Route::Leren;
        QCOMPARE(ids(m_repo->search(browse)), (QStringList{u"fiets-title"_s, u"fiets-desc"_s}));
        browse.neighbourhood = u"wielewaal"_s;
        QVERIFY(m_repo->search(browse).isEmpty());
    }

    void closedIsHidden()
    {
        QCOMPARE(ids(m_repo->search(text(u"moestuin"_s))), QStringList{u"moestuin"_s});
        CatalogueQuery q = text(u"moestuin"_s);
        q.includeClosed = true;
        QCOMPARE(ids(m_repo->search(q)).size(), 2);
        CatalogueQuery browse;
        browse.limit = CatalogueRepository::kMaxLimit;
        QVERIFY(!ids(m_repo->search(browse)).contains(u"gesloten"_s));
    }

    void nearestFirstWithoutText_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<QString>("nearestSite");
        QTest::newRow("at the church") << 51.891 << kKerk.id;
        QTest::newRow("at the school") << 51.879 << kSchool.id;
        QTest::newRow("south of the community centre") << 51.860 << kBuurthuis.id;
    }

    void nearestFirstWithoutText()
    {
        QFETCH(double, latitude);
        QFETCH(QString, nearestSite);
        CatalogueQuery q;
        q.originLatitude = latitude;
        q.originLongitude = 4.481;
        q.limit = CatalogueRepository::kMaxLimit;
        const QList<Opportunity> found = m_repo->search(q);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().site.id, nearestSite);
        // Never closer than an earlier result; places without a site come last.
        const auto distance = [&](const Opportunity &o) {
            return o.site.id.isEmpty() ? 1e9 : std::hypot(o.site.latitude - latitude, o.site.longitude - 4.481);
        };
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY2(distance(found.at(i - 1)) <= distance(found.at(i)), qPrintable(found.at(i).id));
        QCOMPARE(found.last().id, u"zonder-plek"_s);
    }

    void browseWithoutOriginIsByTitle()
    {
        CatalogueQuery q;
        q.limit = 3;
        QCOMPARE(ids(m_repo->search(q)), (QStringList{u"zonder-plek"_s, u"cafe"_s, u"fiets-title"_s}));
    }

    void indexFollowsUpdatesAndDeletes()
    {
        Opportunity o = *m_repo->opportunity(u"moestuin"_s);
        QCOMPARE(o.site, kBuurthuis);
        o.title = u"Kruidentuin De Wielewaal"_s;
        o.description.clear();
        QVERIFY(m_repo->upsert({}, {}, {o}));
        QVERIFY(m_repo->search(text(u"moestuin"_s)).isEmpty());
        QCOMPARE(ids(m_repo->search(text(u"kruiden"_s))), QStringList{u"moestuin"_s});
        QCOMPARE(m_repo->opportunity(u"moestuin"_s)->title, o.title);

        QVERIFY(m_repo->remove(u"moestuin"_s));
        QVERIFY(m_repo->search(text(u"kruiden"_s)).isEmpty());
        QVERIFY(!m_repo->opportunity(u"moestuin"_s));
        // Re-adding it gives one row in the index, not two.
        QVERIFY(m_repo->upsert({}, {}, {o}));
        QCOMPARE(m_repo->search(text(u"kruiden"_s)).size(), 1);

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM opportunity_fts), (SELECT count(*) FROM opportunity)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        QVERIFY(q.exec(u"INSERT INTO opportunity_fts (opportunity_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void renamedSiteIsFoundByItsNewName()
    {
        // A tenant searching for the building by the name on its door finds what happens there.
        QVERIFY(m_repo->search(text(u"Zonnebloemhuis"_s)).isEmpty());
        Site renamed = kBuurthuis;
        renamed.name = u"Zonnebloemhuis"_s;
        QVERIFY(m_repo->upsert({}, {renamed}, {}));
        CatalogueQuery all = text(u"zonnebloem"_s);
        all.limit = CatalogueRepository::kMaxLimit;
        const QList<Opportunity> found = m_repo->search(all);
        QVERIFY(ids(found).contains(u"moestuin"_s));
        for (const Opportunity &o : found)
            QCOMPARE(o.site.id, kBuurthuis.id);

        QVERIFY(m_repo->search(text(u"Wielewaalzuid"_s)).isEmpty());
        Neighbourhood n = kWielewaal;
        n.name = u"Wielewaalzuid"_s;
        QVERIFY(m_repo->upsert({n}, {}, {}));
        all.text = u"wielewaalz"_s;
        QVERIFY(ids(m_repo->search(all)).contains(u"moestuin"_s));
    }

    void demoCatalogue()
    {
        QFile file(qEnvironmentVariable("MEEDOEN_SOURCE_DIR") + u"/assets/demo/catalogue.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto parsed = Wire::parseCatalogue(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->field + u": "_s + parsed.error->message : QString()));
        const Wire::Catalogue &c = parsed.value;
        const int before = m_repo->count();
        QVERIFY(m_repo->upsert(c.neighbourhoods, c.sites, c.opportunities));
        QCOMPARE(m_repo->count(), before + c.opportunities.size());
        QVERIFY(c.opportunities.size() >= 40);

        QSet<OpportunityKind> kinds;
        QSet<Route> routes;
        for (const Opportunity &o : c.opportunities) {
            kinds.insert(o.kind);
            routes.insert(o.route);
            // Every demo opportunity is findable by the start of its title's first word.
            const QString firstWord = o.title.section(u' ', 0, 0).left(4);
            CatalogueQuery q = text(firstWord);
            q.includeClosed = true;
            q.limit = CatalogueRepository::kMaxLimit;
            QVERIFY2(ids(m_repo->search(q)).contains(o.id), qPrintable(o.id));
            // Stored as read, plus the neighbourhood's name the catalogue file leaves to a join.
            Opportunity expected = o;
            for (const Neighbourhood &n : c.neighbourhoods) {
                if (n.id == o.neighbourhood)
                    expected.neighbourhoodName = n.name;
            }
            QCOMPARE(m_repo->opportunity(o.id), expected);
        }
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(routes.size(), 4);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::optional<CatalogueRepository> m_repo;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestCatalogueSearch)
#include "tst_cataloguerepository.moc"
