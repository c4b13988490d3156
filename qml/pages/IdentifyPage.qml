// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// Returning tenant: personal code and date of birth. Never a name, never a list of people.
StepPage {
    objectName: "identifyPage"
    heading: qsTr("Wie ben je?")
    intro: qsTr("Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.")
    fields: ["personalCode", "dateOfBirth"]
    FormField {
        Layout.fillWidth: true
        fieldName: "personalCode"
        label: qsTr("Persoonlijke code")
        hint: qsTr("12 tekens, bijvoorbeeld ABCD-EFGH-JKMN")
        extraHints: Qt.ImhPreferUppercase
    }
    DateOfBirthFields {
        Layout.fillWidth: true
    }
}
