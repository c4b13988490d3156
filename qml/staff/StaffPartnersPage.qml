// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The partner register (coordinators: permission "partners"): the partners, one partner's
// form, its roles and contributions per activity and month at this site, and what it put in
// and what came of it (StaffPartners.figures: the dashboard's own figures over its activities).
// A form keeps what was typed until it is saved; each problem shows beside its field.
ColumnLayout {
    id: page
    // The kinds and roles to choose from, in the app's language (untyped: the linter of Qt 6.4
    // cannot map a QVariantList).
    readonly property var partnerKinds: StaffPartners.kinds()
    readonly property var partnerRoles: StaffPartners.roles()
    spacing: Theme.spacing

    property string partnerId: ""
    // Read again after each save and pull (StaffSession.revision moves).
    readonly property var shown: StaffSession.revision >= 0 && page.partnerId.length > 0
                                 ? StaffPartners.partner(page.partnerId) : ({})
    readonly property var figures: StaffSession.revision >= 0 && page.partnerId.length > 0
                                   ? StaffPartners.figures(page.partnerId) : ({})
    readonly property var contributions: StaffSession.revision >= 0 && page.partnerId.length > 0
                                         ? StaffPartners.contributions(page.partnerId) : []
    readonly property var errors: StaffPartners.fieldErrors
    readonly property ListView list: partnerList

    function open(id: string) {
        page.partnerId = id
        const p = id.length > 0 ? StaffPartners.partner(id) : ({})
        name.text = p.name || ""
        kind.value = p.kind || "overig"
        contactName.text = p.contactName || ""
        contactPhone.text = p.contactPhone || ""
        contactEmail.text = p.contactEmail || ""
        contributionOpportunity.choices = StaffPartners.opportunityChoices()
        StaffPartners.clearFieldErrors()
        StaffSession.clearMessage()
    }
    function savePartner(): bool {
        const saved = StaffPartners.savePartner({partnerId: page.partnerId, name: name.text, kind: kind.value,
                                                 contactName: contactName.text, contactPhone: contactPhone.text,
                                                 contactEmail: contactEmail.text})
        if (saved && page.partnerId.length === 0) {
            // The new partner is listed by name: show it.
            for (let i = 0; i < StaffPartners.partnerList.count; ++i) {
                const row = StaffPartners.partnerList.get(i)
                if (row.name === name.text.trim()) {
                    page.partnerId = row.partnerId
                    break
                }
            }
        }
        return saved
    }
    function saveContribution(): bool {
        const saved = StaffPartners.saveContribution({
            partnerId: page.partnerId, opportunityId: contributionOpportunity.currentValue || "",
            role: role.value, month: month.text, moneyEuros: money.text, staffHours: staffHours.text,
            places: places.text, premisesHours: premisesHours.text})
        if (saved) {
            money.text = ""
            staffHours.text = ""
            places.text = ""
            premisesHours.text = ""
        }
        return saved
    }

    RowLayout {
        Layout.fillWidth: true
        StaffSectionTitle {
            Layout.fillWidth: true
            text: qsTr("Partners")
        }
        ActionButton {
            size: ActionButton.Compact
            objectName: "newPartnerButton"
            text: qsTr("Nieuwe partner")
            onClicked: page.open("")
        }
    }
    Label {
        Layout.fillWidth: true
        visible: StaffSession.message.length > 0
        text: StaffSession.message
        color: Theme.danger
        wrapMode: Text.Wrap
        A11y.role: Accessible.AlertMessage
        Accessible.name: StaffSession.message
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        columns: page.width > page.height ? 2 : 1
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing

        ListView {
            id: partnerList
            objectName: "partnerList"
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.staffRailWidth
            Layout.minimumHeight: Theme.minimumTouchTarget * 3
            clip: true
            reuseItems: true
            spacing: Theme.spacing / 2
            model: StaffPartners.partnerList
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Partners")
            delegate: ActionButton {
                id: partnerRow
                required property string partnerId
                required property string name
                required property string kindText
                width: ListView.view.width
                size: ActionButton.Compact
                variant: ActionButton.Quiet
                selected: page.partnerId === partnerRow.partnerId
                text: qsTr("%1 · %2").arg(partnerRow.name).arg(partnerRow.kindText)
                Accessible.name: qsTr("Partner %1, %2").arg(partnerRow.name).arg(partnerRow.kindText)
                onClicked: page.open(partnerRow.partnerId)
            }
        }

        ScrollView {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 0
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: detail.availableWidth
                spacing: Theme.spacing

                // ---- the partner
                StaffSectionTitle {
                    Layout.fillWidth: true
                    text: page.partnerId.length > 0 ? (page.shown.name || "") : qsTr("Nieuwe partner")
                }
                StaffField {
                    id: name
                    objectName: "partnerNameField"
                    Layout.fillWidth: true
                    label: qsTr("Naam van de organisatie")
                    error: page.errors.name || ""
                    onEdited: StaffPartners.clearFieldError("name")
                }
                StaffChoiceRow {
                    id: kind
                    Layout.fillWidth: true
                    label: qsTr("Soort organisatie")
                    options: page.partnerKinds.map(k => ({value: k.key, text: k.text}))
                }
                StaffField {
                    id: contactName
                    objectName: "partnerContactNameField"
                    Layout.fillWidth: true
                    label: qsTr("Contactpersoon (niet verplicht)")
                    error: page.errors.contactName || ""
                    onEdited: StaffPartners.clearFieldError("contactName")
                }
                StaffField {
                    id: contactPhone
                    objectName: "partnerContactPhoneField"
                    Layout.fillWidth: true
                    label: qsTr("Telefoon van de contactpersoon")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    error: page.errors.contactPhone || ""
                    onEdited: StaffPartners.clearFieldError("contactPhone")
                }
                StaffField {
                    id: contactEmail
                    objectName: "partnerContactEmailField"
                    Layout.fillWidth: true
                    label: qsTr("E-mail van de contactpersoon")
                    inputMethodHints: Qt.ImhEmailCharactersOnly
                    error: page.errors.contactEmail || ""
                    onEdited: StaffPartners.clearFieldError("contactEmail")
                }
                ActionButton {
                    objectName: "savePartnerButton"
                    size: ActionButton.Compact
                    text: qsTr("Partner opslaan")
                    onClicked: page.savePartner()
                }

                // ---- what it put in and what came of it
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.partnerId.length > 0
                    spacing: Theme.spacing / 2
                    StaffSectionTitle {
                        Layout.fillWidth: true
                        text: qsTr("Wat de partner inbracht en wat het opleverde")
                    }
                    Label {
                        objectName: "partnerPutIn"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.")
                              .arg(page.figures.total ? page.figures.total.money : "")
                              .arg(page.figures.total ? page.figures.total.staffHours : "")
                              .arg(page.figures.total ? page.figures.total.places : 0)
                              .arg(page.figures.total ? page.figures.total.premisesHours : "")
                    }
                    Label {
                        objectName: "partnerCameOfIt"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.")
                              .arg(page.figures.placesFilled || 0).arg(page.figures.opportunities || 0)
                              .arg(page.figures.total ? page.figures.total.activeVolunteers : 0)
                              .arg(page.figures.total ? page.figures.total.volunteerHours : "")
                              .arg(page.figures.total ? page.figures.total.trainingStarted : 0)
                              .arg(page.figures.total ? page.figures.total.trainingCompleted : 0)
                    }
                    // Per month: the money it put in, and its staff's hours beside the
                    // volunteers' hours on its activities.
                    StaffMonthChart {
                        objectName: "partnerMoneyChart"
                        visible: (page.figures.months || []).some(m => m.moneyValue > 0)
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.chartHeight
                        name: qsTr("Geld per maand (euro)")
                        labels: (page.figures.months || []).map(m => Format.monthShort(m.month))
                        values: (page.figures.months || []).map(m => m.moneyValue)
                    }
                    StaffStackedChart {
                        objectName: "partnerHoursChart"
                        visible: (page.figures.months || []).length > 0
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.chartHeight
                        name: qsTr("Uren per maand")
                        labels: (page.figures.months || []).map(m => Format.monthShort(m.month))
                        series: [
                            {name: qsTr("Inzet van de partner"), color: Theme.chartBar,
                             values: (page.figures.months || []).map(m => m.staffHoursValue)},
                            {name: qsTr("Vrijwilligerswerk"), color: Theme.chartBarSecondary,
                             values: (page.figures.months || []).map(m => m.volunteerHoursValue)}
                        ]
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: (page.figures.roles || "").length > 0
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Rollen: %1").arg(page.figures.roles || "")
                    }
                    Repeater {
                        model: page.figures.months || []
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: qsTr("%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond")
                                  .arg(modelData.month).arg(modelData.money).arg(modelData.staffHours)
                                  .arg(modelData.volunteerHours).arg(modelData.trainingStarted)
                                  .arg(modelData.trainingCompleted)
                        }
                    }
                }

                // ---- its roles and contributions
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.partnerId.length > 0
                    spacing: Theme.spacing / 2
                    StaffSectionTitle {
                        Layout.fillWidth: true
                        text: qsTr("Rollen en bijdragen per activiteit")
                    }
                    Repeater {
                        model: page.contributions
                        delegate: RowLayout {
                            id: contributionRow
                            required property var modelData
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: Theme.text
                                text: qsTr("%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte")
                                      .arg(contributionRow.modelData.month).arg(contributionRow.modelData.opportunityTitle)
                                      .arg(contributionRow.modelData.roleText).arg(contributionRow.modelData.money)
                                      .arg(contributionRow.modelData.staffHours).arg(contributionRow.modelData.places)
                                      .arg(contributionRow.modelData.premisesHours)
                            }
                            ActionButton {
                                size: ActionButton.Compact
                                variant: ActionButton.Quiet
                                text: qsTr("Verwijderen")
                                Accessible.name: qsTr("Bijdrage van %1 voor %2 verwijderen")
                                                 .arg(contributionRow.modelData.month)
                                                 .arg(contributionRow.modelData.opportunityTitle)
                                onClicked: StaffPartners.removeContribution(contributionRow.modelData.contributionId)
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.contributions.length === 0
                        text: qsTr("Nog geen bijdragen op deze locatie.")
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Activiteit")
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    ComboBox {
                        id: contributionOpportunity
                        objectName: "contributionOpportunity"
                        property var choices: []
                        Layout.fillWidth: true
                        implicitHeight: Theme.minimumTouchTarget
                        font.pixelSize: Theme.fontBody
                        model: contributionOpportunity.choices
                        textRole: "title"
                        valueRole: "id"
                        Accessible.role: Accessible.ComboBox
                        Accessible.name: qsTr("Activiteit: %1").arg(contributionOpportunity.currentText)
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.errors.opportunityId || ""
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    StaffChoiceRow {
                        id: role
                        Layout.fillWidth: true
                        label: qsTr("Rol")
                        value: "partner"
                        options: page.partnerRoles.map(r => ({value: r.key, text: r.text}))
                    }
                    StaffField {
                        id: month
                        objectName: "contributionMonthField"
                        Layout.fillWidth: true
                        label: qsTr("Maand")
                        placeholderText: qsTr("JJJJ-MM")
                        inputMethodHints: Qt.ImhPreferNumbers
                        error: page.errors.month || ""
                        onEdited: StaffPartners.clearFieldError("month")
                    }
                    StaffField {
                        id: money
                        objectName: "contributionMoneyField"
                        Layout.fillWidth: true
                        label: qsTr("Geld (euro)")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        error: page.errors.moneyEuros || ""
                        onEdited: StaffPartners.clearFieldError("moneyEuros")
                    }
                    StaffField {
                        id: staffHours
                        objectName: "contributionStaffHoursField"
                        Layout.fillWidth: true
                        label: qsTr("Uren inzet van eigen mensen")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        error: page.errors.staffHours || ""
                        onEdited: StaffPartners.clearFieldError("staffHours")
                    }
                    StaffField {
                        id: places
                        objectName: "contributionPlacesField"
                        Layout.fillWidth: true
                        label: qsTr("Plaatsen (stage, werk)")
                        inputMethodHints: Qt.ImhDigitsOnly
                        error: page.errors.places || ""
                        onEdited: StaffPartners.clearFieldError("places")
                    }
                    StaffField {
                        id: premisesHours
                        objectName: "contributionPremisesField"
                        Layout.fillWidth: true
                        label: qsTr("Uren gebruik van een ruimte")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        error: page.errors.premisesHours || ""
                        onEdited: StaffPartners.clearFieldError("premisesHours")
                    }
                    ActionButton {
                        objectName: "saveContributionButton"
                        size: ActionButton.Compact
                        text: qsTr("Bijdrage opslaan")
                        onClicked: page.saveContribution()
                    }
                }
            }
        }
    }
}
