// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// New volunteers of the site: the server's verdict on tenant number and address (checked
// against the rent administration's tenancies), and the staff member's own check, recorded
// against what it was made (also when it overrides the verdict; the server audits that). The check goes to the server
// (audited: who, when, which tablet) and the site's other tablets stop asking too.
ColumnLayout {
    id: page
    spacing: Theme.spacing

    StaffSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Nieuwe vrijwilligers: identiteit en huurderschap controleren")
    }
    Label {
        Layout.fillWidth: true
        visible: volunteerList.count === 0
        text: qsTr("Er wachten geen nieuwe vrijwilligers op controle.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ListView {
        id: volunteerList
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        spacing: Theme.spacing
        model: StaffReview.newVolunteers
        delegate: Rectangle {
            id: card
            required property string personId
            required property string name
            required property string tenantNumber       // empty when not given
            required property string address
            required property string dateOfBirth
            required property string tenancyVerdict    // empty: the server has no verdict
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
                        text: card.name
                        color: Theme.text
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Huurdernummer: %1 · Adres: %2 · Geboren: %3")
                              .arg(card.tenantNumber.length > 0 ? card.tenantNumber : qsTr("onbekend"))
                              .arg(card.address).arg(card.dateOfBirth)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    TenancyVerdictNote {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        verdict: card.tenancyVerdict
                    }
                }
                ActionButton {
                    size: ActionButton.Compact
                    objectName: "checkTenantNumberButton"
                    text: qsTr("Huurdernummer klopt")
                    enabled: card.tenantNumber.length > 0
                    Accessible.name: qsTr("Huurdernummer van %1 klopt").arg(card.name)
                    onClicked: StaffReview.markIdentityChecked(card.personId, "tenant-number")
                }
                ActionButton {
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Adres klopt")
                    Accessible.name: qsTr("Adres van %1 klopt").arg(card.name)
                    onClicked: StaffReview.markIdentityChecked(card.personId, "address")
                }
            }
        }
    }
}
