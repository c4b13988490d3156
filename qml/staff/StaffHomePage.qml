// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen

// The staff tablet's start: the catalogue of their sites.
Page {
    id: page
    objectName: "staffHome"
    title: qsTr("Meedoen — medewerkers")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: page.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%n activiteit(en) in de catalogus", "", AppContext.catalogueSize)
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
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
