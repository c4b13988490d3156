// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Training places: why you want it and when you can start.
StepPage {
    id: page
    objectName: "trainingPage"
    heading: qsTr("Over deze leerplek")
    fields: ["motivation", "preferredStart"]
    readText: motivationQuestion.text + " " + startQuestion.text

    // Maps from the controller, read by key.
    readonly property var errorMessages: AppContext.registration.errors
    readonly property var values: AppContext.registration.fields
    readonly property string motivationError: page.errorMessages["motivation"] ?? ""
    readonly property string startError: page.errorMessages["preferredStart"] ?? ""
    // The first of each of the next six months.
    readonly property var months: {
        const result = []
        const now = new Date()
        for (let i = 1; i <= 6; ++i)
            result.push(new Date(now.getFullYear(), now.getMonth() + i, 1))
        return result
    }
    function isoDate(d: var): string {
        const mm = d.getMonth() + 1
        return d.getFullYear() + "-" + (mm < 10 ? "0" : "") + mm + "-01"
    }

    Label {
        id: motivationQuestion
        Layout.fillWidth: true
        text: qsTr("Waarom wil je dit doen?")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    // Above the field, not as its placeholder: it stays while the tenant types, and wraps
    // (a placeholder is cut off at large text).
    Label {
        Layout.fillWidth: true
        text: qsTr("Schrijf het in je eigen woorden. Een paar zinnen is genoeg.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    TextArea {
        id: motivation
        objectName: "motivationInput"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.motivationHeight
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: page.values["motivation"] ?? ""
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Waarom wil je dit doen?")
        Accessible.description: page.motivationError
        onTextChanged: AppContext.registration.setField("motivation", text)
        onActiveFocusChanged: if (!activeFocus && text.length > 0) AppContext.registration.validateField("motivation")
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: motivation.activeFocus || page.motivationError.length > 0 ? Theme.focusWidth : Theme.borderWidth
            border.color: page.motivationError.length > 0 ? Theme.danger : (motivation.activeFocus ? Theme.focus : Theme.border)
        }
    }
    Label {
        objectName: "motivationError"
        Layout.fillWidth: true
        visible: page.motivationError.length > 0
        text: page.motivationError
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Label {
        id: startQuestion
        Layout.fillWidth: true
        text: qsTr("Wanneer wil je beginnen?")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: page.months
            delegate: ChoiceChip {
                required property var modelData
                required property int index
                objectName: "start_" + index
                text: Format.month(modelData)
                checked: page.values["preferredStart"] === page.isoDate(modelData)
                onClicked: {
                    AppContext.registration.setField("preferredStart", page.isoDate(modelData))
                    AppContext.registration.validateField("preferredStart")
                }
            }
        }
    }
    Label {
        objectName: "preferredStartError"
        Layout.fillWidth: true
        visible: page.startError.length > 0
        text: page.startError
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
}
