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
// not break its words. The title's column is a positioner, not a layout: Qt 6.4's layouts do
// not follow a wrapped title's height reliably, and the page's next item then covered it.
Column {
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

    spacing: Theme.spacing

    RowLayout {
        id: topRow
        width: header.width
        // On a phone a row of its own, left out when it has no button to show.
        visible: !header.stacked || header.canGoBack || readAloud.offered
        spacing: Theme.spacing

        ActionButton {
            id: backButton
            objectName: "backButton"
            visible: header.canGoBack
            variant: ActionButton.Secondary
            iconName: "back"
            text: qsTr("Terug")
            onClicked: header.back()
        }
        Column {
            id: titleColumn
            // Beside the buttons on a tablet or kiosk; under them, as the header's second
            // row, on a phone.
            parent: header.stacked ? header : topRow
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            width: header.stacked ? header.width : implicitWidth
            spacing: 0
            ProgressBar {
                id: progress
                objectName: "stepProgress"
                width: parent.width
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
            Item {
                visible: progress.visible
                width: 1
                height: Theme.spacing
            }
            Label {
                objectName: "stepText"
                width: parent.width
                visible: header.stepCount > 1
                text: header.progressText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Label {
                width: parent.width
                visible: header.step.length > 0
                text: header.step
                // Aligned to the reading side, also where the words are not in the app's language.
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            WholeWordsLabel {
                width: parent.width
                text: header.title
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                fullPixelSize: Theme.fontTitle
                bold: true
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
        }
        // After the buttons on a phone: Terug and Lees voor side by side.
        Item {
            visible: header.stacked
            Layout.fillWidth: true
            implicitHeight: 1
        }
        ReadAloudButton {
            id: readAloud
            Layout.alignment: Qt.AlignVCenter
            // Where Terug and the words do not fit in one row (a phone, large text, a long
            // language), the pictogram alone: never wrapped, never pushing the page out of the window.
            iconOnly: header.stacked
                      && (backButton.visible ? backButton.implicitWidth + topRow.spacing : 0) + fullWidth > header.width
            heading: header.title
            body: header.readText
        }
    }
}
