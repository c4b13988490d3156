// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step: date of birth, and the tenant number when the tenant knows it.
StepPage {
    objectName: "registerBirthPage"
    heading: qsTr("Wat is je geboortedatum?")
    intro: qsTr("Je moet 16 jaar of ouder zijn om mee te doen.")
    fields: ["dateOfBirth", "tenantNumber"]
    DateOfBirthFields {
        Layout.fillWidth: true
    }
    FormField {
        Layout.fillWidth: true
        fieldName: "tenantNumber"
        label: qsTr("Huurdersnummer (als je het weet)")
        hint: qsTr("Staat op je huurcontract of in de brief van de corporatie")
    }
}
