// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen.Ui

// A labelled one-line input on the staff tablet.
ColumnLayout {
    id: field

    property string label
    property alias text: input.text
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias validator: input.validator
    readonly property alias input: input
    signal accepted()

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.name: field.label
        onAccepted: field.accepted()
    }
}
