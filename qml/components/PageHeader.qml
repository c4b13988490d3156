// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen.Ui

// Back, where you are, and (during sign-up) how far along.
RowLayout {
    id: header

    property string title
    property string step
    property bool canGoBack: true
    signal back()

    spacing: Theme.spacing

    ActionButton {
        objectName: "backButton"
        visible: header.canGoBack
        variant: ActionButton.Secondary
        iconName: "back"
        text: qsTr("Terug")
        onClicked: header.back()
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Label {
            Layout.fillWidth: true
            visible: header.step.length > 0
            text: header.step
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
