// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli.h"

#include "server/auth.h"
#include "server/backup.h"
#include "server/devicelist.h"
#include "server/listener.h"
#include "server/logformat.h"
#include "server/password.h"
#include "server/results.h"
#include "server/routes.h"
#include "server/securitylog.h"
#include "server/store/store.h"
#include "core/personalcode.h"
#include "core/tenancy.h"
#include "protocol/changes.h"
#include "protocol/socialreturnwire.h"
#include "protocol/wire.h"
#include "workbook/sroiworkbook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

#ifdef MEEDOEN_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

using namespace Qt::StringLiterals;

namespace Server {

namespace {

// `enroll --count`: enough for a corporation's roll-out (or a load test) in one call.
constexpr int kMaxEnrollCount = 10000;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QCommandLineParser &parser, const QString &problem)
{
    if (!problem.isEmpty())
        err() << problem << '\n';
    err() << parser.helpText();
    err().flush();
    return ExitUsage;
}

// The TLS set-up of a PEM certificate and key (RSA or EC).
std::optional<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (certificates.isEmpty() || certificates.constFirst().isNull()) {
        *error = u"cannot read a PEM certificate from %1"_s.arg(certFile);
        return std::nullopt;
    }
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(keyFile);
        return std::nullopt;
    }
    const QByteArray pem = f.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = u"cannot read an RSA or EC private key from %1"_s.arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificates.constFirst());
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::SecureProtocols);
    return tls;
}

// Under systemd (Type=notify): READY=1 once the port is open, so `systemctl start` returns
// when devices can connect, and WATCHDOG=1 from the event loop when the unit asks for it
// (WatchdogSec=): a server whose event loop hangs is restarted. Nothing without systemd.
void notifySystemdReady(const QString &status)
{
#ifdef MEEDOEN_HAVE_SYSTEMD
    const QByteArray ready = "READY=1\nSTATUS="_ba + status.toUtf8();
    sd_notify(0, ready.constData());
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        auto *timer = new QTimer(QCoreApplication::instance());
        QObject::connect(timer, &QTimer::timeout, timer, [] { sd_notify(0, "WATCHDOG=1"); });
        timer->start(int(qMax<uint64_t>(usec / 2000, 1)));
    }
#else
    Q_UNUSED(status);
#endif
}

// The schema version this binary migrates to: that of a new, empty database.
int latestSchemaVersion()
{
    QString error;
    const std::unique_ptr<Store> empty = openStore(u"sqlite::memory:"_s, &error);
    return empty ? empty->schemaVersion() : 0;
}

