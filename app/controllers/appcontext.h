// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cataloguemodel.h"
#include "startup.h"

#include <QObject>
#include <QQmlEngine>

// What every screen may ask: the mode this device runs in and the models it shows.
// main.cpp (or a test) builds one and publishes it as the QML singleton AppContext.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(CatalogueModel *catalogue READ catalogue CONSTANT)
    Q_PROPERTY(int catalogueSize READ catalogueSize NOTIFY catalogueSizeChanged)

public:
    AppContext(AppMode mode, AppServices &services, QObject *parent = nullptr);
    ~AppContext() override;

    // The instance QML gets; set by whoever built it, before QML loads.
    static AppContext *create(QQmlEngine *, QJSEngine *);

    QString mode() const { return modeKey(m_mode); }
    CatalogueModel *catalogue() { return &m_catalogue; }
    int catalogueSize() const;

Q_SIGNALS:
    void catalogueSizeChanged();

private:
    static AppContext *s_instance;
    AppMode m_mode;
    AppServices &m_services;
    CatalogueModel m_catalogue;
};
