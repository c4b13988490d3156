// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testpaths.h"
#include "controllers/appcontext.h"
#include "controllers/stafftablet.h"
#include "tour/stafftourdata.h"
#include "controllers/startup.h"

#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
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

// Every QML file of the app compiles, and the app's main window comes up in each mode,
// without a single error or warning.
class TestQmlLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
        UiTesting::startCollectingMessages();
        m_app = std::make_unique<UiTesting::TestApp>(AppMode::Kiosk);
        m_staff = std::make_unique<StaffTablet>(&m_app->services().database(), nullptr,
                                                [] { return QDateTime::currentDateTimeUtc(); });
        m_tour = std::make_unique<StaffTourData>(m_staff->session());
    }

    void cleanupTestCase() { UiTesting::stopCollectingMessages(); }

    void init() { messages().clear(); }

    void everyFileCompiles_data()
    {
        QTest::addColumn<QUrl>("url");
        QDirIterator it(u":/Meedoen/Ui"_s, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path)) << QUrl(u"qrc"_s + path);
            ++count;
        }
        QVERIFY2(count >= 5, "the QML module's files were not found in the resources");
    }

    void everyFileCompiles()
    {
        QFETCH(QUrl, url);
        QQmlEngine engine;
        engine.addImportPath(TestPaths::qmlPluginDir());
        engine.addImportPath(u"qrc:/"_s);
        QFile file(u":"_s + url.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QQmlComponent component(&engine);
        if (file.readAll().contains("pragma Singleton")) {
            // A singleton cannot be a component of its own: create something that uses it.
            const QString type = QFileInfo(url.path()).baseName();
            component.setData(u"import QtQml\nimport Meedoen.Ui\nQtObject { property var instance: %1 }"_s.arg(type)
                                  .toUtf8(),
                              QUrl(u"qrc:/singletonuser.qml"_s));
            std::unique_ptr<QObject> user(component.create());
            QVERIFY2(user, qPrintable(component.errorString()));
            QVERIFY(user->property("instance").value<QObject *>());
        } else {
            component.loadUrl(url);
        }
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

    void mainWindowPerMode_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("homePage");
        QTest::newRow("kiosk") << u"kiosk"_s << u"kioskHome"_s;
        QTest::newRow("phone") << u"phone"_s << u"phoneHome"_s;
        QTest::newRow("staff") << u"staff"_s << u"staffHome"_s;
    }

    void mainWindowPerMode()
    {
        QFETCH(QString, mode);
        QFETCH(QString, homePage);
        QQmlApplicationEngine engine;
        engine.addImportPath(TestPaths::qmlPluginDir());
        engine.addImportPath(u"qrc:/"_s);
        engine.setInitialProperties({{u"mode"_s, mode}});
        engine.load(QUrl(u"qrc:/Meedoen/Ui/Main.qml"_s));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The home page of that mode is what the user sees first.
        QObject *home = window->findChild<QObject *>(homePage);
        QVERIFY2(home, qPrintable(u"no %1 page"_s.arg(homePage)));
        QVERIFY(home->property("visible").toBool());
        QTRY_VERIFY(window->isExposed());
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(u'\n')));
    }

private:
    std::unique_ptr<UiTesting::TestApp> m_app;
    std::unique_ptr<StaffTablet> m_staff;
    std::unique_ptr<StaffTourData> m_tour;
};

QTEST_MAIN(TestQmlLoad)
#include "tst_qmlload.moc"
