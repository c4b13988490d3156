// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Hours logged by tenants (phone) or staff: verify, or correct with a new entry; an entry
// is never edited.
ColumnLayout {
    id: page
    spacing: Theme.spacing

    property bool unverifiedOnly: false
    readonly property ListView list: hoursList

    StaffHoursProxy {
        id: hours
        sourceModel: StaffPersons.hoursList
        unverifiedOnly: page.unverifiedOnly
    }

    // The parts of an entry's second line that say something, joined with " · ".
    function joinParts(parts: var): string {
        return parts.filter(t => t.length > 0).join(" · ")
    }

    function correct(entryId: string, date: string, minutes: int) {
        correction.entryId = entryId
        correctionDate.text = date
        correctionMinutes.text = String(minutes)
        correctionNote.text = ""
        correction.open()
    }

    RowLayout {
        Layout.fillWidth: true
        StaffSectionTitle {
            Layout.fillWidth: true
            text: qsTr("Uren")
        }
        ActionButton {
            size: ActionButton.Compact
            variant: ActionButton.Quiet
            selected: page.unverifiedOnly
            text: qsTr("Alleen niet gecontroleerd")
            onClicked: page.unverifiedOnly = !page.unverifiedOnly
        }
    }
    ListView {
        id: hoursList
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        spacing: Theme.spacing
        model: hours
        delegate: Rectangle {
            id: card
            required property string entryId
            required property string date
            required property int minutes
            required property bool verified
            required property string correctsEntryId
            required property string note
            required property string name
            required property var title     // the opportunity's, empty when this tablet lacks it
            required property bool pending
            width: ListView.view.width
            height: cardRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: card.verified ? Theme.border : Theme.warning
            border.width: Theme.borderWidth
            RowLayout {
                id: cardRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3 min").arg(card.name.length > 0 ? card.name : qsTr("(gewist)"))
                              .arg(Format.day(card.date)).arg(card.minutes)
                        color: Theme.text
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.joinParts([card.title,
                                              card.verified ? qsTr("gecontroleerd") : qsTr("nog niet gecontroleerd"),
                                              card.correctsEntryId.length > 0 ? qsTr("correctie") : "",
                                              card.pending ? qsTr("wacht op verzending") : "",
                                              card.note])
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                ActionButton {
                    size: ActionButton.Compact
                    visible: !card.verified && !card.pending
                    text: qsTr("Klopt")
                    Accessible.name: qsTr("Uren van %1 op %2 kloppen").arg(card.name).arg(Format.day(card.date))
                    onClicked: StaffPersons.verifyHours(card.entryId)
                }
                ActionButton {
                    size: ActionButton.Compact
                    visible: !card.pending
                    variant: ActionButton.Quiet
                    text: qsTr("Corrigeren")
                    Accessible.name: qsTr("Uren van %1 op %2 corrigeren").arg(card.name).arg(Format.day(card.date))
                    onClicked: page.correct(card.entryId, card.date, card.minutes)
                }
            }
        }
    }

    Popup {
        id: correction
        objectName: "hoursCorrection"
        property string entryId
        parent: T.Overlay.overlay
        modal: true
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.padding : Theme.staffDialogWidth, Theme.staffDialogWidth)
        padding: Theme.padding
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
                text: qsTr("Uren corrigeren")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            StaffField { id: correctionDate; Layout.fillWidth: true; label: qsTr("Datum (JJJJ-MM-DD)") }
            StaffField {
                id: correctionMinutes
                Layout.fillWidth: true
                label: qsTr("Minuten")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: AppContext.limits.maxMinutesPerDay }
            }
            StaffField { id: correctionNote; Layout.fillWidth: true; label: qsTr("Toelichting") }
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
                    onClicked: correction.close()
                }
                ActionButton {
                    size: ActionButton.Compact
                    Layout.fillWidth: true
                    text: qsTr("Correctie opslaan")
                    onClicked: {
                        if (StaffPersons.correctHours(correction.entryId, correctionDate.text,
                                                         parseInt(correctionMinutes.text) || 0, correctionNote.text))
                            correction.close()
                    }
                }
            }
        }
    }
}
