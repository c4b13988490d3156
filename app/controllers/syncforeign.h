// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync client lives in app/sync, which knows nothing of QML; this makes its type
// known to QML (AppContext.sync) without the library depending on the engine.

#include "syncclient.h"

#include <QQmlEngine>

struct SyncClientForeign
{
    Q_GADGET
    QML_FOREIGN(SyncClient)
    QML_NAMED_ELEMENT(SyncClient)
    QML_UNCREATABLE("Provided by AppContext.sync")
};
