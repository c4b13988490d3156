// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Been here before (personal code) or new (a short registration)?
Page {
    id: page
    objectName: "signupStartPage"
    required property Navigation shell
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Aanmelden")
            onBack: page.shell.back()
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            text: AppContext.registration.opportunityTitle
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        TileButton {
            objectName: "newTenantButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            text: qsTr("Ik ben nieuw")
            subtitle: qsTr("Je vult een paar vragen in. Dat duurt ongeveer 2 minuten.")
            onClicked: page.shell.chooseRoute(false)
        }
        TileButton {
            objectName: "returningTenantButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            text: qsTr("Ik heb een persoonlijke code")
            subtitle: qsTr("Je kreeg die code de vorige keer op je bon.")
            onClicked: page.shell.chooseRoute(true)
        }
        Item { Layout.fillHeight: true }
    }
}
