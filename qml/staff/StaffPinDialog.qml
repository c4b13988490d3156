// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The PIN asked again before something that cannot be undone or leaves the tablet
// (an erasure, an export). Emits confirmed(pin); the controller checks it.
Popup {
    id: dialog
    objectName: "pinDialog"

    property string title
    property string explanation
    property string actionText: qsTr("Doorgaan")
    property bool dangerous: false
    signal confirmed(string pin)

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.padding : Theme.staffDialogWidth, Theme.staffDialogWidth)
    padding: Theme.padding
    onOpened: {
        pin.text = ""
        StaffSession.clearMessage()
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        StaffSectionTitle {
            Layout.fillWidth: true
            text: dialog.title
        }
        Label {
            Layout.fillWidth: true
            text: dialog.explanation
            color: Theme.text
            wrapMode: Text.Wrap
        }
        StaffField {
            id: pin
            Layout.fillWidth: true
            label: qsTr("Uw pincode")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
        }
        Label {
            objectName: "pinDialogMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: StaffSession.message
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: ActionButton.Quiet
                text: qsTr("Annuleren")
                onClicked: dialog.close()
            }
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: dialog.dangerous ? ActionButton.Danger : ActionButton.Primary
                text: dialog.actionText
                onClicked: dialog.confirmed(pin.text)
            }
        }
    }
}
