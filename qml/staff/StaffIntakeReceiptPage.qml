// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Staff intake, registered: the tenant's personal code in letters and as a QR code, the
// sign-ups made with them, and the receipt to print. "Klaar" forgets the tenant.
Page {
    id: page

    title: qsTr("Ingeschreven: %1").arg(AppContext.intake.tenantName)
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "staffIntakeReceiptPage"
    required property Navigation shell
    background: Rectangle { color: Theme.background }

    readonly property bool wide: page.width > page.height

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            onBack: page.shell.back()
        }
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            GridLayout {
                id: column
                width: Math.min(flick.width, page.wide ? Theme.contentWideMaxWidth : Theme.contentMaxWidth)
                x: (flick.width - width) / 2
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
                        text: qsTr("Persoonlijke code")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                    Label {
                        objectName: "intakePersonalCode"
                        Layout.fillWidth: true
                        text: AppContext.intake.personalCode
                        color: Theme.text
                        font.pixelSize: Theme.fontHero
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontBody
                        font.bold: true
                        font.letterSpacing: Theme.spacing / 2
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Persoonlijke code: %1").arg(text)
                    }
                    QrCode {
                        objectName: "intakePersonalCodeQr"
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.qrSize
                        Layout.preferredHeight: Theme.qrSize
                        text: AppContext.intake.personalCode
                        darkColor: Theme.qrDark
                        lightColor: Theme.qrLight
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR-code van de persoonlijke code")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: AppContext.intake.signups.length > 0 ? qsTr("Aangemeld voor")
                                                                   : qsTr("Nog niet aangemeld voor een activiteit.")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: AppContext.intake.signups
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: modelData
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                    }
                    ActionButton {
                        objectName: "intakeSignupButton"
                        Layout.fillWidth: true
                        variant: ActionButton.Quiet
                        text: qsTr("Aanmelden voor een activiteit")
                        Accessible.name: text
                        onClicked: page.shell.openCatalogue("")
                    }
                    ActionButton {
                        objectName: "intakePrintButton"
                        Layout.fillWidth: true
                        variant: ActionButton.Quiet
                        text: qsTr("Bon afdrukken")
                        Accessible.name: text
                        onClicked: AppContext.intake.print()
                    }
                    Label {
                        objectName: "intakePrintMessage"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: AppContext.intake.printMessage
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        A11y.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
            }
        }
        ActionButton {
            objectName: "intakeDoneButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Klaar")
            Accessible.name: qsTr("Klaar: de gegevens van de bewoner verdwijnen van het scherm")
            onClicked: page.shell.finish()
        }
    }
}
