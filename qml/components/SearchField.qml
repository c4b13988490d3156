// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen
import Meedoen.Ui
import QtQuick.Controls.Basic

// Search-as-you-type over the catalogue.
TextField {
    id: field
    // Tall enough for the whole hint: in some languages and at large text it takes two lines.
    implicitHeight: Math.max(Theme.touchTarget, hint.implicitHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBody
    color: Theme.text
    inputMethodHints: Qt.ImhNoPredictiveText
    // Room for the magnifier at the start of the field (the end in Arabic).
    // Tight at the other end, so that the example words still fit on a phone.
    readonly property int iconRoom: Theme.spacing + Theme.iconSmall + Theme.spacing / 2
    leftPadding: AppContext.rightToLeft ? Theme.spacing / 2 : field.iconRoom
    rightPadding: AppContext.rightToLeft ? field.iconRoom : Theme.spacing / 2
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Zoeken")
    Accessible.searchEdit: true
    Accessible.description: hint.text

    // The hint in place of a placeholder, which would be cut off where it does not fit.
    Label {
        id: hint
        x: field.leftPadding
        y: field.topPadding
        width: field.width - field.leftPadding - field.rightPadding
        height: field.height - field.topPadding - field.bottomPadding
        visible: field.length === 0 && field.preeditText.length === 0
        text: qsTr("Zoek op woord, bijvoorbeeld tuin of taal")
        color: Theme.textMuted
        font: field.font
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
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
