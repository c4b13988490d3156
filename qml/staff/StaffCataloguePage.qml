// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The opportunities of the staff member's sites: create, edit, pause, re-open and close.
// Edits reach every device in scope on its next pull. Per opportunity: "Wie past hierbij?"
// (tenants who allowed matching) and the participant list its organiser gets.
ColumnLayout {
    id: page
    spacing: Theme.spacing

    readonly property ListView list: opportunityList

    // Only what this staff member may edit: their sites' opportunities.
    StaffOpportunityProxy {
        id: opportunities
        sourceModel: StaffCatalogue.opportunityList
        siteIds: StaffCatalogue.siteIds
    }

    readonly property StaffOpportunityEditor editor: editor
    readonly property StaffCandidatesPage candidates: candidates
    readonly property StaffParticipantsPage participants: participants
    function edit(opportunityId: string) {
        editor.load(opportunityId)
        editor.open()
    }
    function showCandidates(opportunityId: string) { candidates.show(opportunityId) }
    function showParticipants(opportunityId: string) { participants.show(opportunityId) }
    function statusName(s: string): string {
        return s === "open" ? qsTr("Open") : s === "paused" ? qsTr("Gepauzeerd") : qsTr("Gesloten")
    }

    RowLayout {
        Layout.fillWidth: true
        StaffSectionTitle {
            Layout.fillWidth: true
            text: qsTr("Catalogus")
        }
        ActionButton {
            size: ActionButton.Compact
            objectName: "newOpportunityButton"
            text: qsTr("Nieuwe activiteit")
            onClicked: page.edit("")
        }
    }
    Label {
        Layout.fillWidth: true
        visible: StaffSession.message.length > 0 && !editor.visible
        text: StaffSession.message
        color: Theme.danger
        wrapMode: Text.Wrap
    }
    ListView {
        id: opportunityList
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        spacing: Theme.spacing
        model: opportunities
        delegate: Rectangle {
            id: card
            required property string opportunityId
            required property string title
            required property string kind
            required property string status
            required property string place
            required property int placesTaken
            required property int capacity
            width: ListView.view.width
            height: cardRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            RowLayout {
                id: cardRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: card.title
                        color: Theme.text
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3 · %4 van %5 plaatsen bezet")
                              .arg(page.statusName(card.status)).arg(Format.kindName(card.kind))
                              .arg(card.place).arg(card.placesTaken)
                              .arg(card.capacity > 0 ? card.capacity : qsTr("onbeperkt"))
                        color: card.status === "open" ? Theme.textMuted : Theme.warning
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ActionButton {
                            size: ActionButton.Compact
                            variant: ActionButton.Quiet
                            visible: card.status === "open"
                            text: qsTr("Wie past hierbij?")
                            Accessible.name: qsTr("Wie past bij %1?").arg(card.title)
                            onClicked: page.showCandidates(card.opportunityId)
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            variant: ActionButton.Quiet
                            text: qsTr("Deelnemers")
                            Accessible.name: qsTr("Deelnemers van %1").arg(card.title)
                            onClicked: page.showParticipants(card.opportunityId)
                        }
                    }
                }
                ActionButton {
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Bewerken")
                    Accessible.name: qsTr("%1 bewerken").arg(card.title)
                    onClicked: page.edit(card.opportunityId)
                }
                ActionButton {
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    visible: card.status !== "closed"
                    text: card.status === "open" ? qsTr("Pauzeren") : qsTr("Openen")
                    Accessible.name: qsTr("%1 %2").arg(card.title).arg(text)
                    onClicked: StaffCatalogue.setOpportunityStatus(card.opportunityId,
                                                                    card.status === "open" ? "paused" : "open")
                }
                ActionButton {
                    size: ActionButton.Compact
                    variant: ActionButton.Danger
                    visible: card.status !== "closed"
                    text: qsTr("Sluiten")
                    Accessible.name: qsTr("%1 sluiten").arg(card.title)
                    onClicked: StaffCatalogue.setOpportunityStatus(card.opportunityId, "closed")
                }
            }
        }
    }

    StaffOpportunityEditor {
        id: editor
        parent: T.Overlay.overlay
    }
    StaffCandidatesPage {
        id: candidates
        parent: T.Overlay.overlay
    }
    StaffParticipantsPage {
        id: participants
        parent: T.Overlay.overlay
    }
}
