// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/startup.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/syncstaterepository.h"
#include "common/damagedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AppMode)
Q_DECLARE_METATYPE(DamagedFiles::Damage)

// What a person starting `meedoen` gets: for every command line the options the app runs
// with, or the message on the terminal and the exit code (README.md, "Running the app");
// for every data folder the exit code and message when the app cannot start on it.
class TestStartup : public QObject
{
    Q_OBJECT

    static QStringList args(const QString &line)
    {
        QStringList list{u"meedoen"_s};
        if (!line.isEmpty())
            list += line.split(u' ');
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validCommandLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<AppMode>("mode");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("tourDir");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("probe");

        QTest::newRow("nothing: a kiosk") << QString() << AppMode::Kiosk << QString() << QString() << QString() << QString() << false;
        QTest::newRow("phone") << u"--mode phone"_s << AppMode::Phone << QString() << QString() << QString() << QString() << false;
        QTest::newRow("staff, own folder") << u"--mode staff --data-dir /tmp/m"_s << AppMode::Staff << u"/tmp/m"_s
                                           << QString() << QString() << QString() << false;
        QTest::newRow("value after =") << u"--mode=phone --tour=/tmp/shots"_s << AppMode::Phone << QString()
                                       << u"/tmp/shots"_s << QString() << QString() << false;
        QTest::newRow("enrol") << u"--enroll AB12-CD34 --server https://meedoen.example.nl"_s << AppMode::Kiosk
                               << QString() << QString() << u"https://meedoen.example.nl"_s << u"AB12-CD34"_s << false;
        QTest::newRow("tour and probe") << u"--tour /tmp/t --startup-probe"_s << AppMode::Kiosk << QString() << u"/tmp/t"_s
                                        << QString() << QString() << true;
    }

    void validCommandLines()
    {
        QFETCH(QString, line);
        QFETCH(AppMode, mode);
        QFETCH(QString, dataDir);
        QFETCH(QString, tourDir);
        QFETCH(QString, server);
        QFETCH(QString, code);
        QFETCH(bool, probe);
        const ParsedArguments parsed = parseArguments(args(line));
        QVERIFY2(parsed.options, qPrintable(parsed.message));
        QCOMPARE(parsed.exitCode, ExitCode::Ok);
        QVERIFY(parsed.message.isEmpty());
        QCOMPARE(parsed.options->mode, mode);
        QCOMPARE(parsed.options->dataDir, dataDir);
        QCOMPARE(parsed.options->tourDir, tourDir);
        QCOMPARE(parsed.options->serverUrl, server);
        QCOMPARE(parsed.options->enrollCode, code);
        QCOMPARE(parsed.options->startupProbe, probe);
        QCOMPARE(modeKey(parsed.options->mode), line.contains(u"phone"_s) ? u"phone"_s
                                               : line.contains(u"staff"_s) ? u"staff"_s
                                                                           : u"kiosk"_s);
    }

    // What is printed, and the exit code: usage errors exit 2 with the problem named and the
    // usage line; --help prints the usage and exits 0. The app does not start.
    void refusedCommandLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("names");

