// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Sign-ups (or training applications) per opportunity with capacity, confirmed count and
// waitlist order; each can be confirmed, waitlisted or declined as the rules allow.
Item {
    id: page

    // "volunteer" (volunteer tasks and self-management) or "training".
    property string kind: "volunteer"
    property string selectedOpportunity: ""
    readonly property bool portrait: width < height * 0.9

    readonly property var opportunities: {
        StaffSession.revision
        return StaffReview.reviewOpportunities(page.kind)
    }
    readonly property var signups: {
        StaffSession.revision
        return page.selectedOpportunity.length > 0 ? StaffReview.signupsFor(page.selectedOpportunity) : []
    }

    readonly property StaffDecisionDialog dialog: dialog
    function openDecision(signupId: string, decision: string) {
        dialog.signupId = signupId
        dialog.decision = decision
        dialog.open()
    }

    GridLayout {
        anchors.fill: parent
        columns: page.portrait ? 1 : 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: page.portrait ? -1 : Theme.staffListWidth
            Layout.fillWidth: page.portrait
            Layout.fillHeight: !page.portrait
            Layout.preferredHeight: page.portrait ? page.height * 0.4 : -1
            spacing: Theme.spacing
            StaffSectionTitle {
                Layout.fillWidth: true
                text: page.kind === "training" ? qsTr("Trainingsplaatsen") : qsTr("Aanmeldingen per activiteit")
            }
            Label {
                Layout.fillWidth: true
                visible: page.opportunities.length === 0
                text: qsTr("Nog geen aanmeldingen.")
                color: Theme.textMuted
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                reuseItems: true
                spacing: Theme.spacing
                model: page.opportunities
                delegate: ActionButton {
                    required property var modelData
                    size: ActionButton.Compact
                    width: ListView.view.width
                    variant: ActionButton.Quiet
                    selected: page.selectedOpportunity === modelData.opportunityId
                    text: qsTr("%1\n%2 van %3 bevestigd · wachtlijst %4")
                          .arg(modelData.title).arg(modelData.confirmed)
                          .arg(modelData.capacity > 0 ? modelData.capacity : qsTr("onbeperkt"))
                          .arg(modelData.waitlistLength)
                    Accessible.name: modelData.title
                    onClicked: page.selectedOpportunity = modelData.opportunityId
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                visible: page.selectedOpportunity.length === 0
                text: qsTr("Kies een activiteit om de aanmeldingen te zien.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                reuseItems: true
                spacing: Theme.spacing
                model: page.signups
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    readonly property var allowed: {
                        StaffSession.revision
                        return StaffReview.allowedDecisions(row.modelData.signupId)
                    }
                    width: ListView.view.width
                    height: rowLayout.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: row.modelData.name.length > 0 ? row.modelData.name : qsTr("(gewist)")
                                color: Theme.text
                                font.bold: true
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: (row.modelData.state === "confirmed" ? qsTr("Bevestigd")
                                       : row.modelData.state === "waitlisted" ? qsTr("Wachtlijst #%1").arg(row.modelData.waitlistPosition)
                                       : row.modelData.state === "declined" ? qsTr("Afgewezen")
                                       : row.modelData.state === "withdrawn" ? qsTr("Teruggetrokken") : row.modelData.state)
                                      + " · " + row.modelData.referenceCode
                                      + (row.modelData.placement === "started" ? " · " + qsTr("traject gestart")
                                         : row.modelData.placement === "completed" ? " · " + qsTr("traject afgerond")
                                         : row.modelData.placement === "dropped-out" ? " · " + qsTr("uitgevallen") : "")
                                      + (row.modelData.pending ? " · " + qsTr("besluit wacht op verzending") : "")
                                color: row.modelData.pending ? Theme.warning : Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: row.modelData.motivation.length > 0
                                text: row.modelData.motivation
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: page.kind === "training" && row.modelData.state === "confirmed"
                                     && row.modelData.placement === "" && !row.modelData.pending
                            variant: ActionButton.Quiet
                            text: qsTr("Gestart")
                            Accessible.name: qsTr("Traject van %1 gestart").arg(row.modelData.name)
                            onClicked: StaffReview.recordPlacement(row.modelData.signupId, "started")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: page.kind === "training" && row.modelData.placement === "started" && !row.modelData.pending
                            variant: ActionButton.Quiet
                            text: qsTr("Afgerond")
                            Accessible.name: qsTr("Traject van %1 afgerond").arg(row.modelData.name)
                            onClicked: StaffReview.recordPlacement(row.modelData.signupId, "completed")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: page.kind === "training" && row.modelData.placement === "started" && !row.modelData.pending
                            variant: ActionButton.Quiet
                            text: qsTr("Uitgevallen")
                            Accessible.name: qsTr("%1 is uitgevallen").arg(row.modelData.name)
                            onClicked: StaffReview.recordPlacement(row.modelData.signupId, "dropped-out")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: row.allowed.confirm === true
                            text: qsTr("Bevestigen")
                            Accessible.name: qsTr("%1 bevestigen").arg(row.modelData.name)
                            onClicked: page.openDecision(row.modelData.signupId, "confirm")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: row.allowed.waitlist === true
                            variant: ActionButton.Quiet
                            text: qsTr("Wachtlijst")
                            Accessible.name: qsTr("%1 op de wachtlijst").arg(row.modelData.name)
                            onClicked: page.openDecision(row.modelData.signupId, "waitlist")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: row.allowed.decline === true
                            variant: ActionButton.Danger
                            text: qsTr("Afwijzen")
                            Accessible.name: qsTr("%1 afwijzen").arg(row.modelData.name)
                            onClicked: page.openDecision(row.modelData.signupId, "decline")
                        }
                    }
                }
            }
        }
    }

    StaffDecisionDialog {
        id: dialog
        parent: T.Overlay.overlay
    }
}
