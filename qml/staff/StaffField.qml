// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// A labelled one-line input on the staff tablet, with its problem (if any) right beneath.
ColumnLayout {
    id: field

    property string label
    property string error
    property alias placeholderText: input.placeholderText
    property alias text: input.text
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias validator: input.validator
    readonly property alias input: input
    signal accepted()

    spacing: Theme.spacing / 2
    // Qt 6.4 tells AT-SPI no name for a password field, whatever Accessible.name says: around
    // a PIN or password, this group carries the label instead (elsewhere the field does).
    Accessible.role: Accessible.Grouping
    Accessible.name: field.label
    Accessible.ignored: input.echoMode !== TextInput.Password
    // Beside a field with a message beneath it, the others keep their labels in line.
    Layout.alignment: Qt.AlignTop

    // The field's natural width does not follow its label or what is typed in it, so two
    // columns of fields stay as wide as each other while someone types.
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        Layout.fillWidth: true
        implicitWidth: Theme.staffRailWidth
        implicitHeight: Theme.minimumTouchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.description: field.error
        onAccepted: field.accepted()
        // Text put in from outside (an opportunity loaded for editing) shows from its start.
        onTextChanged: {
            if (!input.activeFocus)
                input.cursorPosition = 0
        }
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: input.activeFocus || field.error.length > 0 ? Theme.focusWidth : Theme.borderWidth
            border.color: field.error.length > 0 ? Theme.danger : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: field.error
    }
}
