// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen
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
    // Room for the magnifier at the start of the field (the end in Arabic).
    // Tight at the other end, so that the example words still fit on a phone.
    readonly property int iconRoom: Theme.spacing + Theme.iconSmall + Theme.spacing / 2
    leftPadding: AppContext.rightToLeft ? Theme.spacing / 2 : field.iconRoom
    rightPadding: AppContext.rightToLeft ? field.iconRoom : Theme.spacing / 2
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Zoeken")
    Accessible.searchEdit: true
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: field.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: field.activeFocus ? Theme.focus : Theme.border
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            x: AppContext.rightToLeft ? parent.width - width - Theme.spacing : Theme.spacing
            name: "search"
            size: Theme.iconSmall
            color: Theme.textMuted
        }
    }
}
