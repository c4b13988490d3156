// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// A coordinator sets or changes a goal: neighbourhood, route, a year or a quarter, what is
// counted and the target. A problem shows beside its field (StaffResults.goalErrors) and what
// was typed stays until it is saved or cancelled.
ColumnLayout {
    id: form

    // [{id, name}] as StaffResults.neighbourhoods().
    property var neighbourhoods: []
    property string goalId: ""
    property string neighbourhood: ""
    property string route: ""
    property string period: "year"
    property int quarter: 1
    property string measure: ""
    readonly property var errors: StaffResults.goalErrors
    readonly property var measures: StaffResults.goalMeasures()
    signal done()

    // A new goal: this year, the first neighbourhood, nothing counted yet.
    function startNew(neighbourhood: string) {
        StaffResults.clearGoalErrors()
        form.goalId = ""
        form.neighbourhood = neighbourhood.length > 0 ? neighbourhood
                                                      : (form.neighbourhoods.length > 0 ? form.neighbourhoods[0].id : "")
        form.route = ""
        form.period = "year"
        form.quarter = Math.floor(new Date().getMonth() / 3) + 1
        form.measure = ""
        yearField.text = String(new Date().getFullYear())
        targetField.text = ""
    }

    function edit(goalId: string) {
        StaffResults.clearGoalErrors()
        const g = Object.assign({}, StaffResults.goal(goalId))
        form.goalId = g.goalId || ""
        form.neighbourhood = g.neighbourhood || ""
        form.route = g.route || ""
        form.period = g.period || "year"
        form.quarter = g.quarter || 1
        form.measure = g.measure || ""
        yearField.text = g.year || ""
        targetField.text = g.target || ""
    }

    function save() {
        if (StaffResults.saveGoal({goalId: form.goalId, neighbourhood: form.neighbourhood, route: form.route,
                                   period: form.period, year: yearField.text, quarter: form.quarter,
                                   measure: form.measure, target: targetField.text}))
            form.done()
    }

    spacing: Theme.spacing
    Accessible.role: Accessible.Form
    Accessible.name: title.text

    StaffSectionTitle {
        id: title
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        text: form.goalId.length > 0 ? qsTr("Doel wijzigen") : qsTr("Nieuw doel")
    }
    StaffChoiceRow {
        objectName: "goalNeighbourhood"
        Layout.fillWidth: true
        label: qsTr("Wijk")
        options: form.neighbourhoods.map(n => ({value: n.id, text: n.name}))
        value: form.neighbourhood
        onValueChanged: form.neighbourhood = value
    }
    FieldProblem { text: form.errors.neighbourhood || "" }
    StaffChoiceRow {
        objectName: "goalRoute"
        Layout.fillWidth: true
        label: qsTr("Route")
        options: [{value: "", text: qsTr("Alle routes")}, {value: "wonen", text: Format.routeName("wonen")},
                  {value: "leren", text: Format.routeName("leren")}, {value: "werken", text: Format.routeName("werken")},
                  {value: "vrije-tijd", text: Format.routeName("vrije-tijd")}]
        value: form.route
        onValueChanged: form.route = value
    }
    FieldProblem { text: form.errors.route || "" }
    StaffChoiceRow {
        objectName: "goalPeriod"
        Layout.fillWidth: true
        label: qsTr("Periode")
        options: [{value: "year", text: qsTr("Een jaar")}, {value: "quarter", text: qsTr("Een kwartaal")}]
        value: form.period
        onValueChanged: form.period = value
    }
    FieldProblem { text: form.errors.period || "" }
    StaffField {
        id: yearField
        objectName: "goalYear"
        Layout.fillWidth: true
        label: qsTr("Jaar")
        error: form.errors.year || ""
        inputMethodHints: Qt.ImhDigitsOnly
    }
    StaffChoiceRow {
        objectName: "goalQuarter"
        visible: form.period === "quarter"
        Layout.fillWidth: true
        label: qsTr("Kwartaal")
        options: [{value: "1", text: qsTr("Kwartaal %1").arg(1)}, {value: "2", text: qsTr("Kwartaal %1").arg(2)},
                  {value: "3", text: qsTr("Kwartaal %1").arg(3)}, {value: "4", text: qsTr("Kwartaal %1").arg(4)}]
        value: String(form.quarter)
        onValueChanged: form.quarter = parseInt(value, 10)
    }
    FieldProblem { text: form.period === "quarter" ? (form.errors.quarter || "") : "" }
    StaffChoiceRow {
        objectName: "goalMeasure"
        Layout.fillWidth: true
        label: qsTr("Wat telt")
        options: form.measures
        value: form.measure
        onValueChanged: form.measure = value
    }
    FieldProblem { text: form.errors.measure || "" }
    StaffField {
        id: targetField
        objectName: "goalTarget"
        Layout.fillWidth: true
        label: form.measure === "hours" ? qsTr("Doel (aantal uren aan het eind)") : qsTr("Doel (aantal aan het eind)")
        error: form.errors.target || ""
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: form.save()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ActionButton {
            objectName: "saveGoalButton"
            size: ActionButton.Compact
            text: qsTr("Doel opslaan")
            onClicked: form.save()
        }
        ActionButton {
            objectName: "cancelGoalButton"
            size: ActionButton.Compact
            variant: ActionButton.Quiet
            text: qsTr("Annuleren")
            onClicked: {
                StaffResults.clearGoalErrors()
                StaffSession.clearMessage()
                form.done()
            }
        }
    }

    // A choice's problem right beneath it.
    component FieldProblem: Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        visible: text.length > 0
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
