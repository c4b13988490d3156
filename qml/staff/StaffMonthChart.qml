// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import Meedoen
import Meedoen.Ui

// A bar per month (Qt Charts): the month under it, the value on it. Colours and sizes from
// Theme; numbers in the app's language.
ChartView {
    id: chart

    property var labels: []
    property var values: []
    property string name
    property color barColor: Theme.chartBar

    // The axis' top: above the highest bar, a multiple of 4 so the four steps are whole.
    readonly property real valueTop: chart.topOf(chart.values)
    function topOf(values: var): real {
        let max = 1
        for (const v of values)
            max = Math.max(max, v)
        return Math.ceil(max * 1.15 / 4) * 4
    }

    function fill() {
        bars.clear()
        const set = bars.append(chart.name, chart.values)
        if (set) {
            set.color = chart.barColor
            set.borderColor = chart.barColor
            set.labelColor = Theme.text
        }
        chart.valueLabels = chart.clearCategories(valueAxis, chart.valueLabels)
        const values = []
        const locale = Qt.locale(AppContext.localeName)
        for (let i = 1; i <= 4; ++i) {
            // Not valueTop: in onValuesChanged its binding may not have followed yet.
            const v = chart.topOf(chart.values) * i / 4
            const label = Number(v).toLocaleString(locale, "f", v % 1 === 0 ? 0 : 1)
            valueAxis.append(label, v)
            values.push(label)
        }
        chart.valueLabels = values
    }

    onValuesChanged: chart.fill()
    onBarColorChanged: chart.fill()
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

    implicitHeight: Theme.chartHeight
    antialiasing: true
    backgroundColor: Theme.surface
    backgroundRoundness: Theme.radius
    margins.top: Theme.spacing
    margins.bottom: Theme.spacing
    margins.left: Theme.spacing
    margins.right: Theme.spacing
    legend.visible: false
    Accessible.role: Accessible.Chart
    Accessible.name: {
        const locale = Qt.locale(AppContext.localeName)
        let parts = []
        for (let i = 0; i < chart.labels.length; ++i)
            parts.push(chart.labels[i] + ": " + Number(chart.values[i]).toLocaleString(locale, "f", chart.values[i] % 1 === 0 ? 0 : 1))
        return chart.name + " — " + parts.join(", ")
    }

    BarSeries {
        id: bars
        labelsVisible: true
        labelsPosition: AbstractBarSeries.LabelsOutsideEnd
        labelsPrecision: 4
        barWidth: 0.7
        axisX: BarCategoryAxis {
            categories: chart.labels
            labelsColor: Theme.textMuted
            labelsFont.pixelSize: Theme.fontSmall
            gridVisible: false
            color: Theme.border
        }
        // Values on a category axis (numbers in the app's language; qmllint 6.4 does not
        // resolve Qt Charts' ValueAxis).
        axisY: CategoryAxis {
            id: valueAxis
            min: 0
            max: chart.valueTop
            labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
            labelsColor: Theme.textMuted
            labelsFont.pixelSize: Theme.fontSmall
            gridLineColor: Theme.surfaceMuted
            color: Theme.border
        }
    }
}
