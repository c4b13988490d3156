// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step "Wie ben je?": name and date of birth on one screen.
StepPage {
    objectName: "registerNamePage"
    heading: qsTr("Wie ben je?")
    intro: qsTr("Je moet 16 jaar of ouder zijn om mee te doen.")
    fields: ["givenName", "familyName", "dateOfBirth"]
    FormField {
        Layout.fillWidth: true
        fieldName: "givenName"
        label: qsTr("Voornaam")
    }
    FormField {
        Layout.fillWidth: true
        fieldName: "familyName"
        label: qsTr("Achternaam")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Wat is je geboortedatum?")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    DateOfBirthFields {
        Layout.fillWidth: true
    }
}
