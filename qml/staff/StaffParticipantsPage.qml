// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The confirmed participants of one opportunity as its organiser gets them: name, phone and
// e-mail only of tenants who allowed sharing them with the partner organisation (the
// `share-partner` consent); the others read "geen toestemming om te delen", in the list and
// in the CSV export (PIN asked again: the file leaves the app).
Popup {
    id: dialog
    // What the unlocked staff member's roles allow here, by permission key
    // (StaffSession.allowed; untyped, as qmllint 6.4 knows no keys of a QVariantMap).
    readonly property var may: StaffSession.allowed
    objectName: "participantsPage"

    property string opportunityId
    property string opportunityTitle
    property string organiser
    // The session's message speaks of this page only after an export was asked for here.
    property bool exportAsked: false
    readonly property StaffPinDialog exportDialog: exportDialog

    function show(id: string) {
        StaffCatalogue.showOpportunity(id)
        const o = id.length > 0 ? StaffCatalogue.opportunity(id) : ({})
        dialog.opportunityId = id
        dialog.opportunityTitle = o.title || ""
        dialog.organiser = o.organiser || ""
        dialog.exportAsked = false
        dialog.open()
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.padding : Theme.staffDialogWidth, Theme.staffDialogWidth * 1.4)
    height: parent ? parent.height - 2 * Theme.padding : Theme.staffDialogWidth
    padding: Theme.padding
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        StaffSectionTitle {
            Layout.fillWidth: true
            text: qsTr("Deelnemers voor de organisator")
        }
        Label {
            Layout.fillWidth: true
            text: dialog.organiser.length > 0 ? qsTr("%1 · %2").arg(dialog.opportunityTitle).arg(dialog.organiser)
                                              : dialog.opportunityTitle
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: participantList.count === 0
            text: qsTr("Nog geen bevestigde deelnemers.")
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ListView {
            id: participantList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            reuseItems: true
            spacing: Theme.spacing
            model: StaffCatalogue.participants
            delegate: Rectangle {
                id: row
                required property string referenceCode
                required property bool shared
                required property string name
                required property string phone
                required property string email
                readonly property string contact: row.phone.length > 0 && row.email.length > 0
                                                  ? Format.ltr(row.phone) + " · " + row.email : Format.ltr(row.phone) + row.email
                width: ListView.view.width
                height: rowColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.background
                border.color: Theme.border
                border.width: Theme.borderWidth
                Accessible.role: Accessible.ListItem
                Accessible.name: row.shared ? qsTr("%1, %2, %3").arg(row.name).arg(row.contact).arg(row.referenceCode)
                                            : qsTr("%1, geen toestemming om te delen").arg(row.referenceCode)
                ColumnLayout {
                    id: rowColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: row.shared ? row.name : qsTr("geen toestemming om te delen")
                            color: row.shared ? Theme.text : Theme.textMuted
                            font.bold: row.shared
                            font.italic: !row.shared
                            elide: Text.ElideRight
                        }
                        Label {
                            text: row.referenceCode
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.shared && row.contact.length > 0
                        text: row.contact
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.exportAsked && text.length > 0 && !exportDialog.visible
            text: StaffSession.message
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: ActionButton.Quiet
                text: qsTr("Sluiten")
                onClicked: dialog.close()
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "exportParticipantsButton"
                visible: dialog.may.exports === true
                Layout.fillWidth: true
                enabled: participantList.count > 0
                text: qsTr("Exporteren (CSV)")
                Accessible.name: qsTr("Deelnemerslijst exporteren")
                onClicked: exportDialog.open()
            }
        }
    }

    StaffPinDialog {
        id: exportDialog
        parent: T.Overlay.overlay
        title: qsTr("Deelnemerslijst exporteren")
        explanation: qsTr("Het bestand verlaat de beveiligde app. Bevestig met uw pincode.")
        actionText: qsTr("Exporteren")
        onConfirmed: pin => {
            dialog.exportAsked = true
            if (StaffResults.exportParticipants(pin, dialog.opportunityId).length > 0)
                exportDialog.close()
        }
    }
}
