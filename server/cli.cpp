// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "auth.h"
#include "routes.h"
#include "store.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Server {

namespace {

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

} // namespace

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"meedoen-server: the corporation's side of Meedoen sync (protocol v1).\n\n"
        "Commands:\n"
        "  serve --db DB --listen HOST:PORT    answer devices over HTTP\n"
        "  import-catalogue FILE --db DB       load a catalogue (assets/demo/catalogue.json format)\n"
        "  sites --db DB                       one site per line: id, then name\n"
        "  enroll --kind kiosk|phone|staff --site SITE --db DB\n"
        "                                      print a single-use enrollment code (15 minutes)\n"
        "  devices --db DB                     list enrolled devices\n"
        "  revoke DEVICE --db DB               revoke a device's token\n"
        "  compact-changes --before SEQ --db DB  forget old tombstones (older cursors must reset)\n\n"
        "DB is sqlite:PATH or postgresql://user:pass@host:port/dbname (empty parts from PG* variables)."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The database."_s, u"DB"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port (port 0: any free port)."_s, u"HOST:PORT"_s,
                                    u"127.0.0.1:8080"_s);
    const QCommandLineOption kind(u"kind"_s, u"Device kind: kiosk, phone or staff."_s, u"KIND"_s);
    const QCommandLineOption site(u"site"_s, u"Site id (see `sites`)."_s, u"SITE"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests per minute per device (default 600)."_s, u"N"_s,
                                       u"600"_s);
    const QCommandLineOption before(u"before"_s, u"Change-log sequence number."_s, u"SEQ"_s);
    parser.addOptions({db, listen, kind, site, rateLimit, before});
    parser.addPositionalArgument(u"command"_s, u"serve | import-catalogue | sites | enroll | devices | revoke | "
                                               "compact-changes"_s);
    if (!parser.parse(arguments))
        return usage(parser, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser, u"No command given."_s);
    const QString command = args.first();

    // Which options and how many arguments each command takes; anything else is a usage error.
    struct Shape
    {
        QList<const QCommandLineOption *> options;
        int arguments;
    };
    const QHash<QString, Shape> shapes{
        {u"serve"_s, {{&db, &listen, &rateLimit}, 0}},
        {u"import-catalogue"_s, {{&db}, 1}},
        {u"sites"_s, {{&db}, 0}},
        {u"enroll"_s, {{&db, &kind, &site}, 0}},
        {u"devices"_s, {{&db}, 0}},
        {u"revoke"_s, {{&db}, 1}},
        {u"compact-changes"_s, {{&db, &before}, 0}},
    };
    if (!shapes.contains(command))
        return usage(parser, u"Unknown command: %1"_s.arg(command));
    const Shape shape = shapes.value(command);
    if (args.size() - 1 != shape.arguments)
        return usage(parser, u"%1 takes %2 argument(s)."_s.arg(command).arg(shape.arguments));
    for (const QCommandLineOption *option : {&listen, &kind, &site, &rateLimit, &before}) {
        if (parser.isSet(*option) && !shape.options.contains(option))
            return usage(parser, u"--%1 does not go with %2."_s.arg(option->names().first(), command));
    }
    if (!parser.isSet(db))
        return usage(parser, u"%1 needs --db."_s.arg(command));

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
    if (command == "sites"_L1) {
        for (const Meedoen::Site &s : store->sites())
            out() << s.id << ' ' << s.name << '\n';
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
        const QString code = Auth::newEnrollmentCode(*QRandomGenerator::system());
        if (!store->addEnrollmentCode(Auth::hashSecret(code.toLatin1()), k, parser.value(site),
                                      now.addSecs(Auth::kEnrollmentValidMinutes * 60))) {
            err() << "cannot store the code: " << store->lastError() << '\n';
            return ExitFailure;
        }
        out() << code << '\n';
        return ExitOk;
    }
    if (command == "devices"_L1) {
        for (const Device &d : store->devices()) {
            out() << d.id << ' ' << d.kind << ' ' << d.site << ' ' << d.enrolledAt.toString(Qt::ISODate)
                  << (d.isRevoked() ? u" revoked"_s : QString()) << '\n';
        }
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

    QHttpServer http;
    SyncRoutes routes(*store, config);
    routes.install(http);
    const quint16 bound = http.listen(address, quint16(port));
    if (bound == 0) {
        err() << "cannot listen on " << hostPort << '\n';
        return ExitFailure;
    }
    out() << "listening on " << address.toString() << ':' << bound << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace Server
