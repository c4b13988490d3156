// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// A button on the staff tablet: at least a touch target high, filled, outlined or danger.
Button {
    id: button

    property bool secondary: false
    property bool danger: false
    property bool selected: false

    implicitHeight: Math.max(Theme.minimumTouchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.minimumTouchTarget, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    font.pixelSize: Theme.fontBody
    font.bold: !button.secondary || button.selected
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: button.text

    background: Rectangle {
        radius: Theme.radius
        color: button.danger ? (button.down ? Qt.darker(Theme.danger, 1.2) : Theme.danger)
             : button.secondary ? (button.down || button.selected ? Theme.pressed : Theme.surface)
             : (button.down ? Qt.darker(Theme.primary, 1.25) : Theme.primary)
        border.width: button.visualFocus ? Theme.focusWidth : (button.secondary ? Theme.borderWidth : 0)
        border.color: button.visualFocus ? Theme.focus : (button.selected ? Theme.primary : Theme.border)
        opacity: button.enabled ? 1 : 0.5
    }
    contentItem: Label {
        text: button.text
        font: button.font
        color: button.secondary ? Theme.primary : Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
