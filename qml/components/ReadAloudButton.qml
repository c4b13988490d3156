// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// "Lees voor": reads the page's heading and main text aloud in the app's language; pressed
// again, it stops. Hidden where no speech engine has a voice for that language, and on the
// staff tablet (staff read their own screens).
ActionButton {
    id: button

    property string heading
    property string body

    // Untyped: qmllint 6.4 cannot see ReadAloud's properties through AppContext.
    readonly property var speech: AppContext.readAloud
    // This button started the reading that goes on now.
    property bool startedHere: false
    readonly property bool reading: button.startedHere && button.speech.speaking
    // A pause between heading and text, also when the heading has no full stop.
    readonly property string spoken: button.body.length === 0 ? button.heading
        : (/[.!?:]$/.test(button.heading) ? button.heading + " " : button.heading + ". ") + button.body

    objectName: "readAloudButton"
    // Whether this page offers reading aloud (its row may hide it along with the row).
    readonly property bool offered: button.speech.available && AppContext.mode !== "staff"
    visible: button.offered
    variant: ActionButton.Secondary
    // The pictogram alone, where a narrow screen with large text has no room for the words
    // (PageHeader); its name for a screen reader stays.
    property bool iconOnly: false
    // Its width with the words, the longer of the two.
    readonly property real fullWidth: Theme.iconSmall + Theme.spacing / 2
                                      + Math.ceil(Math.max(idleText.advanceWidth, readingText.advanceWidth))
                                      + leftPadding + leftPadding

    iconName: button.reading ? "close" : "read-aloud"
    text: button.iconOnly ? "" : button.reading ? qsTr("Stop") : qsTr("Lees voor")
    Accessible.name: button.reading ? qsTr("Stop met voorlezen") : qsTr("Lees voor")
    // As wide when it says "Stop" as when it says "Lees voor": the title beside it stays put.
    rightPadding: button.iconOnly ? leftPadding
                  : leftPadding + Math.max(0, Math.ceil(Math.max(idleText.advanceWidth, readingText.advanceWidth)
                                                        - (button.reading ? readingText.advanceWidth : idleText.advanceWidth)))

    onClicked: {
        if (button.reading) {
            button.speech.stop()
        } else {
            button.startedHere = true
            button.speech.say(button.spoken)
        }
    }
    // Leaving the page (covered by the next one, or gone) ends its reading.
    onVisibleChanged: if (!button.visible && button.reading) button.speech.stop()
    Component.onDestruction: if (button.reading) button.speech.stop()

    Connections {
        target: button.speech
        function onSpeakingChanged() {
            if (!button.speech.speaking)
                button.startedHere = false
        }
    }
    TextMetrics { id: idleText; font: button.font; text: qsTr("Lees voor") }
    TextMetrics { id: readingText; font: button.font; text: qsTr("Stop") }
}
