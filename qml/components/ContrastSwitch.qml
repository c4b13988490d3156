// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The tenant's switch between the usual colours and high contrast (Theme.highContrast). It
// shows AppContext's choice and never keeps its own: a kiosk's session end turns it off.
AbstractButton {
    id: toggle

    text: qsTr("Sterk contrast")
    checkable: false
    checked: AppContext.highContrast
    implicitHeight: Theme.touchTarget
    implicitWidth: toggle.implicitContentWidth + toggle.leftPadding + toggle.rightPadding
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    focusPolicy: Qt.StrongFocus
    A11y.role: Accessible.CheckBox
    Accessible.name: toggle.text
    Accessible.checkable: true
    A11y.checkable: true
    Accessible.checked: toggle.checked
    onClicked: AppContext.highContrast = !AppContext.highContrast

    background: Rectangle {
        radius: Theme.radius
        color: toggle.down ? Theme.pressed : Theme.surface
        border.width: toggle.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: toggle.visualFocus ? Theme.focus : Theme.border
    }
    contentItem: RowLayout {
        spacing: Theme.padding
        Label {
            Layout.fillWidth: true
            text: toggle.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: toggle.checked
            verticalAlignment: Text.AlignVCenter
        }
        // The track, filled when on, with its knob at the end (the start when off).
        Rectangle {
            implicitWidth: Theme.iconSize * 2
            implicitHeight: Theme.iconSize
            radius: height / 2
            color: toggle.checked ? Theme.primary : Theme.surface
            border.width: Theme.borderWidth
            border.color: toggle.checked ? Theme.primary : Theme.border
            Rectangle {
                readonly property real inset: Theme.borderWidth * 2
                width: parent.height - 2 * inset
                height: width
                radius: width / 2
                y: inset
                x: toggle.checked !== toggle.mirrored ? parent.width - width - inset : inset
                color: toggle.checked ? Theme.textOnPrimary : Theme.textMuted
            }
        }
    }
}
