// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// The kiosk at night while nobody uses it (MEEDOEN_KIOSK_NIGHT): dark, above everything. The
// touch that wakes it goes no further (KioskSession lifts the dark screen on any touch).
Rectangle {
    id: night
    objectName: "nightScreen"
    color: Theme.nightScreen
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Het scherm is uit. Tik om te beginnen.")

    MouseArea {
        anchors.fill: parent
        // KioskSession saw the press already and wakes the screen; nothing below gets it.
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.padding
        horizontalAlignment: Text.AlignHCenter
        text: night.Accessible.name
        color: Theme.nightText
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }
}
