// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

AppContext *AppContext::s_instance = nullptr;

AppContext::AppContext(AppMode mode, AppServices &services, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_services(services)
    , m_catalogue(&services.catalogue())
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    m_catalogue.refresh();
}

AppContext::~AppContext()
{
    s_instance = nullptr;
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

int AppContext::catalogueSize() const
{
    return m_services.catalogue().count();
}
