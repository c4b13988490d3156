// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// The one thing to do next on a screen: large, high contrast.
Button {
    id: button

    property bool secondary: false

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    font.pixelSize: Theme.fontLarge
    font.bold: !button.secondary
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: button.text

    background: Rectangle {
        radius: Theme.radius
        color: button.secondary ? (button.down ? Theme.pressed : Theme.surface)
                                : (button.down ? Qt.darker(Theme.primary, 1.25) : Theme.primary)
        border.width: button.visualFocus ? Theme.focusWidth : (button.secondary ? Theme.borderWidth : 0)
        border.color: button.visualFocus ? Theme.focus : Theme.primary
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