// A configuration file imported whole (the ladders, social return): read up to `maxBytes`,
// checked by `read` (a Validated value), applied by `apply` (the problem in words, or empty;
// nullopt on a fault, then `store`'s error is said). Nothing changes unless all is well.
template<typename Read, typename Apply, typename Describe>
int importConfiguration(const QString &path, qint64 maxBytes, Server::Store &store, Read read, Apply apply,
                        Describe describe)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << path << ": " << file.errorString() << '\n';
        return ExitFailure;
    }
    const auto value = read(file.read(maxBytes + 1));
    if (value.error || file.size() > maxBytes) {
        err() << path << ": "
              << (!value.error ? u"larger than %1 KiB"_s.arg(maxBytes / 1024)
                  : value.error->field.isEmpty() ? value.error->message
                                                 : value.error->field + u": "_s + value.error->message)
              << "; nothing imported\n";
        return ExitFailure;
    }
    const std::optional<QString> problem = apply(value.value);
    if (!problem) {
        err() << "import failed: " << store.lastError() << "; nothing imported\n";
        return ExitFailure;
    }
    if (!problem->isEmpty()) {
        err() << path << ": " << *problem << "; nothing imported\n";
        return ExitFailure;
    }
    out() << "imported " << describe(value.value) << '\n';
    return ExitOk;
}

} // namespace

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"meedoen-server: the corporation's side of Meedoen sync (protocol v1).\n\n"
        "Commands:\n"
        "  serve --db DB --listen HOST:PORT [--tls-cert F --tls-key F | --insecure-http]\n"
        "                                      answer devices over HTTPS (plain HTTP on loopback, or\n"
        "                                      with --insecure-http behind a TLS-terminating proxy)\n"
        "  import-catalogue FILE --db DB       load a catalogue (assets/demo/catalogue.json format)\n"
        "  import-tenancies FILE --db DB       replace the tenancies from the rent administration (CSV:\n"
        "                                      huurdernummer;postcode;huisnummer;toevoeging;ingangsdatum)\n"
        "                                      and check the persons staff have not checked yet again\n"
        "  sites --db DB                       one site per line: id, then name\n"
        "  sites set SITE --lat X --lon Y --db DB  the site's coordinates (WGS 84 degrees)\n"
        "  import-areas FILE --db DB           the corporation's postcode areas: the CBS postcode-huisnummer-buurt\n"
        "                                      CSV (;) or postcode,huisnummer_van,huisnummer_tot,buurt (docs/operations.md)\n"
        "  ladder show --db DB                 the ladders per route in force, as the file ladder import reads\n"
        "  ladder import FILE --db DB          the corporation's ladders ({\"ladders\": [{route, rungs}]});\n"
        "                                      a route left out keeps the Participatieladder (docs/operations.md)\n"
        "  social-return show --db DB          the valuation table, SROI proxies and social-return obligations\n"
        "                                      in force, as the file social-return import reads\n"
        "  social-return import FILE --db DB   the corporation's table, proxies and obligations (docs/operations.md)\n"
        "  neighbourhoods list --db DB         id, name and city per neighbourhood\n"
        "  neighbourhoods rename ID --name NAME [--city CITY] --db DB\n"
        "                                      the name devices show for a neighbourhood\n"
        "  enroll --kind kiosk|phone|staff --site SITE [--count N] --db DB\n"
        "                                      print a single-use enrollment code (15 minutes); with\n"
        "                                      --count, N codes, one a line (rolling out many devices)\n"
        "  devices [--quiet-hours N] [--json] --db DB\n"
        "                                      enrolled devices: last seen, version, queue, quiet or revoked\n"
        "  revoke DEVICE --db DB               revoke a device's token\n"
        "  conflicts release DEVICE --db DB    let a device held at its conflict limit push again\n"
        "  compact-changes --before SEQ --db DB  forget old tombstones (older cursors must reset)\n"
        "  staff add --site SITE [--site SITE…] --name NAME --login LOGIN [--role R,R…] --db DB\n"
        "                                      add a staff member; password from stdin, or generated and printed;\n"
        "                                      roles at every site (coordinator, consultant, viewer, admin;\n"
        "                                      default coordinator,consultant)\n"
        "  staff roles LOGIN --site SITE --set R,R… --db DB\n"
        "                                      replace a staff member's roles at one site (adds the site)\n"
        "  staff unlock LOGIN --db DB          forget wrong passwords (lifts a lock before it ends by itself)\n"
        "  staff list --db DB                  login, sites with their roles, and name per staff member\n"
        "  codes unlock CODE --db DB           unlock a tenant's personal code locked after wrong dates of birth\n"
        "  export results|decisions --site SITE --format csv [--from YYYY-MM] [--to YYYY-MM] --db DB\n"
        "                                      the figures or the decision log as CSV on stdout\n"
        "  export partner --partner ID --site SITE --format csv [--from YYYY-MM] [--to YYYY-MM] --db DB\n"
        "                                      what a partner put in and what came of it at a site, as CSV\n"
        "  export social-return --site SITE --format csv [--as-of YYYY-MM-DD] --db DB\n"
        "                                      each social-return obligation's fulfilment, as CSV\n"
        "  export sroi --site SITE --from YYYY-MM --to YYYY-MM --format csv|xlsx [--neighbourhood ID]\n"
        "              [--route ROUTE] [--as-of YYYY-MM-DD] --db DB\n"
        "                                      the SROI input sheet (xlsx: with the obligations and the proxies)\n"
        "  backup --db sqlite:PATH --to FILE   copy the database while the server runs (SQLite online backup)\n"
        "  restore --from FILE --db sqlite:PATH [--force]\n"
        "                                      put a backup in place (the server stopped; PostgreSQL: pg_restore)\n\n"
        "DB is sqlite:PATH or postgresql://user:pass@host:port/dbname (empty parts from PG* variables)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, u"The database."_s, u"DB"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port (port 0: any free port)."_s, u"HOST:PORT"_s,
                                    u"127.0.0.1:8080"_s);
    const QCommandLineOption kind(u"kind"_s, u"Device kind: kiosk, phone or staff."_s, u"KIND"_s);
    const QCommandLineOption site(u"site"_s, u"Site id (see `sites`)."_s, u"SITE"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests per minute per device (default 600)."_s, u"N"_s,
                                       u"600"_s);
    const QCommandLineOption before(u"before"_s, u"Change-log sequence number."_s, u"SEQ"_s);
    const QCommandLineOption name(u"name"_s, u"Staff member's name."_s, u"NAME"_s);
    const QCommandLineOption login(u"login"_s, u"Staff member's login."_s, u"LOGIN"_s);
    const QCommandLineOption format(u"format"_s, u"Export format (csv)."_s, u"FORMAT"_s);
    const QCommandLineOption partner(u"partner"_s, u"export partner: the partner's id."_s, u"ID"_s);
    const QCommandLineOption from(u"from"_s, u"export: first month (YYYY-MM); restore: the backup file."_s,
                                  u"MONTH|FILE"_s);
    const QCommandLineOption to(u"to"_s, u"export: last month (YYYY-MM); backup: the backup file."_s, u"MONTH|FILE"_s);
    const QCommandLineOption force(u"force"_s, u"restore: replace an existing database."_s);
    const QCommandLineOption metricsTokenFile(
        u"metrics-token-file"_s,
        u"GET /metrics needs this file's token as a bearer token (default: loopback peers only)."_s, u"FILE"_s);
    const QCommandLineOption logFormat(u"log-format"_s,
                                       u"text, json, or auto: json when stderr goes to the journal (default)."_s,
                                       u"FORMAT"_s, u"auto"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"Serve HTTPS with this certificate (PEM)."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"The certificate's private key (PEM, RSA or EC)."_s, u"FILE"_s);
    const QCommandLineOption insecureHttp(
        u"insecure-http"_s, u"Serve plain HTTP on a non-loopback address (only behind a proxy that terminates TLS)."_s);
    const QCommandLineOption headerTimeout(u"header-timeout"_s, u"Seconds from connect to a whole request head (default 10)."_s,
                                           u"S"_s, u"10"_s);
    const QCommandLineOption bodyTimeout(u"body-timeout"_s, u"Seconds for a request body to arrive (default 30)."_s, u"S"_s,
                                         u"30"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout"_s, u"Seconds an answer may stall unread (default 60)."_s, u"S"_s,
                                         u"60"_s);
    const QCommandLineOption connectionsPerIp(u"max-connections-per-ip"_s,
                                              u"Open connections from one address (default 32)."_s, u"N"_s, u"32"_s);
    const QCommandLineOption enrollLimit(u"enroll-limit"_s, u"Enrolment attempts per minute from one address (default 10)."_s,
                                         u"N"_s, u"10"_s);
    const QCommandLineOption signinWorkers(u"signin-workers"_s,
                                           u"Threads checking staff passwords (default: by the number of cores)."_s,
                                           u"N"_s, u"0"_s);
    const QCommandLineOption signinQueue(u"signin-queue"_s,
                                         u"Staff sign-ins that may wait for a thread; more are answered 429 (default 8)."_s,
                                         u"N"_s, u"8"_s);
    const QCommandLineOption latitude(u"lat"_s, u"Latitude in degrees (WGS 84)."_s, u"X"_s);
    const QCommandLineOption longitude(u"lon"_s, u"Longitude in degrees (WGS 84)."_s, u"Y"_s);
    const QCommandLineOption city(u"city"_s, u"A neighbourhood's city."_s, u"CITY"_s);
    const QCommandLineOption signinLock(u"signin-lock-minutes"_s,
                                        u"How long ten wrong passwords in a row lock a login (default 60)."_s,
                                        u"MINUTES"_s, u"60"_s);
    const QCommandLineOption quietHours(u"quiet-hours"_s,
                                        u"A device not seen for more than N hours is quiet (default 24)."_s, u"N"_s,
                                        QString::number(kDefaultQuietHours));
    const QCommandLineOption groupCommit(
        u"group-commit"_s,
        u"Pushes applied together in one transaction at most (default %1; 1: each alone)."_s.arg(
            GroupCommit::kDefaultMaxPushes),
        u"N"_s, QString::number(GroupCommit::kDefaultMaxPushes));
    const QCommandLineOption pullThreads(
        u"pull-threads"_s,
        u"Threads reading pull pages, each with its own database connection (default 1 on PostgreSQL, 0 on "
        "SQLite; 0: on the event loop)."_s,
        u"N"_s);
    const QCommandLineOption json(u"json"_s, u"Write JSON for scripts instead of columns."_s);
    const QCommandLineOption count(u"count"_s,
                                   u"enroll: how many codes, one a line (default 1, at most %1)."_s.arg(kMaxEnrollCount),
                                   u"N"_s, u"1"_s);
    const QCommandLineOption role(u"role"_s,
                                  u"staff add: roles at every site, comma-separated (coordinator, consultant, viewer, "
                                  "admin; default coordinator,consultant)."_s,
                                  u"ROLES"_s);
    const QCommandLineOption setRoles(u"set"_s, u"staff roles: the roles at --site, comma-separated."_s, u"ROLES"_s);
    const QCommandLineOption neighbourhood(u"neighbourhood"_s, u"export sroi: only this neighbourhood."_s, u"ID"_s);
    const QCommandLineOption route(u"route"_s, u"export sroi: only this route."_s, u"ROUTE"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"export social-return|sroi: the day the figures stand on (default today)."_s,
                                  u"YYYY-MM-DD"_s);
    parser.addOptions({db, listen, kind, site, rateLimit, before, name, login, format, from, to, tlsCert, tlsKey,
                       insecureHttp, headerTimeout, bodyTimeout, idleTimeout, connectionsPerIp, enrollLimit,
                       signinWorkers, signinQueue, signinLock, force, metricsTokenFile, logFormat, quietHours, json,
                       latitude, longitude, city, count, groupCommit, pullThreads, role, setRoles, partner, neighbourhood, route, asOf});
    parser.addPositionalArgument(u"command"_s, u"serve | import-catalogue | import-areas | import-tenancies | sites | "
                                               "neighbourhoods | ladder | social-return | enroll | devices | revoke | compact-changes | staff | "
                                               "codes | export | backup | restore"_s);
    if (!parser.parse(arguments))
        return usage(parser, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser, u"No command given."_s);
    QString command = args.first();
    // Two-word commands: "staff add", "export results" …
    if ((command == "staff"_L1 || command == "export"_L1 || command == "codes"_L1 || command == "sites"_L1
         || command == "neighbourhoods"_L1 || command == "conflicts"_L1 || command == "ladder"_L1
         || command == "social-return"_L1)
        && args.size() > 1)
        command += u' ' + args.at(1);

    // Which options and how many arguments each command takes; anything else is a usage error.
    struct Shape
    {
        QList<const QCommandLineOption *> options;
        int arguments;
    };
    const QHash<QString, Shape> shapes{
        {u"serve"_s,
         {{&db, &listen, &rateLimit, &tlsCert, &tlsKey, &insecureHttp, &headerTimeout, &bodyTimeout, &idleTimeout,
           &connectionsPerIp, &enrollLimit, &signinWorkers, &signinQueue, &signinLock, &metricsTokenFile, &logFormat,
           &quietHours, &groupCommit},
          0}},
        {u"import-catalogue"_s, {{&db}, 1}},
        {u"import-tenancies"_s, {{&db}, 1}},
        {u"sites"_s, {{&db}, 0}},
        {u"sites set"_s, {{&db, &latitude, &longitude}, 2}},
        {u"import-areas"_s, {{&db}, 1}},
        {u"neighbourhoods list"_s, {{&db}, 1}},
        {u"ladder show"_s, {{&db}, 1}},
        {u"ladder import"_s, {{&db}, 2}},
        {u"social-return show"_s, {{&db}, 1}},
        {u"social-return import"_s, {{&db}, 2}},
        {u"neighbourhoods rename"_s, {{&db, &name, &city}, 2}},
        {u"enroll"_s, {{&db, &kind, &site, &count}, 0}},
        {u"devices"_s, {{&db, &quietHours, &json}, 0}},
        {u"revoke"_s, {{&db}, 1}},
        {u"conflicts release"_s, {{&db}, 2}},
        {u"compact-changes"_s, {{&db, &before}, 0}},
        {u"staff add"_s, {{&db, &site, &name, &login, &role}, 1}},
        {u"staff roles"_s, {{&db, &site, &setRoles}, 2}},
        {u"staff unlock"_s, {{&db}, 2}},
        {u"staff list"_s, {{&db}, 1}},
        {u"codes unlock"_s, {{&db}, 2}},
        {u"export results"_s, {{&db, &site, &format, &from, &to}, 1}},
        {u"export decisions"_s, {{&db, &site, &format}, 1}},
        {u"export partner"_s, {{&db, &site, &format, &from, &to, &partner}, 1}},
        {u"export social-return"_s, {{&db, &site, &format, &asOf}, 1}},
        {u"export sroi"_s, {{&db, &site, &format, &from, &to, &neighbourhood, &route, &asOf}, 1}},
        {u"backup"_s, {{&db, &to}, 0}},
        {u"restore"_s, {{&db, &from, &force}, 0}},
    };
    if (!shapes.contains(command))
        return usage(parser, u"Unknown command: %1"_s.arg(command));
    const Shape shape = shapes.value(command);
    if (args.size() - 1 != shape.arguments)
        return usage(parser, u"%1 takes %2 argument(s)."_s.arg(command).arg(shape.arguments));
    for (const QCommandLineOption *option :
         {&listen, &kind, &site, &rateLimit, &before, &name, &login, &format, &from, &to, &tlsCert, &tlsKey, &insecureHttp,
          &headerTimeout, &bodyTimeout, &idleTimeout, &connectionsPerIp, &enrollLimit, &signinWorkers, &signinQueue,
          &signinLock, &force, &metricsTokenFile, &logFormat, &quietHours, &json, &latitude, &longitude, &city,
          &count, &groupCommit, &role, &setRoles, &partner, &neighbourhood, &route, &asOf}) {
        if (parser.isSet(*option) && !shape.options.contains(option))
            return usage(parser, u"--%1 does not go with %2."_s.arg(option->names().first(), command));
    }
    if (!parser.isSet(db))
        return usage(parser, u"%1 needs --db."_s.arg(command));

    if (command == "serve"_L1) {
        // Before the database is opened: everything the server logs is in one format.
        const auto chosen = logFormatFromOption(parser.value(logFormat), qEnvironmentVariableIsSet("JOURNAL_STREAM"));
        if (!chosen)
            return usage(parser, u"--log-format is text, json or auto."_s);
        installLogFormat(*chosen);
    }

    // Backup and restore open the file themselves, never through the store: a restore must
    // not create or migrate the database it is about to replace.
    if (command == "backup"_L1 || command == "restore"_L1) {
        const QString spec = parser.value(db);
        if (!spec.startsWith("sqlite:"_L1) || spec.size() <= 7) {
            err() << command << " is for SQLite (--db sqlite:PATH); for PostgreSQL use pg_dump and pg_restore "
                     "(docs/operations.md)\n";
            return ExitUsage;
        }
        const QString path = spec.mid(7);
        if (command == "backup"_L1) {
            if (!parser.isSet(to))
                return usage(parser, u"backup needs --to FILE."_s);
            const BackupReport report = backupSqlite(path, parser.value(to));
            if (!report.ok) {
                err() << "backup failed: " << report.error << '\n';
                return ExitFailure;
            }
            out() << "backed up " << report.pages << " pages (schema version " << report.schemaVersion << ") to "
                  << parser.value(to) << '\n';
            return ExitOk;
        }
        if (!parser.isSet(from))
            return usage(parser, u"restore needs --from FILE."_s);
        const BackupReport report = restoreSqlite(parser.value(from), path, parser.isSet(force), latestSchemaVersion());
        if (!report.ok) {
            err() << "restore refused: " << report.error << '\n';
            return ExitFailure;
        }
        out() << "restored " << report.pages << " pages (schema version " << report.schemaVersion << ") into "
              << path << '\n';
        return ExitOk;
    }

    QString error;
    std::unique_ptr<Store> store = openStore(parser.value(db), &error);
    if (!store) {
        err() << "cannot open the database: " << error << '\n';
        return ExitFailure;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (command == "import-catalogue"_L1) {
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "cannot read " << args.at(1) << ": " << file.errorString() << '\n';
            return ExitFailure;
        }
        const auto catalogue = Wire::parseCatalogue(file.readAll());
        if (catalogue.error) {
            err() << args.at(1) << ": " << catalogue.error->field << ": " << catalogue.error->message << '\n';
            return ExitFailure;
        }
        if (!store->importCatalogue(catalogue.value, now)) {
            err() << "import failed: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << "imported " << catalogue.value.sites.size() << " sites and " << catalogue.value.opportunities.size()
              << " opportunities\n";
        return ExitOk;
    }
    if (command == "import-tenancies"_L1) {
        // docs/operations.md, "Tenancies". Messages name the line and the column, never a value.
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "cannot read " << args.at(1) << ": " << file.errorString() << '\n';
            return ExitFailure;
        }
        if (file.size() > Meedoen::kMaxTenancyFileBytes) {
            err() << args.at(1) << ": larger than " << Meedoen::kMaxTenancyFileBytes / (1024 * 1024)
                  << " MiB; nothing imported\n";
            return ExitFailure;
        }
        const Meedoen::TenancyFile tenancies = Meedoen::readTenancyFile(file.read(Meedoen::kMaxTenancyFileBytes + 1));
        if (!tenancies.ok()) {
            err() << args.at(1) << ':';
            if (tenancies.errorLine > 0)
                err() << tenancies.errorLine << ':';
            err() << ' ' << tenancies.error << "; nothing imported\n";
            return ExitFailure;
        }
        const auto imported = store->importTenancies(tenancies.tenancies, now);
        if (!imported) {
            err() << "import failed, nothing imported: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << "imported " << imported->tenancies << " tenancies; checked " << imported->personsChecked
              << " persons again, " << imported->verdictsChanged << " verdicts changed\n";
        return ExitOk;
    }
    if (command == "sites"_L1) {
        for (const Meedoen::Site &s : store->sites())
            out() << s.id << ' ' << s.name << '\n';
        return ExitOk;
    }
    if (command == "sites set"_L1) {
        bool latOk = false;
        bool lonOk = false;
        const double lat = parser.value(latitude).toDouble(&latOk);
        const double lon = parser.value(longitude).toDouble(&lonOk);
        if (!latOk || !lonOk || lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return usage(parser, u"sites set needs --lat (-90 … 90) and --lon (-180 … 180) in degrees, like --lat 51.8755 --lon 4.4705."_s);
        if (!store->hasSite(args.at(2))) {
            err() << "unknown site: " << args.at(2) << " (see `meedoen-server sites`)\n";
            return ExitNotFound;
        }
        if (!store->setSiteLocation(args.at(2), lat, lon)) {
            err() << "cannot store the coordinates: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << args.at(2) << ' ' << QString::number(lat, 'f', 6) << ' ' << QString::number(lon, 'f', 6) << '\n';
        return ExitOk;
    }
    if (command == "import-areas"_L1) {
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "cannot read " << args.at(1) << ": " << file.errorString() << '\n';
            return ExitFailure;
        }
        if (file.size() > Meedoen::PostcodeAreas::kMaxFileBytes) {
            err() << args.at(1) << ": larger than " << Meedoen::PostcodeAreas::kMaxFileBytes / 1024 / 1024
                  << " MB; nothing imported\n";
            return ExitFailure;
        }
        const auto read = Meedoen::PostcodeAreas::read(file.readAll());
        if (read.error) {
            err() << args.at(1) << ':' << read.error->line << ": " << read.error->message << "; nothing imported\n";
            return ExitFailure;
        }
        const auto summary = store->importAreas(read.table);
        if (!summary) {
            err() << "import failed: " << store->lastError() << "; nothing imported\n";
            return ExitFailure;
        }
        out() << "imported " << read.table.rows << " rows: " << summary->postcodes << " postcodes, "
              << summary->changed << " new or changed, " << summary->removed << " removed, "
              << summary->neighbourhoodsAdded << " new neighbourhoods\n";
        return ExitOk;
    }
    if (command == "ladder show"_L1) {
        const auto ladders = store->ladders();
        if (!ladders) {
            err() << "cannot read the ladders: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << QString::fromUtf8(Wire::ladderFile(*ladders));
        return ExitOk;
    }
    if (command == "ladder import"_L1) {
        constexpr qint64 kMaxLadderFileBytes = 256 * 1024;
        return importConfiguration(
            args.at(2), kMaxLadderFileBytes, *store, &Wire::ladderFileFromJson,
            [&](const QList<Meedoen::Ladder> &ladders) { return store->importLadders(ladders); },
            [](const QList<Meedoen::Ladder> &ladders) { return u"%1 ladders"_s.arg(ladders.size()); });
    }
    if (command == "social-return show"_L1) {
        const auto config = store->socialReturnConfig();
        if (!config) {
            err() << "cannot read the social-return configuration: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << QString::fromUtf8(Wire::socialReturnFile(*config));
        return ExitOk;
    }
    if (command == "social-return import"_L1) {
        return importConfiguration(
            args.at(2), Wire::kMaxSocialReturnFileBytes, *store, &Wire::socialReturnFileFromJson,
            [&](const Meedoen::SocialReturnConfig &config) { return store->importSocialReturn(config); },
            [](const Meedoen::SocialReturnConfig &config) {
                return u"%1 social-return obligations"_s.arg(config.obligations.size());
            });
    }
    if (command == "neighbourhoods list"_L1) {
        for (const Meedoen::Neighbourhood &n : store->neighbourhoods())
            out() << n.id << ' ' << n.name << (n.city.isEmpty() ? QString() : u", "_s + n.city) << '\n';
        return ExitOk;
    }
    if (command == "neighbourhoods rename"_L1) {
        const QString newName = parser.value(name).trimmed();
        if (newName.isEmpty())
            return usage(parser, u"neighbourhoods rename needs --name."_s);
        Meedoen::Neighbourhood renamed{args.at(2), newName, parser.value(city).trimmed()};
        if (!parser.isSet(city)) {
            for (const Meedoen::Neighbourhood &n : store->neighbourhoods()) {
                if (n.id == renamed.id)
                    renamed.city = n.city;
            }
        }
        // What every device will read: checked by the devices' own reader first.
        if (const auto checked = Wire::neighbourhoodFromJson(Wire::toJson(renamed), u"neighbourhood"_s); !checked.ok())
            return usage(parser, checked.error->field + u": "_s + checked.error->message);
        if (!store->renameNeighbourhood(renamed)) {
            err() << "cannot rename: " << store->lastError() << '\n';
            return ExitNotFound;
        }
        return ExitOk;
    }
    if (command == "enroll"_L1) {
        const QString k = parser.value(kind);
        if (k != "kiosk"_L1 && k != "phone"_L1 && k != "staff"_L1)
            return usage(parser, u"--kind must be kiosk, phone or staff."_s);
        if (!parser.isSet(site))
            return usage(parser, u"enroll needs --site (see `meedoen-server sites`)."_s);
        if (!store->hasSite(parser.value(site))) {
            err() << "unknown site: " << parser.value(site) << " (see `meedoen-server sites`)\n";
            return ExitNotFound;
        }
        bool countOk = false;
        const int n = parser.value(count).toInt(&countOk);
        if (!countOk || n < 1 || n > kMaxEnrollCount)
            return usage(parser, u"--count must be a whole number from 1 to %1."_s.arg(kMaxEnrollCount));
        // All of them in one transaction: a code is printed only once it is stored.
        QStringList codes;
        QList<QByteArray> hashes;
        for (int i = 0; i < n; ++i) {
            codes.append(Auth::newEnrollmentCode(*QRandomGenerator::system()));
            hashes.append(Auth::hashSecret(codes.last().toLatin1()));
        }
        if (!store->addEnrollmentCodes(hashes, k, parser.value(site), now.addSecs(Auth::kEnrollmentValidMinutes * 60))) {
            err() << "cannot store the codes: " << store->lastError() << '\n';
            return ExitFailure;
        }
        for (const QString &code : std::as_const(codes))
            out() << code << '\n';
        return ExitOk;
    }
    if (command == "devices"_L1) {
        bool ok = false;
        const int hours = parser.value(quietHours).toInt(&ok);
        if (!ok || hours < 1 || hours > kMaxQuietHours)
            return usage(parser, u"--quiet-hours must be a whole number from 1 to %1."_s.arg(kMaxQuietHours));
        const auto devices = store->deviceStatuses();
        if (!devices) {
            err() << "cannot read the devices: " << store->lastError() << '\n';
            return ExitFailure;
        }
        if (parser.isSet(json))
            out() << QJsonDocument(QJsonObject{{u"quietHours"_s, hours}, {u"devices"_s, devicesJson(*devices, now, hours)}})
                         .toJson(QJsonDocument::Indented);
        else
            out() << devicesTable(*devices, now, hours);
        return ExitOk;
    }
    if (command == "revoke"_L1) {
        if (!store->revoke(args.at(1), now)) {
            err() << "unknown device: " << args.at(1) << '\n';
            return ExitNotFound;
        }
        out() << "revoked " << args.at(1) << '\n';
        return ExitOk;
    }
    if (command == "conflicts release"_L1) {
        // The device pushed the same sequence numbers with other payloads until the server
        // stopped keeping them (docs/security/scope.md); IT has looked at why.
        const QString device = args.at(2);
        const auto known = store->devices();
        if (std::none_of(known.cbegin(), known.cend(), [&device](const Device &d) { return d.id == device; })) {
            err() << "unknown device: " << device << '\n';
            return ExitNotFound;
        }
        const auto released = store->releaseConflicts(device, now);
        if (!released) {
            err() << "cannot release the conflicts: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << "released " << *released << " conflict(s) of " << device << '\n';
        return ExitOk;
    }
    if (command == "staff add"_L1) {
        const QStringList sites = parser.values(site);
        const QString loginName = parser.value(login).trimmed().toLower();
        const QString fullName = parser.value(name).trimmed();
        if (sites.isEmpty() || loginName.isEmpty() || fullName.isEmpty())
            return usage(parser, u"staff add needs --site, --name and --login."_s);
        const auto roles = parser.isSet(role) ? Wire::staffRolesFromKeys(parser.value(role).split(u','))
                                              : std::optional(Wire::defaultStaffRoles());
        if (!roles)
            return usage(parser, u"--role is one or more of coordinator, consultant, viewer, admin (comma-separated)."_s);
        for (const QString &s : sites) {
            if (!store->hasSite(s)) {
                err() << "unknown site: " << s << " (see `meedoen-server sites`)\n";
                return ExitNotFound;
            }
        }
        // A password piped in (`printf %s "$PW" | meedoen-server staff add …`), else a generated one.
        QString password;
        if (!isatty(STDIN_FILENO)) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                password = QString::fromUtf8(in.readAll());
            while (password.endsWith(u'\n') || password.endsWith(u'\r'))
                password.chop(1);
        }
        const bool generated = password.isEmpty();
        if (generated)
            password = Password::generate();
        else if (password.size() < Password::kMinimumLength)
            return usage(parser, u"The password must have at least %1 characters."_s.arg(Password::kMinimumLength));
        const auto hash = Password::hash(password);
        if (!hash) {
            err() << "cannot hash the password (libsodium)\n";
            return ExitFailure;
        }
        const auto id = store->addStaff(loginName, fullName, sites, *roles, *hash, now);
        if (!id) {
            err() << "cannot add " << loginName << ": " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << "staff " << *id << ' ' << loginName << '\n';
        if (generated)
            out() << "password " << password << '\n';
        return ExitOk;
    }
    if (command == "staff roles"_L1) {
        const QString loginName = args.at(2).trimmed().toLower();
        const auto roles = Wire::staffRolesFromKeys(parser.value(setRoles).split(u','));
        if (!parser.isSet(site) || parser.values(site).size() != 1 || !roles)
            return usage(parser, u"staff roles needs one --site and --set with one or more of coordinator, consultant, "
                                 "viewer, admin (comma-separated)."_s);
        const QString siteId = parser.value(site);
        if (!store->hasSite(siteId)) {
            err() << "unknown site: " << siteId << " (see `meedoen-server sites`)\n";
            return ExitNotFound;
        }
        switch (store->setStaffRoles(loginName, siteId, *roles)) {
        case RolesChange::Set: {
            // An operator's change of rights: the security log says whose (the staff id, never a
            // login or name) and what.
            QString staffId;
            for (const StaffMember &member : store->staffMembers()) {
                if (member.login == loginName)
                    staffId = member.id;
            }
            logSecurityEvent("staff-roles-set", {{"staff", staffId}, {"site", siteId},
                                                 {"roles", Wire::roleKeys(*roles).join(u',')}});
            out() << loginName << ' ' << siteId << ' ' << Wire::roleKeys(*roles).join(u',') << '\n';
            return ExitOk;
        }
        case RolesChange::UnknownLogin:
            err() << "unknown login: " << args.at(2) << '\n';
            return ExitNotFound;
        case RolesChange::Fault:
            break;
        }
        err() << "cannot set the roles: " << store->lastError() << '\n';
        return ExitFailure;
    }
    if (command == "staff unlock"_L1) {
        if (!store->unlockStaff(args.at(2).trimmed().toLower())) {
            err() << "unknown login: " << args.at(2) << '\n';
            return ExitNotFound;
        }
        out() << "unlocked " << args.at(2) << '\n';
        return ExitOk;
    }
    if (command == "codes unlock"_L1) {
        // The tenant is at their wijkconsulent, who checked who they are (docs/security/guess.md).
        const auto code = Meedoen::normalisePersonalCode(args.at(2));
        if (!code)
            return usage(parser, u"CODE must be a personal code like ABCD-EFGH-JKMN."_s);
        const auto unlocked = store->unlockPersonalCode(*code, u"meedoen-server codes unlock"_s, now);
        if (!unlocked) {
            err() << "cannot unlock: " << store->lastError() << '\n';
            return ExitFailure;
        }
        if (!*unlocked) {
            err() << "this code is not locked\n";
            return ExitNotFound;
        }
        out() << "unlocked\n";
        return ExitOk;
    }
    if (command == "staff list"_L1) {
        // "site-a:coordinator+consultant,site-b:viewer": one column for scripts.
        for (const StaffMember &s : store->staffMembers()) {
            QStringList sites;
            for (const QString &siteId : s.sites)
                sites.append(siteId + u':' + Wire::roleKeys(s.rolesAt(siteId)).join(u'+'));
            out() << s.login << ' ' << sites.join(u',') << ' ' << s.name << '\n';
        }
        return ExitOk;
    }
    if (command.startsWith("export "_L1)) {
        const bool xlsx = command == "export sroi"_L1 && parser.value(format) == "xlsx"_L1;
        if (parser.value(format) != "csv"_L1 && !xlsx)
            return usage(parser, command == "export sroi"_L1 ? u"export sroi needs --format csv or xlsx."_s
                                                              : u"export needs --format csv."_s);
        if (command == "export sroi"_L1 && (!parser.isSet(from) || !parser.isSet(to)))
            return usage(parser, u"export sroi needs --from and --to."_s);
        const QDate day = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate) : QDate::currentDate();
        if (!day.isValid())
            return usage(parser, u"--as-of is a day like 2026-11-30."_s);
        if (!parser.isSet(site))
            return usage(parser, u"export needs --site (see `meedoen-server sites`)."_s);
        if (!isMonth(parser.value(from)) || !isMonth(parser.value(to)))
            return usage(parser, u"--from and --to are months like 2026-11."_s);
        if (!store->hasSite(parser.value(site))) {
            err() << "unknown site: " << parser.value(site) << " (see `meedoen-server sites`)\n";
            return ExitNotFound;
        }
        QString csv;
        if (command == "export results"_L1) {
            const auto results = store->results({parser.value(site), parser.value(from), parser.value(to)});
            if (!results) {
                err() << "export failed: " << store->lastError() << '\n';
                return ExitFailure;
            }
            csv = resultsCsv(*results);
        } else if (command == "export partner"_L1) {
            if (parser.value(partner).isEmpty())
                return usage(parser, u"export partner needs --partner ID."_s);
            const auto figures =
                store->partnerFigures(parser.value(partner), {parser.value(site), parser.value(from), parser.value(to)});
            if (!figures) {
                err() << "export failed: " << store->lastError() << '\n';
                return ExitFailure;
            }
            csv = Meedoen::formatPartnerFiguresCsv(*figures);
        } else if (command == "export social-return"_L1) {
            const auto fulfilment = store->socialReturn(parser.value(site), day);
            if (!fulfilment) {
                err() << "export failed: " << store->lastError() << '\n';
                return ExitFailure;
            }
            csv = Meedoen::formatSocialReturnCsv(*fulfilment);
        } else if (command == "export sroi"_L1) {
            ResultsFilter filter{parser.value(site), parser.value(from), parser.value(to)};
            filter.neighbourhood = parser.value(neighbourhood);
            filter.route = parser.value(route);
            const auto sheet = store->sroiSheet(filter, day);
            const auto fulfilment = sheet ? store->socialReturn(parser.value(site), day) : std::nullopt;
            const auto config = fulfilment ? store->socialReturnConfig() : std::nullopt;
            if (!config) {
                err() << "export failed: " << store->lastError() << '\n';
                return ExitFailure;
            }
            if (xlsx) {
                QString why;
                const auto book = Workbook::sroiWorkbook(*sheet, *fulfilment, config->rates, &why);
                if (!book) {
                    err() << "export failed: " << why << '\n';
                    return ExitFailure;
                }
                std::fwrite(book->constData(), 1, size_t(book->size()), stdout);
                std::fflush(stdout);
                return ExitOk;
            }
            csv = Meedoen::formatSroiCsv(*sheet);
        } else {
            const auto decisions = store->decisions(parser.value(site));
            if (!decisions) {
                err() << "export failed: " << store->lastError() << '\n';
                return ExitFailure;
            }
            csv = decisionsCsv(*decisions);
        }
        // Bytes as they are: CRLF line ends belong to the format.
        const QByteArray bytes = csv.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (command == "compact-changes"_L1) {
        bool ok = false;
        const qint64 seq = parser.value(before).toLongLong(&ok);
        if (!ok || seq < 1)
            return usage(parser, u"compact-changes needs --before SEQ (a whole number from 1)."_s);
        if (!store->compactChanges(seq)) {
            err() << "compaction failed: " << store->lastError() << '\n';
            return ExitFailure;
        }
        return ExitOk;
    }

    // serve
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(colon > 0 ? hostPort.left(colon) : QString());
    if (!portOk || port > 65535 || address.isNull())
        return usage(parser, u"--listen must be HOST:PORT with an IP address, e.g. 127.0.0.1:8080."_s);
    bool rateOk = false;
    ServerConfig config;
    config.rateLimitPerMinute = parser.value(rateLimit).toInt(&rateOk);
    if (!rateOk || config.rateLimitPerMinute < 1)
        return usage(parser, u"--rate-limit must be a whole number from 1."_s);
    bool enrollOk = false;
    config.enrollLimitPerMinute = parser.value(enrollLimit).toInt(&enrollOk);
    if (!enrollOk || config.enrollLimitPerMinute < 1)
        return usage(parser, u"--enroll-limit must be a whole number from 1."_s);
    ConnectionLimits limits;
    limits.maxBodyBytes = maxBodyBytes;
    for (const auto &[option, target] : {std::pair{&headerTimeout, &limits.headerTimeoutMs},
                                         std::pair{&bodyTimeout, &limits.bodyTimeoutMs},
                                         std::pair{&idleTimeout, &limits.idleTimeoutMs}}) {
        bool ok = false;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || seconds < 0.05 || seconds > 3600)
            return usage(parser, u"--%1 must be a number of seconds from 0.05 to 3600."_s.arg(option->names().first()));
        *target = int(seconds * 1000);
    }
    bool perIpOk = false;
    limits.maxConnectionsPerPeer = parser.value(connectionsPerIp).toInt(&perIpOk);
    if (!perIpOk || limits.maxConnectionsPerPeer < 1)
        return usage(parser, u"--max-connections-per-ip must be a whole number from 1."_s);
    bool workersOk = false;
    bool queueOk = false;
    bool lockOk = false;
    config.signinWorkers = parser.value(signinWorkers).toInt(&workersOk);
    config.signinQueue = parser.value(signinQueue).toInt(&queueOk);
    const int lockMinutes = parser.value(signinLock).toInt(&lockOk);
    if (!workersOk || config.signinWorkers < 0 || config.signinWorkers > 64 || !queueOk || config.signinQueue < 0
        || config.signinQueue > 1000)
        return usage(parser, u"--signin-workers is 0 to 64 (0: by the cores), --signin-queue 0 to 1000."_s);
    if (!lockOk || lockMinutes < 1 || lockMinutes > 7 * 24 * 60)
        return usage(parser, u"--signin-lock-minutes is a whole number from 1 to 10080 (a week)."_s);
    config.signinLockSeconds = lockMinutes * 60;
    bool quietOk = false;
    config.quietHours = parser.value(quietHours).toInt(&quietOk);
    if (!quietOk || config.quietHours < 1 || config.quietHours > kMaxQuietHours)
        return usage(parser, u"--quiet-hours must be a whole number from 1 to %1."_s.arg(kMaxQuietHours));
    bool groupOk = false;
    config.groupCommitPushes = parser.value(groupCommit).toInt(&groupOk);
    if (!groupOk || config.groupCommitPushes < 1 || config.groupCommitPushes > kMaxGroupCommitPushes)
        return usage(parser, u"--group-commit must be a whole number from 1 to %1."_s.arg(kMaxGroupCommitPushes));
    config.database = parser.value(db);
    // Measured (docs/sync-protocol.md, "Pull readers"): on PostgreSQL a reader lets a pull's
    // statements run beside the event loop's; on SQLite a second connection drops its page
    // cache after every commit of the first and costs more than it spares the event loop.
    const bool sqlite = config.database.startsWith(u"sqlite:"_s);
    bool pullThreadsOk = true;
    config.pullThreads = parser.isSet(pullThreads) ? parser.value(pullThreads).toInt(&pullThreadsOk) : (sqlite ? 0 : 1);
    if (!pullThreadsOk || config.pullThreads < 0 || config.pullThreads > PullReader::kMaxThreads)
        return usage(parser, u"--pull-threads must be a whole number from 0 to %1."_s.arg(PullReader::kMaxThreads));

    // Test-only fault injection: stop dead inside the push transaction after N mutations,
    // so a test can kill the process mid-batch.
    if (const int stallAfter = qEnvironmentVariableIntValue("MEEDOEN_SERVER_TEST_STALL_AFTER"); stallAfter > 0) {
        store->afterApply = [stallAfter](int applied) {
            if (applied < stallAfter)
                return;
            std::fputs("stalled mid-batch\n", stdout);
            std::fflush(stdout);
            for (;;)
                QThread::sleep(1);
        };
    }

    // Test-only clock: the time is read from this file on every request (ISO 8601), so a test
    // can move it forward without waiting. Never set in production.
    if (const QString clockFile = qEnvironmentVariable("MEEDOEN_SERVER_TEST_CLOCK_FILE"); !clockFile.isEmpty()) {
        config.clock = [clockFile] {
            QFile f(clockFile);
            if (f.open(QIODevice::ReadOnly)) {
                const QDateTime t = QDateTime::fromString(QString::fromUtf8(f.readAll()).trimmed(), Qt::ISODateWithMs);
                if (t.isValid())
                    return t.toUTC();
            }
            return QDateTime::currentDateTimeUtc();
        };
    }

    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return usage(parser, u"--tls-cert and --tls-key go together."_s);
    if (parser.isSet(tlsCert) && parser.isSet(insecureHttp))
        return usage(parser, u"--insecure-http does not go with --tls-cert."_s);
    // Tokens, personal codes and staff passwords cross this connection: plain HTTP only where
    // nobody else can listen (loopback), or when the operator says a proxy in front speaks TLS.
    if (!parser.isSet(tlsCert) && !parser.isSet(insecureHttp) && !address.isLoopback()) {
        err() << "refusing to serve plain HTTP on " << address.toString()
              << ": devices' tokens, personal codes and staff passwords would cross the network unencrypted.\n"
                 "Give --tls-cert and --tls-key, or listen on 127.0.0.1 behind a reverse proxy that terminates TLS,\n"
                 "or pass --insecure-http if such a proxy reaches this server over another address.\n";
        return ExitUsage;
    }

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCert)) {
        QString tlsError;
        tls = loadTls(parser.value(tlsCert), parser.value(tlsKey), &tlsError);
        if (!tls) {
            err() << tlsError << '\n';
            return ExitFailure;
        }
    }
    if (parser.isSet(metricsTokenFile)) {
        // From a file (systemd's LoadCredential=), never the command line, which `ps` shows.
        QFile tokenFile(parser.value(metricsTokenFile));
        if (!tokenFile.open(QIODevice::ReadOnly)) {
            err() << "cannot read " << tokenFile.fileName() << ": " << tokenFile.errorString() << '\n';
            return ExitFailure;
        }
        const QByteArray token = tokenFile.readAll().trimmed();
        if (token.size() < 16)
            return usage(parser, u"The metrics token must have at least 16 characters."_s);
        config.metricsTokenHash = Auth::hashSecret(token);
    }

    QHttpServer http;
    SyncRoutes routes(*store, config);
    routes.install(http);
    routes.waitUntilWarm();
    if (QString readerError; !routes.startPullReaders(&readerError)) {
        err() << "cannot open the pull readers' database connections: " << readerError << '\n';
        return ExitFailure;
    }
    const quint16 bound = listenGuarded(http, address, quint16(port), tls, limits);
    if (bound == 0) {
        err() << "cannot listen on " << hostPort << '\n';
        return ExitFailure;
    }
    out() << "listening on " << address.toString() << ':' << bound << (parser.isSet(tlsCert) ? " (https)" : "")
          << Qt::endl;
    notifySystemdReady(u"listening on %1:%2"_s.arg(address.toString()).arg(bound));
    return QCoreApplication::exec();
}

} // namespace Server
