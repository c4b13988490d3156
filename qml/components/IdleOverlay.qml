// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Ben je er nog?": after a minute without a touch, one big button keeps the tenant's turn;
// otherwise everything is wiped when the count reaches zero.
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    color: Theme.scrim

    // Swallow every touch outside the button: only the button continues.
    // Swallows touches outside the dialog; nothing to operate, so nothing to announce.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        Accessible.ignored: true
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        // A dialog above the page for a screen reader too (a plain Rectangle honours the role).
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Ben je er nog?")
        height: column.implicitHeight + 2 * Theme.padding
        radius: Theme.radius
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: qsTr("Ben je er nog?")
                color: Theme.text
                font.pixelSize: Theme.fontHero
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "idleCountdown"
                Layout.fillWidth: true
                text: qsTr("Over %n seconde(n) wissen we alles wat je hebt ingevuld.", "", AppContext.session.secondsLeft)
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            ActionButton {
                objectName: "stillHereButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget * 2
                text: qsTr("Ik ben er nog")
                font.pixelSize: Theme.fontTitle
                onClicked: AppContext.session.stillHere()
            }
        }
    }
}
