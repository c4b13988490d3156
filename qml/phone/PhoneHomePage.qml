// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen

// A tenant's phone: what is on near home.
Page {
    id: page
    objectName: "phoneHome"
    title: qsTr("Meedoen")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Wat kun je doen in je buurt?")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
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
