// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen.Ui

// A labelled choice of one value among a few ([{value, text}]).
ColumnLayout {
    id: row

    property string label
    property var options: []
    property string value

    spacing: Theme.spacing / 2
    Layout.alignment: Qt.AlignTop
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        wrapMode: Text.Wrap
        text: row.label
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        // A Flow's implicit width is its widest wrapped line, so it follows the width the
        // layout gives it. Were that its preferred width, a GridLayout of two columns would
        // size the column by it, wrap it differently, size again … (the polish loop the
        // opportunity editor had in portrait). The row takes the width it is given instead.
        Layout.preferredWidth: 0
        spacing: Theme.spacing
        Repeater {
            model: row.options
            delegate: ActionButton {
                required property var modelData
                size: ActionButton.Compact
                variant: ActionButton.Quiet
                selected: row.value === modelData.value
                // A long choice wraps inside the row rather than running out of it.
                width: Math.min(implicitWidth, parent.width)
                text: modelData.text
                Accessible.name: qsTr("%1: %2").arg(row.label).arg(modelData.text)
                onClicked: row.value = modelData.value
            }
        }
    }
}
