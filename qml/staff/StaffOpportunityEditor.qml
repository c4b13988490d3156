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
        partner.choices = StaffPartners.partnerChoices()
        partner.currentIndex = Math.max(0, partner.choices.findIndex(c => c.value === (o.partnerId || "")))
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
        StaffSession.clearMessage()
    }
    function save(): bool {
        return StaffCatalogue.saveOpportunity({
            opportunityId: editor.opportunityId, title: title.text, summary: summary.text, kind: kind.value,
            trainingType: kind.value === "training" ? trainingType.value : "", route: route.value, site: site.value, partnerId: partner.currentValue || "",
            schedule: schedule.text, capacity: parseInt(capacity.text) || 0, minimumAge: parseInt(minimumAge.text) || 0,
            needsReview: review.value === "review",
            languageLevel: languageLevel.text, allowance: allowance.text,
            startDate: startDate.text, endDate: endDate.text,
            contactName: contactName.text, contactPhone: contactPhone.text, contactEmail: contactEmail.text
        })
    }

    property alias capacityText: capacity.text
    // Cancelled with a problem on view: the problem goes with the form, not onto the next screen.
    onClosed: {
        StaffCatalogue.clearFieldErrors()
        StaffSession.clearMessage()
    }

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
                StaffField { id: title; Layout.fillWidth: true; label: qsTr("Titel"); error: editor.errors.title || ""
                             onEdited: StaffCatalogue.clearFieldError("title") }
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
                // The partner organisation it names (the register, StaffPartners); its name is what
                // kiosks show.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing / 2
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        wrapMode: Text.Wrap
                        text: qsTr("Partnerorganisatie")
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    ComboBox {
                        id: partner
                        objectName: "partnerChoice"
                        property var choices: []
                        Layout.fillWidth: true
                        implicitHeight: Theme.minimumTouchTarget
                        font.pixelSize: Theme.fontBody
                        model: partner.choices
                        textRole: "text"
                        valueRole: "value"
                        Accessible.role: Accessible.ComboBox
                        Accessible.name: qsTr("Partnerorganisatie: %1").arg(partner.currentText)
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        text: editor.errors.partnerId || ""
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                    }
                }
                StaffField { id: schedule; Layout.fillWidth: true; label: qsTr("Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)") }
                StaffField {
                    id: startDate
                    objectName: "startDateField"
                    Layout.fillWidth: true
                    label: qsTr("Startdatum (leeg = doorlopend)")
                    placeholderText: qsTr("JJJJ-MM-DD")
                    inputMethodHints: Qt.ImhPreferNumbers
                    error: editor.errors.startDate || ""
                    onEdited: StaffCatalogue.clearFieldError("startDate")
                }
                StaffField {
                    id: endDate
                    objectName: "endDateField"
                    Layout.fillWidth: true
                    label: qsTr("Einddatum (leeg = geen einde)")
                    placeholderText: qsTr("JJJJ-MM-DD")
                    inputMethodHints: Qt.ImhPreferNumbers
                    error: editor.errors.endDate || ""
                    onEdited: StaffCatalogue.clearFieldError("endDate")
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
                    onEdited: StaffCatalogue.clearFieldError("capacity")
                }
                StaffField {
                    id: minimumAge
                    Layout.fillWidth: true
                    label: qsTr("Minimumleeftijd")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: AppContext.limits.maxOpportunityMinimumAge }
                    error: editor.errors.minimumAge || ""
                    onEdited: StaffCatalogue.clearFieldError("minimumAge")
                }
                StaffField { id: languageLevel; Layout.fillWidth: true; label: qsTr("Taalniveau (A1 … C2)") }
                StaffField { id: allowance; Layout.fillWidth: true; label: qsTr("Wat de huurder krijgt (vergoeding, certificaat …)") }
                StaffField {
                    id: contactName
                    Layout.fillWidth: true
                    label: qsTr("Contactpersoon")
                    error: editor.errors.contactName || ""
                    onEdited: StaffCatalogue.clearFieldError("contactName")
                }
                StaffField {
                    id: contactPhone
                    objectName: "contactPhoneField"
                    Layout.fillWidth: true
                    label: qsTr("Telefoon contactpersoon")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    error: editor.errors.contactPhone || ""
                    onEdited: StaffCatalogue.clearFieldError("contactPhone")
                }
                StaffField {
                    id: contactEmail
                    Layout.fillWidth: true
                    label: qsTr("E-mail contactpersoon")
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    error: editor.errors.contactEmail || ""
                    onEdited: StaffCatalogue.clearFieldError("contactEmail")
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
