// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Last look before sending: what you sign up for, and the waitlist when it is full.
StepPage {
    id: page
    objectName: "confirmPage"
    heading: AppContext.registration.full ? qsTr("Op de wachtlijst?") : qsTr("Aanmelden?")
    nextText: AppContext.registration.full ? qsTr("Zet me op de wachtlijst") : qsTr("Aanmelden")

    function next() {
        page.shell.submit()
    }

    Label {
        Layout.fillWidth: true
        text: AppContext.registration.opportunityTitle
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: AppContext.registration.full
              ? qsTr("Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.")
              : qsTr("Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "submitError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: AppContext.registration.submitError
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
