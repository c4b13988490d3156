// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// A wrapping label whose longest word fits on one line: with large text on a narrow phone the
// letters get a little smaller rather than a word breaking in two ("Vrijwilligerswer-k").
Label {
    id: label

    // The size when every word fits.
    property int fullPixelSize: Theme.fontBody
    property bool bold: false

    readonly property real line: label.width - label.leftPadding - label.rightPadding
    readonly property real longestWord: {
        let widest = 0
        for (const word of label.text.split(/\s+/))
            widest = Math.max(widest, metrics.advanceWidth(word))
        return widest
    }

    wrapMode: Text.Wrap
    font.bold: label.bold
    // Not below 60 %: a word that long is broken, and the layout check says so.
    font.pixelSize: label.line > 0 && label.longestWord > label.line
                    ? Math.max(Math.round(label.fullPixelSize * 0.6), Math.floor(label.fullPixelSize * label.line / label.longestWord))
                    : label.fullPixelSize

    FontMetrics {
        id: metrics
        font.pixelSize: label.fullPixelSize
        font.bold: label.bold
    }
}
