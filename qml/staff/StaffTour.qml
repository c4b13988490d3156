// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// The staff tablet's part of the scripted tour (`--mode staff --tour DIR`): sign-in, PIN,
// an identity check, each queue, a decision, the conflict list, catalogue editing, who fits an opportunity and its participants, hours, person detail,
// the dashboard and a tenant's intake with its receipt, in landscape and portrait. Each step acts, then names the screen.
QtObject {
    id: staffTour

    required property ApplicationWindow window
    required property AppShell shell
    readonly property string tourPin: "24680"

    // The staff home sits in a Loader (AppShell loads the staff screens by URL).
    function home(): StaffHomePage { return (staffTour.shell.currentPage as Loader)?.item as StaffHomePage }
    function workspace(): StaffWorkspace { return staffTour.home().workspace }
    function show(key: string): Item {
        staffTour.workspace().show(key)
        return staffTour.workspace().sectionItem(key)
    }
    function queue(key: string, opportunityId: string): StaffQueuePage {
        const page = staffTour.show(key) as StaffQueuePage
        page.selectedOpportunity = opportunityId
        return page
    }

    // Each step is the staff member acting: it counts as activity for the idle lock, as a
    // touch would (the tour sends no input; under a screen-reader test on a loaded machine it
    // runs for minutes, and the tablet locked itself half-way).
    function steps(): var {
        return staffTour.script().map(step => [() => { StaffSession.touch(); step[0]() }, step[1]])
    }

    function script(): var {
        return [
            [() => {}, "staff-sign-in"],
            [() => StaffTourData.load(staffTour.tourPin), "staff-choose-person"],
            [() => StaffSession.unlock("tour-staff-1", "11111"), "staff-wrong-pin"],
            [() => StaffSession.unlock("tour-staff-1", staffTour.tourPin), "staff-new-volunteers"],
            [() => { AppContext.language = "ar" }, "staff-new-volunteers-arabic"],
            [() => { AppContext.language = "nl" }, "staff-new-volunteers-dutch-again"],
            [() => StaffReview.markIdentityChecked("tour-person-4", "tenant-number"), "staff-identity-checked"],
            [() => staffTour.queue("signups", "wlw-voedselbank-01"), "staff-signups"],
            [() => staffTour.queue("training", "wlw-stage-01"), "staff-training"],
            [() => staffTour.queue("signups", "wlw-voedselbank-01").openDecision("tour-signup-2", "decline"), "staff-decision"],
            [() => {
                const d = (staffTour.workspace().sectionItem("signups") as StaffQueuePage).dialog
                d.reasonTemplate = StaffReview.reasonTemplates[0]
                d.message = qsTr("Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.")
                d.save()
            }, "staff-decision-queued"],
            [() => staffTour.show("conflicts"), "staff-conflicts"],
            [() => staffTour.show("catalogue"), "staff-catalogue"],
            [() => {
                const page = staffTour.show("catalogue") as StaffCataloguePage
                page.edit("wlw-voedselbank-01")
                page.editor.capacityText = "3"
                page.editor.save()
            }, "staff-catalogue-capacity-refused"],
            [() => {
                const page = staffTour.workspace().sectionItem("catalogue") as StaffCataloguePage
                page.editor.capacityText = "8"
            }, "staff-catalogue-edit"],
            [() => {
                const page = staffTour.workspace().sectionItem("catalogue") as StaffCataloguePage
                page.editor.close()
                page.showCandidates("wlw-moestuin-01")
            }, "staff-candidates"],
            [() => {
                const page = staffTour.workspace().sectionItem("catalogue") as StaffCataloguePage
                page.candidates.close()
                page.showParticipants("wlw-voedselbank-01")
            }, "staff-participants"],
            [() => {
                (staffTour.workspace().sectionItem("catalogue") as StaffCataloguePage).participants.close()
                staffTour.show("hours")
            }, "staff-hours"],
            [() => {
                const page = staffTour.show("persons") as StaffPersonsPage
                page.selectedPerson = "tour-person-0"
            }, "staff-person"],
            // The kiosk sent this tenant to the desk: their code is locked.
            [() => {
                StaffTourData.showLockedCode("tour-person-0")
                const page = staffTour.workspace().sectionItem("persons") as StaffPersonsPage
                page.list.positionViewAtBeginning()
            }, "staff-person-code-locked"],
            [() => (staffTour.workspace().sectionItem("persons") as StaffPersonsPage).eraseDialog.open(), "staff-erase-pin"],
            [() => {
                (staffTour.workspace().sectionItem("persons") as StaffPersonsPage).eraseDialog.close()
                staffTour.show("erasure")
            }, "staff-erase-requests"],
            [() => (staffTour.workspace().sectionItem("erasure") as StaffEraseRequestsPage).eraseDialog.open(), "staff-erase-request-pin"],
            [() => {
                (staffTour.workspace().sectionItem("erasure") as StaffEraseRequestsPage).eraseDialog.close()
                staffTour.show("dashboard")
            }, "staff-dashboard"],
            // The goals: each one's progress against the straight line, its status and forecast.
            [() => (staffTour.show("dashboard") as StaffDashboardPage).showGoals(), "staff-goals"],
            [() => (staffTour.workspace().sectionItem("dashboard") as StaffDashboardPage).editGoal("tour-goal-1"), "staff-goal-edit"],
            [() => {
                const page = staffTour.workspace().sectionItem("dashboard") as StaffDashboardPage
                page.newGoal()
                page.goalForm.save()
            }, "staff-goal-new-problems"],
            [() => {
                const page = staffTour.workspace().sectionItem("dashboard") as StaffDashboardPage
                page.editingGoal = false
                StaffResults.clearGoalErrors()
                StaffSession.clearMessage()
                page.showMonthCharts()
            }, "staff-month-charts"],
            // The ladder moves per route as stacked bars, and the supplier's social return.
            [() => (staffTour.workspace().sectionItem("dashboard") as StaffDashboardPage).showLadderAndSocialReturn(),
             "staff-ladder-social-return"],
            // The period report of Wielewaal, read before it is saved as a PDF.
            [() => {
                (staffTour.workspace().sectionItem("dashboard") as StaffDashboardPage).contentY = 0
                const page = staffTour.show("report") as StaffReportPage
                page.neighbourhood = "wielewaal"
                page.periodKey = "year"
            }, "staff-report"],
            // Further down: the goals with their forecast, the ladder and what the partners put in.
            [() => (staffTour.workspace().sectionItem("report") as StaffReportPage).showPart(3), "staff-report-goals"],
            // At the end: social return and the SROI sheet, to save for the accountant.
            [() => {
                const page = staffTour.workspace().sectionItem("report") as StaffReportPage
                page.contentY = Math.max(0, page.contentHeight - page.height)
            }, "staff-report-sroi"],
            [() => staffTour.show("audit"), "staff-audit"],
            // Staff intake: the kiosk's registration steps with the tenant present, the receipt
            // to print, a sign-up from it, and nothing of the tenant left after "Klaar".
            [() => {
                AppContext.intake.begin()
                const r = AppContext.registration
                r.setField("givenName", "Samira")
                r.setField("familyName", "El Amrani")
            }, "staff-intake-name"],
            [() => {
                const r = AppContext.registration
                r.setField("phone", "06 12345678")
                r.setField("postcode", "3083 BK")
                r.setField("houseNumber", "7")
                r.setField("birthDay", "14")
                r.setField("birthMonth", "2")
                r.setField("birthYear", "1979")
                staffTour.shell.pushStep(staffTour.shell.steps.indexOf("consent"))
            }, "staff-intake-consent"],
            [() => {
                AppContext.registration.setConsent("contact", true)
                staffTour.shell.pushStep(staffTour.shell.steps.indexOf("confirm"))
            }, "staff-intake-confirm"],
            [() => staffTour.shell.submit(), "staff-intake-receipt"],
            [() => staffTour.shell.startSignup("wlw-taal-01", false), "staff-intake-signup"],
            [() => staffTour.shell.submit(), "staff-intake-signed-up"],
            [() => { AppContext.language = "ar" }, "staff-intake-receipt-arabic"],
            [() => { AppContext.language = "nl"; staffTour.shell.finish() }, "staff-intake-done"],
            [() => { staffTour.window.width = 800; staffTour.window.height = 1280 }, "staff-audit-portrait"],
            [() => { (staffTour.show("dashboard") as StaffDashboardPage).contentY = 0 }, "staff-dashboard-portrait"],
            [() => staffTour.queue("signups", "wlw-voedselbank-01"), "staff-signups-portrait"],
            [() => staffTour.show("persons"), "staff-person-portrait"],
            // Arabic (right to left) last: the results page, shown after a switch to Arabic and
            // back, lays itself out wrongly (a polish loop not found yet), so the tour shows it before.
            [() => {
                AppContext.language = "ar";
                (staffTour.show("catalogue") as StaffCataloguePage).showCandidates("wlw-moestuin-01")
            }, "staff-candidates-arabic"],
            [() => {
                (staffTour.workspace().sectionItem("catalogue") as StaffCataloguePage).candidates.close()
                staffTour.show("erasure")
            }, "staff-erase-requests-arabic"],
            // The quiet kiosks at the top of the dashboard, right to left.
            [() => { (staffTour.show("dashboard") as StaffDashboardPage).contentY = 0 }, "staff-dashboard-arabic"],
            [() => (staffTour.show("dashboard") as StaffDashboardPage).showGoals(), "staff-goals-arabic"],
            [() => staffTour.show("report"), "staff-report-arabic"],
            [() => (staffTour.show("dashboard") as StaffDashboardPage).showLadderAndSocialReturn(),
             "staff-ladder-social-return-arabic"],
            [() => { AppContext.language = "nl"; StaffSession.lock() }, "staff-locked"],
            // A revoked tablet (its data deleted): only "out of service", also in Arabic.
            [() => AppContext.showOutOfServiceInTour(true), "staff-out-of-service"],
            [() => { AppContext.language = "ar" }, "staff-out-of-service-arabic"],
            [() => { AppContext.language = "nl"; AppContext.showOutOfServiceInTour(false) }, "staff-after-out-of-service"]
        ]
    }
}
