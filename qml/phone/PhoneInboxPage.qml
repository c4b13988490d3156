// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Berichten" on a phone: staff's word on the tenant's sign-ups and hours, newest first, each
// as a sentence with the staff member's words and the day it arrived. Opening one marks it
// read; "Alles gelezen" marks them all.
Page {
    id: page

    title: qsTr("Berichten")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "phoneInboxPage"
    required property Navigation shell
    readonly property PhoneInbox inbox: AppContext.inbox
    background: Rectangle { color: Theme.background }
    Component.onCompleted: page.inbox.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            readText: inboxEmpty.visible ? inboxEmpty.text : ""
            onBack: page.shell.back()
        }
        ActionButton {
            objectName: "markAllReadButton"
            Layout.fillWidth: true
            visible: page.inbox.unreadCount > 0
            variant: ActionButton.Secondary
            text: qsTr("Alles gelezen")
            onClicked: page.inbox.markAllRead()
        }
        Label {
            id: inboxEmpty
            objectName: "inboxEmpty"
            Layout.fillWidth: true
            visible: page.inbox.items.count === 0
            text: qsTr("Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ListView {
            objectName: "inboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            reuseItems: true
            spacing: Theme.spacing
            model: page.inbox.items
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Berichten")
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string itemId
                required property string title
                required property string sentence
                required property string message
                required property date arrivedAt
                required property bool read
                width: ListView.view.width
                padding: Theme.padding
                Accessible.role: Accessible.ListItem
                Accessible.name: (row.read ? "" : qsTr("Nieuw") + ", ") + (row.title.length > 0 ? row.title + ", " : "")
                                 + row.sentence + (row.message.length > 0 ? " " + row.message : "")
                onClicked: page.inbox.markRead(row.itemId)
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: row.read ? Theme.borderWidth / 2 : Theme.borderWidth
                    border.color: row.read ? Theme.border : Theme.primary
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacing / 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            objectName: "inboxTitle_" + row.index
                            Layout.fillWidth: true
                            text: row.title.length > 0 ? row.title : qsTr("Je uren")
                            color: Theme.text
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            visible: !row.read
                            text: qsTr("Nieuw")
                            color: Theme.textOnAccent
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            leftPadding: Theme.spacing
                            rightPadding: Theme.spacing
                            background: Rectangle { radius: Theme.radius; color: Theme.accent }
                        }
                    }
                    Label {
                        objectName: "inboxSentence_" + row.index
                        Layout.fillWidth: true
                        text: row.sentence
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.bold: !row.read
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "inboxMessage_" + row.index
                        Layout.fillWidth: true
                        visible: row.message.length > 0
                        text: row.message
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.italic: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Ontvangen op %1").arg(Format.date(row.arrivedAt))
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
