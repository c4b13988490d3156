// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQml
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Meedoen

// The on-screen keyboard of the kiosk, in the language the tenant chose. Its implicit
// height is what it covers of the screen: nothing while it is hidden.
Item {
    id: keyboard
    implicitHeight: panel.active ? panel.height : 0

    InputPanel {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: panel.active
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: AppContext.language === "en" ? "en_GB" : AppContext.language === "tr" ? "tr_TR"
             : AppContext.language === "ar" ? "ar_AR" : AppContext.language === "pl" ? "pl_PL" : "nl_NL"
    }
}
