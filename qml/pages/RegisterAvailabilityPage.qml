// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// New tenant, step: when you have time, as a weekday × part-of-day grid.
StepPage {
    id: page
    objectName: "registerAvailabilityPage"
    heading: qsTr("Wanneer heb je tijd?")
    intro: qsTr("Tik op de vakjes die passen. Je mag ook niets kiezen.")

    readonly property list<string> dayNames: [qsTr("ma"), qsTr("di"), qsTr("wo"), qsTr("do"), qsTr("vr"), qsTr("za"), qsTr("zo")]
    readonly property list<string> dayLongNames: [qsTr("maandag"), qsTr("dinsdag"), qsTr("woensdag"), qsTr("donderdag"),
                                                  qsTr("vrijdag"), qsTr("zaterdag"), qsTr("zondag")]
    readonly property list<string> partNames: [qsTr("ochtend"), qsTr("middag"), qsTr("avond")]
    // In the order of PartOfDay (app/core/domain.h), as the slots are.
    readonly property list<string> partIcons: ["daypart-morning", "daypart-afternoon", "daypart-evening"]

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Item { Layout.preferredWidth: Theme.gridLabelWidth; implicitHeight: 1 }
        Repeater {
            model: page.partNames
            delegate: ColumnLayout {
                id: part
                required property string modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing / 2
                Icon {
                    Layout.alignment: Qt.AlignHCenter
                    name: page.partIcons[part.index]
                }
                // One word over a narrow column: smaller rather than broken in two
                // ("ochte-nd") when the text is large; the pictogram above says it too.
                Label {
                    Layout.fillWidth: true
                    text: part.modelData
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontSmall / Theme.textScale
                }
            }
        }
    }
    Repeater {
        model: 7
        delegate: RowLayout {
            id: dayRow
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.preferredWidth: Theme.gridLabelWidth
                text: page.dayNames[dayRow.index]
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: 3
                delegate: ChoiceChip {
                    required property int index
                    objectName: "slot_" + dayRow.index + "_" + index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: checked ? qsTr("ja") : ""
                    checked: ((AppContext.registration.availability >> (dayRow.index * 3 + index)) & 1) === 1
                    Accessible.name: page.dayLongNames[dayRow.index] + " " + page.partNames[index]
                    onClicked: AppContext.registration.toggleSlot(dayRow.index, index)
                }
            }
        }
    }
}
