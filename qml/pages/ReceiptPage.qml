// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Aangevraagd — we laten het je weten": the reference code in letters and as a QR code.
Page {
    id: page
    objectName: "receiptPage"
    required property Navigation shell
    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.padding
        contentHeight: column.implicitHeight
        clip: true
        ColumnLayout {
            id: column
            width: Math.min(flick.width, Theme.contentMaxWidth)
            x: (flick.width - width) / 2
            spacing: Theme.padding

            Label {
                Layout.fillWidth: true
                text: qsTr("Aangevraagd — we laten het je weten")
                color: Theme.success
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: AppContext.registration.waitlisted
                      ? qsTr("Je staat op de lijst voor de wachtlijst van: %1").arg(AppContext.registration.opportunityTitle)
                      : qsTr("Je hebt een plek aangevraagd bij: %1").arg(AppContext.registration.opportunityTitle)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("De corporatie bevestigt je aanmelding. Dat kan een paar dagen duren.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Je aanmeldcode")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
            Label {
                objectName: "referenceCode"
                Layout.fillWidth: true
                text: AppContext.registration.referenceCode
                color: Theme.text
                font.pixelSize: Theme.fontHero
                font.bold: true
                font.letterSpacing: Theme.spacing / 2
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Je aanmeldcode: %1").arg(text)
            }
            QrCode {
                objectName: "referenceQr"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.qrSize
                Layout.preferredHeight: Theme.qrSize
                text: AppContext.registration.referenceCode
                darkColor: Theme.qrDark
                lightColor: Theme.qrLight
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR-code van je aanmeldcode")
            }
            Rectangle {
                Layout.fillWidth: true
                visible: AppContext.registration.newPersonalCode.length > 0
                implicitHeight: codeColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: Theme.border
                ColumnLayout {
                    id: codeColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Je persoonlijke code. Schrijf hem op of maak een foto. Met deze code meld je je de volgende keer snel aan.")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "personalCode"
                        Layout.fillWidth: true
                        text: AppContext.registration.newPersonalCode
                        color: Theme.text
                        font.pixelSize: Theme.fontHero
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontBody
                        font.bold: true
                        font.letterSpacing: Theme.spacing / 2
                    }
                }
            }
            PrimaryButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                text: qsTr("Klaar")
                onClicked: page.shell.finish()
            }
        }
    }
}
