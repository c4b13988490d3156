// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A large touch tile: a pictogram (iconName), a title and one line of explanation.
AbstractButton {
    id: tile

    property string subtitle
    property string iconName
    property color tint: Theme.primary

    implicitHeight: Math.max(Theme.touchTarget * 2, tile.contentItem.implicitHeight + 2 * Theme.padding)
    implicitWidth: tile.contentItem.implicitWidth + 2 * Theme.padding
    padding: Theme.padding
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: tile.text
    Accessible.description: tile.subtitle

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Qt.darker(tile.tint, 1.25) : tile.tint
        border.width: tile.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
    contentItem: RowLayout {
        spacing: Theme.padding
        Icon {
            visible: tile.iconName.length > 0
            name: tile.iconName
            size: Theme.iconLarge
            color: Theme.textOnPrimary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            WholeWordsLabel {
                Layout.fillWidth: true
                text: tile.text
                color: Theme.textOnPrimary
                fullPixelSize: Theme.fontLarge
                bold: true
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: tile.subtitle
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }
}
