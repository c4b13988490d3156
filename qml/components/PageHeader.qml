// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Back, where you are, and (during sign-up) how far along: a bar that fills step by step.
// On a tablet or kiosk in one row: Terug, the title, Lees voor. On a phone the two buttons
// share the top row and the title has the whole width under them, so that large text does
// not break its words.
GridLayout {
    id: header

    property string title
    // A line above the title (the detail page: kind and route).
    property string step
    // During sign-up: step stepNumber (from 1) of stepCount; no bar for a single step.
    property int stepNumber: 0
    property int stepCount: 0
    // "Stap 2 van 6", said with the bar (Navigation.stepText).
    property string progressText
    property bool canGoBack: true
    // The page's main text, read aloud after the title by "Lees voor".
    property string readText
    signal back()

    readonly property bool stacked: Theme.isPhone

    columns: header.stacked ? 2 : 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    ActionButton {
        id: backButton
        objectName: "backButton"
        Layout.row: 0
        Layout.column: 0
        visible: header.canGoBack
        variant: ActionButton.Secondary
        iconName: "back"
        text: qsTr("Terug")
        onClicked: header.back()
    }
    ColumnLayout {
        id: titleColumn
        Layout.row: header.stacked ? 1 : 0
        Layout.column: header.stacked ? 0 : 1
        Layout.columnSpan: header.stacked ? 2 : 1
        Layout.fillWidth: true
        spacing: 0
        ProgressBar {
            id: progress
            objectName: "stepProgress"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            visible: header.stepCount > 1
            from: 0
            to: Math.max(1, header.stepCount)
            value: header.stepNumber
            Accessible.role: Accessible.ProgressBar
            Accessible.name: header.progressText
            background: Rectangle {
                implicitHeight: Theme.progressHeight
                radius: height / 2
                color: Theme.surfaceMuted
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
            contentItem: Item {
                implicitHeight: Theme.progressHeight
                Rectangle {
                    // Fills from the reading start: from the right in Arabic.
                    x: progress.mirrored ? parent.width - width : 0
                    width: progress.position * parent.width
                    height: parent.height
                    radius: height / 2
                    color: Theme.primary
                }
            }
        }
        Label {
            objectName: "stepText"
            Layout.fillWidth: true
            visible: header.stepCount > 1
            text: header.progressText
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            visible: header.step.length > 0
            text: header.step
            // Aligned to the reading side, also where the words are not in the app's language.
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        WholeWordsLabel {
            Layout.fillWidth: true
            text: header.title
            horizontalAlignment: Text.AlignLeft
            color: Theme.text
            fullPixelSize: Theme.fontTitle
            bold: true
            A11y.role: Accessible.Heading
            Accessible.name: text
        }
    }
    ReadAloudButton {
        Layout.row: 0
        Layout.column: header.stacked ? 1 : 2
        Layout.alignment: Qt.AlignVCenter
        // Where Terug and the words do not fit in one row (a phone, large text, a long
        // language), the pictogram alone: never wrapped, never pushing the page out of the window.
        iconOnly: header.stacked
                  && (backButton.visible ? backButton.implicitWidth + header.columnSpacing : 0) + fullWidth > header.width
        heading: header.title
        body: header.readText
    }
}
