// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQml
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// The scripted tour (`meedoen --tour DIR`): drives the app through its main screens as a
// tenant would and saves a screenshot of each, then quits with 0.
Item {
    id: tour

    required property ApplicationWindow window
    required property AppShell shell
    property int index: 0
    // A full opportunity and a training place from the demo catalogue.
    readonly property string fullOpportunity: "wlw-voedselbank-01"
    readonly property string trainingPlace: "wlw-stage-01"
    // The personal code the kiosk's tour tenant got on their receipt (for the status look-up).
    property string kioskCode

    function page(): Item { return tour.shell.currentPage }
    function find(item: Item, name: string): var {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = tour.find(item.children[i], name)
            if (found)
                return found
        }
        return null
    }
    function fill(values: var) {
        for (const name in values)
            AppContext.registration.setField(name, values[name])
    }
    function next() { tour.find(tour.page(), "nextButton").clicked() }
    // Scrolls the page's Flickable `flickName` so that its item `itemName` is at the top.
    function scrollTo(flickName: string, itemName: string) {
        const f = tour.find(tour.page(), flickName)
        const t = tour.find(tour.page(), itemName)
        f.contentY = Math.max(0, Math.min(t.mapToItem(f.contentItem, 0, 0).y - Theme.spacing, f.contentHeight - f.height))
    }

    // Each step acts, then names the screen it leaves on view.
    readonly property var steps: {
        if (tour.staffTour)
            return tour.staffTour.steps()
        const reg = AppContext.registration
        const s = [[() => {}, "home"]]
        if (Theme.isPhone) {
            // Before this phone knows its tenant: bringing kiosk sign-ups to the phone.
            s.push([() => tour.shell.openMySignups(), "my-signups-empty"])
            s.push([() => tour.shell.openLinkPhone(), "link-phone"])
            s.push([() => tour.find(tour.page(), "linkButton").clicked(), "link-phone-errors"])
            // The server's limits on guessing (docs/security/guess.md), as the phone explains them;
            // what was typed stays in the form.
            s.push([() => { tour.fill({personalCode: "59g8-qp5x-gepy", birthDay: "3", birthMonth: "4", birthYear: "1985"})
                            tour.find(tour.page(), "linkButton").clicked(); PhoneTourData.refuseLink("identify-failed", 4, 0) }, "link-phone-wrong"])
            s.push([() => { tour.find(tour.page(), "linkButton").clicked(); PhoneTourData.refuseLink("identify-wait", -1, 120) }, "link-phone-wait"])
            s.push([() => { tour.find(tour.page(), "linkButton").clicked(); PhoneTourData.refuseLink("code-locked", -1, 0) }, "link-phone-locked"])
            s.push([() => { AppContext.language = "ar" }, "link-phone-locked-arabic"])
            s.push([() => { AppContext.language = "nl"; AppContext.registration.reset() }, "link-phone-dutch-again"])
        }
        s.push(
            [() => { tour.shell.stack.pop(null, StackView.Immediate); tour.shell.openCatalogue("") }, "catalogue"],
            [() => { AppContext.catalogue.kind = "volunteer"; AppContext.catalogue.route = "wonen" }, "filters"],
            [() => { AppContext.catalogue.route = ""; AppContext.catalogue.kind = ""; AppContext.catalogue.searchText = "taal" }, "search"],
            [() => { AppContext.catalogue.searchText = ""; tour.shell.openDetail(tour.trainingPlace) }, "detail"],
        )
        if (Theme.isKiosk || Theme.isPhone) {
            // The detail page offers both routes; "Ik ben nieuw" opens "Wie ben je?" at once.
            s.push([() => tour.shell.startSignup(tour.trainingPlace, false), "register-name"])
            s.push([() => { tour.next() }, "register-name-errors"])
            s.push([() => { tour.fill({givenName: "Fatma", familyName: "Yılmaz", birthDay: "3", birthMonth: "4", birthYear: "1985"}); tour.next() }, "register-address"])
            s.push([() => { tour.fill({postcode: "3083 bk", houseNumber: "12a", phone: "06 12345678"}); tour.next() }, "register-interests"])
            s.push([() => { reg.toggleInterest("taal"); reg.toggleInterest("koken"); tour.next() }, "register-availability"])
            s.push([() => { reg.toggleSlot(0, 0); reg.toggleSlot(2, 1); reg.toggleSlot(5, 0); tour.next() }, "consent"])
            s.push([() => { reg.setConsent("contact", true); reg.setConsent("matching", true); reg.setConsent("trajectory", true); tour.next() }, "training"])
            s.push([() => { tour.fill({motivation: "Ik wil graag leren hoe je kleine reparaties doet.", preferredStart: "2027-02-01"}); tour.next() }, "summary"])
            // "Wijzig" beside the address opens that step; its "Volgende" returns to the summary.
            s.push([() => tour.find(tour.page(), "change_address").clicked(), "summary-change-address"])
            s.push([() => { tour.fill({houseNumber: "14"}); tour.next()
                            const f = tour.find(tour.page(), "stepFlickable"); f.contentY = Math.max(0, f.contentHeight - f.height) }, "confirm"])
            s.push([() => { tour.next() }, "receipt"])
            if (Theme.isPhone) {
                s.push([() => tour.shell.finish(), "home-after"])
                s.push([() => tour.shell.openMySignups(), "my-signups"])
                s.push([() => { tour.shell.back(); tour.shell.openDetail(tour.fullOpportunity) }, "detail-full"])
                s.push([() => tour.shell.startSignup(tour.fullOpportunity, false), "confirm-waitlist"])
                s.push([() => { tour.next() }, "receipt-waitlist"])
                s.push([() => { AppContext.language = "ar" }, "receipt-waitlist-arabic"])
                s.push([() => { AppContext.language = "nl"; tour.shell.finish(); tour.shell.openMySignups() }, "my-signups-2"])
                // "Mijn uren": a confirmed place, hours in every state, the month's balance.
                s.push([() => { PhoneTourData.load(); tour.shell.back(); tour.shell.openHours() }, "hours"])
                s.push([() => { const h = AppContext.hours; h.setField("date", "morgen"); h.setField("duration", "1:20"); h.save() }, "hours-errors"])
                s.push([() => { const h = AppContext.hours; h.setField("date", new Date().toLocaleDateString(Qt.locale("nl"), "d-M-yyyy"));
                                h.setField("duration", "1:30"); h.setField("note", "Kas schoongemaakt"); h.save() }, "hours-saved"])
                s.push([() => AppContext.hours.startEdit("tour-hours-4"), "hours-edit"])
                s.push([() => { const f = tour.find(tour.page(), "hoursFlickable"); f.contentY = f.contentHeight - f.height }, "hours-list"])
                s.push([() => tour.find(tour.page(), "withdrawHours_tour-hours-4").clicked(), "hours-withdraw"])
                // "Mijn gegevens": what is kept, a consent about to be withdrawn, then withdrawn.
                s.push([() => { tour.shell.back(); tour.shell.openMyData() }, "my-data"])
                // "Mijn weg": the tenant's route up the ladder in plain words (also in Arabic).
                s.push([() => tour.scrollTo("myDataFlickable", "myDataTrajectory"), "my-trajectory"])
                s.push([() => { AppContext.language = "ar" }, "my-trajectory-arabic"])
                s.push([() => { AppContext.language = "nl"; tour.find(tour.page(), "myDataFlickable").contentY = 0
                                tour.find(tour.page(), "withdrawConsent_contact").clicked() }, "my-data-withdraw"])
                s.push([() => { tour.find(tour.page(), "phoneMyDataPage").confirmWithdrawal()
                                const f = tour.find(tour.page(), "myDataFlickable"); f.contentY = Math.max(0, f.contentHeight - f.height) }, "my-data-withdrawn"])
                // The route's consent taken back and given again later: its text, then given.
                s.push([() => { const p = tour.find(tour.page(), "phoneMyDataPage")
                                p.myData.withdrawConsent("trajectory")
                                tour.scrollTo("myDataFlickable", "myDataTrajectory")
                                p.offerConsent("trajectory") }, "my-trajectory-consent-offer"])
                s.push([() => tour.find(tour.page(), "phoneMyDataPage").confirmConsent(), "my-trajectory-consent-given"])
                // Asking for erasure: what happens, then the request's state (also in Arabic).
                s.push([() => tour.find(tour.page(), "requestErasure").clicked(), "my-data-erase-confirm"])
                s.push([() => { tour.find(tour.page(), "phoneMyDataPage").confirmErasure()
                                const f = tour.find(tour.page(), "myDataFlickable"); f.contentY = Math.max(0, f.contentHeight - f.height) }, "my-data-erase-requested"])
                s.push([() => { AppContext.language = "ar" }, "my-data-erase-requested-arabic"])
                s.push([() => { AppContext.language = "nl" }, "my-data-dutch-again"])
                // "Berichten": the unread count on the home screen, the inbox, one read, all read, in Arabic.
                s.push([() => tour.shell.stack.pop(null, StackView.Immediate), "home-inbox-badge"])
                s.push([() => tour.shell.openInbox(), "inbox"])
                s.push([() => AppContext.inbox.markRead(AppContext.inbox.items.data(AppContext.inbox.items.index(0, 0), InboxModel.ItemIdRole)), "inbox-one-read"])
                s.push([() => { AppContext.language = "ar" }, "inbox-arabic"])
                s.push([() => { AppContext.language = "nl"; tour.find(tour.page(), "markAllReadButton").clicked() }, "inbox-all-read"])
            } else {
                // The receipt printer (the tour's prints are receipt-N.pdf beside the shots), also in Arabic.
                s.push([() => tour.find(tour.page(), "printButton").clicked(), "receipt-printed"])
                s.push([() => { AppContext.language = "ar"; tour.find(tour.page(), "printButton").clicked() }, "receipt-printed-arabic"])
                s.push([() => { AppContext.language = "nl"; tour.kioskCode = AppContext.registration.newPersonalCode; tour.shell.finish(); tour.shell.openDetail(tour.fullOpportunity) }, "detail-full"])
                s.push([() => { tour.shell.startSignup(tour.fullOpportunity, true) }, "identify"])
                s.push([() => { tour.next() }, "identify-errors"])
                // The server refused the returning tenant: their code is locked after too many wrong
                // dates of birth (docs/security/guess.md); the receipt says what to do (also in Arabic).
                s.push([() => { tour.fill({personalCode: tour.kioskCode, birthDay: "3", birthMonth: "4", birthYear: "1985"}); tour.next() }, "identify-confirm"])
                s.push([() => { tour.next(); PhoneTourData.refuseReceiptSignup("code-locked") }, "receipt-code-locked"])
                s.push([() => { AppContext.language = "ar" }, "receipt-code-locked-arabic"])
                s.push([() => { AppContext.language = "nl"; tour.shell.finish() }, "home-after-refusal"])
                s.push([() => { AppContext.session.idleTimeout = 1; AppContext.session.warningTimeout = 20000 }, "idle-warning"])
                s.push([() => { AppContext.session.idleTimeout = 60000; AppContext.session.warningTimeout = 1 }, "after-reset"])
                // "Hoe staat mijn aanmelding ervoor?": code and date of birth, then the answer — here
                // the kiosk has no server, so it says the look-up needs a connection (also in Arabic).
                s.push([() => tour.shell.openStatusLookup(), "status-identify"])
                s.push([() => { tour.fill({personalCode: tour.kioskCode, birthDay: "3", birthMonth: "4", birthYear: "1985"}); tour.next() }, "status-offline"])
                s.push([() => { AppContext.language = "ar" }, "status-offline-arabic"])
                s.push([() => { AppContext.language = "nl"; tour.find(tour.page(), "statusDoneButton").clicked() }, "status-done"])
                // The catalogue in the tenant's language: the corporation's translations of
                // titles and summaries (Dutch where it wrote none).
                s.push([() => { AppContext.language = "tr"; tour.shell.openCatalogue("") }, "catalogue-turkish"])
                s.push([() => { AppContext.language = "ar"; tour.shell.openDetail(tour.trainingPlace) }, "detail-arabic"])
                s.push([() => { AppContext.language = "en"; tour.shell.finish() }, "home-english"])
                // The tenant's high contrast (Theme's second palette), until their session ends.
                s.push([() => { AppContext.language = "nl"; tour.find(tour.page(), "highContrastSwitch").clicked() }, "home-high-contrast"])
                s.push([() => tour.shell.openDetail(tour.trainingPlace), "detail-high-contrast"])
                // The same kiosk mounted in landscape (1920×1080).
                s.push([() => { tour.shell.resetSession(); tour.window.width = 1920; tour.window.height = 1080 }, "landscape-home"])
                s.push([() => tour.shell.openCatalogue(""), "landscape-catalogue"])
                s.push([() => tour.shell.openDetail(tour.trainingPlace), "landscape-detail"])
                s.push([() => { tour.shell.startSignup(tour.trainingPlace, false) }, "landscape-register-name"])
                s.push([() => { tour.fill({givenName: "Fatma", familyName: "Yılmaz", phone: "06 12345678", postcode: "3083 bk", houseNumber: "12a",
                                          birthDay: "3", birthMonth: "4", birthYear: "1985", motivation: "Ik wil graag leren hoe je kleine reparaties doet.",
                                          preferredStart: "2027-02-01"}); AppContext.registration.setConsent("contact", true); tour.shell.submit() }, "landscape-receipt"])
                s.push([() => { tour.shell.finish(); tour.shell.openDetail(tour.fullOpportunity); tour.shell.startSignup(tour.fullOpportunity, true) }, "landscape-identify"])
            }
        }
        // A revoked device (its data deleted): only "out of service", also in Arabic.
        s.push([() => { AppContext.language = "nl"; AppContext.showOutOfServiceInTour(true) }, "out-of-service"])
        s.push([() => { AppContext.language = "ar" }, "out-of-service-arabic"])
        s.push([() => { AppContext.language = "nl"; AppContext.showOutOfServiceInTour(false) }, "after-out-of-service"])
        return s
    }

    // The staff tablet's steps (StaffTour), created by URL and only on a staff tablet: a
    // kiosk's or phone's tour loads no staff screen, as the app itself does not.
    readonly property var staffTour: Theme.isKiosk || Theme.isPhone ? null
        : Qt.createComponent("qrc:/Meedoen/Ui/staff/StaffTour.qml").createObject(tour, {window: tour.window, shell: tour.shell})

    // `--language xx`: a step that goes back to Dutch, or a kiosk session that ends, goes back
    // to the tour's language instead.
    Connections {
        target: AppContext
        function onLanguageChanged() {
            if (AppContext.language === "nl" && AppContext.tourLanguage !== "nl")
                AppContext.language = AppContext.tourLanguage
        }
    }

    Timer {
        id: timer
        // A step acts, the next tick saves the screen (the tour has no transitions). A screen
        // reader's tree follows the screen over D-Bus, later: more time for it.
        interval: TourStepSync.enabled ? 300 : 100
        running: true
        repeat: true
        property bool acted: false
        onTriggered: {
            // --tour-step-sync: a screen-reader test reads this screen until it says "next".
            if (TourStepSync.waiting)
                return
            if (tour.index >= tour.steps.length) {
                timer.stop()
                AppContext.quit(0)
                return
            }
            const step = tour.steps[tour.index]
            if (!timer.acted) {
                step[0]()
                timer.acted = true
                return
            }
            if (!AppContext.saveScreenshot(tour.window, step[1])) {
                console.warn("tour: could not save", step[1])
                AppContext.quit(1)
            }
            TourStepSync.stepShown(tour.window, step[1])
            timer.acted = false
            tour.index += 1
        }
    }
}
