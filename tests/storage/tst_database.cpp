// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/registrationrepository.h"
#include "common/damagedfiles.h"
#include "common/storagefixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <unistd.h>

Q_DECLARE_METATYPE(DamagedFiles::Damage)

using namespace Qt::StringLiterals;
using namespace Meedoen;

namespace {

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0);
}

CatalogueQuery textQuery(const QString &text)
{
    CatalogueQuery query;
    query.text = text;
    return query;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

Opportunity moestuin()
{
    Opportunity o;
    o.id = u"moestuin-wielewaal"_s;
    o.kind = OpportunityKind::SelfManagement;
    o.route = Route::VrijeTijd;
    o.title = u"Moestuin De Wielewaal"_s;
    o.summary = u"Samen groente kweken achter het buurthuis."_s;
    o.neighbourhood = u"wielewaal"_s;
    o.site = {u"wielewaal-buurthuis"_s, u"Buurthuis De Wielewaal"_s, u"wielewaal"_s, u"Wielewaalplein 3"_s, 51.87, 4.49};
    o.schedule = u"Elke zaterdag 10:00–12:00"_s;
    return o;
}

} // namespace

// The device database: the pragmas every connection needs, migrations from every earlier
// schema with the data kept, and files that must be refused without being touched.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pragmasOnEveryConnection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"meedoen.db"_s);
        // Two connections at once, and one opened later on an existing file.
        Database first, second;
        QCOMPARE(first.open(path), Database::Status::Open);
        QCOMPARE(second.open(path), Database::Status::Open);
        Database reopened;
        first.close();
        QCOMPARE(reopened.open(path), Database::Status::Open);
        for (const Database *db : {&second, &reopened}) {
            QCOMPARE(pragma(*db, u"journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(pragma(*db, u"synchronous"_s).toInt(), 2);
            QCOMPARE(pragma(*db, u"foreign_keys"_s).toInt(), 1);
            QCOMPARE(pragma(*db, u"secure_delete"_s).toInt(), 1);
            QVERIFY(db->errorString().isEmpty());
            QVERIFY(db->checkIntegrity());
        }
    }

    void freshFileHasLatestSchema()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(u"new.db"_s)), Database::Status::Open);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 3);
        CatalogueRepository catalogue(db.connection());
        QCOMPARE(catalogue.count(), 0);
        QVERIFY(catalogue.search(textQuery(u"moe"_s)).isEmpty());
        QCOMPARE(Outbox(db.connection()).pendingCount(), 0);
    }

    void migrateFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migrateFromEveryVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        const bool hasRecords = from >= 1; // v1 brought the tables
        {
            Database old;
            QCOMPARE(old.open(path, from), Database::Status::Open);
            QCOMPARE(old.schemaVersion(), from);
            if (hasRecords) {
                // Written as that version's app wrote it: the columns v1 has.
                const Opportunity o = moestuin();
                QSqlQuery q(old.connection());
                QVERIFY(q.exec(u"INSERT INTO neighbourhood (id, name, city) VALUES ('wielewaal', 'Wielewaal', 'Rotterdam')"_s));
                q.prepare(u"INSERT INTO site (id, name, neighbourhood_id, address, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)"_s);
                for (const QVariant &v : QVariantList{o.site.id, o.site.name, o.site.neighbourhood, o.site.address,
                                                      o.site.latitude, o.site.longitude})
                    q.addBindValue(v);
                QVERIFY(q.exec());
                q.prepare(u"INSERT INTO opportunity (id, kind, route, title, summary, neighbourhood_id, site_id, schedule) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
                for (const QVariant &v : QVariantList{o.id, toKey(o.kind), toKey(o.route), o.title, o.summary,
                                                      o.neighbourhood, o.site.id, o.schedule})
                    q.addBindValue(v);
                QVERIFY(q.exec());
                // Today's repository writes the person and sign-up (their v1 columns are unchanged);
                // the consent row gained columns since v1, so it is written as v1 had it.
                Submission sub = StorageFixtures::registrationWithSignup(1);
                const QList<ConsentRecord> consents = std::exchange(sub.consents, {});
                QVERIFY(RegistrationRepository(old.connection()).submit(sub, StorageFixtures::fixedNow()));
                for (const ConsentRecord &c : consents) {
                    q.prepare(u"INSERT INTO consent (person_id, purpose, text_version, given_at) VALUES (?, ?, ?, ?)"_s);
                    for (const QVariant &v : QVariantList{sub.newPerson->id, c.purpose, c.textVersion,
                                                          c.givenAt.toString(Qt::ISODateWithMs)})
                        q.addBindValue(v);
                    QVERIFY(q.exec());
                }
            }
        }

        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.checkIntegrity());
        QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);

        CatalogueRepository catalogue(db.connection());
        RegistrationRepository registrations(db.connection());
        Outbox outbox(db.connection());
        if (hasRecords) {
            // The row from before full-text search existed is found as the tenant types.
            const QList<Opportunity> found = catalogue.search(textQuery(u"moe"_s));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().id, u"moestuin-wielewaal"_s);
            QCOMPARE(found.first().site.name, u"Buurthuis De Wielewaal"_s);
            // … also by its place, which the index takes from the neighbourhood and site.
            QCOMPARE(catalogue.search(textQuery(u"wielewaalplein"_s)).size(), 1);
            const auto p = registrations.person(StorageFixtures::person(1).id);
            QVERIFY(p);
            QCOMPARE(*p, StorageFixtures::person(1));
            QCOMPARE(registrations.consents(p->id).size(), 1);
            const auto s = registrations.signup(StorageFixtures::signup(1, p->id).id);
            QVERIFY(s);
            QCOMPARE(s->state, SignupState::Queued);
            QCOMPARE(outbox.pendingCount(), 2);
        } else {
            QCOMPARE(catalogue.count(), 0);
        }

        // Usable after the upgrade: new rows are written, indexed and numbered on.
        Opportunity second = moestuin();
        second.id = u"repair-cafe"_s;
        second.title = u"Repair Café"_s;
        QVERIFY(catalogue.upsert({}, {second.site}, {second}));
        QCOMPARE(catalogue.search(textQuery(u"cafe"_s)).size(), 1);
        QVERIFY(registrations.submit(StorageFixtures::registrationWithSignup(2), StorageFixtures::fixedNow()));
        const QList<Outbox::Entry> pending = outbox.pending(10);
        QCOMPARE(pending.size(), hasRecords ? 4 : 2);
        for (qsizetype i = 0; i < pending.size(); ++i)
            QCOMPARE(pending.at(i).seq, i + 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM sync_state"_s));
    }

    void newerSchemaIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.db"_s);
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            QVERIFY(RegistrationRepository(db.connection())
                        .submit(StorageFixtures::registrationWithSignup(1), StorageFixtures::fixedNow()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = "_s + QString::number(Database::latestSchemaVersion() + 1)));
            QVERIFY(db.checkpointTruncate());
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Database db;
        QCOMPARE(db.open(path), Database::Status::NewerSchema);
        QCOMPARE(db.status(), Database::Status::NewerSchema);
        QVERIFY(!db.isOpen());
        QVERIFY(db.errorString().contains(u"newer.db"_s));
        QVERIFY(db.errorString().contains(u"newer version"_s));
        db.close();
        QCOMPARE(fileHash(path), before);
    }

    void damagedFileIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"garbage.db"_s);
        {
            QRandomGenerator random(20260314);
            QByteArray bytes(8192, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        const QByteArray before = fileHash(path);

        Database db;
        QCOMPARE(db.open(path), Database::Status::Damaged);
        QVERIFY(!db.isOpen());
        QVERIFY(db.errorString().contains(u"garbage.db"_s));
        db.close();
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    // Damage SQLite may not notice until it needs the page (a file cut short, a page of
    // garbage in the middle): found when the database opens, and the file left as it was.
    void damagedPagesAreFoundAtOpen_data()
    {
        QTest::addColumn<DamagedFiles::Damage>("damage");
        QTest::newRow("cut short") << DamagedFiles::Damage::CutShort;
        QTest::newRow("garbage page") << DamagedFiles::Damage::GarbagePage;
    }

    void damagedPagesAreFoundAtOpen()
    {
        QFETCH(DamagedFiles::Damage, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"meedoen.db"_s);
        QVERIFY(DamagedFiles::writeDatabase(path, 300));
        {
            Database sound;
            QCOMPARE(sound.open(path), Database::Status::Open);
            QCOMPARE(sound.quickCheck(), QString());
        }
        QVERIFY(DamagedFiles::damage(path, damage));
        const QByteArray before = fileHash(path);

        Database db;
        QCOMPARE(db.open(path), Database::Status::Damaged);
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(u"meedoen.db"_s), qPrintable(db.errorString()));
        db.close();
        QCOMPARE(fileHash(path), before);
    }

    // After a failed write: "full" when the connection's page limit is all but reached, not
    // before.
    void fullIsToldApart()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.filePath(u"full.db"_s)), Database::Status::Open);
        QVERIFY(!Database::isStorageFull(db.connection()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1"_s)); // never below the pages in use
        QVERIFY(Database::isStorageFull(db.connection()));
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1000000"_s));
        QVERIFY(!Database::isStorageFull(db.connection()));
    }

    void cannotOpen_data()
    {
        QTest::addColumn<bool>("readOnlyDir");
        QTest::newRow("missing directory") << false;
        QTest::newRow("read-only directory") << true;
    }

    void cannotOpen()
    {
        QFETCH(bool, readOnlyDir);
        QTemporaryDir dir;
        QString path;
        if (readOnlyDir) {
            if (::geteuid() == 0)
                QSKIP("root may write anywhere");
            path = dir.filePath(u"locked/meedoen.db"_s);
            QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
            QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s), QFile::ReadOwner | QFile::ExeOwner));
        } else {
            path = dir.filePath(u"does/not/exist/meedoen.db"_s);
        }
        Database db;
        QCOMPARE(db.open(path), Database::Status::CannotOpen);
        QVERIFY(!db.isOpen());
        QVERIFY(!db.errorString().isEmpty());
        QVERIFY(!QFile::exists(path));
        if (readOnlyDir)
            QFile::setPermissions(dir.filePath(u"locked"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
