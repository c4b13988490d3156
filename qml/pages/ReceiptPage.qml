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

    // Side by side when the screen is wider than tall (a kiosk in landscape), else stacked.
    readonly property bool wide: page.width > page.height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: column
                width: Math.min(flick.width, page.wide ? Theme.contentWideMaxWidth : Theme.contentMaxWidth)
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
                    objectName: "receiptStatus"
                    Layout.fillWidth: true
                    text: AppContext.registration.receiptStatus
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.wide ? 2 : 1
                    columnSpacing: Theme.padding
                    rowSpacing: Theme.padding

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        spacing: Theme.spacing
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
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
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
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Op je telefoon: Mijn aanmeldingen → Koppel je aanmeldingen, en scan deze code.")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            QrCode {
                                objectName: "personalCodeQr"
                                Layout.alignment: Qt.AlignHCenter
                                Layout.preferredWidth: Theme.qrSize
                                Layout.preferredHeight: Theme.qrSize
                                text: AppContext.registration.newPersonalCode
                                darkColor: Theme.qrDark
                                lightColor: Theme.qrLight
                                Accessible.role: Accessible.Graphic
                                Accessible.name: qsTr("QR-code van je persoonlijke code")
                            }
                        }
                    }
                }
            }
        }
        // Always in view, also when the codes need scrolling.
        ActionButton {
            objectName: "doneButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            iconName: "done"
            text: qsTr("Klaar")
            onClicked: page.shell.finish()
        }
    }
}
