// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Persons of the site: search, then the detail with consent history (withdraw as easily
// as given), sign-ups, the tegenprestatie balance per month, and erasure (PIN again).
Item {
    id: page
    // What the unlocked staff member's roles allow here, by permission key
    // (StaffSession.allowed; untyped, as qmllint 6.4 knows no keys of a QVariantMap).
    readonly property var may: StaffSession.allowed

    property string selectedPerson: ""
    property string search: ""
    readonly property bool portrait: width < height * 0.9
    readonly property ListView list: personList

    StaffPersonProxy {
        id: persons
        sourceModel: StaffPersons.personList
        search: page.search
    }
    readonly property var detail: {
        StaffSession.revision
        return page.selectedPerson.length > 0 ? StaffPersons.person(page.selectedPerson, AppContext.language) : ({})
    }
    readonly property var consents: page.detail.consents || []
    readonly property var signups: page.detail.signups || []
    readonly property var balances: page.detail.balances || []
    // The server's word on the person's personal code (locked after wrong dates of birth).
    readonly property var codeLockAnswer: StaffPersons.codeLock
    readonly property var codeLock: page.codeLockAnswer.personId === page.selectedPerson ? page.codeLockAnswer : ({})

    function askCodeLock() {
        if (page.visible && page.selectedPerson.length > 0)
            StaffPersons.loadCodeLock(page.selectedPerson)
    }
    onSelectedPersonChanged: page.askCodeLock()
    onVisibleChanged: page.askCodeLock()

    readonly property StaffEraseDialog eraseDialog: eraseDialog
    function purposeName(p: string): string {
        return p === "contact" ? qsTr("Contact opnemen") : p === "matching" ? qsTr("Passende activiteiten voorstellen")
             : p === "share-partner" ? qsTr("Gegevens delen met de partnerorganisatie")
             : p === "trajectory" ? qsTr("Traject bijhouden (participatieladder)") : p
    }
    // The languages a tenant speaks, each named in itself as on the registration page.
    function languageNames(codes: var): string {
        return codes.map(code => {
            const known = AppContext.languages.find(l => l.code === code)
            return known ? known.name : code
        }).join(", ")
    }

    GridLayout {
        anchors.fill: parent
        columns: page.portrait ? 1 : 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: page.portrait ? -1 : Theme.staffListWidth
            Layout.fillWidth: page.portrait
            Layout.fillHeight: !page.portrait
            Layout.preferredHeight: page.portrait ? page.height * 0.35 : -1
            spacing: Theme.spacing
            StaffSectionTitle {
                Layout.fillWidth: true
                text: qsTr("Personen")
            }
            StaffField {
                Layout.fillWidth: true
                label: qsTr("Zoek op naam, huurdernummer of persoonlijke code")
                onTextChanged: page.search = text
            }
            ListView {
                id: personList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                reuseItems: true
                spacing: Theme.spacing / 2
                model: persons
                delegate: ActionButton {
                    id: personRow
                    required property string personId
                    required property string name
                    required property string tenantNumber
                    size: ActionButton.Compact
                    width: ListView.view.width
                    variant: ActionButton.Quiet
                    selected: page.selectedPerson === personRow.personId
                    text: personRow.tenantNumber.length > 0 ? qsTr("%1 (%2)").arg(personRow.name).arg(personRow.tenantNumber)
                                                            : personRow.name
                    onClicked: page.selectedPerson = personRow.personId
                }
            }
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: detailColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: detailColumn
                width: parent.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length === 0
                    text: qsTr("Kies een persoon.")
                    color: Theme.textMuted
                }
                StaffSectionTitle {
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length > 0
                    text: page.detail.erased ? qsTr("Gewiste persoon") : (page.detail.name || "")
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length > 0 && !page.detail.erased
                    text: qsTr("Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5\n%6 %7")
                          .arg(Format.ltr(page.detail.personalCode || "")).arg(page.detail.tenantNumber || qsTr("onbekend"))
                          .arg(Format.ltr(page.detail.postcode || "")).arg(Format.ltr(page.detail.houseNumber || ""))
                          .arg(page.detail.dateOfBirth || "").arg(Format.ltr(page.detail.phone || "")).arg(page.detail.email || "")
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TenancyVerdictNote {
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length > 0 && !page.detail.erased && verdict.length > 0
                    verdict: page.detail.tenancyVerdict || ""
                }
                // "Code op slot": the kiosk sent the tenant here after five wrong dates of birth.
                Label {
                    id: codeLockNote
                    objectName: "codeLockNote"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    visible: page.selectedPerson.length > 0 && !page.detail.erased && text.length > 0
                             && page.may.intake === true
                    text: page.codeLock.state === "locked"
                          ? qsTr("De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.")
                            .arg(Format.moment(page.codeLock.lockedAt))
                          : page.codeLock.state === "offline"
                            ? qsTr("Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.")
                            : page.codeLock.state === "open" ? qsTr("De persoonlijke code staat open.") : ""
                    color: page.codeLock.state === "locked" ? Theme.warning : Theme.textMuted
                    font.pixelSize: page.codeLock.state === "locked" ? Theme.fontBody : Theme.fontSmall
                    font.bold: page.codeLock.state === "locked"
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                ActionButton {
                    objectName: "unlockCodeButton"
                    size: ActionButton.Compact
                    visible: codeLockNote.visible && page.codeLock.state === "locked" && page.may.intake === true
                    enabled: !page.codeLock.busy
                    variant: ActionButton.Primary
                    text: page.codeLock.busy ? qsTr("Bezig met openzetten…") : qsTr("Code weer openzetten")
                    onClicked: StaffPersons.unlockCode(page.selectedPerson)
                }
                Label {
                    objectName: "personLanguages"
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length > 0 && !page.detail.erased
                    text: qsTr("Spreekt: %1").arg(page.languageNames(page.detail.languages || []) || qsTr("niet opgegeven"))
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length > 0
                    text: qsTr("Toestemmingen")
                    color: Theme.text
                    font.bold: true
                }
                Repeater {
                    model: page.consents
                    delegate: RowLayout {
                        id: consentRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            objectName: "consent_" + consentRow.modelData.purpose
                            text: consentRow.modelData.active
                                  ? qsTr("%1 — %2").arg(page.purposeName(consentRow.modelData.purpose))
                                    .arg(consentRow.modelData.givenText)
                                  : qsTr("%1 — %2; ingetrokken %3").arg(page.purposeName(consentRow.modelData.purpose))
                                    .arg(consentRow.modelData.givenText).arg(consentRow.modelData.withdrawnAt.slice(0, 10))
                            color: consentRow.modelData.active ? Theme.text : Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        ActionButton {
                            objectName: "withdrawConsentButton"
                            size: ActionButton.Compact
                            visible: consentRow.modelData.active && page.may.intake === true
                            variant: ActionButton.Quiet
                            text: qsTr("Intrekken")
                            Accessible.name: qsTr("Toestemming %1 intrekken").arg(page.purposeName(consentRow.modelData.purpose))
                            onClicked: StaffPersons.withdrawConsent(page.selectedPerson, consentRow.modelData.purpose)
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.signups.length > 0
                    text: qsTr("Aanmeldingen")
                    color: Theme.text
                    font.bold: true
                }
                Repeater {
                    model: page.signups
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("%1 — %2").arg(modelData.title || "").arg(Format.signupState(modelData.state, modelData.waitlistPosition))
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                // The tenant's route up the ladder: only for roles that keep trajectories.
                StaffTrajectorySection {
                    personId: page.selectedPerson
                    visible: page.selectedPerson.length > 0 && !page.detail.erased
                             && page.may.trajectories === true
                }
                RowLayout {
                    objectName: "hoursAgreementRow"
                    Layout.fillWidth: true
                    visible: page.selectedPerson.length > 0 && !page.detail.erased
                             && page.may.hours === true
                    spacing: Theme.spacing
                    StaffField {
                        id: agreement
                        Layout.fillWidth: true
                        label: qsTr("Tegenprestatie: afgesproken uren per maand")
                        text: page.detail.agreedMinutes ? String(page.detail.agreedMinutes / 60) : "0"
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: IntValidator { bottom: 0; top: AppContext.limits.maxAgreedHoursPerMonth }
                    }
                    ActionButton {
                        size: ActionButton.Compact
                        Layout.alignment: Qt.AlignBottom
                        variant: ActionButton.Quiet
                        text: qsTr("Afspraak opslaan")
                        onClicked: StaffPersons.setHoursAgreement(page.selectedPerson, (parseInt(agreement.text) || 0) * 60)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.detail.agreedMinutes > 0
                    text: qsTr("Tegenprestatie: %1 per maand afgesproken").arg(Format.hours(page.detail.agreedMinutes || 0))
                    color: Theme.text
                    font.bold: true
                }
                Repeater {
                    model: page.balances
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("%1: %2 gelogd, %3 gecontroleerd, saldo %4").arg(modelData.month)
                              .arg(Format.hours(modelData.loggedMinutes)).arg(Format.hours(modelData.verifiedMinutes))
                              .arg(Format.hours(modelData.balanceMinutes))
                        color: modelData.balanceMinutes < 0 ? Theme.warning : Theme.success
                        wrapMode: Text.Wrap
                    }
                }
                ActionButton {
                    size: ActionButton.Compact
                    objectName: "eraseButton"
                    visible: page.selectedPerson.length > 0 && !page.detail.erased
                             && page.may.erasure === true
                    variant: ActionButton.Danger
                    text: qsTr("Persoon wissen")
                    onClicked: eraseDialog.open()
                }
            }
        }
    }

    StaffEraseDialog {
        id: eraseDialog
        parent: T.Overlay.overlay
        personId: page.selectedPerson
    }
}
