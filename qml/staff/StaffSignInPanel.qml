// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Sign-in on a shared tablet: once online with login and password, then each staff member
// picks their name and unlocks with their own PIN (also offline).
Item {
    id: panel
    objectName: "staffSignIn"

    readonly property int stage: StaffSession.stage
    property string chosenStaffId: StaffSession.accounts.length === 1 ? StaffSession.accounts[0].staffId : ""

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.staffDialogWidth)
        height: column.implicitHeight + 2 * Theme.padding
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: panel.stage === StaffSession.ChoosePin ? qsTr("Kies uw pincode")
                    : panel.stage === StaffSession.Locked ? qsTr("Ontgrendel met uw pincode")
                    : AppContext.enrollment.available ? qsTr("Deze tablet is nog niet ingesteld")
                    : qsTr("Aanmelden als medewerker")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: panel.stage === StaffSession.ChoosePin
                      ? qsTr("Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.")
                      : panel.stage === StaffSession.Locked
                        ? qsTr("Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.")
                        : qsTr("Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
                // Not enrolled: the form below says what to do; sign-in comes after it.
                visible: !(panel.stage === StaffSession.SignIn && AppContext.enrollment.available)
            }

            // ---- a tablet not enrolled yet: enrol it first (signing in needs the server)
            Loader {
                Layout.fillWidth: true
                active: panel.stage === StaffSession.SignIn && AppContext.enrollment.available
                visible: active
                source: "qrc:/Meedoen/Ui/components/EnrollPanel.qml"
            }

            // ---- online sign-in
            StaffField {
                id: loginField
                objectName: "loginField"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.SignIn && !AppContext.enrollment.available
                label: qsTr("Gebruikersnaam")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            StaffField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.SignIn && !AppContext.enrollment.available
                label: qsTr("Wachtwoord")
                echoMode: TextInput.Password
                // The login stays for the next try (after a wait the server asked for); the
                // password never does.
                onAccepted: {
                    StaffSession.login(loginField.text, passwordField.text)
                    passwordField.text = ""
                }
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "signInButton"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.SignIn && !AppContext.enrollment.available
                enabled: !StaffSession.busy
                text: StaffSession.busy ? qsTr("Bezig…") : qsTr("Aanmelden")
                onClicked: {
                    StaffSession.login(loginField.text, passwordField.text)
                    passwordField.text = ""
                }
            }

            // ---- choose a PIN
            StaffField {
                id: newPin
                objectName: "newPinField"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.ChoosePin
                label: qsTr("Nieuwe pincode")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
            }
            StaffField {
                id: repeatPin
                objectName: "repeatPinField"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.ChoosePin
                label: qsTr("Herhaal de pincode")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
            }
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.ChoosePin
                text: qsTr("Pincode opslaan")
                onClicked: StaffSession.choosePin(newPin.text, repeatPin.text)
            }

            // ---- unlock
            Flow {
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.Locked
                spacing: Theme.spacing
                Repeater {
                    model: StaffSession.accounts
                    delegate: ActionButton {
                        required property var modelData
                        size: ActionButton.Compact
                        variant: ActionButton.Quiet
                        selected: panel.chosenStaffId === modelData.staffId
                        text: modelData.name.length > 0 ? modelData.name : modelData.login
                        Accessible.name: qsTr("Medewerker %1").arg(text)
                        onClicked: panel.chosenStaffId = modelData.staffId
                    }
                }
            }
            StaffField {
                id: pinField
                objectName: "pinField"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.Locked
                label: qsTr("Pincode")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                onAccepted: unlockButton.clicked()
            }
            ActionButton {
                size: ActionButton.Compact
                id: unlockButton
                objectName: "unlockButton"
                Layout.fillWidth: true
                visible: panel.stage === StaffSession.Locked
                enabled: panel.chosenStaffId.length > 0
                text: qsTr("Ontgrendelen")
                onClicked: {
                    StaffSession.unlock(panel.chosenStaffId, pinField.text)
                    pinField.text = ""
                }
            }

            Label {
                objectName: "signInMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: StaffSession.message
                color: Theme.danger
                wrapMode: Text.Wrap
                A11y.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: ActionButton.Quiet
                visible: panel.stage === StaffSession.Locked
                text: qsTr("Andere medewerker aanmelden")
                onClicked: StaffSession.addColleague()
            }
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: ActionButton.Quiet
                visible: panel.stage !== StaffSession.Locked && StaffSession.accounts.length > 0
                text: qsTr("Terug naar ontgrendelen")
                onClicked: StaffSession.lock()
            }
        }
    }
}
