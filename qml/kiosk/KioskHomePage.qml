// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen

// What a tenant sees when they walk up to the kiosk.
Page {
    id: page
    objectName: "kioskHome"
    title: qsTr("Meedoen in je buurt")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 2
        spacing: Theme.padding

        Label {
            Layout.fillWidth: true
            text: page.title
            color: Theme.text
            font.pixelSize: Theme.fontHero
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: page.width > page.height ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            TileButton {
                Layout.fillWidth: true
                text: qsTr("Vrijwilligerswerk")
                subtitle: qsTr("Help mensen in je buurt")
                tint: Theme.routeWonen
                onClicked: AppContext.catalogue.kind = "volunteer"
            }
            TileButton {
                Layout.fillWidth: true
                text: qsTr("Zelfbeheer")
                subtitle: qsTr("Samen een buurthuis, tuin of portiek beheren")
                tint: Theme.routeWerken
                onClicked: AppContext.catalogue.kind = "self-management"
            }
            TileButton {
                Layout.fillWidth: true
                text: qsTr("Leren en werken")
                subtitle: qsTr("Stage, leerwerkplek of re-integratie")
                tint: Theme.routeLeren
                onClicked: AppContext.catalogue.kind = "training"
            }
        }
        SearchField {
            Layout.fillWidth: true
            text: AppContext.catalogue.searchText
            onTextEdited: AppContext.catalogue.searchText = text
        }
        CatalogueList {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
