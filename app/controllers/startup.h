// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/registrationrepository.h"

#include <QString>
#include <QStringList>
#include <memory>

enum class AppMode { Kiosk, Phone, Staff };

// What the command line asked for.
struct StartupOptions
{
    AppMode mode = AppMode::Kiosk;
    QString dataDir;            // empty: the platform's app data folder
    QString catalogueFile;      // --catalogue: loaded into an empty database
    bool demo = false;          // --demo (or --tour): the demo catalogue built into the app
    QString tourDir;            // --tour: run the scripted tour, save screenshots here
    bool tourStepSync = false;  // --tour-step-sync: the tour waits on standard input after each screen
    QString language;           // --language: the app's language at start (nl, en, tr, ar, pl)
    double textScale = 1.0;     // --text-scale: every font this many times its usual size
    bool tourCheck = false;     // --tour-check: report layout faults at each tour screenshot
    QString siteId;             // --site: the kiosk's own site (distances start here)
    QString enrollCode;         // --enroll: enrol this device with meedoen-server, then exit
    QString serverUrl;          // --server: where meedoen-server answers (with --enroll)
    bool startupProbe = false;
    bool hashStaffPin = false;  // --hash-staff-pin: print the Argon2id string of a PIN read from stdin
};

// Exit codes of `meedoen`, also documented in README.md.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Usage = 2;
constexpr int DataDirUnusable = 3;
constexpr int DatabaseNewer = 4;
constexpr int DatabaseDamaged = 5;
constexpr int EnrollFailed = 6;
} // namespace ExitCode

struct ParsedArguments
{
    std::optional<StartupOptions> options;
    QString message;            // usage or error text for the terminal
    int exitCode = ExitCode::Ok;
};

// Parses `meedoen`'s arguments (argv[0] included). Needs no QCoreApplication.
ParsedArguments parseArguments(const QStringList &arguments);
QString modeKey(AppMode mode);

// The objects a running app is built from: one database connection and the repositories
// on it. Built and owned by main.cpp (or a test), handed to whoever needs them.
class AppServices
{
public:
    struct OpenResult
    {
        int exitCode = ExitCode::Ok;
        QString message;
    };

    // The key in sync_state of a database started after a damaged one was moved aside: the
    // damaged file's name, kept until the device is enrolled again (AppContext shows why the
    // device is not set up any more).
    static constexpr QStringView kDamagedDatabaseKey = u"damagedDatabase";

    // Creates the data folder if needed, opens DIR/meedoen.db, and on first start loads the
    // catalogue file or, with --demo, the built-in demo catalogue; otherwise nothing.
    // A damaged meedoen.db (not a database, cut short, a page of garbage) is moved aside with
    // its -wal and -shm to meedoen.db.damaged-<UTC time>, never deleted, and a new one is
    // started: damagedMovedTo() names the file, and the device must be enrolled again.
    OpenResult open(const StartupOptions &options);
    // The full path of the damaged database this start moved aside, or empty.
    QString damagedMovedTo() const { return m_damagedMovedTo; }

    Database &database() { return m_database; }
    CatalogueRepository &catalogue() { return *m_catalogue; }
    RegistrationRepository &registrations() { return *m_registrations; }

    static QString defaultDataDir();

private:
    bool loadCatalogue(const QString &file, QString *error);
    // Renames path, path-wal and path-shm to path.damaged-<time>(-wal, -shm): all or none.
    static QString moveAside(const QString &path);
    bool loadDemoAreas();

    Database m_database;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<RegistrationRepository> m_registrations;
    QString m_damagedMovedTo;
};
