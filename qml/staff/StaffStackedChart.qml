// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import Meedoen
import Meedoen.Ui

// Stacked bars (Qt Charts): a bar per category (a route, a month), each made of its series
// ({name, values, color}) one on the other, with a legend. The ladder moves on the dashboard
// (up, the same, down per route) and a partner's hours (put in, come of it) per month. Colours
// and sizes from Theme; numbers in the app's language.
ChartView {
    id: chart

    property var labels: []
    property var series: []
    property string name

    function totals(): var {
        const sums = chart.labels.map(() => 0)
        for (const s of chart.series) {
            for (let i = 0; i < s.values.length && i < sums.length; ++i)
                sums[i] += s.values[i]
        }
        return sums
    }
    // The axis' top: above the highest stack, a multiple of 4 so the four steps are whole.
    function topOf(values: var): real {
        let max = 1
        for (const v of values)
            max = Math.max(max, v)
        return Math.ceil(max * 1.15 / 4) * 4
    }
    readonly property real valueTop: chart.topOf(chart.totals())

    function fill() {
        bars.clear()
        for (const s of chart.series) {
            const set = bars.append(s.name, s.values)
            if (set) {
                set.color = s.color
                set.borderColor = s.color
                set.labelColor = Theme.textOnPrimary
            }
        }
        chart.valueLabels = chart.clearCategories(valueAxis, chart.valueLabels)
        const values = []
        const locale = Qt.locale(AppContext.localeName)
        const top = chart.topOf(chart.totals())
        for (let i = 1; i <= 4; ++i) {
            const v = top * i / 4
            const label = Number(v).toLocaleString(locale, "f", v % 1 === 0 ? 0 : 1)
            valueAxis.append(label, v)
            values.push(label)
        }
        chart.valueLabels = values
    }
    // The labels this chart put on its value axis (Qt 6.4 does not list them to QML).
    property var valueLabels: []
    function clearCategories(axis: var, labels: var): var {
        for (const label of labels)
            axis.remove(label)
        return []
    }

    onSeriesChanged: chart.fill()
    onLabelsChanged: chart.fill()
    Component.onCompleted: chart.fill()
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
    legend.visible: true
    legend.alignment: Qt.AlignBottom
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fontSmall
    Accessible.role: Accessible.Chart
    Accessible.name: {
        const locale = Qt.locale(AppContext.localeName)
        const parts = []
        for (let i = 0; i < chart.labels.length; ++i) {
            const values = chart.series.map(s => s.name + " " + Number(s.values[i] || 0).toLocaleString(locale, "f", 0))
            parts.push(chart.labels[i] + ": " + values.join(", "))
        }
        return chart.name + " — " + parts.join("; ")
    }

    StackedBarSeries {
        id: bars
        labelsVisible: true
        labelsPosition: AbstractBarSeries.LabelsCenter
        labelsPrecision: 4
        barWidth: 0.6
        axisX: BarCategoryAxis {
            categories: chart.labels
            labelsColor: Theme.textMuted
            labelsFont.pixelSize: Theme.fontSmall
            gridVisible: false
            color: Theme.border
        }
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
