// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// A tenant's route up the ladder on the person page (consultant role; docs/privacy.md
// "Trajectory"): each route's rung now, a reminder when the last measurement is more than
// six months old, the step a sign-up's outcome proposes, and the form that records a step
// (route, rung, date, a short note, optionally a personal goal with a review date). What was
// typed stays when the controller refuses it; the field it names shows why.
ColumnLayout {
    id: section
    objectName: "staffTrajectory"
    required property string personId
    readonly property var info: {
        StaffSession.revision
        return section.personId.length > 0 ? StaffPersons.trajectory(section.personId) : ({})
    }
    readonly property var routes: section.info.routes || []
    readonly property var ladders: section.info.ladders || []
    readonly property var proposal: section.info.proposal || ({})
    // The refusal of the last attempt: {field, message}; empty after a step was queued.
    property var refusal: ({})
    property string saved: ""

    readonly property var selectedLadder: section.ladders.length > 0
                                          ? section.ladders[Math.max(0, routeBox.currentIndex)] : ({})
    function errorFor(field: string): string {
        return section.refusal.field === field ? section.refusal.message : ""
    }
    function today(): string {
        return new Date().toISOString().slice(0, 10)
    }
    function useProposal() {
        const i = section.ladders.findIndex(l => l.route === section.proposal.route)
        if (i >= 0)
            routeBox.currentIndex = i
        rungBox.currentIndex = section.proposal.rung - 1
    }
    function record() {
        const ladder = section.selectedLadder
        const answer = StaffPersons.recordStep(section.personId, ladder.route || "", rungBox.currentIndex + 1,
                                               dateField.text, noteField.text, goalField.text, reviewField.text)
        if (answer.ok) {
            section.refusal = ({})
            section.saved = qsTr("Stap vastgelegd; wordt verstuurd.")
            noteField.text = ""
            goalField.text = ""
            reviewField.text = ""
        } else {
            section.saved = ""
            section.refusal = answer
        }
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        text: qsTr("Traject")
        color: Theme.text
        font.bold: true
    }
    Label {
        objectName: "trajectoryNoConsent"
        Layout.fillWidth: true
        visible: section.info.consent !== true
        text: qsTr("Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Repeater {
        model: section.routes
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            objectName: "trajectoryRoute_" + modelData.route
            text: qsTr("%1: trede %2 van %3, %4 (gemeten %5)").arg(Format.routeName(modelData.route))
                  .arg(modelData.rung).arg(modelData.top).arg(modelData.title).arg(Format.date(modelData.date))
                  + (modelData.due ? " — " + qsTr("meet opnieuw: langer dan zes maanden geleden") : "")
                  + (modelData.goal ? "\n" + qsTr("Doel: %1 (bespreken op %2)").arg(modelData.goal)
                                      .arg(Format.date(modelData.goalReview)) : "")
            color: modelData.due ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        objectName: "trajectoryProposal"
        Layout.fillWidth: true
        visible: section.info.consent === true && section.proposal.route !== undefined
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Voorstel: %1 naar trede %2 (%3). %4").arg(Format.routeName(section.proposal.route || ""))
                  .arg(section.proposal.rung || 0).arg(section.proposal.title || "").arg(section.proposal.reason || "")
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "useProposalButton"
            size: ActionButton.Compact
            variant: ActionButton.Quiet
            text: qsTr("Overnemen")
            onClicked: section.useProposal()
        }
    }

    GridLayout {
        objectName: "trajectoryForm"
        Layout.fillWidth: true
        visible: section.info.consent === true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2
        ColumnLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Route"); color: Theme.text }
            ComboBox {
                id: routeBox
                objectName: "trajectoryRouteBox"
                Layout.preferredHeight: Theme.touchTarget
                Layout.fillWidth: true
                model: section.ladders.map(l => Format.routeName(l.route))
                Accessible.name: qsTr("Route")
                A11y.role: Accessible.ComboBox
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Trede"); color: Theme.text }
            ComboBox {
                id: rungBox
                objectName: "trajectoryRungBox"
                Layout.preferredHeight: Theme.touchTarget
                Layout.fillWidth: true
                model: (section.selectedLadder.rungs || []).map(r => r.level + ". " + r.title)
                Accessible.name: qsTr("Trede")
                A11y.role: Accessible.ComboBox
                Accessible.description: section.errorFor("rung")
            }
            Label {
                visible: section.errorFor("rung").length > 0
                text: section.errorFor("rung")
                color: Theme.danger
            }
        }
        StaffField {
            id: dateField
            objectName: "trajectoryDate"
            Layout.fillWidth: true
            label: qsTr("Datum van de meting (jjjj-mm-dd)")
            text: section.today()
            error: section.errorFor("date")
        }
        StaffField {
            id: noteField
            objectName: "trajectoryNote"
            Layout.fillWidth: true
            label: qsTr("Korte notitie")
            error: section.errorFor("note")
        }
        StaffField {
            id: goalField
            objectName: "trajectoryGoal"
            Layout.fillWidth: true
            label: qsTr("Persoonlijk doel (mag leeg)")
            placeholderText: qsTr("Bijvoorbeeld: over 6 maanden een stageplek")
            error: section.errorFor("goal")
        }
        StaffField {
            id: reviewField
            objectName: "trajectoryReview"
            Layout.fillWidth: true
            label: qsTr("Doel bespreken op (jjjj-mm-dd)")
            error: section.errorFor("goalReview")
        }
    }
    Label {
        objectName: "trajectoryMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: section.saved.length > 0 ? section.saved
              : (["consent", "route", "permission", "queue"].includes(section.refusal.field) ? section.refusal.message : "")
        color: section.saved.length > 0 ? Theme.success : Theme.danger
        wrapMode: Text.Wrap
    }
    ActionButton {
        objectName: "recordStepButton"
        visible: section.info.consent === true
        size: ActionButton.Compact
        text: qsTr("Stap vastleggen")
        onClicked: section.record()
    }
}
