// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PageHeader as a tenant's page shows it (a heading and the page's text to read aloud), on
// a window of a form factor's width: what the read-aloud tests press.

#include <QDebug>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <memory>

class ShownPageHeader
{
public:
    static QString heading() { return QStringLiteral("Waar woon je?"); }
    static QString text() { return QStringLiteral("Vul je postcode en huisnummer in."); }

    // Needs the AppContext singleton (UiTesting::TestApp) to exist.
    explicit ShownPageHeader(int width)
    {
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_window.resize(width, width / 2);
        QQmlComponent component(&m_engine);
        component.setData(QStringLiteral(R"(
            import QtQuick
            import Meedoen.Ui
            PageHeader { title: "%1"; readText: "%2" }
        )").arg(heading(), text()).toUtf8(),
                          QUrl(QStringLiteral("qrc:/readaloudtest/Header.qml")));
        m_header.reset(qobject_cast<QQuickItem *>(component.create()));
        if (!m_header) {
            qWarning().noquote() << component.errorString();
            return;
        }
        m_header->setParentItem(m_window.contentItem());
        m_header->setWidth(width);
        m_window.show();
    }

    QQuickWindow &window() { return m_window; }
    QQuickItem *header() const { return m_header.get(); }
    QQuickItem *button() const
    {
        return m_header ? m_header->findChild<QQuickItem *>(QStringLiteral("readAloudButton")) : nullptr;
    }
    // The heading's text item.
    QQuickItem *title() const
    {
        if (!m_header)
            return nullptr;
        for (auto *item : m_header->findChildren<QQuickItem *>()) {
            if (item->inherits("QQuickText") && item->property("text").toString() == heading())
                return item;
        }
        return nullptr;
    }

private:
    QQmlEngine m_engine;
    QQuickWindow m_window;
    std::unique_ptr<QQuickItem> m_header; // destroyed first
};
