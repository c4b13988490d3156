// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// New tenant, step: what you like doing and the languages you speak (as many as you want,
// or none).
StepPage {
    id: page
    objectName: "registerInterestsPage"
    readonly property var chosen: AppContext.registration.interests
    readonly property var spoken: AppContext.registration.spokenLanguages
    heading: qsTr("Wat doe je graag?")
    intro: qsTr("Kies zo veel als je wilt. Je mag ook niets kiezen.")
    readText: page.intro + " " + languagesQuestion.text
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: AppContext.registration.interestChoices
            delegate: ChoiceChip {
                required property string modelData
                objectName: "interest_" + modelData
                iconName: "interest-" + modelData
                text: AppContext.registration.interestLabel(modelData)
                checked: page.chosen.includes(modelData)
                onClicked: AppContext.registration.toggleInterest(modelData)
            }
        }
    }
    Label {
        id: languagesQuestion
        Layout.fillWidth: true
        text: qsTr("Welke talen spreek je?")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: AppContext.languages
            delegate: ChoiceChip {
                required property var modelData
                objectName: "spokenLanguage_" + modelData.code
                text: modelData.name
                checked: page.spoken.includes(modelData.code)
                onClicked: AppContext.registration.toggleSpokenLanguage(modelData.code)
            }
        }
    }
}
