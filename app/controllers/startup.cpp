// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/startup.h"
#include "protocol/wire.h"
#include "storage/partnerrepository.h"
#include "storage/syncstaterepository.h"

#include "core/keys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <array>

using namespace Qt::StringLiterals;
using namespace Meedoen;

Q_LOGGING_CATEGORY(lcStartup, "meedoen.startup")

namespace {

// In the order of AppMode; --mode takes these.
constexpr std::array<QStringView, 3> kModeKeys = {u"kiosk", u"phone", u"staff"};
// The app's languages (AppContext::languages()), for --language.
const QStringList kLanguages = {u"nl"_s, u"en"_s, u"tr"_s, u"ar"_s, u"pl"_s};

} // namespace

QString modeKey(AppMode mode)
{
    return Meedoen::keyOf(kModeKeys, mode);
}

ParsedArguments parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Meedoen: find and sign up for volunteering, self-management "
                                     "initiatives and training places in your neighbourhood."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Print the version and exit."_s);
    const QCommandLineOption mode(u"mode"_s, u"Start as a kiosk, a phone or a staff tablet."_s,
                                  u"kiosk|phone|staff"_s, u"kiosk"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Keep the database in DIR/meedoen.db."_s, u"DIR"_s);
    const QCommandLineOption catalogue(u"catalogue"_s, u"On first start, load this catalogue file (until "
                                                       "the device is enrolled: its first pull replaces it)."_s,
                                       u"FILE"_s);
    const QCommandLineOption demo(u"demo"_s, u"On first start, load the demo catalogue built into the app "
                                             "(scripts/demo.sh; --tour implies it). Without it a new device "
                                             "shows nothing to sign up for until it is enrolled."_s);
    const QCommandLineOption tour(u"tour"_s, u"Run the scripted tour and save a screenshot of each screen in DIR."_s,
                                  u"DIR"_s);
    const QCommandLineOption tourStepSync(u"tour-step-sync"_s, u"With --tour: after each screen print \"tour-step NAME "
                                                               "LANGUAGE\" and wait for a line on standard input (\"next\", or "
                                                               "\"lang CODE\" to show it in another language)."_s);
    const QCommandLineOption language(u"language"_s, u"Start in this language (the tour keeps it)."_s,
                                      u"nl|en|tr|ar|pl"_s);
    const QCommandLineOption textScale(u"text-scale"_s, u"Show every text this many times its usual size "
                                                        "(1 to 2, e.g. 1.5)."_s,
                                       u"FACTOR"_s, u"1"_s);
    const QCommandLineOption tourCheck(u"tour-check"_s, u"With --tour: at each screen, print a line "
                                                        "\"layout: STEP: ...\" on stderr for texts drawn over "
                                                        "each other, elided or cut off, and controls outside "
                                                        "the window."_s);
    const QCommandLineOption site(u"site"_s, u"The kiosk's own site: the catalogue is sorted by distance from "
                                             "it (default: the first site)."_s,
                                  u"SITE"_s);
    const QCommandLineOption probe(u"startup-probe"_s, u"Print first-frame-ms and rss-kb once the first "
                                                       "frame is shown, then exit."_s);
    const QCommandLineOption enroll(u"enroll"_s, u"Enrol this device with meedoen-server using a single-use code "
                                                 "(from `meedoen-server enroll`), then exit."_s,
                                    u"CODE"_s);
    const QCommandLineOption server(u"server"_s, u"The address of meedoen-server, e.g. https://meedoen.example.nl "
                                                 "(with --enroll)."_s,
                                    u"URL"_s);
    const QCommandLineOption hashPin(u"hash-staff-pin"_s, u"Read a staff PIN (5-12 digits) from standard input and "
                                                          "print the hash for MEEDOEN_STAFF_PIN_HASH (the kiosk's "
                                                          "staff exit)."_s);
    parser.addOptions({help, version, mode, dataDir, catalogue, demo, tour, tourStepSync, language, textScale, tourCheck,
                       site, enroll, server, probe, hashPin});

    const QString usage = u"Usage: meedoen [--mode kiosk|phone|staff] [--data-dir DIR] [--catalogue FILE | --demo] "
                          "[--tour DIR [--tour-check] [--tour-step-sync]] [--language nl|en|tr|ar|pl] [--text-scale FACTOR] [--site SITE] [--enroll CODE --server URL] [--startup-probe] [--hash-staff-pin] [--version]\n"_s;
    ParsedArguments result;
    if (!parser.parse(arguments)) {
        result.message = parser.errorText() + u'\n' + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    if (parser.isSet(help)) {
        result.message = usage;
        result.exitCode = ExitCode::Ok;
        return result;
    }
    if (parser.isSet(version)) {
        result.message = u"meedoen " MEEDOEN_VERSION "\n"_s;
        result.exitCode = ExitCode::Ok;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.message = u"Unknown argument: %1\n"_s.arg(parser.positionalArguments().constFirst()) + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    StartupOptions options;
    const QString modeValue = parser.value(mode);
    const auto appMode = Meedoen::enumFromKey<AppMode>(kModeKeys, modeValue);
    if (!appMode) {
        result.message = u"Unknown mode: %1\n"_s.arg(modeValue) + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    options.mode = *appMode;
    options.dataDir = parser.value(dataDir);
    options.catalogueFile = parser.value(catalogue);
    options.tourDir = parser.value(tour);
    // The tour walks through the demo catalogue.
    options.demo = parser.isSet(demo) || !options.tourDir.isEmpty();
    options.tourStepSync = parser.isSet(tourStepSync);
    if (options.tourStepSync && options.tourDir.isEmpty()) {
        result.message = u"--tour-step-sync needs --tour.\n"_s + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    options.language = parser.value(language);
    if (!options.language.isEmpty() && !kLanguages.contains(options.language)) {
        result.message = u"Unknown language: %1\n"_s.arg(options.language) + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    bool scaleOk = false;
    options.textScale = parser.value(textScale).toDouble(&scaleOk);
    if (!scaleOk || options.textScale < 1.0 || options.textScale > 2.0) {
        result.message = u"--text-scale takes a factor from 1 to 2\n"_s + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    options.tourCheck = parser.isSet(tourCheck);
    if (options.tourCheck && options.tourDir.isEmpty()) {
        result.message = u"--tour-check goes with --tour.\n"_s + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    options.siteId = parser.value(site);
    options.enrollCode = parser.value(enroll);
    options.serverUrl = parser.value(server);
    if (options.enrollCode.isEmpty() != options.serverUrl.isEmpty()) {
        result.message = u"--enroll and --server go together.\n"_s + usage;
        result.exitCode = ExitCode::Usage;
        return result;
    }
    options.startupProbe = parser.isSet(probe);
    options.hashStaffPin = parser.isSet(hashPin);
    result.options = options;
    return result;
}

QString AppServices::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

AppServices::OpenResult AppServices::open(const StartupOptions &options)
{
    const QString dir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    const QFileInfo dirInfo(dir);
    if ((dirInfo.exists() && !dirInfo.isDir()) || !QDir().mkpath(dir)) {
        return {ExitCode::DataDirUnusable,
                QCoreApplication::translate("Startup", "The data folder %1 cannot be created or opened.").arg(dir)};
    }
    // Only this user may look inside: the database, its -wal and the token file.
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFile::setPermissions(dir, ownerOnly | QFileDevice::ExeOwner))
        qCWarning(lcStartup) << "the data folder's mode could not be set to 0700";
    const QString path = QDir(dir).filePath(u"meedoen.db"_s);
    // A new database is made 0600 before SQLite opens it: SQLite gives its -wal and -shm the
    // database file's mode, so they are never readable by others either.
    const auto createOwnerOnly = [&path, ownerOnly] {
        if (QFile::exists(path))
            return;
        QFile fresh(path);
        if (fresh.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            fresh.close();
    };
    createOwnerOnly();
    auto opened = m_database.open(path);
    if (opened == Database::Status::Damaged) {
        // Never silently an empty database in its place, and never deleted: moved aside for
        // IT (docs/operations.md, "A damaged device database"), and the app says so.
        const QString damagedMessage = m_database.errorString();
        m_damagedMovedTo = moveAside(path);
        if (m_damagedMovedTo.isEmpty())
            return {ExitCode::DatabaseDamaged,
                    damagedMessage + u' '
                        + QCoreApplication::translate("Startup", "It could not be moved aside in %1.").arg(dir)};
        qCCritical(lcStartup).noquote() << "the database was damaged; moved aside to" << m_damagedMovedTo
                                        << "- a new one was started; enrol this device again";
        createOwnerOnly();
        opened = m_database.open(path);
        if (opened == Database::Status::Open
            && !SyncStateRepository(m_database.connection())
                    .setValue(kDamagedDatabaseKey.toString(), QFileInfo(m_damagedMovedTo).fileName()))
            qCWarning(lcStartup) << "the note of the damaged database could not be saved";
    }
    // An older folder's files (made before, restored from a backup) are tightened.
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, ownerOnly);
    }
    switch (opened) {
    case Database::Status::Open:
        break;
    case Database::Status::NewerSchema:
        return {ExitCode::DatabaseNewer, m_database.errorString()};
    case Database::Status::Damaged:
    case Database::Status::MigrationFailed:
        return {ExitCode::DatabaseDamaged, m_database.errorString()};
    case Database::Status::Closed:
    case Database::Status::CannotOpen:
        return {ExitCode::DataDirUnusable, m_database.errorString()};
    }
    m_catalogue = std::make_unique<CatalogueRepository>(m_database.connection());
    m_registrations = std::make_unique<RegistrationRepository>(m_database.connection());

    // Only on purpose: a real device's catalogue is the server's, from its first pull (which
    // replaces whatever a file put here before the device was enrolled).
    const QString file = !options.catalogueFile.isEmpty() ? options.catalogueFile
                       : options.demo                     ? u":/meedoen/demo/catalogue.json"_s
                                                          : QString();
    if (!file.isEmpty() && m_catalogue->count() == 0) {
        QString error;
        if (!loadCatalogue(file, &error))
            return {ExitCode::DataDirUnusable, error};
        // The demo's own areas (a few postcodes per demo neighbourhood), as a server's
        // import-areas would publish them.
        if (options.demo && options.catalogueFile.isEmpty() && !loadDemoAreas())
            return {ExitCode::DataDirUnusable,
                    QCoreApplication::translate("Startup", "The catalogue could not be saved.")};
    }
    return {};
}

QString AppServices::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = path + u".damaged-"_s + stamp;
    for (int n = 2; QFile::exists(target) || QFile::exists(target + u"-wal"_s); ++n)
        target = path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target)) {
        qCWarning(lcStartup) << "cannot move the damaged database aside";
        return {};
    }
    // The write-ahead log belongs to the damaged file: left beside a new database it would be
    // read into it. Moved along under SQLite's names, so that the three open together.
    QStringList moved;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (!QFile::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            qCWarning(lcStartup) << "cannot move the damaged database's" << suffix << "aside";
            for (const QString &back : std::as_const(moved))
                QFile::rename(target + back, path + back);
            QFile::rename(target, path);
            return {};
        }
        moved.append(suffix);
    }
    return target;
}

bool AppServices::loadDemoAreas()
{
    QFile f(u":/meedoen/demo/areas.csv"_s);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const AreaTableRead read = PostcodeAreas::read(f.readAll());
    if (read.error)
        return false;
    for (const PostcodeArea &area : read.table.areas) {
        if (!m_catalogue->keepPostcodeArea(area))
            return false;
    }
    return true;
}

bool AppServices::loadCatalogue(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Startup", "The catalogue %1 cannot be read.").arg(file);
        return false;
    }
    const auto parsed = Wire::parseCatalogue(f.readAll());
    if (parsed.error) {
        *error = QCoreApplication::translate("Startup", "The catalogue %1 is not valid at %2: %3")
                     .arg(file, parsed.error->field, parsed.error->message);
        return false;
    }
    if (!m_catalogue->upsert(parsed.value.neighbourhoods, parsed.value.sites, parsed.value.opportunities)) {
        *error = QCoreApplication::translate("Startup", "The catalogue could not be saved.");
        return false;
    }
    // The partners the opportunities name, without their contact persons: those reach a staff
    // tablet from the server only (docs/privacy.md, "Partners").
    PartnerRepository partners(m_database.connection());
    for (Meedoen::Partner p : parsed.value.partners) {
        p.contactName.clear();
        p.contactPhone.clear();
        p.contactEmail.clear();
        if (!partners.keepPartner(p)) {
            *error = QCoreApplication::translate("Startup", "The catalogue could not be saved.");
            return false;
        }
    }
    return true;
}
