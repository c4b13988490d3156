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

    readonly property ListView signupList: signupList

    StaffReviewOpportunityProxy {
        id: opportunities
        sourceModel: StaffReview.reviewOpportunities
        kind: page.kind
    }

    StaffSignupProxy {
        id: signups
        sourceModel: StaffReview.signups
        opportunityId: page.selectedOpportunity
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
                visible: opportunityList.count === 0
                text: qsTr("Nog geen aanmeldingen.")
                color: Theme.textMuted
            }
            ListView {
                id: opportunityList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                reuseItems: true
                spacing: Theme.spacing
                model: opportunities
                delegate: ActionButton {
                    id: opportunity
                    required property string opportunityId
                    required property string title
                    required property int confirmed
                    required property int capacity          // 0 = unlimited
                    required property int waitlistLength
                    size: ActionButton.Compact
                    width: ListView.view.width
                    ListView.onPooled: opportunity.visible = false
                    ListView.onReused: opportunity.visible = true
                    variant: ActionButton.Quiet
                    selected: page.selectedOpportunity === opportunity.opportunityId
                    text: qsTr("%1\n%2 van %3 bevestigd · wachtlijst %4")
                          .arg(opportunity.title).arg(opportunity.confirmed)
                          .arg(opportunity.capacity > 0 ? opportunity.capacity : qsTr("onbeperkt"))
                          .arg(opportunity.waitlistLength)
                    Accessible.name: opportunity.title
                    onClicked: page.selectedOpportunity = opportunity.opportunityId
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
                id: signupList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                reuseItems: true
                spacing: Theme.spacing
                // No opportunity chosen shows none (an empty opportunityId would show all).
                model: page.selectedOpportunity.length > 0 ? signups : null
                delegate: Rectangle {
                    id: row
                    required property string signupId
                    required property string name
                    required property string state
                    required property var waitlistPosition   // empty unless waitlisted
                    required property string referenceCode
                    required property string placement
                    required property string motivation
                    required property bool pending
                    readonly property var allowed: {
                        StaffSession.revision
                        return StaffReview.allowedDecisions(row.signupId)
                    }
                    width: ListView.view.width
                    height: rowLayout.implicitHeight + 2 * Theme.spacing
                    // A row waiting for reuse is only culled where it stood; hidden, a screen
                    // reader does not read it (or its buttons) among the rows on view.
                    ListView.onPooled: row.visible = false
                    ListView.onReused: row.visible = true
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
                                text: row.name.length > 0 ? row.name : qsTr("(gewist)")
                                color: Theme.text
                                font.bold: true
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: (row.state === "confirmed" ? qsTr("Bevestigd")
                                       : row.state === "pending" ? qsTr("Te beoordelen (plek vastgehouden)")
                                       : row.state === "waitlisted" ? qsTr("Wachtlijst #%1").arg(row.waitlistPosition)
                                       : row.state === "declined" ? qsTr("Afgewezen")
                                       : row.state === "withdrawn" ? qsTr("Teruggetrokken") : "")
                                      + " · " + row.referenceCode
                                      + (row.placement === "started" ? " · " + qsTr("traject gestart")
                                         : row.placement === "completed" ? " · " + qsTr("traject afgerond")
                                         : row.placement === "dropped-out" ? " · " + qsTr("uitgevallen") : "")
                                      + (row.pending ? " · " + qsTr("besluit wacht op verzending") : "")
                                color: row.pending ? Theme.warning : Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: row.motivation.length > 0
                                text: row.motivation
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: page.kind === "training" && row.state === "confirmed"
                                     && row.placement === "" && !row.pending
                            variant: ActionButton.Quiet
                            text: qsTr("Gestart")
                            Accessible.name: qsTr("Traject van %1 gestart").arg(row.name)
                            onClicked: StaffReview.recordPlacement(row.signupId, "started")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: page.kind === "training" && row.placement === "started" && !row.pending
                            variant: ActionButton.Quiet
                            text: qsTr("Afgerond")
                            Accessible.name: qsTr("Traject van %1 afgerond").arg(row.name)
                            onClicked: StaffReview.recordPlacement(row.signupId, "completed")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: page.kind === "training" && row.placement === "started" && !row.pending
                            variant: ActionButton.Quiet
                            text: qsTr("Uitgevallen")
                            Accessible.name: qsTr("%1 is uitgevallen").arg(row.name)
                            onClicked: StaffReview.recordPlacement(row.signupId, "dropped-out")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: row.allowed.confirm === true
                            text: qsTr("Bevestigen")
                            Accessible.name: qsTr("%1 bevestigen").arg(row.name)
                            onClicked: page.openDecision(row.signupId, "confirm")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: row.allowed.waitlist === true
                            variant: ActionButton.Quiet
                            text: qsTr("Wachtlijst")
                            Accessible.name: qsTr("%1 op de wachtlijst").arg(row.name)
                            onClicked: page.openDecision(row.signupId, "waitlist")
                        }
                        ActionButton {
                            size: ActionButton.Compact
                            visible: row.allowed.decline === true
                            variant: ActionButton.Danger
                            text: qsTr("Afwijzen")
                            Accessible.name: qsTr("%1 afwijzen").arg(row.name)
                            onClicked: page.openDecision(row.signupId, "decline")
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
