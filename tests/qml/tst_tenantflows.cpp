// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tst_*.qml files in this folder against the real app: AppServices on a temporary
// data folder, published to QML as the AppContext singleton.
#include "appcontext.h"
#include "startup.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Basic"_s);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        // One data folder and context per test file (each gets its own engine).
        m_context.reset();
        m_services = std::make_unique<AppServices>();
        m_dir = std::make_unique<QTemporaryDir>();
        StartupOptions options;
        options.dataDir = m_dir->path();
        if (m_services->open(options).exitCode != ExitCode::Ok)
            qFatal("cannot open the test database");
        m_context = std::make_unique<AppContext>(AppMode::Kiosk, *m_services);
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_services.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(tenantflows, Setup)

#include "tst_tenantflows.moc"
