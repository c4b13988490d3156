// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Create or edit one opportunity: what, where, with whom, when (schedule, start and end
// date), how many, for whom, what the tenant gets and whom to ask. Each field is checked by
// StaffCatalogue (app/core rules) and its problem shown beneath it; the editor stays open
// with everything typed until the save goes through. Capacity below the confirmed count is
// refused with the count.
Popup {
    id: editor
    objectName: "opportunityEditor"

    property string opportunityId
    property int confirmed: 0
    readonly property var sites: StaffCatalogue.sites()
    readonly property var errors: StaffCatalogue.fieldErrors

    function load(id: string) {
        editor.opportunityId = id
        const o = id.length > 0 ? StaffCatalogue.opportunity(id) : ({})
        editor.confirmed = o.confirmed || 0
        title.text = o.title || ""
        summary.text = o.summary || ""
        kind.value = o.kind || "volunteer"
        review.value = (o.needsReview !== undefined ? o.needsReview : kind.value === "training") ? "review" : "direct"
        trainingType.value = o.trainingType && o.trainingType !== "none" ? o.trainingType : "internship"
        route.value = o.route || "wonen"
        site.value = o.site || (editor.sites.length > 0 ? editor.sites[0].id : "")
        organiser.text = o.organiser || ""
        organiserRole.text = o.organiserRole || ""
        schedule.text = o.schedule || ""
        capacity.text = o.capacity !== undefined ? String(o.capacity) : "0"
        minimumAge.text = o.minimumAge !== undefined ? String(o.minimumAge) : "0"
        languageLevel.text = o.languageLevel || ""
        allowance.text = o.allowance || ""
        startDate.text = o.startDate || ""
        endDate.text = o.endDate || ""
        contactName.text = o.contactName || ""
        contactPhone.text = o.contactPhone || ""
        contactEmail.text = o.contactEmail || ""
        StaffCatalogue.clearFieldErrors()
    }
    function save(): bool {
        return StaffCatalogue.saveOpportunity({
            opportunityId: editor.opportunityId, title: title.text, summary: summary.text, kind: kind.value,
            trainingType: kind.value === "training" ? trainingType.value : "", route: route.value, site: site.value, organiser: organiser.text, organiserRole: organiserRole.text,
            schedule: schedule.text, capacity: parseInt(capacity.text) || 0, minimumAge: parseInt(minimumAge.text) || 0,
            needsReview: review.value === "review",
            languageLevel: languageLevel.text, allowance: allowance.text,
            startDate: startDate.text, endDate: endDate.text,
            contactName: contactName.text, contactPhone: contactPhone.text, contactEmail: contactEmail.text
        })
    }

    property alias capacityText: capacity.text

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.padding : Theme.staffDialogWidth, Theme.staffDialogWidth * 1.4)
    height: parent ? parent.height - 2 * Theme.padding : Theme.staffDialogWidth
    padding: Theme.padding
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        StaffSectionTitle {
            Layout.fillWidth: true
            text: editor.opportunityId.length > 0 ? qsTr("Activiteit bewerken") : qsTr("Nieuwe activiteit")
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: fields.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            GridLayout {
                id: fields
                width: parent.width
                columns: editor.width > Theme.staffDialogWidth * 1.2 ? 2 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.spacing
                StaffField { id: title; Layout.fillWidth: true; label: qsTr("Titel"); error: editor.errors.title || "" }
                StaffField { id: summary; Layout.fillWidth: true; label: qsTr("Korte omschrijving") }
                StaffChoiceRow {
                    id: kind
                    Layout.fillWidth: true
                    label: qsTr("Soort")
                    options: [{value: "volunteer", text: Format.kindName("volunteer")},
                              {value: "self-management", text: Format.kindName("self-management")},
                              {value: "training", text: Format.kindName("training")}]
                }
                StaffChoiceRow {
                    id: review
                    objectName: "needsReviewChoice"
                    Layout.fillWidth: true
                    label: qsTr("Aanmeldingen")
                    options: [{value: "review", text: qsTr("Een medewerker beoordeelt elke aanmelding")},
                              {value: "direct", text: qsTr("Direct bevestigd zolang er plek is")}]
                }
                StaffChoiceRow {
                    id: trainingType
                    Layout.fillWidth: true
                    visible: kind.value === "training"
                    label: qsTr("Soort leerplaats")
                    options: [{value: "internship", text: qsTr("Stage")}, {value: "learn-work", text: qsTr("Leerwerkplek")},
                              {value: "reintegration", text: qsTr("Re-integratieplek")}]
                }
                StaffChoiceRow {
                    id: route
                    Layout.fillWidth: true
                    label: qsTr("Route")
                    options: [{value: "wonen", text: Format.routeName("wonen")}, {value: "leren", text: Format.routeName("leren")},
                              {value: "werken", text: Format.routeName("werken")},
                              {value: "vrije-tijd", text: Format.routeName("vrije-tijd")}]
                }
                StaffChoiceRow {
                    id: site
                    Layout.fillWidth: true
                    Layout.columnSpan: fields.columns
                    label: qsTr("Locatie")
                    options: editor.sites.map(s => ({value: s.id, text: s.name}))
                }
                StaffField { id: organiser; Layout.fillWidth: true; label: qsTr("Partnerorganisatie") }
                StaffField { id: organiserRole; Layout.fillWidth: true; label: qsTr("Rol van de partner (begeleiding, opleider …)") }
                StaffField { id: schedule; Layout.fillWidth: true; label: qsTr("Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)") }
                StaffField {
                    id: startDate
                    objectName: "startDateField"
                    Layout.fillWidth: true
                    label: qsTr("Startdatum (leeg = doorlopend)")
                    placeholderText: qsTr("JJJJ-MM-DD")
                    inputMethodHints: Qt.ImhPreferNumbers
                    error: editor.errors.startDate || ""
                }
                StaffField {
                    id: endDate
                    objectName: "endDateField"
                    Layout.fillWidth: true
                    label: qsTr("Einddatum (leeg = geen einde)")
                    placeholderText: qsTr("JJJJ-MM-DD")
                    inputMethodHints: Qt.ImhPreferNumbers
                    error: editor.errors.endDate || ""
                }
                StaffField {
                    id: capacity
                    objectName: "capacityField"
                    Layout.fillWidth: true
                    label: editor.confirmed > 0 ? qsTr("Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)").arg(editor.confirmed)
                                                : qsTr("Aantal plaatsen (0 = onbeperkt)")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: AppContext.limits.maxCapacity }
                    error: editor.errors.capacity || ""
                }
                StaffField {
                    id: minimumAge
                    Layout.fillWidth: true
                    label: qsTr("Minimumleeftijd")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: AppContext.limits.maxOpportunityMinimumAge }
                    error: editor.errors.minimumAge || ""
                }
                StaffField { id: languageLevel; Layout.fillWidth: true; label: qsTr("Taalniveau (A1 … C2)") }
                StaffField { id: allowance; Layout.fillWidth: true; label: qsTr("Wat de huurder krijgt (vergoeding, certificaat …)") }
                StaffField {
                    id: contactName
                    Layout.fillWidth: true
                    label: qsTr("Contactpersoon")
                    error: editor.errors.contactName || ""
                }
                StaffField {
                    id: contactPhone
                    objectName: "contactPhoneField"
                    Layout.fillWidth: true
                    label: qsTr("Telefoon contactpersoon")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    error: editor.errors.contactPhone || ""
                }
                StaffField {
                    id: contactEmail
                    Layout.fillWidth: true
                    label: qsTr("E-mail contactpersoon")
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    error: editor.errors.contactEmail || ""
                }
            }
        }
        Label {
            objectName: "editorMessage"
            Layout.fillWidth: true
            // Not twice: a problem of one field is said beside that field.
            visible: text.length > 0 && !Object.values(editor.errors).includes(text)
            text: StaffSession.message
            color: Theme.danger
            wrapMode: Text.Wrap
            A11y.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                size: ActionButton.Compact
                Layout.fillWidth: true
                variant: ActionButton.Quiet
                text: qsTr("Annuleren")
                onClicked: editor.close()
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "saveOpportunityButton"
                Layout.fillWidth: true
                text: qsTr("Opslaan")
                onClicked: {
                    if (editor.save())
                        editor.close()
                }
            }
        }
    }
}
