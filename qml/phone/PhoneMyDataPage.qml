// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Mijn gegevens" on a phone (GDPR Art. 7, 15, 20): what the corporation keeps of the
// tenant, each consent with its text version, language and date; a consent is withdrawn
// with one tap and a confirmation (sent with the next sync); a copy of it all is saved as
// a JSON file and a readable page; and the tenant asks for erasure (Art. 17), which staff
// carry out, after which nothing of the tenant stays on this phone either.
Page {
    id: page

    title: qsTr("Mijn gegevens")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "phoneMyDataPage"
    required property Navigation shell
    readonly property MyData myData: AppContext.myData
    readonly property bool erasureRequested: !isNaN(page.myData.erasureRequestedAt.getTime())
    background: Rectangle { color: Theme.background }
    Component.onCompleted: page.myData.refresh()

    // A titled block of the page.
    component Section: Rectangle {
        id: section
        property string title
        default property alias content: sectionColumn.data
        Layout.fillWidth: true
        implicitHeight: sectionColumn.implicitHeight + 2 * Theme.padding
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth / 2
        border.color: Theme.border
        ColumnLayout {
            id: sectionColumn
            anchors.fill: parent
            anchors.margins: Theme.padding
            spacing: Theme.spacing / 2
            Label {
                Layout.fillWidth: true
                text: section.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    component Line: Label {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // Shows a consent's text before the tenant gives it (also the tour's).
    function offerConsent(purpose: string) {
        give.purpose = purpose
        give.offer = page.myData.consentOffer(purpose)
        give.open()
    }
    function confirmConsent() {
        page.myData.giveConsent(give.purpose)
        give.close()
    }

    // The confirmation's "Intrekken" (also the tour's).
    function confirmWithdrawal() {
        page.myData.withdrawConsent(confirm.purpose)
        confirm.close()
    }

    Flickable {
        objectName: "myDataFlickable"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: page.width - 2 * Theme.padding
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: page.title
                readText: nothingKept.visible ? nothingKept.text : ""
                onBack: page.shell.back()
            }

            Line {
                id: nothingKept
                visible: !page.myData.hasPerson
                text: qsTr("Deze telefoon bewaart geen gegevens van je.")
            }

            Section {
                objectName: "myDataPerson"
                visible: page.myData.hasPerson
                title: qsTr("Over mij")
                Repeater {
                    model: page.myData.personFields
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                    }
                }
            }

            Section {
                objectName: "myDataConsents"
                visible: page.myData.hasPerson
                title: qsTr("Toestemmingen")
                Repeater {
                    model: page.myData.consents
                    delegate: ColumnLayout {
                        id: consentRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Line {
                            font.bold: true
                            text: consentRow.modelData.title
                        }
                        Line {
                            objectName: "consentGiven_" + consentRow.modelData.purpose
                            text: consentRow.modelData.givenText
                        }
                        Line {
                            visible: !consentRow.modelData.active
                            color: Theme.textMuted
                            text: qsTr("Ingetrokken op %1").arg(Format.date(consentRow.modelData.withdrawnAt))
                        }
                        ActionButton {
                            objectName: "withdrawConsent_" + consentRow.modelData.purpose
                            visible: consentRow.modelData.active
                            variant: ActionButton.Secondary
                            size: ActionButton.Compact
                            text: qsTr("Intrekken")
                            Accessible.name: qsTr("%1 intrekken").arg(consentRow.modelData.title)
                            onClicked: {
                                confirm.purpose = consentRow.modelData.purpose
                                confirm.consentTitle = consentRow.modelData.title
                                confirm.open()
                            }
                        }
                    }
                }
            }

            // The tenant's route up the ladder in plain words (only with the `trajectory` consent;
            // the phone holds nothing of it otherwise).
            Section {
                objectName: "myDataTrajectory"
                visible: page.myData.hasPerson
                title: qsTr("Mijn weg")
                Line {
                    objectName: "trajectoryEmpty"
                    visible: page.myData.trajectory.length === 0
                    color: Theme.textMuted
                    text: page.myData.trajectoryConsent
                          ? qsTr("Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.")
                          : qsTr("Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.")
                }
                // The consent can be given later, here, after reading its text again.
                ActionButton {
                    objectName: "giveTrajectoryConsent"
                    visible: !page.myData.trajectoryConsent && !page.erasureRequested
                    Layout.fillWidth: true
                    variant: ActionButton.Secondary
                    size: ActionButton.Compact
                    text: qsTr("Toestemming geven")
                    Accessible.name: qsTr("Toestemming geven om mijn weg bij te houden")
                    onClicked: page.offerConsent("trajectory")
                }
                Repeater {
                    model: page.myData.trajectory
                    delegate: ColumnLayout {
                        id: routeRow
                        required property var modelData
                        objectName: "trajectoryRoute_" + routeRow.modelData.route
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Line {
                            font.bold: true
                            text: qsTr("%1: stap %2 van %3").arg(Format.routeName(routeRow.modelData.route))
                                  .arg(routeRow.modelData.rung).arg(routeRow.modelData.top)
                        }
                        // The ladder: one block per rung, filled up to where the tenant is.
                        RowLayout {
                            spacing: 4
                            Accessible.ignored: true
                            Repeater {
                                model: routeRow.modelData.top
                                delegate: Rectangle {
                                    required property int index
                                    Layout.preferredWidth: 28
                                    Layout.preferredHeight: 10 + 4 * index
                                    Layout.alignment: Qt.AlignBottom
                                    radius: 3
                                    color: index < routeRow.modelData.rung ? Theme.primary : Theme.border
                                }
                            }
                        }
                        Line {
                            objectName: "trajectoryPlain_" + routeRow.modelData.route
                            text: routeRow.modelData.plain
                        }
                        Line {
                            color: Theme.textMuted
                            text: qsTr("Bijgewerkt op %1").arg(Format.date(routeRow.modelData.date))
                        }
                        Line {
                            objectName: "trajectoryGoal_" + routeRow.modelData.route
                            visible: routeRow.modelData.goal !== ""
                            text: qsTr("Je doel: %1. We kijken er samen weer naar op %2.")
                                  .arg(routeRow.modelData.goal).arg(Format.date(routeRow.modelData.goalReview))
                        }
                    }
                }
            }

            Section {
                objectName: "myDataSignups"
                visible: page.myData.hasPerson
                title: qsTr("Aanmeldingen (%1)").arg(page.myData.signups.length)
                Repeater {
                    model: page.myData.signups
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2").arg(modelData.title).arg(modelData.status)
                    }
                }
            }

            Section {
                objectName: "myDataHours"
                visible: page.myData.hasPerson
                title: qsTr("Uren (%1)").arg(page.myData.hours.length)
                Repeater {
                    model: page.myData.hours
                    delegate: Line {
                        required property var modelData
                        text: qsTr("%1: %2, %3 uur").arg(Format.date(modelData.date)).arg(modelData.title)
                              .arg(modelData.duration)
                    }
                }
            }

            Section {
                objectName: "myDataErasure"
                visible: page.myData.hasPerson
                title: qsTr("Gegevens laten verwijderen")
                Line {
                    objectName: "erasureState"
                    text: page.erasureRequested
                          ? qsTr("Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.")
                            .arg(Format.date(page.myData.erasureRequestedAt))
                          : qsTr("Je kunt de corporatie vragen al je gegevens te verwijderen.")
                }
                ActionButton {
                    objectName: "requestErasure"
                    Layout.fillWidth: true
                    visible: !page.erasureRequested
                    variant: ActionButton.Danger
                    text: qsTr("Vraag om verwijdering van mijn gegevens")
                    onClicked: eraseConfirm.open()
                }
            }

            ActionButton {
                objectName: "downloadMyData"
                Layout.fillWidth: true
                visible: page.myData.hasPerson
                variant: ActionButton.Secondary
                text: qsTr("Download mijn gegevens")
                onClicked: downloadResult.failed = !page.myData.download()
            }
            Line {
                id: downloadResult
                objectName: "downloadResult"
                property bool failed: false
                visible: failed || page.myData.downloadFolder.length > 0
                color: failed ? Theme.danger : Theme.text
                text: failed ? qsTr("Opslaan is niet gelukt.")
                             : qsTr("Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1")
                               .arg(page.myData.downloadFolder)
            }
        }
    }

    // The confirmation's "Verwijderen aanvragen" (also the tour's).
    function confirmErasure() {
        page.myData.requestErasure()
        eraseConfirm.close()
    }

    // What happens when the tenant asks for erasure, before they do.
    Dialog {
        id: eraseConfirm
        objectName: "requestErasureDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        modal: true
        title: qsTr("Je gegevens laten verwijderen?")
        header: DialogTitle { text: eraseConfirm.title }
        // Never taller than the screen: the explanation scrolls, the buttons stay in view.
        height: Math.min(implicitHeight, parent.height - 2 * Theme.padding)
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Flickable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: eraseText.implicitHeight
                contentHeight: eraseText.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.vertical: ScrollBar {}
                Label {
                    id: eraseText
                    width: parent.width
                    text: qsTr("Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
            // One above the other: the longer action text keeps to one line.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "requestErasureConfirm"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Danger
                    text: qsTr("Verwijderen aanvragen")
                    onClicked: page.confirmErasure()
                }
                ActionButton {
                    objectName: "requestErasureCancel"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Annuleren")
                    onClicked: eraseConfirm.close()
                }
            }
        }
    }

    // The consent's own words, then "Ja, dat mag" (or not).
    Dialog {
        id: give
        objectName: "giveConsentDialog"
        property string purpose
        // {purpose, title, text} (untyped: the linter of Qt 6.4 knows no keys of a QVariantMap).
        property var offer: ({})
        readonly property string consentTitle: give.offer.title || ""
        readonly property string consentText: give.offer.text || ""
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        modal: true
        title: give.consentTitle
        header: DialogTitle { text: give.title }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: give.consentText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "giveConsentCancel"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Nee, liever niet")
                    onClicked: give.close()
                }
                ActionButton {
                    objectName: "giveConsentConfirm"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    text: qsTr("Ja, dat mag")
                    onClicked: page.confirmConsent()
                }
            }
        }
    }

    // One tap was the button; this is the confirmation.
    Dialog {
        id: confirm
        objectName: "withdrawConsentDialog"
        property string purpose
        property string consentTitle
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.overlayWidth)
        modal: true
        title: qsTr("Toestemming intrekken?")
        header: DialogTitle { text: confirm.title }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Label {
                Layout.fillWidth: true
                text: qsTr("We gebruiken je gegevens dan niet meer voor: %1.").arg(confirm.consentTitle)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "withdrawConsentCancel"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Quiet
                    text: qsTr("Annuleren")
                    onClicked: confirm.close()
                }
                ActionButton {
                    objectName: "withdrawConsentConfirm"
                    Layout.fillWidth: true
                    size: ActionButton.Compact
                    variant: ActionButton.Danger
                    text: qsTr("Intrekken")
                    onClicked: page.confirmWithdrawal()
                }
            }
        }
    }
}
