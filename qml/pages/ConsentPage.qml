// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Wat doen we met je gegevens": plain words, one box per purpose, none ticked for you.
StepPage {
    id: page
    objectName: "consentPage"
    heading: qsTr("Wat doen we met je gegevens?")
    intro: qsTr("We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. "
                + "Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. "
                + "Je kunt later altijd weer nee zeggen.")
    // The intro, then what each box says: that is what a tenant agrees to.
    readText: page.intro + " " + page.consentTexts(AppContext.registration.consents)

    function consentTexts(consents: var): string {
        return consents.map(c => c.title + ". " + c.text).join(" ")
    }

    Repeater {
        model: AppContext.registration.consents
        delegate: CheckDelegate {
            id: box
            required property var modelData
            objectName: "consent_" + modelData.purpose
            Layout.fillWidth: true
            checked: modelData.given
            padding: Theme.padding
            spacing: Theme.padding
            // The box sits on the reading side (right in Arabic), the words beside it.
            readonly property int boxSpace: Theme.iconSize + Theme.padding
            leftPadding: Theme.padding + (box.mirrored ? 0 : box.boxSpace)
            rightPadding: Theme.padding + (box.mirrored ? box.boxSpace : 0)
            A11y.role: Accessible.CheckBox
            Accessible.name: modelData.title
            Accessible.description: modelData.text
            onToggled: AppContext.registration.setConsent(modelData.purpose, checked)
            background: Rectangle {
                radius: Theme.radius
                color: box.down ? Theme.pressed : Theme.surface
                border.width: box.visualFocus ? Theme.focusWidth : Theme.borderWidth
                border.color: box.visualFocus ? Theme.focus : Theme.border
            }
            indicator: Rectangle {
                x: box.mirrored ? box.width - width - Theme.padding : Theme.padding
                anchors.verticalCenter: parent.verticalCenter
                implicitWidth: Theme.iconSize
                implicitHeight: Theme.iconSize
                radius: Theme.radius / 3
                color: box.checked ? Theme.primary : Theme.surface
                border.width: Theme.borderWidth
                border.color: box.checked ? Theme.primary : Theme.text
                Label {
                    anchors.centerIn: parent
                    visible: box.checked
                    text: "✓"
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
            }
            contentItem: ColumnLayout {
                spacing: Theme.spacing / 2
                Label {
                    Layout.fillWidth: true
                    text: box.modelData.title
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: box.modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Zonder vinkjes kun je je ook gewoon aanmelden.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
}
