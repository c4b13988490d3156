// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Meedoen.Ui

// New tenant, step: where you live.
StepPage {
    objectName: "registerAddressPage"
    heading: qsTr("Waar woon je?")
    fields: ["postcode", "houseNumber", "houseAddition"]
    FormField {
        Layout.fillWidth: true
        fieldName: "postcode"
        label: qsTr("Postcode")
        hint: qsTr("Bijvoorbeeld 3083 BK")
        extraHints: Qt.ImhPreferUppercase
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding
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
}
