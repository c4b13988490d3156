// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/registrationrepository.h"
#include "storage/staffrepository.h"
#include "common/storagefixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The schema as SQLite keeps it: every table, index, trigger and view with its statement,
// sorted, one line each (a readable diff when two differ).
QStringList schemaOf(const Database &db)
{
    QStringList schema;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"_s))
        return {u"<cannot read sqlite_master>"_s};
    while (q.next()) {
        schema.append(q.value(0).toString() + u' ' + q.value(1).toString() + u" on " + q.value(2).toString() + u": "
                      + q.value(3).toString().simplified());
    }
    return schema;
}

QStringList freshSchema(const QString &path)
{
    Database fresh;
    if (fresh.open(path) != Database::Status::Open)
        return {};
    return schemaOf(fresh);
}

} // namespace

// The device's schema upgrades (app/storage/migrations.cpp, Database::migrate): whichever
// version a device's file has, after the upgrade it has the schema a new device gets; an
// upgrade that fails leaves the file at its old version with the tenant's data; a file of a
// newer Meedoen is refused with a message that says what to do.
class TestMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString nextPath() { return m_dir.filePath(u"device-%1.db"_s.arg(++m_n)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Database::latestSchemaVersion() >= 2);
    }

    // From each older version in one upgrade; and from an empty file one step per open (as
    // a device that was updated through every release).
    void upgradedSchemaEqualsFresh_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<bool>("stepByStep");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v << false;
        QTest::newRow("from empty, one step per open") << 0 << true;
    }

    void upgradedSchemaEqualsFresh()
    {
        QFETCH(int, from);
        QFETCH(bool, stepByStep);
        const QStringList fresh = freshSchema(nextPath());
        QVERIFY(!fresh.isEmpty());

        const QString path = nextPath();
        {
            Database old;
            QCOMPARE(old.open(path, from), Database::Status::Open);
            QCOMPARE(old.schemaVersion(), from);
        }
        if (stepByStep) {
            for (int v = from + 1; v <= Database::latestSchemaVersion(); ++v) {
                Database step;
                QCOMPARE(step.open(path, v), Database::Status::Open);
                QCOMPARE(step.schemaVersion(), v);
            }
        }
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.checkIntegrity());
        QCOMPARE(schemaOf(db), fresh);
    }

    // The last step fails (its table is already there, as after a botched manual repair):
    // nothing of the upgrade stays, not even the steps before it that succeeded.
    void failedUpgradeLeavesTheOldVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void failedUpgradeLeavesTheOldVersion()
    {
        QFETCH(int, from);
        const int latest = Database::latestSchemaVersion();
        // The table the last migration creates (social return: staff_social_return), made beforehand so that the
        // last step fails, after every other step of the upgrade succeeded; a newer last
        // migration names its own here.
        const QString lastTable = u"staff_social_return"_s;
        const QString path = nextPath();
        QStringList before;
        {
            Database old;
            QCOMPARE(old.open(path, from), Database::Status::Open);
            QVERIFY(!old.connection().tables().contains(lastTable));
            // Without consents: today's consent row (v9: language) is not what an old file has.
            Submission tenant = StorageFixtures::registrationWithSignup(1);
            tenant.consents.clear();
            QVERIFY(RegistrationRepository(old.connection()).submit(tenant, StorageFixtures::fixedNow()));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(u"CREATE TABLE "_s + lastTable + u" (id TEXT)"_s));
            before = schemaOf(old);
        }

        Database db;
        QCOMPARE(db.open(path), Database::Status::MigrationFailed);
        QVERIFY(!db.isOpen());
        QVERIFY(db.errorString().contains(u"device-"_s));
        QVERIFY(db.errorString().contains(u"could not be upgraded"_s));
        db.close();

        // Opened without upgrading: the old version, the old schema, the tenant still there.
        Database again;
        QCOMPARE(again.open(path, from), Database::Status::Open);
        QCOMPARE(again.schemaVersion(), from);
        QVERIFY(from < latest);
        QCOMPARE(schemaOf(again), before);
        RegistrationRepository registrations(again.connection());
        const auto person = registrations.person(StorageFixtures::person(1).id);
        QVERIFY(person);
        QCOMPARE(person->givenName, StorageFixtures::person(1).givenName);
        // The old schema, read as that version reads it.
        QSqlQuery signup(again.connection());
        signup.prepare(u"SELECT count(*) FROM signup WHERE id = ?"_s);
        signup.addBindValue(StorageFixtures::signup(1, person->id).id);
        QVERIFY(signup.exec() && signup.next());
        QCOMPARE(signup.value(0).toInt(), 1);
    }

    // v14: a staff member who signed in on the tablet before roles existed keeps working
    // offline with what the server's own migration gave everyone: coordinator and consultant
    // (the server sends the real roles at their next sign-in).
    void staffFromBeforeRolesAreCoordinatorAndConsultant()
    {
        const QString path = nextPath();
        {
            Database old;
            QCOMPARE(old.open(path, 13), Database::Status::Open);
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(u"INSERT INTO staff_account (staff_id, login, name, sites, signed_in_at) VALUES "
                           "('s-old', 'fatma', 'Fatma', 'site-a', '2026-11-01T09:00:00.000Z')"_s));
        }
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        const auto account = StaffRepository(db.connection()).account(u"s-old"_s);
        QVERIFY(account);
        QCOMPARE(account->login, u"fatma"_s);
        QCOMPARE(account->roles, (QStringList{u"coordinator"_s, u"consultant"_s}));
    }

    // Opportunities pulled before the partner register (issue 18) name the partner of their
    // organiser once the file is upgraded: the same id the server gives (a v5 UUID of the
    // name), the kind the organiser's role suggests; done once, also offline; an opportunity
    // without an organiser names none.
    void opportunitiesFromBeforePartnersNameTheirPartner()
    {
        // The version before the step that brought the register, found, not written down.
        int withPartners = 0;
        for (int v = 1; v <= Database::latestSchemaVersion() && withPartners == 0; ++v) {
            Database probe;
            QCOMPARE(probe.open(nextPath(), v), Database::Status::Open);
            QSqlQuery q(probe.connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'partner'"_s) && q.next());
            if (q.value(0).toInt() == 1)
                withPartners = v;
        }
        QVERIFY(withPartners > 1);
        const QString path = nextPath();
        {
            Database old;
            QCOMPARE(old.open(path, withPartners - 1), Database::Status::Open);
            QSqlQuery q(old.connection());
            for (const QString &sql :
                 {u"INSERT INTO opportunity (id, kind, route, title, organiser, organiser_role) VALUES "
                  "('tuin', 'volunteer', 'wonen', 'Moestuin', 'Bewonersvereniging De Wielewaal', 'bewonersgroep')"_s,
                  u"INSERT INTO opportunity (id, kind, route, title, organiser, organiser_role) VALUES "
                  "('stage', 'training', 'werken', 'Stage', 'ROC Maasland', 'opleider')"_s,
                  u"INSERT INTO opportunity (id, kind, route, title, organiser, organiser_role) VALUES "
                  "('stage-2', 'training', 'werken', 'Stage 2', 'ROC Maasland', 'opleider')"_s,
                  u"INSERT INTO opportunity (id, kind, route, title) VALUES ('koffie', 'volunteer', 'wonen', 'Koffie')"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            const PartnerRepository partners(db.connection());
            const QList<Meedoen::Partner> all = partners.partners();
            QCOMPARE(all.size(), 2);
            QCOMPARE(all.at(0).name, u"Bewonersvereniging De Wielewaal"_s);
            QCOMPARE(all.at(0).kind, Meedoen::PartnerKind::Bewonersgroep);
            QCOMPARE(all.at(1).id, u"9f0b19dd-70bf-5c01-ac4a-e6b972505981"_s); // ROC Maasland, as on the server
            QCOMPARE(all.at(1).kind, Meedoen::PartnerKind::Onderwijs);
            const QHash<QString, QString> named = partners.partnerOfOpportunities();
            QCOMPARE(named.size(), 3);
            QCOMPARE(named.value(u"stage-2"_s), all.at(1).id);
            QVERIFY(!named.contains(u"koffie"_s));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM sync_state WHERE key = 'adoptOrganisers'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // A partner removed since (as a pull may do) is not made again on the next open.
            QVERIFY(q.exec(u"DELETE FROM partner"_s));
        }
        Database again;
        QCOMPARE(again.open(path), Database::Status::Open);
        QVERIFY(PartnerRepository(again.connection()).partners().isEmpty());
    }

    // A file written by a newer Meedoen: refused, with the versions and what to do, unchanged.
    void newerVersionIsRefused()
    {
        const QString path = nextPath();
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = "_s + QString::number(Database::latestSchemaVersion() + 3)));
        }
        Database db;
        QCOMPARE(db.open(path), Database::Status::NewerSchema);
        QVERIFY(!db.isOpen());
        const QString message = db.errorString();
        QVERIFY2(message.contains(u"newer version of Meedoen"_s), qPrintable(message));
        QVERIFY2(message.contains(QString::number(Database::latestSchemaVersion() + 3)), qPrintable(message));
        QVERIFY2(message.contains(QString::number(Database::latestSchemaVersion())), qPrintable(message));
        QVERIFY2(message.contains(u"Update Meedoen"_s), qPrintable(message));
        db.close();
        // Still the newer version: nothing was migrated "down" or over it.
        Database raw;
        QCOMPARE(raw.open(path), Database::Status::NewerSchema);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
