// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// One step of signing up: a heading, a few fields, "Volgende". The step's fields are
// checked together before moving on; their messages show beside them.
Page {
    id: page

    required property Navigation shell
    required property int stepIndex
    property string heading
    property string intro
    property list<string> fields
    property string nextText: qsTr("Volgende")
    property bool nextEnabled: true
    default property alias content: column.data

    // Overridden by the confirm step.
    function next() {
        if (AppContext.registration.validateFields(page.fields))
            page.shell.nextStep(page.stepIndex)
    }

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: page.heading
            step: page.shell.stepText(page.stepIndex)
            onBack: page.shell.back()
        }
        Flickable {
            id: flick
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
