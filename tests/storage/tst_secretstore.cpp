// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore: the device token lives in a file only its user can read, never in the
// database or its write-ahead log; a database from before is migrated.
// Which store a device gets: without a secret service, the file (the keychain backend itself
// needs a running secret service and is not tested here).
#include "storage/database.h"
#include "storage/secretstore.h"
#include "storage/syncstaterepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

// How often `needle` occurs in the database file, its -wal and its -shm, byte for byte.
int occurrencesOnDisk(const QString &databasePath, const QByteArray &needle)
{
    int hits = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile f(databasePath + suffix);
        if (f.open(QIODevice::ReadOnly))
            hits += int(f.readAll().count(needle));
    }
    return hits;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FileSecretStore store(dir.filePath(u"meedoen.db"_s));
        QCOMPARE(store.read(u"token"_s), QByteArray()); // none yet
        const QByteArray token = randomToken();
        QVERIFY(store.write(u"token"_s, token));
        QCOMPARE(store.read(u"token"_s), token);
        const QFileInfo file(store.pathOf(u"token"_s));
        QCOMPARE(file.permissions() & kOthers, QFileDevice::Permissions());
        QCOMPARE(file.permissions() & kOwnerOnly, kOwnerOnly);
        // Replaced whole, never appended; nothing left beside it.
        const QByteArray second = randomToken();
        QVERIFY(store.write(u"token"_s, second));
        QCOMPARE(store.read(u"token"_s), second);
        QVERIFY(!QFile::exists(store.pathOf(u"token"_s) + u".new"_s));
        QVERIFY(store.remove(u"token"_s));
        QCOMPARE(store.read(u"token"_s), QByteArray());
    }

    // A token file restored from a backup with a loose mode is tightened when read.
    void looseFileIsTightened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FileSecretStore store(dir.filePath(u"meedoen.db"_s));
        QVERIFY(store.write(u"token"_s, "abc"_ba));
        QVERIFY(QFile::setPermissions(store.pathOf(u"token"_s), kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(store.read(u"token"_s), "abc"_ba);
        QCOMPARE(QFileInfo(store.pathOf(u"token"_s)).permissions() & kOthers, QFileDevice::Permissions());
    }

    // The migration: a database enrolled before keeps its token in sync_state. It moves to
    // the store, and afterwards no byte of it is in the database file or its WAL.
    void migrationMovesTokenOutOfDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"meedoen.db"_s);
        const QByteArray token = randomToken();
        {
            Database db;
            QCOMPARE(db.open(path), Database::Status::Open);
            SyncStateRepository state(db.connection());
            QVERIFY(state.setValue(u"token"_s, QString::fromLatin1(token)));
            QVERIFY(state.setValue(u"deviceId"_s, u"dev-1"_s));
            QVERIFY(db.checkpointTruncate()); // into the main file, as an old device has it
            QVERIFY(state.setValue(u"serverUrl"_s, u"https://meedoen.example"_s)); // and a page in the WAL
            QVERIFY2(occurrencesOnDisk(path, token) > 0, "the token must be on disk first, or this test proves nothing");

            FileSecretStore store(path);
            QVERIFY(moveTokenOutOfDatabase(db, store, u"token"_s));
            QCOMPARE(store.read(u"token"_s), token);
            QCOMPARE(state.value(u"token"_s), QString());
            QCOMPARE(state.value(u"deviceId"_s), u"dev-1"_s); // the rest stays
            QCOMPARE(occurrencesOnDisk(path, token), 0);
            // Run again (the next start): nothing to do, the stored token stays.
            QVERIFY(moveTokenOutOfDatabase(db, store, u"token"_s));
            QCOMPARE(store.read(u"token"_s), token);
        }
        QCOMPARE(occurrencesOnDisk(path, token), 0);
        QCOMPARE(QFileInfo(path + u".token"_s).permissions() & kOthers, QFileDevice::Permissions());
    }

    // A store that cannot write keeps the token in the database: never lost.
    void failedMoveKeepsToken()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"meedoen.db"_s);
        Database db;
        QCOMPARE(db.open(path), Database::Status::Open);
        SyncStateRepository state(db.connection());
        QVERIFY(state.setValue(u"token"_s, u"tok-123"_s));
        FileSecretStore unwritable(dir.filePath(u"no-such-folder/meedoen.db"_s));
        QVERIFY(!moveTokenOutOfDatabase(db, unwritable, u"token"_s));
        QCOMPARE(state.value(u"token"_s), u"tok-123"_s);
    }

    // Which store a device gets (SecretStore::forDevice, main.cpp): a kiosk (keychain not
    // preferred) the file beside the database; a phone or tablet the keychain when a secret
    // service answers, else the same 0600 file — here no session bus runs, so the fallback.
    // (A real secret service is not run by this test: none is installed on the CI image.)
    void deviceWithoutSecretServiceUsesTheFile_data()
    {
        QTest::addColumn<bool>("preferKeychain");
        QTest::newRow("kiosk") << false;
        QTest::newRow("phone or tablet, no secret service") << true;
    }
    void deviceWithoutSecretServiceUsesTheFile()
    {
        QFETCH(bool, preferKeychain);
        // No session bus (and so no Secret Service, no KWallet) for this process.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/meedoen-test-bus");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"meedoen.db"_s);
        QElapsedTimer timer;
        timer.start();
        const auto store = SecretStore::forDevice(path, preferKeychain);
        QVERIFY(store);
        // Deciding must not hold the app's start for the keychain's 10 s timeout.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QByteArray token = randomToken();
        QVERIFY(store->write(u"token"_s, token));
        QCOMPARE(store->read(u"token"_s), token);
        FileSecretStore file(path);
        QCOMPARE(file.read(u"token"_s), token);
        QCOMPARE(QFileInfo(file.pathOf(u"token"_s)).permissions() & kOthers, QFileDevice::Permissions());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    // A database without a file keeps its secrets in memory, whatever is preferred.
    void memoryDatabaseNeverUsesTheKeychain()
    {
        const auto store = SecretStore::forDevice(u":memory:"_s, true);
        QVERIFY(store->write(u"token"_s, "t"_ba));
        QCOMPARE(store->read(u"token"_s), "t"_ba);
        QVERIFY(!QFile::exists(u":memory:.token"_s));
    }

    void memoryDatabaseKeepsSecretsInMemory()
    {
        const auto store = SecretStore::besideDatabase(u":memory:"_s);
        QVERIFY(store->write(u"token"_s, "t"_ba));
        QCOMPARE(store->read(u"token"_s), "t"_ba);
        QVERIFY(!QFile::exists(u":memory:.token"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
