// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// A revoked device (AppContext.outOfService): its personal data is deleted, and this calm
// screen is all it shows, above everything, in every mode. Touches go nowhere.
Rectangle {
    id: outOfService
    objectName: "outOfServiceScreen"
    color: Theme.background
    // The screen's one message, and so its heading.
    Accessible.role: Accessible.Heading
    Accessible.name: message.text

    MouseArea {
        anchors.fill: parent
        // Touches end here (the app below is hidden and disabled too).
    }
    Label {
        id: message
        objectName: "outOfServiceMessage"
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, Theme.contentMaxWidth)
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Buiten gebruik — neem contact op met de corporatie.")
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
