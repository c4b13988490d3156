// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step: how we reach you (phone or e-mail, one is enough).
StepPage {
    objectName: "registerContactPage"
    heading: qsTr("Hoe kunnen we je bereiken?")
    intro: qsTr("Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.")
    fields: ["phone", "email"]
    FormField {
        Layout.fillWidth: true
        fieldName: "phone"
        label: qsTr("Telefoonnummer")
        hint: qsTr("Bijvoorbeeld 06 12345678")
        extraHints: Qt.ImhDialableCharactersOnly
    }
    FormField {
        Layout.fillWidth: true
        fieldName: "email"
        label: qsTr("E-mailadres")
        hint: qsTr("Bijvoorbeeld naam@voorbeeld.nl")
        extraHints: Qt.ImhEmailCharactersOnly
    }
}
