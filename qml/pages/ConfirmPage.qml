// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// "Klopt dit?": every answer in plain words before sending, each with "Wijzig" to open its
// step (whose "Volgende" comes straight back here); then one button sends. Says what you sign
// up for, and the waitlist when it is full. In a staff intake's first round, registering
// alone (no opportunity yet).
StepPage {
    id: page
    objectName: "confirmPage"
    readonly property bool registeringOnly: AppContext.registration.intake && !AppContext.registration.knownTenant
    heading: page.registeringOnly ? qsTr("Inschrijven?") : qsTr("Klopt dit?")
    nextText: page.registeringOnly ? qsTr("Inschrijven") : qsTr("Versturen")

    readText: page.registeringOnly ? confirmText.text : confirmTitle.text + ". " + confirmText.text

    function next() {
        page.shell.submit()
    }

    readonly property var reg: AppContext.registration
    readonly property var values: page.reg.fields
    function value(name: string): string {
        return String(page.values[name] ?? "").trim()
    }
    readonly property string nothingChosen: qsTr("Niets gekozen")
    readonly property string birthDate: {
        const parts = [page.value("birthYear"), page.value("birthMonth"), page.value("birthDay")]
        if (parts.some(p => p.length === 0))
            return ""
        return Format.date(new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])))
    }
    // Day parts as the availability step names them ("maandag ochtend").
    readonly property string availabilityText: {
        const days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        const parts = ["ochtend", "middag", "avond"]
        const chosen = []
        for (let day = 0; day < 7; ++day) {
            for (let part = 0; part < 3; ++part) {
                if ((page.reg.availability >> (day * 3 + part)) & 1)
                    chosen.push(qsTranslate("RegisterAvailabilityPage", days[day]) + " "
                                + qsTranslate("RegisterAvailabilityPage", parts[part]))
            }
        }
        return chosen.length > 0 ? Format.list(chosen) : page.nothingChosen
    }
    // One line per answer: what it is, the answer, and the step that asks it.
    readonly property var lines: {
        const steps = page.shell.steps
        const out = []
        const add = (key, label, text, step) => {
            if (text.length > 0)
                out.push({key: key, label: label, text: text, step: steps.includes(step) ? step : ""})
        }
        if (steps.includes("name")) {
            add("name", qsTr("Naam"), [page.value("givenName"), page.value("familyName")].join(" ").trim(), "name")
            add("birth", qsTr("Geboortedatum"), page.birthDate, "name")
        }
        if (steps.includes("identify")) {
            add("code", qsTr("Persoonlijke code"), Format.ltr(page.value("personalCode").toUpperCase()), "identify")
            add("birth", qsTr("Geboortedatum"), page.birthDate, "identify")
        }
        if (steps.includes("address")) {
                        // Typed codes and numbers read left to right, also in an Arabic line.
            add("address", qsTr("Adres"), Format.ltr([page.value("postcode").toUpperCase(), page.value("houseNumber"),
                                                      page.value("houseAddition")].filter(p => p.length > 0).join(" ")), "address")
            add("phone", qsTr("Telefoonnummer"), Format.ltr(page.value("phone")), "address")
            add("email", qsTr("E-mailadres"), Format.ltr(page.value("email")), "address")
            add("tenantNumber", qsTr("Huurdersnummer"), Format.ltr(page.value("tenantNumber")), "address")
        }
        if (steps.includes("interests")) {
            const interests = page.reg.interests.map(k => page.reg.interestLabel(k))
            add("interests", qsTr("Wat je graag doet"), interests.length > 0 ? Format.list(interests) : page.nothingChosen, "interests")
            const spoken = AppContext.languages.filter(l => page.reg.spokenLanguages.includes(l.code)).map(l => l.name)
            add("languages", qsTr("Talen die je spreekt"), spoken.length > 0 ? Format.list(spoken) : page.nothingChosen, "interests")
        }
        if (steps.includes("availability"))
            add("availability", qsTr("Wanneer je tijd hebt"), page.availabilityText, "availability")
        if (steps.includes("consent")) {
            const given = page.reg.consents.filter(c => c.given).map(c => c.title)
            add("consent", qsTr("Waar je ja tegen zegt"), given.length > 0 ? Format.list(given) : qsTr("Nergens: geen vinkjes gezet"), "consent")
        }
        if (steps.includes("training")) {
            add("motivation", qsTr("Waarom je dit wilt doen"), page.value("motivation"), "training")
            const start = page.value("preferredStart")
            add("start", qsTr("Wanneer je wilt beginnen"), start.length > 0 ? Format.month(new Date(start + "T00:00")) : "", "training")
        }
        return out
    }

    Label {
        id: confirmTitle
        Layout.fillWidth: true
        visible: !page.registeringOnly
        text: AppContext.registration.opportunityTitle
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        id: confirmText
        Layout.fillWidth: true
        text: page.registeringOnly
              ? qsTr("Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.")
              : AppContext.registration.full
              ? qsTr("Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.")
              : qsTr("Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Repeater {
        model: page.lines
        delegate: Rectangle {
            id: line
            required property var modelData
            objectName: "summary_" + line.modelData.key
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.padding
                spacing: Theme.padding
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    WholeWordsLabel {
                        Layout.fillWidth: true
                        text: line.modelData.label
                        color: Theme.textMuted
                        fullPixelSize: Theme.fontBody
                        bold: true
                    }
                    WholeWordsLabel {
                        objectName: "summaryText_" + line.modelData.key
                        Layout.fillWidth: true
                        text: line.modelData.text
                        color: Theme.text
                        fullPixelSize: Theme.fontLarge
                    }
                }
                ActionButton {
                    objectName: "change_" + line.modelData.key
                    visible: line.modelData.step.length > 0
                    variant: ActionButton.Secondary
                    text: qsTr("Wijzig")
                    Accessible.name: qsTr("Wijzig: %1").arg(line.modelData.label)
                    onClicked: page.shell.editStep(line.modelData.step)
                }
            }
        }
    }
    Label {
        objectName: "submitError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: AppContext.registration.submitError
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
