// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tst_*.qml files in this folder against the real app: AppServices on a temporary
// data folder, published to QML as the AppContext singleton.
#include "appcontext.h"
#include "startup.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(MeedoenPlugin)
Q_IMPORT_QML_PLUGIN(Meedoen_UiPlugin)

using namespace Qt::StringLiterals;

// What QML cannot reach by itself: the clipboard, every role of a model, and which items
// take input. Published to the tests as the singleton MeedoenTest.Probe.
class Probe : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void setClipboardText(const QString &text) { QGuiApplication::clipboard()->setText(text); }
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

    // Every row's every role as text, one string.
    Q_INVOKABLE QString modelText(QAbstractItemModel *model) const
    {
        QString all;
        if (!model)
            return all;
        const auto roles = model->roleNames().keys();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int role : roles)
                all += model->data(model->index(row, 0), role).toString() + u'\n';
        }
        return all;
    }

    // Visible, enabled items a tenant can operate: buttons, text inputs, combo boxes, and
    // items that react to taps (MouseArea, TapHandler).
    Q_INVOKABLE QVariantList interactiveItems(QQuickItem *root) const
    {
        QVariantList found;
        collect(root, &found);
        return found;
    }

private:
    static void collect(QQuickItem *item, QVariantList *found)
    {
        if (!item || !item->isVisible() || !item->isEnabled())
            return;
        bool interactive = false;
        for (const char *type : {"QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickComboBox",
                                 "QQuickMouseArea"})
            interactive = interactive || item->inherits(type);
        for (QObject *child : item->children())
            interactive = interactive || child->inherits("QQuickTapHandler");
        // A control's own inner parts (a ComboBox's text, a button's label) are not separate.
        QQuickItem *parent = item->parentItem();
        const bool innerPart = parent && (parent->inherits("QQuickComboBox") || parent->inherits("QQuickSpinBox"));
        if (interactive && !innerPart)
            found->append(QVariant::fromValue<QObject *>(item));
        for (QQuickItem *child : item->childItems())
            collect(child, found);
    }
};

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
        qmlRegisterSingletonInstance("MeedoenTest", 1, 0, "Probe", &m_probe);
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
    Probe m_probe;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(tenantflows, Setup)

#include "tst_tenantflows.moc"