        QTest::newRow("help") << u"--help"_s << ExitCode::Ok << u"Usage: meedoen"_s;
        QTest::newRow("unknown option") << u"--kiosk"_s << ExitCode::Usage << u"kiosk"_s;
        QTest::newRow("bad mode") << u"--mode tablet"_s << ExitCode::Usage << u"Unknown mode: tablet"_s;
        QTest::newRow("empty mode") << u"--mode="_s << ExitCode::Usage << u"Unknown mode"_s;
        QTest::newRow("missing value") << u"--data-dir"_s << ExitCode::Usage << u"data-dir"_s;
        QTest::newRow("missing server value") << u"--enroll AB12 --server"_s << ExitCode::Usage << u"server"_s;
        QTest::newRow("positional argument") << u"kiosk"_s << ExitCode::Usage << u"Unknown argument: kiosk"_s;
        QTest::newRow("enroll without server") << u"--enroll AB12-CD34"_s << ExitCode::Usage
                                               << u"--enroll and --server go together"_s;
        QTest::newRow("server without enroll") << u"--server https://meedoen.example.nl"_s << ExitCode::Usage
                                               << u"--enroll and --server go together"_s;
        QTest::newRow("step sync without tour") << u"--tour-step-sync"_s << ExitCode::Usage
                                                << u"--tour-step-sync needs --tour"_s;
        QTest::newRow("unknown language") << u"--language de"_s << ExitCode::Usage << u"Unknown language: de"_s;
        QTest::newRow("text too large") << u"--text-scale 3"_s << ExitCode::Usage << u"--text-scale takes a factor"_s;
        QTest::newRow("text scale not a number") << u"--text-scale big"_s << ExitCode::Usage << u"--text-scale"_s;
        QTest::newRow("check without tour") << u"--tour-check"_s << ExitCode::Usage << u"--tour-check goes with --tour"_s;
    }

    // --tour-step-sync (the screen-reader test): the tour waits after each screen; without it
    // the tour runs on by itself.
    void tourStepSync()
    {
        const ParsedArguments synced = parseArguments(args(u"--tour /tmp/t --tour-step-sync"_s));
        QVERIFY2(synced.options, qPrintable(synced.message));
        QVERIFY(synced.options->tourStepSync);
        const ParsedArguments plain = parseArguments(args(u"--tour /tmp/t"_s));
        QVERIFY2(plain.options, qPrintable(plain.message));
        QVERIFY(!plain.options->tourStepSync);
    }

    // The layout check's run: one language, larger text, the check at each screenshot.
    void tourCheckOptions()
    {
        const ParsedArguments parsed = parseArguments(args(u"--mode phone --tour /tmp/t --language ar --text-scale 1.5 --tour-check"_s));
        QVERIFY2(parsed.options, qPrintable(parsed.message));
        QCOMPARE(parsed.options->language, u"ar"_s);
        QCOMPARE(parsed.options->textScale, 1.5);
        QVERIFY(parsed.options->tourCheck);
        const ParsedArguments plain = parseArguments(args(u"--tour /tmp/t"_s));
        QVERIFY(plain.options);
        QVERIFY(plain.options->language.isEmpty());
        QCOMPARE(plain.options->textScale, 1.0);
        QVERIFY(!plain.options->tourCheck);
    }

    void refusedCommandLines()
    {
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        QFETCH(QString, names);
        const ParsedArguments parsed = parseArguments(args(line));
        QVERIFY(!parsed.options);
        QCOMPARE(parsed.exitCode, exitCode);
        QVERIFY2(parsed.message.contains(names), qPrintable(parsed.message));
        QVERIFY2(parsed.message.contains(u"Usage: meedoen [--mode kiosk|phone|staff]"_s), qPrintable(parsed.message));
    }

    // A data folder the app cannot start on: the exit code README.md documents and a message
    // naming the file.
    void unusableDataFolder_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("names");

        QTest::newRow("folder is a file") << u"folder-is-file"_s << ExitCode::DataDirUnusable << u"data folder"_s;
        QTest::newRow("catalogue unreadable") << u"catalogue-missing"_s << ExitCode::DataDirUnusable << u"cannot be read"_s;
        QTest::newRow("catalogue invalid") << u"catalogue-invalid"_s << ExitCode::DataDirUnusable << u"is not valid"_s;
        QTest::newRow("database newer") << u"newer"_s << ExitCode::DatabaseNewer << u"newer version"_s;
    }

    void unusableDataFolder()
    {
        QFETCH(QString, setup);
        QFETCH(int, exitCode);
        QFETCH(QString, names);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StartupOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(options.dataDir));
        const QString db = QDir(options.dataDir).filePath(u"meedoen.db"_s);
        if (setup == "folder-is-file"_L1) {
            options.dataDir = dir.filePath(u"plain-file"_s);
            QFile f(options.dataDir);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (setup == "catalogue-missing"_L1) {
            options.catalogueFile = dir.filePath(u"no-such-catalogue.json"_s);
        } else if (setup == "catalogue-invalid"_L1) {
            options.catalogueFile = dir.filePath(u"catalogue.json"_s);
            QFile f(options.catalogueFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"neighbourhoods": [], "sites": [], "opportunities": [{"id": 7}]})");
        } else if (setup == "newer"_L1) {
            Database d;
            QCOMPARE(d.open(db), Database::Status::Open);
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = "_s + QString::number(Database::latestSchemaVersion() + 1)));
        }
        AppServices services;
        const AppServices::OpenResult opened = services.open(options);
        QCOMPARE(opened.exitCode, exitCode);
        QVERIFY2(opened.message.contains(names), qPrintable(opened.message));
    }

    // A damaged meedoen.db is found at the start, moved aside with its -wal and -shm (to
    // meedoen.db.damaged-<time>, byte for byte as it was) and a new, empty database started
    // that remembers why: the app shows it (AppContext::damagedDatabase) until the device is
    // enrolled again. Nothing is deleted.
    void damagedDatabaseIsMovedAside_data()
    {
        QTest::addColumn<DamagedFiles::Damage>("damage");
        QTest::newRow("not a database") << DamagedFiles::Damage::NotADatabase;
        QTest::newRow("cut short") << DamagedFiles::Damage::CutShort;
        QTest::newRow("garbage page") << DamagedFiles::Damage::GarbagePage;
    }

    void damagedDatabaseIsMovedAside()
    {
        QFETCH(DamagedFiles::Damage, damage);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StartupOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(options.dataDir));
        const QDir data(options.dataDir);
        const QString db = data.filePath(u"meedoen.db"_s);
        QVERIFY(DamagedFiles::writeDatabase(db, 300));
        QVERIFY(DamagedFiles::damage(db, damage));
        // A write-ahead log beside it, as a device that stopped in the middle leaves one.
        {
            QFile wal(db + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
            QVERIFY(wal.write(QByteArray(4096, '\x17')) == 4096);
        }
        const QByteArray damagedHash = DamagedFiles::fileHash(db);
        const QByteArray walHash = DamagedFiles::fileHash(db + u"-wal"_s);

        AppServices services;
        const AppServices::OpenResult opened = services.open(options);
        QCOMPARE(opened.exitCode, ExitCode::Ok);
        const QString movedTo = services.damagedMovedTo();
        QVERIFY(!movedTo.isEmpty());
        QCOMPARE(QFileInfo(movedTo).absolutePath(), QFileInfo(db).absolutePath());
        QVERIFY2(QFileInfo(movedTo).fileName().startsWith(u"meedoen.db.damaged-"_s), qPrintable(movedTo));
        // Moved, not changed, and its log under SQLite's name beside it.
        QCOMPARE(DamagedFiles::fileHash(movedTo), damagedHash);
        QCOMPARE(DamagedFiles::fileHash(movedTo + u"-wal"_s), walHash);
        // A new database in its place: empty, sound, not enrolled, and it says why.
        QVERIFY(services.database().isOpen());
        QCOMPARE(services.database().quickCheck(), QString());
        QCOMPARE(services.registrations().personCount(), 0);
        QCOMPARE(Outbox(services.database().connection()).pendingCount(), 0);
        SyncStateRepository state(services.database().connection());
        QCOMPARE(state.value(AppServices::kDamagedDatabaseKey.toString()), QFileInfo(movedTo).fileName());
        QVERIFY(state.value(u"serverUrl"_s).isEmpty());
        // The next start finds the new database sound: nothing more is moved.
        services.database().close();
        AppServices again;
        QCOMPARE(again.open(options).exitCode, ExitCode::Ok);
        QVERIFY(again.damagedMovedTo().isEmpty());
        QCOMPARE(SyncStateRepository(again.database().connection()).value(AppServices::kDamagedDatabaseKey.toString()),
                 QFileInfo(movedTo).fileName());
        // The file, its -wal, and the -shm SQLite made to read them: nothing else, nothing lost.
        const QStringList aside = data.entryList({u"meedoen.db.damaged-*"_s}, QDir::Files);
        QVERIFY2(aside.contains(QFileInfo(movedTo).fileName()) && aside.contains(QFileInfo(movedTo).fileName() + u"-wal"_s),
                 qPrintable(aside.join(u", "_s)));
        for (const QString &name : aside)
            QVERIFY2(name.startsWith(QFileInfo(movedTo).fileName()), qPrintable(name));
    }

    // A new folder: the app starts. The demo catalogue comes only on purpose (--demo, or the
    // tour): a real device shows nothing fictitious before its first pull.
    void usableDataFolderStarts_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("demo");
        QTest::newRow("plain") << QString() << false;
        QTest::newRow("--demo") << u"--demo"_s << true;
        QTest::newRow("--tour") << u"--tour shots"_s << true;
    }

    void usableDataFolderStarts()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, demo);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ParsedArguments parsed = parseArguments(QStringList{u"meedoen"_s} + arguments.split(u' ', Qt::SkipEmptyParts));
        QVERIFY2(parsed.options, qPrintable(parsed.message));
        StartupOptions options = *parsed.options;
        QCOMPARE(options.demo, demo);
        options.dataDir = dir.filePath(u"new/nested"_s);
        AppServices services;
        const AppServices::OpenResult opened = services.open(options);
        QCOMPARE(opened.exitCode, ExitCode::Ok);
        QVERIFY(opened.message.isEmpty());
        QCOMPARE(services.catalogue().count() > 0, demo);
        QVERIFY(QFile::exists(QDir(options.dataDir).filePath(u"meedoen.db"_s)));
        // Only this user may look inside the data folder and the database (docs/privacy.md).
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(options.dataDir).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(QDir(options.dataDir).filePath(u"meedoen.db"_s)).permissions() & others,
                 QFileDevice::Permissions());
    }

    // A folder that exists with a loose mode (made by hand, restored) is tightened.
    void existingDataFolderIsTightened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StartupOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(options.dataDir));
        QVERIFY(QFile::setPermissions(options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                            | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                            | QFileDevice::ExeOther));
        AppServices services;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        QCOMPARE(QFileInfo(options.dataDir).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
