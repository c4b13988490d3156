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
    Label {
        Layout.fillWidth: true
        text: row.label
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: row.options
            delegate: StaffButton {
                required property var modelData
                secondary: true
                selected: row.value === modelData.value
                text: modelData.text
                Accessible.name: qsTr("%1: %2").arg(row.label).arg(modelData.text)
                onClicked: row.value = modelData.value
            }
        }
    }
}
