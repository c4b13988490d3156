// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Types of the lower layers that QML sees, made known to the module Meedoen here so that
// app/sync and app/location know nothing of QML (AppContext hands the instances out).

#include "location/tenantlocation.h"
#include "sync/syncclient.h"

#include <QQmlEngine>

struct SyncClientForeign
{
    Q_GADGET
    QML_FOREIGN(SyncClient)
    QML_NAMED_ELEMENT(SyncClient)
    QML_UNCREATABLE("Provided by AppContext.sync")
};

struct TenantLocationForeign
{
    Q_GADGET
    QML_FOREIGN(TenantLocation)
    QML_NAMED_ELEMENT(TenantLocation)
    QML_UNCREATABLE("Provided by AppContext")
};
