// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQuickWindow;

// What a reader would notice is wrong on the screen now shown (`meedoen --tour-check`): two
// texts drawn over each other (or a text under a check box), a control partly outside the window, a text elided or cut off
// where nothing can scroll it into view. Only what is visible counts: texts clipped away by a
// flickable or a clipping item, or covered by a later opaque item (a dialog's dim, the idle
// warning), are left out. One sentence per finding.
namespace LayoutCheck {
QStringList findings(QQuickWindow *window);
}
