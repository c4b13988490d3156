// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step "Waar woon je?": the address, how we reach you (phone or e-mail, one
// is enough) and the tenant number when the tenant knows it.
StepPage {
    objectName: "registerAddressPage"
    heading: qsTr("Waar woon je?")
    fields: ["postcode", "houseNumber", "houseAddition", "phone", "email", "tenantNumber"]
    FormField {
        Layout.fillWidth: true
        fieldName: "postcode"
        label: qsTr("Postcode")
        hint: qsTr("Bijvoorbeeld %1").arg(Format.ltr("3083 BK"))
        extraHints: Qt.ImhPreferUppercase
    }
    // Side by side where both labels fit on a line; under each other on a narrow screen with
    // large text, so that no label breaks in the middle of a word.
    GridLayout {
        Layout.fillWidth: true
        columns: width < Theme.fontBody * 20 ? 1 : 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing
        FormField {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            fieldName: "houseNumber"
            label: qsTr("Huisnummer")
            extraHints: Qt.ImhPreferNumbers
        }
        FormField {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            fieldName: "houseAddition"
            label: qsTr("Toevoeging (als je die hebt)")
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.padding
        text: qsTr("Hoe kunnen we je bereiken?")
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    FormField {
        Layout.fillWidth: true
        fieldName: "phone"
        label: qsTr("Telefoonnummer")
        hint: qsTr("Bijvoorbeeld %1").arg(Format.ltr("06 12345678"))
        extraHints: Qt.ImhDialableCharactersOnly
    }
    FormField {
        Layout.fillWidth: true
        fieldName: "email"
        label: qsTr("E-mailadres (als je wilt)")
        hint: qsTr("Bijvoorbeeld %1").arg(Format.ltr("naam@voorbeeld.nl"))
        extraHints: Qt.ImhEmailCharactersOnly
    }
    FormField {
        Layout.fillWidth: true
        fieldName: "tenantNumber"
        label: qsTr("Huurdersnummer (als je het weet)")
        hint: qsTr("Staat op je huurcontract of in de brief van de corporatie")
    }
}
