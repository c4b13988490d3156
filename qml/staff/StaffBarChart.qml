// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui

// A bar chart per month, drawn on a Canvas: one bar per value, the label under it and the
// value above it. Colours and sizes from Theme.
Canvas {
    id: chart

    property var labels: []
    property var values: []
    property color barColor: Theme.chartBar
    property string valueSuffix: ""

    implicitHeight: Theme.chartHeight
    Accessible.role: Accessible.Chart
    Accessible.name: {
        let parts = []
        for (let i = 0; i < chart.labels.length; ++i)
            parts.push(chart.labels[i] + ": " + chart.values[i] + chart.valueSuffix)
        return parts.join(", ")
    }
    onValuesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const n = chart.values.length
        if (n === 0)
            return
        const font = Theme.fontSmall
        const top = font + Theme.spacing
        const bottom = chart.height - font - Theme.spacing
        let max = 0
        for (let i = 0; i < n; ++i)
            max = Math.max(max, chart.values[i])
        if (max <= 0)
            max = 1
        const slot = chart.width / n
        const barWidth = Math.max(1, slot - 2 * Theme.chartBarGap)
        ctx.font = font + "px sans-serif"
        ctx.textAlign = "center"
        ctx.strokeStyle = Theme.border
        ctx.lineWidth = Theme.chartAxisWidth
        ctx.beginPath()
        ctx.moveTo(0, bottom)
        ctx.lineTo(chart.width, bottom)
        ctx.stroke()
        for (let j = 0; j < n; ++j) {
            const h = (bottom - top) * chart.values[j] / max
            const x = j * slot + Theme.chartBarGap
            ctx.fillStyle = chart.barColor
            ctx.fillRect(x, bottom - h, barWidth, h)
            ctx.fillStyle = Theme.text
            ctx.fillText(String(chart.values[j]) + chart.valueSuffix, x + barWidth / 2, bottom - h - Theme.spacing / 2)
            ctx.fillStyle = Theme.textMuted
            ctx.fillText(String(chart.labels[j]), x + barWidth / 2, chart.height - Theme.spacing / 2)
        }
    }
}
