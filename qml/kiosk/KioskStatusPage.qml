// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Hoe staat mijn aanmelding ervoor?" at a kiosk, after the personal code and date of birth:
// the server's word on each sign-up as the sentence a phone shows, with the staff member's
// message and the date. Asked online when the page opens; nothing is kept, and the answer is
// gone at the end of the tenant's turn.
Page {
    id: page

    title: qsTr("Hoe staat mijn aanmelding ervoor?")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "kioskStatusPage"
    required property Navigation shell
    required property int stepIndex
    readonly property KioskStatus status: AppContext.kioskStatus
    background: Rectangle { color: Theme.background }
    Component.onCompleted: page.status.lookUp()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            stepNumber: page.stepIndex + 1
            stepCount: page.shell.steps.length
            progressText: page.shell.stepText(page.stepIndex)
            readText: statusMessage.text
            onBack: page.shell.back()
        }
        Label {
            id: statusMessage
            objectName: "statusMessage"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: text.length > 0
            text: page.status.state === KioskStatus.Found && page.status.signups.length === 0
                  ? qsTr("Je hebt je nog nergens voor aangemeld.") : page.status.message
            color: page.status.state === KioskStatus.Offline || page.status.state === KioskStatus.Failed
                   || page.status.state === KioskStatus.Locked || page.status.state === KioskStatus.UpdateApp
                   ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ListView {
            objectName: "statusList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            clip: true
            reuseItems: true
            spacing: Theme.spacing
            model: page.status.signups
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Je aanmeldingen")
            delegate: Rectangle {
                id: row
                required property var modelData
                width: ListView.view.width
                implicitHeight: rowColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth / 2
                border.color: Theme.border
                Accessible.role: Accessible.ListItem
                Accessible.name: row.modelData.title + ", " + row.modelData.sentence
                                 + (row.modelData.message.length > 0 ? " " + row.modelData.message : "")
                ColumnLayout {
                    id: rowColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing / 2
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.title.length > 0 ? row.modelData.title : qsTr("Activiteit")
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.sentence
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.modelData.message.length > 0
                        text: row.modelData.message
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.italic: true
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        ActionButton {
            objectName: "statusRetryButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: page.status.state === KioskStatus.Offline || page.status.state === KioskStatus.Failed
            variant: ActionButton.Secondary
            text: qsTr("Opnieuw proberen")
            onClicked: page.status.lookUp()
        }
        ActionButton {
            objectName: "statusDoneButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            iconName: "done"
            text: qsTr("Klaar")
            onClicked: page.shell.finish()
        }
    }
}
