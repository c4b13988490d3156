// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Parses the arguments, builds and wires the objects, loads the QML. Nothing else.

#include "controllers/appcontext.h"
#include "controllers/stafftablet.h"
#include "controllers/staffpin.h"
#include "controllers/servicenotifier.h"
#include "controllers/startup.h"
#include "tour/startupprobe.h"
#include "tour/phonetourdata.h"
#include "tour/stafftourdata.h"
#include "tour/tourstepsync.h"
#include "storage/secretstore.h"

#include <QFontDatabase>
#include <QEventLoop>
#include <QApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>
#include <thread>

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const ParsedArguments parsed = parseArguments(arguments);
    if (!parsed.options) {
        std::fputs(qPrintable(parsed.message), parsed.exitCode == ExitCode::Ok ? stdout : stderr);
        return parsed.exitCode;
    }
    const StartupOptions &options = *parsed.options;
    if (options.hashStaffPin) {
        char line[64] = {};
        const QString pin = QString::fromUtf8(std::fgets(line, sizeof line, stdin)).trimmed();
        if (!StaffPinGuard::isAcceptablePin(pin)) {
            std::fputs("meedoen: a staff PIN is 5 to 12 digits, not all the same and not a straight run\n", stderr);
            return ExitCode::Usage;
        }
        std::printf("%s\n", qPrintable(StaffPinGuard::hash(pin, StaffPinGuard::Cost::Interactive)));
        return ExitCode::Ok;
    }
    const bool touring = !options.tourDir.isEmpty();
    if (touring) {
        // The tour runs without a screen and paints in software, so every frame can be grabbed.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    } else if (options.mode == AppMode::Kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }

    // A QApplication, not a QGuiApplication: Qt Charts' QML types (the staff dashboard's
    // charts) draw through Qt Widgets' graphics scene and refuse to run without one.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"meedoen"_s);
    QGuiApplication::setOrganizationName(u"Meedoen"_s);
    QGuiApplication::setApplicationVersion(u"" MEEDOEN_VERSION ""_s);
    QQuickStyle::setStyle(u"Basic"_s);
    // Fontconfig reads its configuration and lists the system's fonts (~6 ms) on another core
    // while the database opens and QML loads; the first text layout would otherwise do it on
    // this thread. QFontDatabase is thread-safe; the thread is joined when main() returns.
    std::jthread fontWarmup([] { QFontDatabase::families(); });

    AppServices services;
    const AppServices::OpenResult opened = services.open(options);
    if (opened.exitCode != ExitCode::Ok) {
        std::fprintf(stderr, "meedoen: %s\n", qPrintable(opened.message));
        return opened.exitCode;
    }

    // The one network access manager of the app, and the client that syncs this device.
    QNetworkAccessManager network;
    // The device token: in the platform keychain on a phone or tablet where a secret service
    // answers, else (a kiosk, a tour, no session bus) in a file of mode 0600 beside the database.
    const bool preferKeychain = options.mode != AppMode::Kiosk && options.tourDir.isEmpty()
                                && (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") || QSysInfo::productType() == "android"_L1);
    const std::unique_ptr<SecretStore> secrets = SecretStore::forDevice(services.database().path(), preferKeychain);
    SyncClient::Options syncOptions;
    syncOptions.secrets = secrets.get();
    SyncClient sync(&network, &services.database(), syncOptions, [] { return QDateTime::currentDateTimeUtc(); },
                    [] { return QRandomGenerator::global()->generateDouble(); });
    if (!options.enrollCode.isEmpty()) {
        int exitCode = ExitCode::EnrollFailed;
        QObject::connect(&sync, &SyncClient::enrollFinished, &app, [&](bool ok, const QString &message) {
            if (ok)
                std::printf("meedoen: enrolled as %s at site %s\n", qPrintable(sync.deviceKind()), qPrintable(sync.site()));
            else
                std::fprintf(stderr, "meedoen: %s\n", qPrintable(message));
            exitCode = ok ? ExitCode::Ok : ExitCode::EnrollFailed;
            QCoreApplication::quit();
        });
        sync.enroll(QUrl(options.serverUrl), options.enrollCode);
        app.exec();
        return exitCode;
    }

    // Dates and numbers made in C++ (the sign-up and inbox sentences) follow the app's
    // language from the first screen on, not the system's: Dutch until a tenant picks another.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    AppContext context(options.mode, services);
    if (options.mode == AppMode::Kiosk && !context.setSite(options.siteId) && !options.siteId.isEmpty())
        std::fprintf(stderr, "meedoen: unknown site %s, using the first site\n", qPrintable(options.siteId));
    context.setTourDir(options.tourDir);
    context.setTourCheck(options.tourCheck);
    context.setTextScale(options.textScale);
    if (!options.language.isEmpty()) {
        context.setLanguage(options.language);
        context.setTourLanguage(options.language);
    }
    // Revoked (now or before this start): only "out of service", no enrolment, no sync.
    if (!touring)
        context.watchRevocation(&sync);
    if (sync.isEnrolled() && !touring) {
        context.setSync(&sync);
        sync.syncNow();
    } else if (!touring && !sync.isRevoked()) {
        // A staff member may enrol this device from its screen (kiosk: after the staff PIN).
        context.setEnrollmentClient(&sync);
    }
    // The staff exit of a kiosk: the PIN's Argon2id hash comes from the device's configuration.
    context.session()->setStaffPinHash(qEnvironmentVariable("MEEDOEN_STAFF_PIN_HASH"));
    // The kiosk's screen stays dark at night while nobody uses it ("22:00-07:00").
    if (!context.session()->setNightHours(qEnvironmentVariable("MEEDOEN_KIOSK_NIGHT")))
        std::fprintf(stderr, "meedoen: MEEDOEN_KIOSK_NIGHT is not HH:mm-HH:mm; the screen stays on\n");
    // A kiosk lists what lies within reach of its site (km; 0: everything); a tenant can
    // still ask for what is further away.
    if (options.mode == AppMode::Kiosk) {
        const QString km = qEnvironmentVariable("MEEDOEN_KIOSK_MAX_DISTANCE_KM");
        bool ok = km.isEmpty();
        const int value = ok ? AppContext::kDefaultNearbyKm : km.toInt(&ok);
        if (!ok || value < 0)
            std::fprintf(stderr, "meedoen: MEEDOEN_KIOSK_MAX_DISTANCE_KM is not a number of km; using %d\n",
                         AppContext::kDefaultNearbyKm);
        context.setNearbyDistance((ok && value >= 0 ? value : AppContext::kDefaultNearbyKm) * 1000);
    }
    // The staff tablet's sign-in, PIN, queues and results (the QML singletons StaffSession,
    // StaffReview, StaffCatalogue, StaffPersons, StaffResults; StaffTourData for the tour).
    // Only a staff tablet syncs the staff scope; on a kiosk or phone it stays idle.
    const bool staffSyncs = options.mode == AppMode::Staff && sync.isEnrolled() && !touring;
    StaffTablet staff(&services.database(), staffSyncs ? &sync : nullptr,
                      [] { return QDateTime::currentDateTimeUtc(); });
    // Staff intake registers in the unlocked staff member's name; the receipt names the corporation.
    context.intake()->setSession(staff.session());
    context.intake()->setCorporationName(qEnvironmentVariable("MEEDOEN_CORPORATION_NAME"));
    // A kiosk prints the tenant's receipt on its receipt printer: MEEDOEN_KIOSK_PRINTER names
    // the CUPS queue (empty: the default printer). The tour "prints" PDF files beside its shots.
    context.receiptPrinter()->setCorporationName(qEnvironmentVariable("MEEDOEN_CORPORATION_NAME"));
    if (options.mode == AppMode::Kiosk && touring)
        context.receiptPrinter()->usePdfFolder(options.tourDir);
    else if (options.mode == AppMode::Kiosk)
        context.receiptPrinter()->usePrinter(qEnvironmentVariable("MEEDOEN_KIOSK_PRINTER"));
    StaffTourData staffTour(staff.session(), staff.results(), staff.persons());
    PhoneTourData phoneTour(&services.database(), &context);
    TourStepSync tourStepSync(&context, options.tourStepSync);
    if (options.mode == AppMode::Staff && !sync.isEnrolled() && !touring) {
        // Enrolled from the sign-in screen: from then on this tablet syncs the staff scope.
        QObject::connect(&sync, &SyncClient::enrolledChanged, staff.session(), [&sync, &staff] {
            if (sync.isEnrolledAs(Wire::DeviceKind::Staff))
                staff.setSync(&sync);
        });
    }
    // "Lees voor" on the tenant's pages: the speech engine connects on a thread of its own
    // (MEEDOEN_SPEECH_ENGINE names one; empty is Qt's default, speech-dispatcher), once the
    // first frame is shown. The tour waits for its answer first, so that its screenshots show
    // the button as a tenant would see it. Not on the staff tablet, nor for the startup
    // probe, which quits at the first frame.
    const QString speechEngine = qEnvironmentVariable("MEEDOEN_SPEECH_ENGINE");
    const bool readsAloud = options.mode != AppMode::Staff && !options.startupProbe;
    if (touring && readsAloud) {
        QEventLoop speechChecked;
        QObject::connect(context.readAloud(), &ReadAloud::checked, &speechChecked, &QEventLoop::quit);
        QTimer::singleShot(std::chrono::seconds(30), &speechChecked, &QEventLoop::quit); // a hung engine
        context.readAloud()->start(speechEngine);
        speechChecked.exec();
    }
    QQmlApplicationEngine engine;
    // The plugin Meedoen.Scan lives in qml/ next to the executable in the build tree
    // (bin/qml/Meedoen/Scan) and in lib/meedoen/qml once installed (cmake --install).
    // Added first, so the static modules Meedoen and Meedoen.Ui in qrc:/ are found first.
    engine.addImportPath(QCoreApplication::applicationDirPath() + u"/" MEEDOEN_INSTALLED_QMLDIR ""_s);
    engine.addImportPath(QCoreApplication::applicationDirPath() + u"/qml"_s);
    engine.addImportPath(u"qrc:/"_s);
    engine.setInitialProperties({{u"mode"_s, modeKey(options.mode)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Meedoen/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (options.startupProbe) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
            StartupProbe::attach(window, sinceStart);
    }
    // Under systemd (the kiosk appliance): ready once the first frame is shown, then the
    // watchdog's pings from this thread's event loop. The speech engine connects then too.
    ServiceNotifier service;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &service, &ServiceNotifier::ready,
                         Qt::SingleShotConnection);
        if (readsAloud)
            QObject::connect(window, &QQuickWindow::frameSwapped, context.readAloud(),
                             [&context, speechEngine] { context.readAloud()->start(speechEngine); },
                             Qt::SingleShotConnection);
    }
    const int exitCode = app.exec();
    StartupProbe::reportResidentOnExit();
    return exitCode;
}
