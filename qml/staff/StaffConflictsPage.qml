// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Decisions taken on a version of a sign-up that had changed meanwhile (another tablet
// decided first, the tenant withdrew). They changed nothing; look again and decide anew.
ColumnLayout {
    id: page
    spacing: Theme.spacing

    function decisionName(d: string): string {
        return d === "confirm" ? qsTr("bevestigen") : d === "waitlist" ? qsTr("wachtlijst") : qsTr("afwijzen")
    }
    function stateName(s: string): string {
        return s === "confirmed" ? qsTr("bevestigd") : s === "waitlisted" ? qsTr("op de wachtlijst")
             : s === "pending" ? qsTr("te beoordelen")
             : s === "declined" ? qsTr("afgewezen") : s === "withdrawn" ? qsTr("teruggetrokken") : s
    }

    StaffSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Conflicten")
    }
    Label {
        Layout.fillWidth: true
        text: conflictList.count === 0 ? qsTr("Geen conflicten.")
              : qsTr("Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ListView {
        id: conflictList
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        spacing: Theme.spacing
        model: StaffReview.conflicts
        delegate: Rectangle {
            id: card
            required property string title
            required property string name               // empty once erased
            required property string referenceCode
            required property string decision
            required property string staffName
            required property int seenVersion
            required property int currentVersion
            required property string currentState
            required property string decidedAt
            width: ListView.view.width
            height: column.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.warning
            border.width: Theme.borderWidth
            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing / 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 — %2 (%3)").arg(card.title).arg(card.name.length > 0 ? card.name : qsTr("(gewist)"))
                          .arg(card.referenceCode)
                    color: Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Besluit \"%1\" door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.")
                          .arg(page.decisionName(card.decision))
                          .arg(card.staffName.length > 0 ? card.staffName : qsTr("een collega"))
                          .arg(card.seenVersion).arg(card.currentVersion)
                          .arg(page.stateName(card.currentState))
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.decidedAt.length > 0 ? Format.moment(card.decidedAt) : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
