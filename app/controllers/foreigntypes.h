// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Types of the lower layers that QML sees, made known to the module Meedoen here so that
// app/core, app/sync and app/location know nothing of QML (AppContext hands the instances out).

#include "core/limits.h"
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

// The domain's limits (app/core), as the value AppContext.limits.
struct LimitsForeign
{
    Q_GADGET
    QML_FOREIGN(Meedoen::Limits)
    QML_VALUE_TYPE(limits)
};
