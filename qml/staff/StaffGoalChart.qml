// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import Meedoen
import Meedoen.Ui

// One goal's progress over its period (Qt Charts): what was reached at the end of each month
// so far, the straight line from 0 on the first day to the target on the last, and the
// forecast from today to the end (core/goals.h). The x axis counts the period's days, labelled
// by month in the app's language.
ChartView {
    id: chart

    // A goal of StaffResults.results.goals.
    required property var goal

    readonly property var points: chart.goal.points || []
    readonly property real valueTop: chart.topOf(chart.goal)
    // Above the target, the forecast and every point; a multiple of 4, so the steps are whole.
    function topOf(goal: var): real {
        let max = Math.max(1, goal.target, goal.forecast)
        for (const p of (goal.points || []))
            max = Math.max(max, p.value)
        return Math.ceil(max * 1.1 / 4) * 4
    }

    function number(value: real): string {
        return Number(value).toLocaleString(Qt.locale(AppContext.localeName), "f", value % 1 === 0 ? 0 : 1)
    }

    // The month labels of the period, each under its month.
    function fillMonths() {
        chart.monthLabels = chart.clearCategories(monthAxis, chart.monthLabels)
        const labels = []
        const start = new Date(chart.goal.start + "T00:00:00")
        const months = chart.goal.period === "quarter" ? 3 : 12
        const locale = Qt.locale(AppContext.localeName)
        let day = 0
        for (let i = 0; i < months; ++i) {
            const first = new Date(start.getFullYear(), start.getMonth() + i, 1)
            const next = new Date(start.getFullYear(), start.getMonth() + i + 1, 1)
            day += Math.round((next - first) / 86400000)
            const label = locale.standaloneMonthName(first.getMonth(), Locale.ShortFormat)
            monthAxis.append(label, day)
            labels.push(label)
        }
        chart.monthLabels = labels
    }

    // Four steps up to the top, each labelled with its value.
    function fillValues() {
        chart.valueLabels = chart.clearCategories(valueAxis, chart.valueLabels)
        const values = []
        for (let i = 1; i <= 4; ++i) {
            // Not valueTop: in onGoalChanged its binding may not have followed yet.
            const v = chart.topOf(chart.goal) * i / 4
            const label = chart.number(Math.round(v * 10) / 10)
            valueAxis.append(label, v)
            values.push(label)
        }
        chart.valueLabels = values
    }

    function fill() {
        reached.clear()
        forecast.clear()
        reached.append(0, 0)
        const points = chart.goal.points || []
        for (const p of points)
            reached.append(p.day, p.value)
        if (points.length > 0 && chart.goal.status !== "missed" && chart.goal.status !== "not-started") {
            const last = points[points.length - 1]
            if (last.day < chart.goal.days) {
                forecast.append(last.day, last.value)
                forecast.append(chart.goal.days, chart.goal.forecast)
            }
        }
        chart.fillMonths()
        chart.fillValues()
    }

    onGoalChanged: chart.fill()
    Component.onCompleted: chart.fill()
    // The labels this chart put on its category axes (Qt 6.4 does not list them to QML).
    property var valueLabels: []
    property var monthLabels: []
    // Takes the labels off; returns the empty list to keep (a list property hands out copies).
    function clearCategories(axis: var, labels: var): var {
        for (const label of labels)
            axis.remove(label)
        return []
    }
    // Month names and numbers in the language chosen now.
    readonly property string localeName: AppContext.localeName
    onLocaleNameChanged: chart.fill()

    implicitHeight: Theme.chartHeight * 1.4
    antialiasing: true
    backgroundColor: Theme.surface
    backgroundRoundness: Theme.radius
    margins.top: Theme.spacing
    margins.bottom: Theme.spacing
    margins.left: Theme.spacing
    margins.right: Theme.spacing
    legend.visible: true
    legend.alignment: Qt.AlignBottom
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    // The words say what the lines show (a chart's drawing is not read out).
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("%1: %2 van %3, verwachting %4").arg(chart.goal.measureName).arg(chart.number(chart.goal.value))
                     .arg(chart.number(chart.goal.target)).arg(chart.number(chart.goal.forecast))

    CategoryAxis {
        id: monthAxis
        min: 0
        max: chart.goal.days
        labelsPosition: CategoryAxis.AxisLabelsPositionCenter
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridVisible: false
        lineVisible: true
        color: Theme.border
    }
    // Values on a category axis: its labels are numbers in the app's language (fillValues()),
    // and qmllint 6.4 resolves it (it does not resolve Qt Charts' ValueAxis).
    CategoryAxis {
        id: valueAxis
        min: 0
        max: chart.valueTop
        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
        labelsColor: Theme.textMuted
        labelsFont.pixelSize: Theme.fontSmall
        gridLineColor: Theme.surfaceMuted
        color: Theme.border
    }
    LineSeries {
        id: planned
        name: qsTr("Rechte lijn naar het doel")
        axisX: monthAxis
        axisY: valueAxis
        color: Theme.chartPlanned
        width: Theme.chartAxisWidth * 2
        style: Qt.DashLine
        XYPoint { x: 0; y: 0 }
        XYPoint { x: chart.goal.days; y: chart.goal.target }
    }
    LineSeries {
        id: forecast
        name: qsTr("Verwachting")
        axisX: monthAxis
        axisY: valueAxis
        color: Theme.chartForecast
        width: Theme.chartLineWidth
        style: Qt.DotLine
    }
    LineSeries {
        id: reached
        name: qsTr("Gehaald")
        axisX: monthAxis
        axisY: valueAxis
        color: Theme.chartActual
        width: Theme.chartLineWidth
        pointsVisible: true
    }
}
