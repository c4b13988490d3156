// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen

// What a tenant sees when they walk up to the kiosk: the three kinds, a search field and
// their language and colours.
Page {
    id: page
    objectName: "kioskHome"
    property Navigation shell
    title: qsTr("Meedoen in je buurt")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    // Nothing to sign up for yet (not set up, or before the first pull): say so instead.
    readonly property bool empty: AppContext.catalogueSize === 0
    background: Rectangle { color: Theme.background }

    // Scrolls only where the words do not fit (large text in landscape); otherwise the
    // column fills the screen as before.
    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.height + 2 * column.y
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.padding * 2
            y: Theme.padding * 2
            width: flick.width - 2 * column.x
            height: Math.max(flick.height - 2 * column.y, column.implicitHeight)
            spacing: Theme.padding

            // The language chips follow right after the first frame (their check mark and the
            // Arabic name each need a fallback font): the place they take is kept free.
            AfterFirstFrame {
                id: languages
                objectName: "languageSlot"
                Layout.fillWidth: true
                reservedHeight: Theme.languageSwitchHeight(languages.width)
                content: LanguageSwitch {}
            }
            ContrastSwitch {
                objectName: "highContrastSwitch"
            }
            // Beside the language and the colours: another way to take in the screen.
            ReadAloudButton {
                heading: page.title
                body: kioskIntro.text
            }
            Label {
                Layout.fillWidth: true
                text: page.title
                color: Theme.text
                font.pixelSize: Theme.fontHero
                font.bold: true
                wrapMode: Text.Wrap
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                id: kioskIntro
                Layout.fillWidth: true
                text: qsTr("Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            NothingYetNotice {
                Layout.fillWidth: true
                Layout.topMargin: Theme.padding
                visible: page.empty
                device: "kiosk"
            }
            GridLayout {
                Layout.fillWidth: true
                visible: !page.empty
                // Portrait: the three kinds share the height instead of leaving it empty.
                Layout.fillHeight: page.height > page.width
                columns: page.width > page.height ? 3 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                TileButton {
                    objectName: "tile_volunteer"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumHeight: Theme.touchTarget * 4
                    text: qsTr("Vrijwilligerswerk")
                    subtitle: qsTr("Help mensen in je buurt")
                    iconName: "kind-volunteer"
                    onClicked: page.shell?.openCatalogue("volunteer")
                }
                TileButton {
                    objectName: "tile_self-management"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumHeight: Theme.touchTarget * 4
                    text: qsTr("Zelfbeheer")
                    subtitle: qsTr("Samen een buurthuis, tuin of portiek beheren")
                    iconName: "kind-self-management"
                    onClicked: page.shell?.openCatalogue("self-management")
                }
                TileButton {
                    objectName: "tile_training"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumHeight: Theme.touchTarget * 4
                    text: qsTr("Leren en werken")
                    subtitle: qsTr("Stage, leerwerkplek of re-integratie")
                    iconName: "kind-training"
                    onClicked: page.shell?.openCatalogue("training")
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.padding
                visible: !page.empty
                text: qsTr("Of zoek zelf")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            SearchField {
                objectName: "homeSearch"
                Layout.fillWidth: true
                visible: !page.empty
                onTextEdited: {
                    AppContext.catalogue.searchText = text
                    text = ""
                    page.shell?.openCatalogue("")
                }
            }
            ActionButton {
                objectName: "allButton"
                Layout.fillWidth: true
                visible: !page.empty
                variant: ActionButton.Secondary
                text: qsTr("Bekijk alles")
                onClicked: page.shell?.openCatalogue("")
            }
            ActionButton {
                objectName: "statusLookupButton"
                Layout.fillWidth: true
                // The look-up asks the server: not on a kiosk that is not set up.
                visible: !AppContext.enrollment.available
                variant: ActionButton.Secondary
                iconName: "status"
                text: qsTr("Hoe staat mijn aanmelding ervoor?")
                onClicked: page.shell?.openStatusLookup()
            }
            Item { Layout.fillHeight: true }
            // The small print below the free space follows right after the first frame.
            AfterFirstFrame {
                Layout.fillWidth: true
                content: ColumnLayout {
                    spacing: Theme.padding
                    SyncStatus {
                        Layout.fillWidth: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
