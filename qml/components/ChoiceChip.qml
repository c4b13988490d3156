// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// A choice that is on or off: a filter, an interest, a part of the week.
Button {
    id: chip

    checkable: false
    implicitHeight: Theme.minimumTouchTarget
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    A11y.role: Accessible.CheckBox
    Accessible.name: chip.text
    Accessible.checkable: true
    A11y.checkable: true
    Accessible.checked: chip.checked

    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.primary : (chip.down ? Theme.pressed : Theme.surface)
        border.width: chip.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: chip.visualFocus ? Theme.focus : (chip.checked ? Theme.primary : Theme.border)
    }
    contentItem: Label {
        text: (chip.checked ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
