// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tst_*.qml files in this folder against the real app: AppServices on a temporary
// data folder, published to QML as the AppContext singleton.
#include "controllers/appcontext.h"
#include "controllers/startup.h"

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

#include "common/uitesting.h"
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
        QList<QQuickItem *> items;
        UiTesting::collectInteractive(root, &items);
        QVariantList found;
        for (QQuickItem *item : std::as_const(items))
            found.append(QVariant::fromValue<QObject *>(item));
        return found;
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
        m_app.reset();
        m_app = std::make_unique<UiTesting::TestApp>(AppMode::Kiosk);
        // A kiosk with a receipt printer (PDF files in the data folder); the phone pages never offer it.
        m_app->context().receiptPrinter()->usePdfFolder(m_app->filePath(u"printed"_s));
    }

    void cleanupTestCase() { m_app.reset(); }

private:
    Probe m_probe;
    std::unique_ptr<UiTesting::TestApp> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(tenantflows, Setup)

#include "tst_tenantflows.moc"
