// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// The pictogram and the words of an IconLabel side by side in the middle, the pair mirrored in
// Arabic (a Row follows LayoutMirroring). Its implicit size comes from its parts at once, not
// from the Row, whose size is known only after a polish.
Item {
    id: pair

    // What to show: the IconLabel that made this pair (untyped: the two files would name each other).
    property var words: null
    readonly property bool hasText: pair.words !== null && pair.words.text.length > 0
    readonly property int iconSize: pair.words ? pair.words.iconSize : 0
    readonly property real spacing: pair.words ? pair.words.spacing : 0

    implicitWidth: pair.iconSize + pair.spacing + (pair.hasText ? oneLine.implicitWidth : 0)
    implicitHeight: Math.max(pair.iconSize, pair.hasText ? label.implicitHeight : 0)

    // The words' width on one line: a wrapping Label's implicitWidth follows its width (a
    // binding loop), and TextMetrics misses the fallback font of Arabic.
    Label {
        id: oneLine
        visible: false
        text: pair.words ? pair.words.text : ""
        font: pair.words ? pair.words.font : Qt.font({})
    }
    Row {
        anchors.centerIn: parent
        spacing: pair.spacing
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: pair.words ? pair.words.iconName : ""
            size: pair.iconSize
            color: pair.words ? pair.words.iconColor : Theme.text
        }
        Label {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            visible: pair.hasText
            width: Math.max(0, Math.min(oneLine.implicitWidth, pair.width - pair.iconSize - pair.spacing))
            text: oneLine.text
            font: oneLine.font
            color: pair.words ? pair.words.color : Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
    }
}
