// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// A choice that is on or off: a filter, an interest, a part of the week; with a pictogram
// (iconName) before its words if it has one.
Button {
    id: chip

    property string iconName
    // The fill when chosen, and the pictogram's colour when not: a route chip uses its
    // route's colour for both (Theme.qml: one meaning per colour).
    property color tint: Theme.primary
    property color iconColor: Theme.text

    checkable: false
    // Two lines rather than cut off, where a long title or large text does not fit.
    implicitHeight: Math.max(Theme.minimumTouchTarget, implicitContentHeight + topPadding + bottomPadding)
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
        color: chip.checked ? chip.tint : (chip.down ? Theme.pressed : Theme.surface)
        border.width: chip.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: chip.visualFocus ? Theme.focus : (chip.checked ? chip.tint : Theme.border)
    }
    contentItem: IconLabel {
        iconName: chip.iconName
        text: (chip.checked ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnPrimary : Theme.text
        iconColor: chip.checked ? Theme.textOnPrimary : chip.iconColor
    }
}
