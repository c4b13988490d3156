// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// One step of signing up: a heading, a few fields, "Volgende". The step's fields are
// checked together before moving on; their messages show beside them. The first field has
// the focus (and so the keyboard) when the step appears; Enter goes to the next field, and
// on the last one acts as "Volgende": no tap is needed to start or to move on while typing.
Page {
    id: page

    required property Navigation shell
    required property int stepIndex
    property string heading
    property string intro
    // What "Lees voor" reads after the heading; a step with more to say than its intro sets it.
    property string readText: page.intro
    property list<string> fields
    property string nextText: qsTr("Volgende")
    property bool nextEnabled: true
    default property alias content: column.data

    // Overridden by the confirm step.
    function next() {
        if (AppContext.registration.validateFields(page.fields))
            page.shell.nextStep(page.stepIndex)
    }

    // The step's text fields in reading order (FormField names its input "<field>Input").
    function inputs(): var {
        const found = []
        const walk = item => {
            if (!item.visible || !item.enabled)
                return
            if (item.objectName.endsWith("Input") && item.activeFocusOnTab) {
                found.push(item)
                return
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(column)
        return found
    }
    function focusFirstField() {
        const all = page.inputs()
        if (all.length > 0)
            all[0].forceActiveFocus(Qt.OtherFocusReason)
    }

    Accessible.name: page.heading
    A11y.role: Accessible.Pane
    background: Rectangle { color: Theme.background }
    StackView.onActivated: page.focusFirstField()
    // Enter in a one-line field (the on-screen keyboard's too) comes up here unhandled.
    Keys.onReturnPressed: event => page.enterPressed(event)
    Keys.onEnterPressed: event => page.enterPressed(event)
    function enterPressed(event: var) {
        const all = page.inputs()
        const at = all.indexOf(page.Window.activeFocusItem)
        if (at < 0) {
            event.accepted = false
            return
        }
        if (at + 1 < all.length)
            all[at + 1].forceActiveFocus(Qt.TabFocusReason)
        else
            page.next()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: page.heading
            stepNumber: page.stepIndex + 1
            stepCount: page.shell.steps.length
            progressText: page.shell.stepText(page.stepIndex)
            readText: page.readText
            onBack: page.shell.back()
        }
        Flickable {
            id: flick
            objectName: "stepFlickable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight + Theme.padding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: column
                width: Math.min(flick.width, Theme.contentMaxWidth)
                x: (flick.width - width) / 2
                spacing: Theme.padding
                Label {
                    Layout.fillWidth: true
                    visible: page.intro.length > 0
                    text: page.intro
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
        ActionButton {
            objectName: "nextButton"
            iconName: "next"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            text: page.nextText
            enabled: page.nextEnabled
            onClicked: page.next()
        }
    }
}
