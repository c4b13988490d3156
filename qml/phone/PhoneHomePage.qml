// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen

// A tenant's phone: what is on near home, and their own sign-ups.
Page {
    id: page
    objectName: "phoneHome"
    property Navigation shell
    // Nothing to sign up for yet (not set up, or before the first pull): say so instead.
    readonly property bool empty: AppContext.catalogueSize === 0
    title: qsTr("Meedoen")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    background: Rectangle { color: Theme.background }

    // Scrolls once there is more than fits: the tenant's own buttons (sign-ups, hours,
    // messages) come on top of the kinds, and large text needs more room.
    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.height + 2 * column.y
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: flick.width - 2 * column.x
            height: Math.max(flick.height - 2 * column.y, column.implicitHeight)
            spacing: Theme.spacing

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
                heading: phoneHeading.text
            }
            Label {
                id: phoneHeading
                Layout.fillWidth: true
                text: qsTr("Wat kun je doen in je buurt?")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
            ActionButton {
                objectName: "mySignupsButton"
                Layout.fillWidth: true
                variant: ActionButton.Secondary
                iconName: "my-signups"
                text: qsTr("Mijn aanmeldingen (%1)").arg(AppContext.mySignups.count)
                onClicked: page.shell?.openMySignups()
            }
            ActionButton {
                id: inboxButton
                objectName: "inboxButton"
                readonly property int unread: AppContext.inbox.unreadCount
                Layout.fillWidth: true
                visible: AppContext.registration.knownTenant
                variant: ActionButton.Secondary
                iconName: "inbox"
                text: qsTr("Berichten")
                Accessible.name: inboxButton.unread > 0
                                 ? qsTr("Berichten") + ", " + qsTr("%n ongelezen berichten", "", inboxButton.unread)
                                 : qsTr("Berichten")
                onClicked: page.shell?.openInbox()
                // The unread count, at the button's end.
                Rectangle {
                    objectName: "inboxBadge"
                    visible: inboxButton.unread > 0
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.padding
                    height: Theme.iconSize
                    width: Math.max(Theme.iconSize, badgeText.implicitWidth + Theme.spacing)
                    radius: height / 2
                    color: Theme.accent
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%n ongelezen berichten", "", inboxButton.unread)
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        text: Number(inboxButton.unread).toLocaleString(Qt.locale(AppContext.localeName), "f", 0)
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                }
            }
            ActionButton {
                objectName: "myHoursButton"
                Layout.fillWidth: true
                visible: AppContext.registration.knownTenant
                variant: ActionButton.Secondary
                iconName: "hours"
                text: qsTr("Mijn uren")
                onClicked: page.shell?.openHours()
            }
            ActionButton {
                objectName: "myDataButton"
                Layout.fillWidth: true
                visible: AppContext.registration.knownTenant
                variant: ActionButton.Secondary
                iconName: "my-data"
                text: qsTr("Mijn gegevens")
                onClicked: page.shell?.openMyData()
            }
            NothingYetNotice {
                Layout.fillWidth: true
                visible: page.empty
                device: "phone"
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
            GridLayout {
                Layout.fillWidth: true
                visible: !page.empty
                columns: 1
                rowSpacing: Theme.spacing
                TileButton {
                    objectName: "tile_volunteer"
                    Layout.fillWidth: true
                    text: qsTr("Vrijwilligerswerk")
                    subtitle: qsTr("Help mensen in je buurt")
                    iconName: "kind-volunteer"
                    onClicked: page.shell?.openCatalogue("volunteer")
                }
                TileButton {
                    objectName: "tile_self-management"
                    Layout.fillWidth: true
                    text: qsTr("Zelfbeheer")
                    subtitle: qsTr("Samen een buurthuis, tuin of portiek beheren")
                    iconName: "kind-self-management"
                    onClicked: page.shell?.openCatalogue("self-management")
                }
                TileButton {
                    objectName: "tile_training"
                    Layout.fillWidth: true
                    text: qsTr("Leren en werken")
                    subtitle: qsTr("Stage, leerwerkplek of re-integratie")
                    iconName: "kind-training"
                    onClicked: page.shell?.openCatalogue("training")
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
            Item { Layout.fillHeight: true }
            SyncStatus {
                Layout.fillWidth: true
            }
        }
    }
}
