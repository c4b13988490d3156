// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// Every button of the app, in one of four variants and two sizes; sizes and colours come
// from Theme. Large is a tenant's next step (a touch target high, large type); Compact is
// for the staff tablet's dense screens (at least the minimum touch target both ways).
Button {
    id: button

    enum Variant {
        Primary,    // the one thing to do next: filled
        Secondary,  // an alternative: outlined in the primary colour
        Quiet,      // one of many side by side (lists, choices): outlined in the border colour
        Danger      // cannot be undone: filled red
    }
    enum Size { Large, Compact }

    property int variant: ActionButton.Primary
    property int size: ActionButton.Large
    // The chosen one of a list of Secondary or Quiet buttons.
    property bool selected: false
    // A pictogram of assets/icons before the words ("back", "next", "print" …); none if empty.
    property string iconName

    readonly property bool outlined: button.variant === ActionButton.Secondary || button.variant === ActionButton.Quiet
    readonly property bool compact: button.size === ActionButton.Compact

    // A touch target high, and higher where the words take two lines (long words, large text).
    implicitHeight: Math.max(button.compact ? Theme.minimumTouchTarget : Theme.touchTarget,
                             implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(button.compact ? Theme.minimumTouchTarget : 0, implicitContentWidth + leftPadding + rightPadding)
    // A pictogram brings blank room of its own: less padding, so that a back button with
    // its arrow is no wider than it was with a "‹" (long titles beside it on a phone).
    leftPadding: button.iconName.length > 0 ? Theme.padding - Theme.spacing / 2 : Theme.padding
    rightPadding: button.leftPadding
    font.pixelSize: button.compact ? Theme.fontBody : Theme.fontLarge
    font.bold: !button.outlined || button.selected
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: button.text
    Accessible.selected: button.selected

    background: Rectangle {
        radius: Theme.radius
        color: button.variant === ActionButton.Danger ? (button.down ? Qt.darker(Theme.danger, 1.2) : Theme.danger)
             : button.outlined ? (button.down || button.selected ? Theme.pressed : Theme.surface)
             : (button.down ? Qt.darker(Theme.primary, 1.25) : Theme.primary)
        border.width: button.visualFocus ? Theme.focusWidth : (button.outlined ? Theme.borderWidth : 0)
        border.color: button.visualFocus ? Theme.focus
                    : (button.variant === ActionButton.Quiet && !button.selected ? Theme.border : Theme.primary)
        opacity: button.enabled ? 1 : 0.5
    }
    contentItem: IconLabel {
        iconName: button.iconName
        text: button.text
        font: button.font
        color: button.outlined ? Theme.primary : Theme.textOnPrimary
    }
}
