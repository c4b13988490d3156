// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Aangevraagd — we laten het je weten": the one code a tenant keeps — their personal code, in
// letters and as a QR code — and, on a kiosk with a receipt printer, the same on paper. The
// sign-up's own reference code stays behind it (in the data, and for staff).
Page {
    id: page
    objectName: "receiptPage"
    title: page.refused ? qsTr("Je aanmelding is niet gelukt") : qsTr("Aangevraagd — we laten het je weten")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    required property Navigation shell
    background: Rectangle { color: Theme.background }

    // Side by side when the screen is wider than tall (a kiosk in landscape), else stacked.
    readonly property bool wide: page.width > page.height
    readonly property var registration: AppContext.registration
    // Read untyped: qmllint 6.4 does not see the properties of this C++ type.
    readonly property var printer: AppContext.receiptPrinter
    readonly property bool refused: page.registration.receiptRefused
    readonly property string code: page.refused ? "" : page.registration.receiptCode
    // Inside a sentence a code stays one left-to-right run, also in Arabic (Format.ltr); a
    // title keeps the direction of its own first letter (Format.isolated).
    // What to do with the code. A phone never asks its user to scan with their phone: the
    // code is on it already (Mijn aanmeldingen), or it can be linked there.
    function hint(): string {
        if (Theme.isPhone)
            return page.registration.knownTenant
                ? qsTr("Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.")
                : qsTr("Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.")
        return page.registration.receiptCodeIsNew
            ? qsTr("Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.")
            : qsTr("Met je code en je geboortedatum meld je je snel aan.")
    }
    function hintMore(): string {
        if (Theme.isPhone)
            return page.registration.knownTenant && page.registration.receiptCodeIsNew
                ? qsTr("Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.") : ""
        return qsTr("Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.")
    }

    Component.onCompleted: page.printer.refresh()

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
                    id: receiptHeading
                    objectName: "receiptHeading"
                    Layout.fillWidth: true
                    text: page.title
                    color: page.refused ? Theme.danger : Theme.success
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    A11y.role: Accessible.Heading
                    Accessible.name: text
                }
                ReadAloudButton {
                    heading: receiptHeading.text
                    body: receiptWhat.text + ". " + receiptStatus.text
                }
                Label {
                    id: receiptWhat
                    Layout.fillWidth: true
                    text: page.registration.waitlisted
                          ? qsTr("Je hebt je aangemeld voor de wachtlijst van: %1").arg(Format.isolated(page.registration.opportunityTitle))
                          : qsTr("Je hebt een plek aangevraagd bij: %1").arg(Format.isolated(page.registration.opportunityTitle))
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Label {
                    id: receiptStatus
                    objectName: "receiptStatus"
                    Layout.fillWidth: true
                    text: page.registration.receiptStatus
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    objectName: "codeCard"
                    Layout.fillWidth: true
                    visible: page.code.length > 0
                    implicitHeight: codeGrid.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    GridLayout {
                        id: codeGrid
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        columns: page.wide ? 2 : 1
                        columnSpacing: Theme.padding
                        rowSpacing: Theme.spacing
                        // A Column, not a ColumnLayout: it places each line by the height the
                        // line has after wrapping (a Qt 6.4 layout misses a label that wraps to
                        // two lines while it lays out, and drew the code over the sentence).
                        Column {
                            id: codeColumn
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: Theme.spacing
                            Label {
                                objectName: "codeIntro"
                                width: codeColumn.width
                                text: page.registration.receiptCodeIsNew
                                      ? qsTr("Dit is je persoonlijke code:")
                                      : qsTr("Je aanmelding is toegevoegd aan je persoonlijke code:")
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "personalCode"
                                width: codeColumn.width
                                // Left to right in every language, Western digits (as printed).
                                LayoutMirroring.enabled: false
                                horizontalAlignment: Text.AlignHCenter
                                text: page.code
                                color: Theme.text
                                font.pixelSize: Theme.fontHero
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: Theme.fontBody
                                font.bold: true
                                font.letterSpacing: Theme.spacing / 2
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("Je persoonlijke code: %1").arg(Format.ltr(text))
                            }
                            Label {
                                objectName: "codeHint"
                                width: codeColumn.width
                                text: page.hint()
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "codeHintMore"
                                width: codeColumn.width
                                visible: text.length > 0
                                text: page.hintMore()
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                        QrCode {
                            objectName: "personalCodeQr"
                            Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                            Layout.preferredWidth: Theme.qrSize
                            Layout.preferredHeight: Theme.qrSize
                            text: page.code
                            darkColor: Theme.qrDark
                            lightColor: Theme.qrLight
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR-code van je persoonlijke code")
                        }
                    }
                }
                Label {
                    objectName: "printMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.printer.message
                    color: page.printer.failed ? Theme.danger : Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: page.printer.failed
                    wrapMode: Text.Wrap
                    Accessible.role: page.printer.failed ? Accessible.AlertMessage : Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
        // On a kiosk with a receipt printer: the same code on paper.
        ActionButton {
            objectName: "printButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: Theme.isKiosk && page.printer.available && page.code.length > 0
            variant: ActionButton.Secondary
            iconName: "print"
            text: qsTr("Print je bon")
            onClicked: page.printer.print()
        }
        // Always in view, also when the code needs scrolling.
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
