// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// Returning tenant: personal code and date of birth. Never a name, never a list of people.
// On a phone with a camera the code can also be read from its QR code on the receipt.
StepPage {
    id: page
    objectName: "identifyPage"
    heading: qsTr("Wie ben je?")
    intro: qsTr("Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.")
    fields: ["personalCode", "dateOfBirth"]

    property alias cameraPresent: codeInput.cameraPresent
    readonly property alias canScan: codeInput.canScan
    readonly property alias scanning: codeInput.scanning
    readonly property alias scanView: codeInput.scanView

    PersonalCodeField {
        id: codeInput
        Layout.fillWidth: true
    }
    DateOfBirthFields {
        Layout.fillWidth: true
    }
}
