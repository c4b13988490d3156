// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Mijn aanmeldingen" on a phone: each sign-up with its state, withdraw, and the tenant's
// personal code with its QR code.
Page {
    id: page

    title: qsTr("Mijn aanmeldingen")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "mySignupsPage"
    required property Navigation shell
    background: Rectangle { color: Theme.background }
    Component.onCompleted: AppContext.mySignups.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            readText: notSignedUp.visible ? notSignedUp.text + " " + linkQuestion.text : ""
            onBack: page.shell.back()
        }
        Label {
            id: notSignedUp
            Layout.fillWidth: true
            visible: !AppContext.registration.knownTenant
            text: qsTr("Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            id: linkQuestion
            Layout.fillWidth: true
            visible: !AppContext.registration.knownTenant
            text: qsTr("Al aangemeld bij de zuil of bij je wijkconsulent?")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "openLinkPhoneButton"
            Layout.fillWidth: true
            visible: !AppContext.registration.knownTenant
            variant: ActionButton.Secondary
            text: qsTr("Koppel je aanmeldingen")
            onClicked: page.shell.openLinkPhone()
        }
    ColumnLayout {
            Layout.fillWidth: true
            visible: AppContext.registration.knownTenant
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Je persoonlijke code")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                objectName: "tenantPersonalCode"
                // As wide as the screen and no wider: smaller where large text does not fit.
                Layout.fillWidth: true
                text: AppContext.registration.tenantPersonalCode
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontBody
                font.bold: true
            }
            QrCode {
                Layout.preferredWidth: Theme.qrSize
                Layout.preferredHeight: Theme.qrSize
                Layout.bottomMargin: Theme.padding
                text: AppContext.registration.tenantPersonalCode
                darkColor: Theme.qrDark
                lightColor: Theme.qrLight
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR-code van je persoonlijke code")
            }
        }
        SyncStatus {
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "mySignupsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            reuseItems: true
            spacing: Theme.spacing
            model: AppContext.mySignups
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Mijn aanmeldingen")
            delegate: ItemDelegate {
                id: row
                required property string signupId
                required property string referenceCode
                required property string opportunityTitle
                required property string state
                required property bool canWithdraw
                required property string statusText
                required property string message
                width: ListView.view.width
                padding: Theme.padding
                Accessible.role: Accessible.ListItem
                Accessible.name: row.opportunityTitle + ", " + row.statusText + (row.message.length > 0 ? " " + row.message : "")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth / 2
                    border.color: Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacing / 2
                    Label {
                        Layout.fillWidth: true
                        text: row.opportunityTitle
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "status_" + row.referenceCode
                        Layout.fillWidth: true
                        text: row.statusText
                        color: row.state === "declined" ? Theme.danger : row.state === "confirmed" ? Theme.success : Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "message_" + row.referenceCode
                        Layout.fillWidth: true
                        visible: row.message.length > 0
                        text: row.message
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.italic: true
                        wrapMode: Text.Wrap
                    }
                    ActionButton {
                        objectName: "withdraw_" + row.referenceCode
                        visible: row.canWithdraw
                        variant: ActionButton.Secondary
                        text: qsTr("Afmelden")
                        onClicked: AppContext.mySignups.withdraw(row.signupId)
                    }
                }
            }
        }
    }
}
