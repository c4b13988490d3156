// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Everything a tenant needs to decide: what, with whom, when, where, what it asks,
// what you get, and whom to ask.
Page {
    id: page

    title: page.item.title ?? ""
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "opportunityPage"
    required property Navigation shell
    required property string opportunityId
    readonly property var item: AppContext.opportunity(page.opportunityId)
    readonly property bool full: page.item.full ?? false
    readonly property bool knownTenant: AppContext.registration.knownTenant
    background: Rectangle { color: Theme.background }

    // The places left, then each section in its order on the page.
    function spokenText(): string {
        const parts = [placesLeft.text]
        for (let i = 0; i < column.children.length; ++i)
            parts.push(page.spokenOf(column.children[i]))
        return parts.filter(p => p.length > 0).join(". ")
    }
    function spokenOf(section: var): string {
        return section.spoken ?? ""
    }

    component Section: ColumnLayout {
        id: section
        property string heading
        property string body
        // What "Lees voor" reads of it.
        readonly property string spoken: section.body.length > 0 ? section.heading + " " + section.body : ""
        property string iconName
        Layout.fillWidth: true
        visible: section.body.length > 0
        spacing: Theme.spacing / 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Icon {
                visible: section.iconName.length > 0
                name: section.iconName
                size: Theme.iconSmall
                color: Theme.textMuted
            }
            Label {
                Layout.fillWidth: true
                text: section.heading
                horizontalAlignment: Text.AlignLeft
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.bold: true
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
        }
        Label {
            Layout.fillWidth: true
            text: section.body
            // The corporation's words may be Dutch in an Arabic screen: still on the reading side.
            horizontalAlignment: Text.AlignLeft
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
    }

    function requirements(): string {
        const parts = []
        if ((page.item.minimumAge ?? 0) > 0)
            parts.push(qsTr("Vanaf %1 jaar").arg(page.item.minimumAge))
        if ((page.item.languageLevel ?? "").length > 0)
            parts.push(qsTr("Nederlands op niveau %1 (%2)").arg(page.item.languageLevel)
                       .arg(page.item.languageLevel <= "A2" ? qsTr("eenvoudige gesprekken") : qsTr("gewone gesprekken")))
        return parts.join("\n")
    }
    function rewards(): string {
        const parts = []
        if (page.item.certificate)
            parts.push(qsTr("Een bewijs (certificaat) als je klaar bent"))
        if ((page.item.allowance ?? "").length > 0)
            parts.push(page.item.allowance)
        return parts.join("\n")
    }
    function when(): string {
        const parts = [page.item.schedule ?? ""]
        const start = Format.date(page.item.startDate)
        const end = Format.date(page.item.endDate)
        if (start.length > 0 && end.length > 0)
            parts.push(qsTr("Van %1 tot %2").arg(start).arg(end))
        else if (start.length > 0)
            parts.push(qsTr("Vanaf %1").arg(start))
        return parts.filter(p => p.length > 0).join("\n")
    }
    function contact(): string {
        return [page.item.contactName ?? "", Format.ltr(page.item.contactPhone ?? ""), page.item.contactEmail ?? ""]
            .filter(p => p.length > 0).join("\n")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            readText: page.spokenText()
            onBack: page.shell.back()
        }
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: column
                width: Math.min(flick.width, Theme.contentMaxWidth)
                x: (flick.width - width) / 2
                spacing: Theme.padding

                KindAndRoute {
                    Layout.fillWidth: true
                    kind: page.item.kind ?? ""
                    route: page.item.route ?? ""
                    fontSize: Theme.fontLarge
                    iconSize: Theme.iconSize
                }
                Label {
                    id: placesLeft
                    objectName: "placesLeft"
                    Layout.fillWidth: true
                    text: Format.placesLeft(page.item.capacity ?? 0, page.item.placesLeft ?? 0, page.full)
                    color: page.full ? Theme.danger : Theme.success
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                }
                Section { heading: qsTr("Wat ga je doen?"); body: [page.item.summary ?? "", page.item.description ?? ""].filter(p => p.length > 0).join("\n\n") }
                Section { heading: qsTr("Met wie?"); body: page.item.organiser ?? "" }
                Section { heading: qsTr("Wanneer?"); iconName: "calendar"; body: page.when() }
                Section {
                    heading: qsTr("Waar?")
                    iconName: "location"
                    body: [page.item.place ?? "", page.item.address ?? "",
                           Format.distance(page.item.distance ?? -1).length > 0
                               ? qsTr("%1 hiervandaan").arg(Format.distance(page.item.distance)) : ""]
                          .filter(p => p.length > 0).join("\n")
                }
                Section { heading: qsTr("Wat vragen we?"); body: page.requirements() }
                Section { heading: qsTr("Wat krijg je?"); body: page.rewards() }
                Section { heading: qsTr("Vragen? Neem contact op met"); iconName: "phone"; body: page.contact() }
            }
        }
        // Signing up starts here: a tenant this device knows has one button; anyone else
        // says at once whether they are new or have a personal code (no screen in between).
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: !page.knownTenant
            text: page.full ? qsTr("Zet me op de wachtlijst") : qsTr("Aanmelden")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: !page.knownTenant
            columns: Theme.isPhone ? 1 : 2
            columnSpacing: Theme.padding
            rowSpacing: Theme.spacing
            ActionButton {
                objectName: "newTenantButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Ik ben nieuw")
                onClicked: page.shell.startSignup(page.opportunityId, false)
            }
            ActionButton {
                objectName: "returningTenantButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                variant: ActionButton.Secondary
                text: qsTr("Ik heb al een code")
                onClicked: page.shell.startSignup(page.opportunityId, true)
            }
        }
        ActionButton {
            objectName: "signupButton"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            visible: page.knownTenant
            iconName: "sign-up"
            text: page.full ? qsTr("Zet me op de wachtlijst") : qsTr("Aanmelden")
            onClicked: page.shell.startSignup(page.opportunityId, false)
        }
    }
}
