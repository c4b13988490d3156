// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// New volunteers of the site: compare name, tenant number and address with the rent
// administration, then record against which the check was made. The check goes to the server
// (audited: who, when, which tablet) and the site's other tablets stop asking too.
ColumnLayout {
    id: page
    spacing: Theme.spacing

    readonly property var rows: {
        StaffSession.revision
        return StaffReview.newVolunteers()
    }

    StaffSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Nieuwe vrijwilligers: identiteit en huurderschap controleren")
    }
    Label {
        Layout.fillWidth: true
        visible: page.rows.length === 0
        text: qsTr("Er wachten geen nieuwe vrijwilligers op controle.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        spacing: Theme.spacing
        model: page.rows
        delegate: Rectangle {
            id: card
            required property var modelData
            width: ListView.view.width
            height: cardRow.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            RowLayout {
                id: cardRow
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: card.modelData.name
                        color: Theme.text
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Huurdernummer: %1 · Adres: %2 · Geboren: %3")
                              .arg(card.modelData.tenantNumber.length > 0 ? card.modelData.tenantNumber : qsTr("onbekend"))
                              .arg(card.modelData.address).arg(card.modelData.dateOfBirth)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                ActionButton {
                    size: ActionButton.Compact
                    objectName: "checkTenantNumberButton"
                    text: qsTr("Huurdernummer klopt")
                    enabled: card.modelData.tenantNumber.length > 0
                    Accessible.name: qsTr("Huurdernummer van %1 klopt").arg(card.modelData.name)
                    onClicked: StaffReview.markIdentityChecked(card.modelData.personId, "tenant-number")
                }
                ActionButton {
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Adres klopt")
                    Accessible.name: qsTr("Adres van %1 klopt").arg(card.modelData.name)
                    onClicked: StaffReview.markIdentityChecked(card.modelData.personId, "address")
                }
            }
        }
    }
}
