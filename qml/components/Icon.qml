// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen
import Meedoen.Ui

// A pictogram of assets/icons beside its words (Icon { name: "route-werken" }): one colour
// of the Theme, a size of the Theme, and back/next pointing the other way in Arabic
// (LayoutMirroring moves items, it does not mirror what they draw). Decoration only: the
// words beside it carry the name, so screen readers skip it.
SvgIcon {
    id: icon

    property int size: Theme.iconSize

    implicitWidth: icon.size
    implicitHeight: icon.size
    color: Theme.text
    rightToLeft: AppContext.rightToLeft
    Accessible.ignored: true
}
