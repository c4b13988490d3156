// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Tenants who asked on their phone to erase their data (GDPR Art. 17). Staff carry a request
// out with the person's erasure (PIN again, as on the persons page); it is then done here at
// once, and on every device after the server has it.
ColumnLayout {
    id: page
    spacing: Theme.spacing

    readonly property StaffEraseDialog eraseDialog: eraseDialog
    readonly property ListView list: requestList

    function when(value: date): string {
        return Format.date(value)
    }

    StaffSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Verwijderverzoeken")
    }
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0 // a wrapped text takes the width it is given, not its one-line width
        text: requestList.count === 0 ? qsTr("Geen verzoeken.")
              : qsTr("Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ListView {
        id: requestList
        objectName: "eraseRequestList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        spacing: Theme.spacing
        model: StaffPersons.eraseRequestList
        delegate: Rectangle {
            id: card
            required property string requestId
            required property string personId
            required property string name               // empty once erased
            required property date requestedAt
            required property date doneAt
            required property bool done
            required property string doneBy
            required property bool erasing
            width: ListView.view.width
            height: column.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.surface
            border.color: card.done ? Theme.border : Theme.warning
            border.width: Theme.borderWidth
            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing / 2
                Label {
                    Layout.fillWidth: true
                    text: card.name.length > 0 ? card.name : qsTr("(gewist)")
                    color: Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Gevraagd op %1").arg(page.when(card.requestedAt))
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.done
                    text: !isNaN(card.doneAt.getTime())
                          ? qsTr("Gewist op %1 door %2").arg(page.when(card.doneAt))
                            .arg(card.doneBy.length > 0 ? card.doneBy : qsTr("een collega"))
                          : qsTr("Gewist op deze tablet; wordt verzonden")
                    color: Theme.success
                    wrapMode: Text.Wrap
                }
                ActionButton {
                    objectName: "eraseRequested_" + card.requestId
                    size: ActionButton.Compact
                    visible: !card.done
                    variant: ActionButton.Danger
                    text: qsTr("Gegevens wissen")
                    Accessible.name: qsTr("Gegevens van %1 wissen").arg(card.name)
                    onClicked: {
                        eraseDialog.personId = card.personId
                        eraseDialog.open()
                    }
                }
            }
        }
    }

    StaffEraseDialog {
        id: eraseDialog
        parent: T.Overlay.overlay
    }
}
