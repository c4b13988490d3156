// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A device started without --demo and not enrolled yet: tenants see that there is nothing
// to sign up for yet instead of tiles leading to an empty list; staff see that the device
// is not set up, with the enrolment form. A revoked device shows only "out of service".

#include "common/damagedfiles.h"
#include "common/testpaths.h"
#include "controllers/appcontext.h"
#include "controllers/stafftablet.h"
#include "controllers/startup.h"
#include "storage/devicewipe.h"
#include "storage/syncstaterepository.h"
#include "sync/syncclient.h"
#include "tour/stafftourdata.h"

#include <QAccessible>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/uitesting.h"

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

using UiTesting::messages;

class TestNotSetUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
        UiTesting::startCollectingMessages();
    }

    void cleanupTestCase() { UiTesting::stopCollectingMessages(); }

    void tenantsSeeNothingToSignUpFor_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("heading");
        QTest::newRow("kiosk") << u"kiosk"_s << u"Deze zuil is nog niet ingesteld"_s;
        QTest::newRow("phone") << u"phone"_s << u"Deze app is nog niet ingesteld"_s;
    }

    void tenantsSeeNothingToSignUpFor()
    {
        QFETCH(QString, mode);
        QFETCH(QString, heading);
        messages().clear();
        UiTesting::TestApp app(mode == "kiosk"_L1 ? AppMode::Kiosk : AppMode::Phone, /*demo=*/false);
        QCOMPARE(app.services().catalogue().count(), 0);
        QNetworkAccessManager network;
        SyncClient sync(&network, &app.services().database());
        app.context().setEnrollmentClient(&sync);

        const auto engine = load(mode);
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        auto *notice = window->findChild<QQuickItem *>(u"nothingYet"_s);
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY2(visibleTexts(notice).contains(heading), qPrintable(visibleTexts(notice).join(u" | "_s)));
        // Nothing that leads to an empty list, and no look-up a server would have to answer.
        for (const QString &name : {u"tile_volunteer"_s, u"tile_training"_s, u"homeSearch"_s, u"allButton"_s,
                                    u"statusLookupButton"_s}) {
            auto *item = window->findChild<QQuickItem *>(name);
            QVERIFY2(!item || !item->isVisible(), qPrintable(name));
        }
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
        keepScreenshot(window, mode);
    }

    // With the demo the same home shows the tiles and no notice.
    void theDemoShowsTheTiles()
    {
        messages().clear();
        UiTesting::TestApp app(AppMode::Kiosk);
        const auto engine = load(u"kiosk"_s);
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        auto *notice = window->findChild<QQuickItem *>(u"nothingYet"_s);
        QVERIFY(notice && !notice->isVisible());
        auto *tile = window->findChild<QQuickItem *>(u"tile_volunteer"_s);
        QVERIFY(tile && tile->isVisible());
    }

    void staffSeeTheTabletIsNotSetUp()
    {
        messages().clear();
        UiTesting::TestApp app(AppMode::Staff, /*demo=*/false);
        QNetworkAccessManager network;
        SyncClient sync(&network, &app.services().database());
        app.context().setEnrollmentClient(&sync);
        StaffTablet staff(&app.services().database(), nullptr, [] { return QDateTime::currentDateTimeUtc(); });
        StaffTourData tour(staff.session());
        const auto engine = load(u"staff"_s);
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        auto *panel = window->findChild<QQuickItem *>(u"staffSignIn"_s);
        QVERIFY(panel);
        QTRY_VERIFY(visibleTexts(panel).contains(u"Deze tablet is nog niet ingesteld"_s));
        // Enrolment first: signing in needs the server, so its fields wait.
        auto *enrolButton = window->findChild<QQuickItem *>(u"enrollButton"_s);
        QVERIFY(enrolButton && enrolButton->isVisible());
        auto *login = window->findChild<QQuickItem *>(u"loginField"_s);
        QVERIFY(login && !login->isVisible());
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
        keepScreenshot(window, u"staff"_s);
    }

    // A revoked device, started again after its wipe: in every mode only "Buiten gebruik — neem
    // contact op met de corporatie.", and nothing of the app below it visible or reachable.
    void onlyOutOfServiceIsShown_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("appItem"); // an item the app shows when in service
        QTest::newRow("kiosk") << u"kiosk"_s << u"tile_volunteer"_s;
        QTest::newRow("phone") << u"phone"_s << u"tile_volunteer"_s;
        QTest::newRow("staff") << u"staff"_s << u"staffSignIn"_s;
    }

    void onlyOutOfServiceIsShown()
    {
        QFETCH(QString, mode);
        QFETCH(QString, appItem);
        messages().clear();
        const AppMode appMode = mode == "kiosk"_L1 ? AppMode::Kiosk : mode == "phone"_L1 ? AppMode::Phone : AppMode::Staff;
        UiTesting::TestApp app(appMode);
        // Wiped and revoked before this start, as SyncClient leaves it.
        QVERIFY(DeviceWipe::wipe(app.services().database(), {}, QDateTime::currentDateTimeUtc()));
        QNetworkAccessManager network;
        SyncClient sync(&network, &app.services().database());
        QVERIFY(sync.isRevoked());
        app.context().watchRevocation(&sync);
        QVERIFY(app.context().isOutOfService());
        StaffTablet staff(&app.services().database(), nullptr, [] { return QDateTime::currentDateTimeUtc(); });
        StaffTourData tour(staff.session());

        const auto engine = load(mode);
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        auto *screen = window->findChild<QQuickItem *>(u"outOfServiceScreen"_s);
        QVERIFY(screen);
        QVERIFY(screen->isVisible());
        QCOMPARE(screen->width(), window->width());
        QCOMPARE(screen->height(), window->height());
        auto *message = window->findChild<QQuickItem *>(u"outOfServiceMessage"_s);
        QVERIFY(message && message->isVisible());
        QCOMPARE(message->property("text").toString(), u"Buiten gebruik — neem contact op met de corporatie."_s);
        // The app below is hidden, so neither a touch nor a screen reader reaches it.
        auto *item = window->findChild<QQuickItem *>(appItem);
        QVERIFY2(!item || !item->isVisible(), qPrintable(appItem));
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
        if (const QString dir = qEnvironmentVariable("MEEDOEN_SHOTS_DIR"); !dir.isEmpty())
            window->grabWindow().save(dir + u"/outofservice-"_s + mode + u".png"_s);
    }

    // A damaged database, moved aside at the start: in every mode the app first says what
    // happened (nothing deleted, the file's name for the administrator) and the way back, and
    // nothing of the app is reachable until a person has read it; then the device shows
    // that it is not set up, with the usual way to enrol it.
    void damagedDatabaseIsExplained_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("afterwards"); // the not-set-up item shown once the message is read
        QTest::newRow("kiosk") << u"kiosk"_s << u"nothingYet"_s;
        QTest::newRow("phone") << u"phone"_s << u"nothingYet"_s;
        QTest::newRow("staff") << u"staff"_s << u"enrollButton"_s;
    }

    void damagedDatabaseIsExplained()
    {
        QFETCH(QString, mode);
        QFETCH(QString, afterwards);
        messages().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"meedoen.db"_s);
        QVERIFY(DamagedFiles::writeDatabase(db, 300));
        QVERIFY(DamagedFiles::damage(db, DamagedFiles::Damage::GarbagePage));
        const QByteArray damaged = DamagedFiles::fileHash(db);

        const AppMode appMode = mode == "kiosk"_L1 ? AppMode::Kiosk : mode == "phone"_L1 ? AppMode::Phone : AppMode::Staff;
        StartupOptions options;
        options.dataDir = dir.path();
        options.mode = appMode;
        AppServices services;
        QCOMPARE(services.open(options).exitCode, ExitCode::Ok);
        const QString movedTo = services.damagedMovedTo();
        QCOMPARE(DamagedFiles::fileHash(movedTo), damaged);
        messages().clear(); // the start's own log lines (quick_check, moved aside): QML's only from here
        AppContext context(appMode, services);
        QNetworkAccessManager network;
        SyncClient sync(&network, &services.database());
        QVERIFY(!sync.isEnrolled());
        context.setEnrollmentClient(&sync);
        StaffTablet staff(&services.database(), nullptr, [] { return QDateTime::currentDateTimeUtc(); });
        StaffTourData tour(staff.session());

        const auto engine = load(mode);
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        auto *screen = window->findChild<QQuickItem *>(u"damagedDatabaseScreen"_s);
        QVERIFY(screen && screen->isVisible());
        QCOMPARE(screen->width(), window->width());
        QCOMPARE(screen->height(), window->height());
        const QStringList texts = visibleTexts(screen);
        QVERIFY2(texts.contains(u"De gegevens op dit apparaat waren beschadigd"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(texts.join(u' ').contains(QFileInfo(movedTo).fileName()), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(texts.join(u' ').contains(u"niets gewist"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(texts.join(u' ').contains(u"opnieuw aan de server"_s), qPrintable(texts.join(u" | "_s)));
        // A screen reader names the screen by its heading.
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(screen);
        QVERIFY(a11y);
        QCOMPARE(a11y->text(QAccessible::Name), u"De gegevens op dit apparaat waren beschadigd"_s);
        // The app below is hidden: no touch and no screen reader reaches it yet.
        auto *item = window->findChild<QQuickItem *>(afterwards);
        QVERIFY2(!item || !item->isVisible(), qPrintable(afterwards));
        keepScreenshot(window, u"damaged-"_s + mode);

        auto *button = window->findChild<QQuickItem *>(u"damagedDatabaseEnrol"_s);
        QVERIFY(button && button->isVisible());
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        QTRY_VERIFY(!screen->isVisible());
        item = window->findChild<QQuickItem *>(afterwards);
        QVERIFY2(item, qPrintable(afterwards));
        QTRY_VERIFY2(item->isVisible(), qPrintable(afterwards));
        // The note stays in the new database until the device is enrolled again: the message
        // comes back at the next start.
        QCOMPARE(SyncStateRepository(services.database().connection()).value(AppServices::kDamagedDatabaseKey.toString()),
                 QFileInfo(movedTo).fileName());
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

private:
    // Made after the app's context and gone before it: the QML reads that singleton.
    static std::unique_ptr<QQmlApplicationEngine> load(const QString &mode)
    {
        auto engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(TestPaths::qmlPluginDir());
        engine->addImportPath(u"qrc:/"_s);
        engine->setInitialProperties({{u"mode"_s, mode}});
        engine->load(QUrl(u"qrc:/Meedoen/Ui/Main.qml"_s));
        return engine;
    }

    static QQuickWindow *windowOf(QQmlApplicationEngine &engine)
    {
        if (engine.rootObjects().size() != 1)
            return nullptr;
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
    }

    // For a person to look at: MEEDOEN_SHOTS_DIR=DIR keeps each screen as DIR/notsetup-<mode>.png.
    static void keepScreenshot(QQuickWindow *window, const QString &mode)
    {
        if (const QString dir = qEnvironmentVariable("MEEDOEN_SHOTS_DIR"); !dir.isEmpty())
            window->grabWindow().save(dir + u"/notsetup-"_s + mode + u".png"_s);
    }

    // The texts a user can see under `root`.
    static QStringList visibleTexts(QQuickItem *root)
    {
        QStringList texts;
        if (!root->isVisible())
            return texts;
        if (const QString text = root->property("text").toString(); !text.isEmpty())
            texts.append(text);
        for (QQuickItem *child : root->childItems())
            texts += visibleTexts(child);
        return texts;
    }
};

QTEST_MAIN(TestNotSetUp)
#include "tst_notsetup.moc"
