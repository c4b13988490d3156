// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import Meedoen

// The current catalogue results as cards.
ListView {
    id: list

    signal opportunityChosen(string opportunityId)

    model: AppContext.catalogue
    spacing: Theme.spacing
    clip: true
    reuseItems: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Gevonden activiteiten")
    ScrollBar.vertical: ScrollBar {}

    delegate: OpportunityCard {
        required property string opportunityId
        objectName: "card_" + opportunityId
        width: ListView.view.width
        onClicked: list.opportunityChosen(opportunityId)
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.padding
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Niets gevonden. Probeer een ander woord.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }
}
