// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Last look before sending: what you sign up for, and the waitlist when it is full. In a
// staff intake's first round, registering alone (no opportunity yet).
StepPage {
    id: page
    objectName: "confirmPage"
    readonly property bool registeringOnly: AppContext.registration.intake && !AppContext.registration.knownTenant
    heading: page.registeringOnly ? qsTr("Inschrijven?")
             : AppContext.registration.full ? qsTr("Op de wachtlijst?") : qsTr("Aanmelden?")
    nextText: page.registeringOnly ? qsTr("Inschrijven")
              : AppContext.registration.full ? qsTr("Zet me op de wachtlijst") : qsTr("Aanmelden")

    readText: page.registeringOnly ? confirmText.text : confirmTitle.text + ". " + confirmText.text

    function next() {
        page.shell.submit()
    }

    Label {
        id: confirmTitle
        Layout.fillWidth: true
        visible: !page.registeringOnly
        text: AppContext.registration.opportunityTitle
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        id: confirmText
        Layout.fillWidth: true
        text: page.registeringOnly
              ? qsTr("Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.")
              : AppContext.registration.full
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
