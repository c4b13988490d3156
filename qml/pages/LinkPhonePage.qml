// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Phone: a tenant who registered at a kiosk or with their wijkconsulent brings their
// sign-ups to this phone with the personal code from their receipt and their date of birth.
// The request waits offline like any sign-up; the server's answer comes with the next sync.
Page {
    id: page

    title: qsTr("Aanmeldingen koppelen")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "linkPhonePage"
    required property Navigation shell
    readonly property string linkState: AppContext.registration.linkState
    readonly property bool done: AppContext.registration.knownTenant
    background: Rectangle { color: Theme.background }
    // What the code and date of birth were missing on another form is not this one's problem.
    Component.onCompleted: AppContext.registration.clearErrors()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            readText: linkIntro.text
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
                    id: linkIntro
                    Layout.fillWidth: true
                    text: qsTr("Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                PersonalCodeField {
                    Layout.fillWidth: true
                    visible: !page.done
                }
                DateOfBirthFields {
                    Layout.fillWidth: true
                    visible: !page.done
                }
                Label {
                    objectName: "linkMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: AppContext.registration.linkMessage
                    color: page.linkState === "refused" ? Theme.danger
                                                        : page.linkState === "linked" ? Theme.success : Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    A11y.role: page.linkState === "refused" ? Accessible.AlertMessage : Accessible.StaticText
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    visible: AppContext.registration.submitError.length > 0
                    text: AppContext.registration.submitError
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
        ActionButton {
            objectName: "linkButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: !page.done
            enabled: page.linkState !== "queued"
            text: page.linkState === "queued" ? qsTr("Wacht op verbinding…") : qsTr("Koppelen")
            onClicked: AppContext.registration.requestLink()
        }
        ActionButton {
            objectName: "linkDoneButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: page.done
            text: qsTr("Naar mijn aanmeldingen")
            onClicked: page.shell.back()
        }
    }
}
