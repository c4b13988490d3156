// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Day, month and year as three number fields: no calendar to scroll, works on any keyboard.
ColumnLayout {
    id: dob
    readonly property var errorMessages: AppContext.registration.errors
    readonly property string errorText: dob.errorMessages["dateOfBirth"] ?? ""
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding
        FormField {
            Layout.preferredWidth: Theme.numberFieldWidth
            Layout.fillWidth: false
            fieldName: "birthDay"
            errorKey: "dateOfBirth"
            label: qsTr("Dag")
            extraHints: Qt.ImhDigitsOnly
            input.maximumLength: 2
            input.placeholderText: qsTr("dd")
        }
        FormField {
            Layout.preferredWidth: Theme.numberFieldWidth
            Layout.fillWidth: false
            fieldName: "birthMonth"
            errorKey: "dateOfBirth"
            label: qsTr("Maand")
            extraHints: Qt.ImhDigitsOnly
            input.maximumLength: 2
            input.placeholderText: qsTr("mm")
        }
        FormField {
            Layout.preferredWidth: Theme.yearFieldWidth
            Layout.fillWidth: false
            fieldName: "birthYear"
            errorKey: "dateOfBirth"
            label: qsTr("Jaar")
            extraHints: Qt.ImhDigitsOnly
            input.maximumLength: 4
            input.placeholderText: qsTr("jjjj")
        }
        Item { Layout.fillWidth: true }
    }
    Label {
        objectName: "dateOfBirthError"
        Layout.fillWidth: true
        visible: dob.errorText.length > 0
        text: dob.errorText
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
