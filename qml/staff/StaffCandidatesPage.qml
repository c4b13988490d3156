// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Wie past hierbij?": the tenants of this tablet's site who fit one opportunity, best
// first, each with why (interests, free times, neighbourhood, languages). Only tenants who
// allowed Meedoen to propose activities to them (the `matching` consent) are ever listed;
// those already signed up come last, marked. StaffCatalogue.candidates reads the list again
// after every pull, so a consent withdrawn on a phone takes the tenant off it.
Popup {
    id: dialog
    objectName: "candidatesPage"

    property string opportunityTitle

    function show(opportunityId: string) {
        StaffCatalogue.showOpportunity(opportunityId)
        const o = opportunityId.length > 0 ? StaffCatalogue.opportunity(opportunityId) : ({})
        dialog.opportunityTitle = o.title || ""
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
            text: qsTr("Wie past hierbij?")
        }
        Label {
            Layout.fillWidth: true
            text: dialog.opportunityTitle
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "noCandidates"
            Layout.fillWidth: true
            visible: candidateList.count === 0
            text: qsTr("Er is nu niemand die hierbij past en toestemming gaf.")
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ListView {
            id: candidateList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            reuseItems: true
            spacing: Theme.spacing
            model: StaffCatalogue.candidates
            delegate: Rectangle {
                id: row
                required property string name
                required property string reason
                required property bool signedUp
                width: ListView.view.width
                height: rowColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: row.signedUp ? Theme.surfaceMuted : Theme.background
                border.color: Theme.border
                border.width: Theme.borderWidth
                Accessible.role: Accessible.ListItem
                Accessible.name: row.signedUp ? qsTr("%1, al aangemeld. %2").arg(row.name).arg(row.reason)
                                              : qsTr("%1. %2").arg(row.name).arg(row.reason)
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
                            text: row.name
                            color: Theme.text
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            visible: row.signedUp
                            text: qsTr("Al aangemeld")
                            color: Theme.success
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.reason
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        ActionButton {
            size: ActionButton.Compact
            objectName: "closeCandidatesButton"
            Layout.fillWidth: true
            variant: ActionButton.Quiet
            text: qsTr("Sluiten")
            onClicked: dialog.close()
        }
    }
}
