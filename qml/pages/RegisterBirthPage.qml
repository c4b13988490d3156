// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step: date of birth.
StepPage {
    objectName: "registerBirthPage"
    heading: qsTr("Wat is je geboortedatum?")
    intro: qsTr("Je moet 16 jaar of ouder zijn om mee te doen.")
    fields: ["dateOfBirth"]
    DateOfBirthFields {
        Layout.fillWidth: true
    }
}
