// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// A pictogram (if iconName is set) and words side by side in the middle, the pair mirrored in
// Arabic (a Row follows LayoutMirroring): the content of ActionButton and ChoiceChip. Its
// implicit size comes from its parts at once, not from the Row, whose size is known only
// after a polish (one frame late in a list).
Item {
    id: content

    property string iconName
    property string text
    property font font
    property color color
    property color iconColor: content.color
    property int iconSize: Theme.iconSmall
    property real spacing: Theme.spacing / 2

    implicitWidth: (icon.visible ? icon.implicitWidth + row.spacing : 0) + (words.visible ? oneLine.implicitWidth : 0)
    implicitHeight: Math.max(icon.visible ? icon.implicitHeight : 0, words.implicitHeight)

    // The words' width on one line: a wrapping Label's implicitWidth follows its width (a
    // binding loop), and TextMetrics misses the fallback font of Arabic.
    Label {
        id: oneLine
        visible: false
        text: content.text
        font: content.font
    }
    Row {
        id: row
        anchors.centerIn: parent
        spacing: content.spacing
        Icon {
            id: icon
            anchors.verticalCenter: parent.verticalCenter
            visible: content.iconName.length > 0
            name: content.iconName
            size: content.iconSize
            color: content.iconColor
        }
        Label {
            id: words
            anchors.verticalCenter: parent.verticalCenter
            visible: content.text.length > 0
            width: Math.max(0, Math.min(oneLine.implicitWidth, content.width - (icon.visible ? icon.width + row.spacing : 0)))
            text: content.text
            font: content.font
            color: content.color
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
    }
}
