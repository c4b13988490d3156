// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Mijn uren" on a phone: log hours for a confirmed volunteer or zelfbeheer place (works
// offline, sent with the next sync), each entry with where it stands, change or withdraw
// what staff have not verified yet, and this month's tegenprestatie when there is one.
Page {
    id: page

    title: qsTr("Mijn uren")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "phoneHoursPage"
    required property Navigation shell
    readonly property PhoneHours hours: AppContext.hours
    // The controller's maps, read by key.
    readonly property var balance: page.hours.balance
    readonly property var fields: page.hours.fields
    readonly property var errors: page.hours.errors
    background: Rectangle { color: Theme.background }
    Component.onCompleted: page.hours.refresh()

    Flickable {
        objectName: "hoursFlickable"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: page.width - 2 * Theme.padding
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.title
                // The month's balance, said as a sentence rather than with its dots.
                readText: [page.hours.hasAgreement ? balanceTitle.text + ". " + balanceText.text.replace(/ · /g, ", ") : "",
                           cannotLog.visible ? cannotLog.text : ""].filter(t => t.length > 0).join(". ")
                onBack: page.shell.back()
            }

            // The tegenprestatie of this month.
            Rectangle {
                objectName: "hoursBalance"
                Layout.fillWidth: true
                visible: page.hours.hasAgreement
                implicitHeight: balanceColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth / 2
                border.color: Theme.border
                Accessible.role: Accessible.StaticText
                Accessible.name: balanceTitle.text + ": " + balanceText.text
                ColumnLayout {
                    id: balanceColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing / 2
                    Label {
                        id: balanceTitle
                        Layout.fillWidth: true
                        text: qsTr("Tegenprestatie in %1")
                              .arg(Format.month(page.balance.month))
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        id: balanceText
                        objectName: "hoursBalanceText"
                        Layout.fillWidth: true
                        text: qsTr("Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4")
                              .arg(page.balance.agreed).arg(page.balance.logged)
                              .arg(page.balance.verified).arg(page.balance.left)
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                }
            }

            Label {
                id: cannotLog
                Layout.fillWidth: true
                visible: !page.hours.canLog
                text: qsTr("Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            // The form: a new entry, or the one being changed.
            ColumnLayout {
                objectName: "hoursForm"
                Layout.fillWidth: true
                visible: page.hours.canLog
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: page.hours.editingId.length > 0 ? qsTr("Uren aanpassen") : qsTr("Uren invullen")
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    A11y.role: Accessible.Heading
                    Accessible.name: text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: page.hours.choices
                        delegate: ChoiceChip {
                            required property var modelData
                            objectName: "hoursChoice_" + modelData.opportunityId
                            // A long title wraps inside the screen's width.
                            width: Math.min(implicitWidth, parent.width)
                            text: modelData.title
                            checked: page.fields.opportunityId === modelData.opportunityId
                            onClicked: page.hours.setField("opportunityId", modelData.opportunityId)
                        }
                    }
                }
                FormField {
                    Layout.fillWidth: true
                    form: page.hours
                    sensitive: false
                    extraHints: Qt.ImhNoPredictiveText
                    hintInside: true
                    fieldName: "date"
                    label: qsTr("Datum")
                    hint: qsTr("bijvoorbeeld %1").arg(Format.ltr("3-12-2026"))
                }
                FormField {
                    Layout.fillWidth: true
                    form: page.hours
                    sensitive: false
                    extraHints: Qt.ImhNoPredictiveText
                    hintInside: true
                    fieldName: "duration"
                    label: qsTr("Hoe lang (uren:minuten, per kwartier)")
                    hint: qsTr("bijvoorbeeld %1").arg(Format.ltr("1:30"))
                }
                FormField {
                    Layout.fillWidth: true
                    form: page.hours
                    sensitive: false
                    extraHints: Qt.ImhNoPredictiveText
                    fieldName: "note"
                    label: qsTr("Wat heb je gedaan? (mag leeg blijven)")
                }
                Label {
                    objectName: "hoursFormError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.errors.form ?? ""
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    A11y.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ActionButton {
                        objectName: "saveHoursButton"
                        Layout.fillWidth: true
                        text: page.hours.editingId.length > 0 ? qsTr("Wijziging bewaren") : qsTr("Uren bewaren")
                        onClicked: page.hours.save()
                    }
                    ActionButton {
                        objectName: "cancelEditButton"
                        Layout.fillWidth: true
                        visible: page.hours.editingId.length > 0
                        variant: ActionButton.Secondary
                        text: qsTr("Annuleren")
                        onClicked: page.hours.startNew()
                    }
                }
            }

            SyncStatus {
                Layout.fillWidth: true
            }

            Label {
                Layout.fillWidth: true
                visible: page.hours.entries.count > 0
                text: qsTr("Ingevulde uren")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "hoursList"
                model: page.hours.entries
                delegate: Rectangle {
                    id: row
                    required property string entryId
                    required property string opportunityTitle
                    required property date date
                    required property string durationText
                    required property string note
                    required property string state
                    required property string stateText
                    required property bool canChange
                    objectName: "hoursEntry_" + row.entryId
                    Layout.fillWidth: true
                    implicitHeight: entryColumn.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth / 2
                    border.color: Theme.border
                    Accessible.role: Accessible.ListItem
                    Accessible.name: row.opportunityTitle + ", " + Format.date(row.date) + ", " + row.stateText
                    ColumnLayout {
                        id: entryColumn
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing / 2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 uur — %2").arg(row.durationText).arg(Format.date(row.date))
                            color: Theme.text
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.opportunityTitle
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.note.length > 0
                            text: row.note
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "hoursState_" + row.entryId
                            Layout.fillWidth: true
                            text: row.stateText
                            color: row.state === "rejected" ? Theme.danger
                                 : row.state === "verified" ? Theme.success : Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        RowLayout {
                            visible: row.canChange
                            spacing: Theme.spacing
                            ActionButton {
                                objectName: "editHours_" + row.entryId
                                variant: ActionButton.Secondary
                                size: ActionButton.Compact
                                text: qsTr("Aanpassen")
                                Accessible.name: qsTr("Uren van %1 bij %2 aanpassen").arg(Format.date(row.date))
                                                 .arg(row.opportunityTitle)
                                onClicked: page.hours.startEdit(row.entryId)
                            }
                            ActionButton {
                                objectName: "withdrawHours_" + row.entryId
                                variant: ActionButton.Secondary
                                size: ActionButton.Compact
                                text: qsTr("Intrekken")
                                Accessible.name: qsTr("Uren van %1 bij %2 intrekken").arg(Format.date(row.date))
                                                 .arg(row.opportunityTitle)
                                onClicked: {
                                    withdrawConfirm.entryId = row.entryId
                                    withdrawConfirm.what = qsTr("%1 uur op %2 bij %3").arg(row.durationText)
                                                           .arg(Format.date(row.date)).arg(row.opportunityTitle)
                                    withdrawConfirm.open()
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // One tap was the button; this is the confirmation.
    Dialog {
        id: withdrawConfirm
        objectName: "withdrawHoursDialog"
        property string entryId
        property string what
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        modal: true
        title: qsTr("Uren intrekken?")
        header: DialogTitle { text: withdrawConfirm.title }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 telt dan niet meer mee.").arg(withdrawConfirm.what)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "withdrawHoursCancel"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Annuleren")
                    onClicked: withdrawConfirm.close()
                }
                ActionButton {
                    objectName: "withdrawHoursConfirm"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Danger
                    text: qsTr("Intrekken")
                    onClicked: {
                        page.hours.withdraw(withdrawConfirm.entryId)
                        withdrawConfirm.close()
                    }
                }
            }
        }
    }
}
