// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// One decision: a reason (template plus free text; required to decline, internal only) and
// a short message that goes to the tenant's phone. Saved offline with the version seen.
Popup {
    id: dialog
    objectName: "decisionDialog"

    property string signupId
    property string decision: "confirm"
    property string reasonTemplate: ""

    property alias reasonText: reasonText.text
    property alias message: message.text
    function save(): bool {
        if (!StaffReview.decide(dialog.signupId, dialog.decision, dialog.reasonTemplate, reasonText.text, message.text))
            return false
        dialog.close()
        return true
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.padding : Theme.staffDialogWidth, Theme.staffDialogWidth)
    padding: Theme.padding
    onOpened: {
        dialog.reasonTemplate = ""
        reasonText.text = ""
        message.text = ""
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        StaffSectionTitle {
            Layout.fillWidth: true
            text: dialog.decision === "confirm" ? qsTr("Bevestigen")
                : dialog.decision === "waitlist" ? qsTr("Op de wachtlijst zetten") : qsTr("Afwijzen")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Reden (intern, niet voor de huurder)")
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: StaffReview.reasonTemplates
                delegate: ActionButton {
                    required property string modelData
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    selected: dialog.reasonTemplate === modelData
                    text: modelData
                    onClicked: dialog.reasonTemplate = dialog.reasonTemplate === modelData ? "" : modelData
                }
            }
        }
        StaffField {
            id: reasonText
            Layout.fillWidth: true
            label: qsTr("Toelichting")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Bericht aan de huurder")
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        // An example above the field rather than as its placeholder, which is cut off where
        // it does not fit.
        Label {
            Layout.fillWidth: true
            text: qsTr("Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        TextArea {
            id: message
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.motivationHeight
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Bericht aan de huurder")
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: StaffSession.message
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: ActionButton.Quiet
                text: qsTr("Annuleren")
                onClicked: dialog.close()
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "saveDecisionButton"
                Layout.fillWidth: true
                variant: dialog.decision === "decline" ? ActionButton.Danger : ActionButton.Primary
                text: qsTr("Besluit opslaan")
                onClicked: dialog.save()
            }
        }
    }
}
