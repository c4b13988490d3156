// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Mijn gegevens" on a phone (GDPR Art. 7, 15, 20): what the corporation keeps of the
// tenant, each consent with its text version, language and date; a consent is withdrawn
// with one tap and a confirmation (sent with the next sync); a copy of it all is saved as
// a JSON file and a readable page.
Page {
    id: page
    objectName: "phoneMyDataPage"
    required property Navigation shell
    readonly property MyData myData: AppContext.myData
    background: Rectangle { color: Theme.background }
    Component.onCompleted: page.myData.refresh()

    // A titled block of the page.
    component Section: Rectangle {
        id: section
        property string title
        default property alias content: sectionColumn.data
        Layout.fillWidth: true
        implicitHeight: sectionColumn.implicitHeight + 2 * Theme.padding
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth / 2
        border.color: Theme.border
        ColumnLayout {
            id: sectionColumn
            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.spacing / 2
            Label {
                Layout.fillWidth: true
                text: section.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    component Line: Label {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // The confirmation's "Intrekken" (also the tour's).
    function confirmWithdrawal() {
        page.myData.withdrawConsent(confirm.purpose)
        confirm.close()
    }

    function languageName(code: string): string {
        const all = AppContext.languages
        for (let i = 0; i < all.length; ++i) {
            if (all[i].code === code)
                return all[i].name
        }
        return code
    }

    Flickable {
        objectName: "myDataFlickable"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: page.width - 2 * Theme.padding
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Mijn gegevens")
                onBack: page.shell.back()
            }

            Line {
                visible: !page.myData.hasPerson
                text: qsTr("Deze telefoon bewaart geen gegevens van je.")
            }

            Section {
                objectName: "myDataPerson"
                visible: page.myData.hasPerson
                title: qsTr("Over mij")
                Repeater {
                    model: page.myData.personFields
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                    }
                }
            }

            Section {
                objectName: "myDataConsents"
                visible: page.myData.hasPerson
                title: qsTr("Toestemmingen")
                Repeater {
                    model: page.myData.consents
                    delegate: ColumnLayout {
                        id: consentRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Line {
                            font.bold: true
                            text: consentRow.modelData.title
                        }
                        Line {
                            text: qsTr("Gegeven op %1 (tekst %2, taal: %3)")
                                  .arg(Format.date(consentRow.modelData.givenAt))
                                  .arg(consentRow.modelData.textVersion)
                                  .arg(page.languageName(consentRow.modelData.language))
                        }
                        Line {
                            visible: !consentRow.modelData.active
                            color: Theme.textMuted
                            text: qsTr("Ingetrokken op %1").arg(Format.date(consentRow.modelData.withdrawnAt))
                        }
                        ActionButton {
                            objectName: "withdrawConsent_" + consentRow.modelData.purpose
                            visible: consentRow.modelData.active
                            variant: ActionButton.Secondary
                            size: ActionButton.Compact
                            text: qsTr("Intrekken")
                            Accessible.name: qsTr("%1 intrekken").arg(consentRow.modelData.title)
                            onClicked: {
                                confirm.purpose = consentRow.modelData.purpose
                                confirm.consentTitle = consentRow.modelData.title
                                confirm.open()
                            }
                        }
                    }
                }
            }

            Section {
                objectName: "myDataSignups"
                visible: page.myData.hasPerson
                title: qsTr("Aanmeldingen (%1)").arg(page.myData.signups.length)
                Repeater {
                    model: page.myData.signups
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2").arg(modelData.title).arg(modelData.status)
                    }
                }
            }

            Section {
                objectName: "myDataHours"
                visible: page.myData.hasPerson
                title: qsTr("Uren (%1)").arg(page.myData.hours.length)
                Repeater {
                    model: page.myData.hours
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2, %3 uur").arg(Format.date(modelData.date)).arg(modelData.title)
                              .arg(modelData.duration)
                    }
                }
            }

            ActionButton {
                objectName: "downloadMyData"
                Layout.fillWidth: true
                visible: page.myData.hasPerson
                variant: ActionButton.Secondary
                text: qsTr("Download mijn gegevens")
                onClicked: downloadResult.failed = !page.myData.download()
            }
            Line {
                id: downloadResult
                objectName: "downloadResult"
                property bool failed: false
                visible: failed || page.myData.downloadFolder.length > 0
                color: failed ? Theme.danger : Theme.text
                text: failed ? qsTr("Opslaan is niet gelukt.")
                             : qsTr("Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1")
                               .arg(page.myData.downloadFolder)
            }
        }
    }

    // One tap was the button; this is the confirmation.
    Dialog {
        id: confirm
        objectName: "withdrawConsentDialog"
        property string purpose
        property string consentTitle
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        modal: true
        title: qsTr("Toestemming intrekken?")
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: qsTr("We gebruiken je gegevens dan niet meer voor: %1.").arg(confirm.consentTitle)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "withdrawConsentCancel"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Annuleren")
                    onClicked: confirm.close()
                }
                ActionButton {
                    objectName: "withdrawConsentConfirm"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Danger
                    text: qsTr("Intrekken")
                    onClicked: page.confirmWithdrawal()
                }
            }
        }
    }
}
