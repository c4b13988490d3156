// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The staff-only way out of kiosk mode: hold the top-right corner for three seconds, then
// type the staff PIN. Nothing on screen shows that it is there.
Item {
    id: exit

    MouseArea {
        objectName: "staffCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        width: Theme.cornerSize
        height: Theme.cornerSize
        pressAndHoldInterval: Theme.staffHoldMs
        onPressAndHold: {
            pin.text = ""
            dialog.open()
        }
        Accessible.ignored: true
    }

    Dialog {
        id: dialog
        objectName: "staffPinDialog"
        parent: exit
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        modal: true
        title: qsTr("Alleen voor medewerkers")
        onClosed: pin.text = ""
        // Content as a child (not contentItem), so the ids inside stay ordinary.
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: AppContext.session.staffExitAvailable ? qsTr("Typ de pincode om de kiosk te verlaten.")
                                                            : qsTr("Er is geen pincode ingesteld op dit apparaat.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            TextField {
                id: pin
                objectName: "staffPinInput"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Pincode")
                Accessible.passwordEdit: true
            }
            Label {
                id: wrong
                Layout.fillWidth: true
                visible: false
                text: qsTr("Die pincode klopt niet.")
                color: Theme.danger
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    Layout.fillWidth: true
                    secondary: true
                    text: qsTr("Annuleren")
                    onClicked: dialog.close()
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    text: qsTr("Verlaten")
                    enabled: AppContext.session.staffExitAvailable
                    onClicked: {
                        if (AppContext.session.checkStaffPin(pin.text)) {
                            AppContext.endSession()
                            AppContext.quit(0)
                        } else {
                            wrong.visible = true
                            pin.text = ""
                        }
                    }
                }
            }
        }
    }
}
