// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Enrolling a new kiosk or tablet from its own screen: the server's address and the
// single-use code from `meedoen-server enroll`. What was typed stays when a field is wrong
// or the server says no.
ColumnLayout {
    id: panel
    readonly property DeviceEnrollment enrollment: AppContext.enrollment
    readonly property var errorMessages: panel.enrollment.errors
    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Adres van de server")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
    TextField {
        id: server
        objectName: "enrollServerInput"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        placeholderText: qsTr("https://meedoen.corporatie.nl")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Adres van de server")
        Accessible.description: panel.errorMessages["server"] ?? ""
    }
    Label {
        objectName: "enrollServerError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.errorMessages["server"] ?? ""
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Koppelcode")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
    TextField {
        id: code
        objectName: "enrollCodeInput"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Koppelcode")
        Accessible.description: panel.errorMessages["code"] ?? ""
    }
    Label {
        objectName: "enrollCodeError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.errorMessages["code"] ?? ""
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        objectName: "enrollMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.enrollment.message
        color: panel.enrollment.enrolled ? Theme.success : Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    ActionButton {
        objectName: "enrollButton"
        Layout.fillWidth: true
        visible: !panel.enrollment.enrolled
        enabled: !panel.enrollment.busy
        text: qsTr("Koppelen")
        onClicked: panel.enrollment.enroll(server.text, code.text)
    }
}
