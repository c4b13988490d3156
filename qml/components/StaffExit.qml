// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The staff-only way out of kiosk mode: hold the top-right corner for three seconds, then
// type the staff PIN. Nothing on screen shows that it is there. Behind the PIN: leave the
// kiosk, or — on a kiosk not enrolled yet — enrol it with the server.
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
            dialog.unlocked = false
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
        header: DialogTitle { text: dialog.title }
        property bool unlocked: false
        onClosed: {
            pin.text = ""
            dialog.unlocked = false
        }
        // Content as a child (not contentItem), so the ids inside stay ordinary; one child,
        // so the dialog takes its implicit size.
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            ColumnLayout {
                Layout.fillWidth: true
                visible: !dialog.unlocked
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
                    ActionButton {
                        Layout.fillWidth: true
                        variant: ActionButton.Secondary
                        text: qsTr("Annuleren")
                        onClicked: dialog.close()
                    }
                    ActionButton {
                        objectName: "staffPinOk"
                        Layout.fillWidth: true
                        text: qsTr("Verder")
                        enabled: AppContext.session.staffExitAvailable
                        onClicked: {
                            if (AppContext.session.checkStaffPin(pin.text)) {
                                wrong.visible = false
                                dialog.unlocked = true
                            } else {
                                wrong.visible = true
                            }
                            pin.text = ""
                        }
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: dialog.unlocked
                spacing: Theme.padding
                Loader {
                    Layout.fillWidth: true
                    active: dialog.unlocked && AppContext.enrollment.available
                    source: "qrc:/Meedoen/Ui/components/EnrollPanel.qml"
                }
                ActionButton {
                    objectName: "leaveKioskButton"
                    Layout.fillWidth: true
                    variant: AppContext.enrollment.available ? ActionButton.Secondary : ActionButton.Primary
                    text: qsTr("Kiosk verlaten")
                    onClicked: {
                        AppContext.endSession()
                        AppContext.quit(0)
                    }
                }
                ActionButton {
                    Layout.fillWidth: true
                    variant: ActionButton.Secondary
                    text: qsTr("Terug naar de kiosk")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
