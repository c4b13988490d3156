// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic

// Search-as-you-type over the catalogue.
TextField {
    id: field
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderText: qsTr("Zoek op woord, bijvoorbeeld tuin of taal")
    placeholderTextColor: Theme.textMuted
    inputMethodHints: Qt.ImhNoPredictiveText
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Zoeken")
    Accessible.searchEdit: true
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }
}
