// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step: your name.
StepPage {
    objectName: "registerNamePage"
    heading: qsTr("Hoe heet je?")
    fields: ["givenName", "familyName"]
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
}
