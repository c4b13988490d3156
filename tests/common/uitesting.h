// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the UI tests share: hearing every warning Qt and QML print, finding what a person can
// operate on screen, and the app's services and context on a fresh temporary data folder.

#include "controllers/appcontext.h"
#include "controllers/startup.h"

#include <QList>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace UiTesting {

using namespace Qt::StringLiterals;

// Every warning printed while collecting; a clean screen prints none.
inline QStringList &messages()
{
    static QStringList collected;
    return collected;
}

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !message.startsWith("QStandardPaths:"_L1))
        messages().append(message);
    if (previousHandler())
        previousHandler()(type, context, message);
}

// Install in initTestCase(), undo in cleanupTestCase().
inline void startCollectingMessages() { previousHandler() = qInstallMessageHandler(collectMessage); }
inline void stopCollectingMessages() { qInstallMessageHandler(previousHandler()); }

// Visible, enabled items a person can operate: buttons, text inputs, combo boxes, and items
// that react to taps (MouseArea, TapHandler); a control's own inner parts are not separate.
inline void collectInteractive(QQuickItem *item, QList<QQuickItem *> *found)
{
    if (!item || !item->isVisible() || !item->isEnabled())
        return;
    bool interactive = false;
    for (const char *type : {"QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickComboBox",
                             "QQuickMouseArea"})
        interactive = interactive || item->inherits(type);
    for (QObject *child : item->children())
        interactive = interactive || child->inherits("QQuickTapHandler");
    QQuickItem *parent = item->parentItem();
    const bool innerPart = parent && (parent->inherits("QQuickComboBox") || parent->inherits("QQuickSpinBox"));
    if (interactive && !innerPart)
        found->append(item);
    for (QQuickItem *child : item->childItems())
        collectInteractive(child, found);
}

// The app as main.cpp builds it (services, then the QML singleton AppContext) on a data
// folder of its own, removed with it.
class TestApp
{
public:
    explicit TestApp(AppMode mode, bool demo = true)
    {
        StartupOptions options;
        options.dataDir = m_dir.path();
        options.demo = demo;
        if (m_services.open(options).exitCode != ExitCode::Ok)
            qFatal("cannot open the test database");
        m_context = std::make_unique<AppContext>(mode, m_services);
    }

    AppServices &services() { return m_services; }
    AppContext &context() { return *m_context; }
    // A path in the app's temporary data folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    AppServices m_services;
    std::unique_ptr<AppContext> m_context; // destroyed first
};

// For a test that makes single QML components on an engine of its own: the app as a kiosk,
// the Basic style, and the module Meedoen.Ui found as main.cpp finds it.
inline std::unique_ptr<TestApp> startComponentTest(QQmlEngine &engine)
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(u"Basic"_s);
    engine.addImportPath(u"qrc:/"_s);
    return std::make_unique<TestApp>(AppMode::Kiosk);
}

} // namespace UiTesting
