// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Meedoen

ApplicationWindow {
    id: root

    // "kiosk", "phone" or "staff", from the command line.
    required property string mode

    width: Theme.windowWidth
    height: Theme.windowHeight
    visible: true
    title: qsTr("Meedoen")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Component.onCompleted: Theme.formFactor = root.mode

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: root.mode === "phone" ? phoneHome : root.mode === "staff" ? staffHome : kioskHome
    }

    Component {
        id: kioskHome
        KioskHomePage {}
    }
    Component {
        id: phoneHome
        PhoneHomePage {}
    }
    Component {
        id: staffHome
        StaffHomePage {}
    }
}
