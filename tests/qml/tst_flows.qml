// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Meedoen
import Meedoen.Ui
import MeedoenTest

// A tenant's flows through the real pages, at kiosk and at phone size.
Item {
    id: root
    width: 1920
    height: 1920

    Component {
        id: shellComponent
        AppShell { animated: false }
    }

    TestCase {
        id: tc
        name: "TenantFlows"
        when: windowShown

        property AppShell shell: null

        function makeShell(mode: string, w: int, h: int) {
            Theme.formFactor = mode
            shell = createTemporaryObject(shellComponent, root, {mode: mode, width: w, height: h})
            verify(shell)
            // The language chips appear right after the home page's first frame.
            if (mode !== "staff")
                tryVerify(() => findChild(shell, "language_nl") !== null, 5000, "no language chips on the home page")
            return shell
        }
        function page() { return shell.currentPage }
        function child(name) {
            const found = findChild(page(), name)
            verify(found, "no " + name + " on " + page().objectName)
            return found
        }
        function tap(name) {
            const item = child(name)
            verify(item.visible, name + " is not visible")
            mouseClick(item)
        }
        function type(fieldName, text) {
            child(fieldName + "Input").text = text
        }
        function expectPage(name) {
            tryCompare(shell.currentPage, "objectName", name)
        }

        function init() {
            AppContext.endSession()
            AppContext.catalogue.maxDistance = 0
        }

        function registerNewTenant(opportunityId) {
            shell.openDetail(opportunityId)
            expectPage("opportunityPage")
            tap("newTenantButton")
            expectPage("registerNamePage")
            type("givenName", "Fatma")
            type("familyName", "Yılmaz")
            type("birthDay", "3")
            type("birthMonth", "4")
            type("birthYear", "1985")
            tap("nextButton")
            expectPage("registerAddressPage")
            type("postcode", "3083bk")
            type("houseNumber", "12")
            type("phone", "06 12345678")
            type("tenantNumber", "WV-12345")
            tap("nextButton")
            expectPage("registerInterestsPage")
            tap("interest_taal")
            compare(AppContext.registration.interests, ["taal"])
            tap("spokenLanguage_tr")
            tap("spokenLanguage_nl")
            compare(AppContext.registration.spokenLanguages, ["tr", "nl"])
            tap("nextButton")
            expectPage("registerAvailabilityPage")
            tap("slot_1_2")
            verify(AppContext.registration.hasSlot(1, 2))
            tap("nextButton")
            expectPage("consentPage")
            for (const purpose of ["contact", "matching", "share-partner"])
                compare(child("consent_" + purpose).checked, false, purpose + " must start unticked")
            tap("consent_matching")
            tap("nextButton")
        }

        function test_registration_data() {
            return [
                {tag: "kiosk", mode: "kiosk", w: 1080, h: 1920},
                {tag: "kiosk landscape", mode: "kiosk", w: 1920, h: 1080},
                {tag: "phone", mode: "phone", w: 390, h: 844},
            ]
        }
        function test_registration(data) {
            makeShell(data.mode, data.w, data.h)
            registerNewTenant("wlw-taal-01")
            expectPage("confirmPage")
            tap("nextButton")
            expectPage("receiptPage")
            checkOneCode()
            compare(child("codeIntro").text, "Dit is je persoonlijke code:")
            compare(AppContext.registration.waitlisted, false)
            // Printing: on a kiosk (this one has a printer), never on a phone.
            compare(child("printButton").visible, data.mode === "kiosk")
            if (data.mode === "kiosk") {
                tap("printButton")
                tryCompare(child("printMessage"), "text", "Je bon komt uit de printer.")
                verify(child("printMessage").visible)
            } else {
                checkNoScanSentence()
            }
            tap("doneButton")
            tryVerify(() => shell.stack.depth === 1)
        }

        // Every visible item under `item` that `wanted` picks.
        function shownItems(item, wanted, out) {
            if (!item.visible)
                return out
            if (wanted(item))
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                shownItems(item.children[i], wanted, out)
            return out
        }
        // The receipt shows one code — the tenant's personal code — and one QR code of it; the
        // sign-up's reference code is nowhere on screen.
        function checkOneCode() {
            const personal = AppContext.registration.receiptCode
            verify(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(personal), personal)
            const isQr = i => i.darkColor !== undefined && i.valid !== undefined
            const codes = shownItems(page(), i => !isQr(i) && typeof i.text === "string" && /[2-9A-Z]{4}-[2-9A-Z]{4}/.test(i.text), [])
            compare(codes.map(i => i.text), [personal])
            const qrs = shownItems(page(), isQr, [])
            compare(qrs.length, 1)
            compare(qrs[0].text, personal)
            verify(qrs[0].valid)
            const reference = AppContext.registration.referenceCode
            verify(reference.length > 0)
            verify(!windowTexts().some(t => t.indexOf(reference) >= 0), "the reference code is on screen")
        }
        // A phone's receipt never tells its user to scan (with the phone in their hand).
        function checkNoScanSentence() {
            for (const language of ["nl", "en"]) {
                AppContext.language = language
                const scans = allTexts(page(), []).filter(t => /scan/i.test(t))
                compare(scans, [], language)
            }
            AppContext.language = "nl"
        }

        // A returning tenant at the kiosk: the sign-up is added to the code they typed, and
        // that code is the one on the receipt.
        function test_returningTenantReceipt() {
            makeShell("kiosk", 1080, 1920)
            registerNewTenant("wlw-taal-01")
            tap("nextButton")
            expectPage("receiptPage")
            const code = AppContext.registration.receiptCode
            tap("doneButton")
            shell.openDetail("wlw-voedselbank-01")
            tap("returningTenantButton")
            expectPage("identifyPage")
            type("personalCode", code.toLowerCase())
            type("birthDay", "3")
            type("birthMonth", "4")
            type("birthYear", "1985")
            tap("nextButton")
            expectPage("confirmPage")
            tap("nextButton")
            expectPage("receiptPage")
            checkOneCode()
            compare(AppContext.registration.receiptCode, code)
            compare(child("personalCode").text, code)
            compare(child("codeIntro").text, "Je aanmelding is toegevoegd aan je persoonlijke code:")
        }

        // Walk-up at the kiosk, counted as a tenant does it: from the home screen to the receipt,
        // through the real pages, by clicking the real tiles, cards, buttons, chips and boxes.
        // Every click counts; typing does not (the first field of a step has the focus and the
        // keyboard's Enter goes to the next field). Before issue 16 a new volunteer passed 13
        // screens (home, catalogue, detail, signup-start, name, contact, address, birth,
        // interests, availability, consent, confirm, receipt) with at least 21 taps (15 on
        // buttons, chips and boxes, and one into each step's first field and the next); a
        // returning tenant 7 screens (home, catalogue, detail, signup-start, identify, confirm,
        // receipt).
        property int taps: 0
        property var screens: []
        function countScreen() {
            const p = shell.currentPage
            if (p && tc.screens[tc.screens.length - 1] !== p.objectName)
                tc.screens = tc.screens.concat([p.objectName])
        }
        function tapCounted(name) {
            // Where it is laid out, as a tenant sees it.
            waitForRendering(page())
            tap(name)
            tc.taps += 1
        }
        // Types where the focus already is, as on the kiosk's keyboard: no tap into the field.
        function typeFocused(fieldName, text) {
            const input = child(fieldName + "Input")
            tryVerify(() => input.activeFocus, 3000, fieldName + " does not have the focus")
            for (const c of text)
                keyClick(c)
            compare(input.text, text)
        }
        function enter() { keyClick(Qt.Key_Return) }
        function startCounting() {
            tc.taps = 0
            tc.screens = []
            tc.countScreen()
        }
        function walkToDetail() {
            tapCounted("tile_volunteer")
            expectPage("cataloguePage")
            // The nearest volunteer task, at the kiosk's own site.
            tryVerify(() => findChild(page(), "card_wsw-huiswerk-01") !== null)
            tapCounted("card_wsw-huiswerk-01")
            expectPage("opportunityPage")
        }

        function test_walkUpTapCount() {
            makeShell("kiosk", 1080, 1920)
            // What a kiosk lists by default: within 15 km of its site.
            AppContext.catalogue.maxDistance = 15000
            shell.currentPageChanged.connect(tc.countScreen)
            startCounting()
            compare(tc.screens, ["kioskHome"])
            walkToDetail()
            tapCounted("newTenantButton")
            expectPage("registerNamePage")
            typeFocused("givenName", "Fatma"); enter()
            typeFocused("familyName", "Yilmaz"); enter()
            typeFocused("birthDay", "3"); enter()
            typeFocused("birthMonth", "4"); enter()
            typeFocused("birthYear", "1985")
            tapCounted("nextButton")
            expectPage("registerAddressPage")
            typeFocused("postcode", "3083BK"); enter()
            typeFocused("houseNumber", "12"); enter()
            typeFocused("houseAddition", ""); enter()
            typeFocused("phone", "0612345678")
            tapCounted("nextButton")
            expectPage("registerInterestsPage")
            tapCounted("interest_taal")
            tapCounted("nextButton")
            expectPage("registerAvailabilityPage")
            tapCounted("slot_1_2")
            tapCounted("nextButton")
            expectPage("consentPage")
            tapCounted("consent_matching")
            tapCounted("nextButton")
            expectPage("confirmPage")
            tapCounted("nextButton")
            expectPage("receiptPage")
            compare(tc.screens, ["kioskHome", "cataloguePage", "opportunityPage", "registerNamePage", "registerAddressPage",
                                 "registerInterestsPage", "registerAvailabilityPage", "consentPage", "confirmPage", "receiptPage"])
            verify(tc.screens.length <= 10, "a new volunteer needs " + tc.screens.length + " screens")
            verify(tc.taps <= 16, "a new volunteer needs " + tc.taps + " taps")
            const code = AppContext.registration.newPersonalCode
            verify(code.length > 0)

            // The same tenant comes back for a second activity with the code from the receipt.
            tap("doneButton")
            expectPage("kioskHome")
            startCounting()
            walkToDetail()
            tapCounted("returningTenantButton")
            expectPage("identifyPage")
            typeFocused("personalCode", code); enter()
            typeFocused("birthDay", "3"); enter()
            typeFocused("birthMonth", "4"); enter()
            typeFocused("birthYear", "1985")
            tapCounted("nextButton")
            expectPage("confirmPage")
            tapCounted("nextButton")
            expectPage("receiptPage")
            shell.currentPageChanged.disconnect(tc.countScreen)
            compare(tc.screens, ["kioskHome", "cataloguePage", "opportunityPage", "identifyPage", "confirmPage", "receiptPage"])
            verify(tc.screens.length <= 6, "a returning tenant needs " + tc.screens.length + " screens")
            verify(tc.taps <= 16)
        }

        // Enter on a step's last field acts as "Volgende".
        function test_enterOnLastFieldGoesOn() {
            makeShell("kiosk", 1080, 1920)
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            expectPage("registerNamePage")
            typeFocused("givenName", "Fatma"); enter()
            typeFocused("familyName", "Yilmaz"); enter()
            typeFocused("birthDay", "3"); enter()
            typeFocused("birthMonth", "4"); enter()
            typeFocused("birthYear", "1985"); enter()
            expectPage("registerAddressPage")
            // A wrong field keeps the step, says why, and the tenant can type on.
            typeFocused("postcode", "0123 AB"); enter()
            enter(); enter(); enter(); enter(); enter()
            expectPage("registerAddressPage")
            verify(child("postcodeError").visible)
            verify(child("phoneError").visible)
        }

        // The progress bar says where the tenant is, to the eye and to a screen reader.
        function test_progressBar() {
            makeShell("kiosk", 1080, 1920)
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            expectPage("registerNamePage")
            compare(child("stepProgress").value, 1)
            for (const [name, value] of [["givenName", "Fatma"], ["familyName", "Yılmaz"], ["birthDay", "3"], ["birthMonth", "4"], ["birthYear", "1985"]])
                AppContext.registration.setField(name, value)
            tap("nextButton")
            expectPage("registerAddressPage")
            const bar = child("stepProgress")
            verify(bar.visible)
            compare(bar.value, 2)
            compare(bar.to, 6)
            verify(bar.position > 0.3 && bar.position < 0.4)
            const fill = bar.contentItem.children[0]
            compare(fill.x, 0)
            verify(Math.abs(fill.width - bar.contentItem.width / 3) < 1)
            // In Arabic it fills from the right, as far.
            AppContext.language = "ar"
            tryCompare(fill, "x", bar.contentItem.width - fill.width)
            verify(Math.abs(fill.width - bar.contentItem.width / 3) < 1)
            AppContext.language = "nl"
            verify(bar.height >= Theme.progressHeight)
            compare(bar.Accessible.role, Accessible.ProgressBar)
            compare(bar.Accessible.name, "Stap 2 van 6")
            compare(child("stepText").text, "Stap 2 van 6")
        }

        // "Klopt dit?" lists every answer; "Wijzig" opens that step, and its "Volgende" comes
        // straight back to the summary.
        function test_summaryListsAnswersAndChangesReturn() {
            makeShell("kiosk", 1080, 1920)
            registerNewTenant("wlw-taal-01")
            expectPage("confirmPage")
            const summary = page()
            compare(child("summaryText_name").text, "Fatma Yılmaz")
            verify(/3 april 1985/.test(child("summaryText_birth").text), child("summaryText_birth").text)
            // Typed codes and numbers are left-to-right runs (isolates), also in an Arabic line.
            compare(child("summaryText_address").text, "\u20663083BK 12\u2069")
            compare(child("summaryText_phone").text, "\u206606 12345678\u2069")
            compare(child("summaryText_tenantNumber").text, "\u2066WV-12345\u2069")
            compare(child("summaryText_interests").text, AppContext.registration.interestLabel("taal"))
            compare(child("summaryText_languages").text, "Nederlands, Türkçe")
            compare(child("summaryText_availability").text, "dinsdag avond")
            compare(child("summaryText_consent").text, "Tips die bij je passen")
            verify(findChild(page(), "summary_email") === null, "no line for an e-mail address not given")
            // In Arabic the answers are listed with the Arabic comma.
            AppContext.language = "ar"
            compare(child("summaryText_languages").text.split("\u060C ").length, 2)
            AppContext.language = "nl"
            // Back from right to left: the buttons are where a tenant sees them once drawn.
            waitForRendering(shell)
            const depth = shell.stack.depth
            tap("change_address")
            expectPage("registerAddressPage")
            type("houseNumber", "14")
            tap("nextButton")
            expectPage("confirmPage")
            compare(page(), summary)
            compare(shell.stack.depth, depth)
            compare(child("summaryText_address").text, "\u20663083BK 14\u2069")
            tap("change_consent")
            expectPage("consentPage")
            tap("consent_contact")
            tap("nextButton")
            expectPage("confirmPage")
            compare(child("summaryText_consent").text, "Nieuws uit je buurt, Tips die bij je passen")
            compare(child("nextButton").text, "Versturen")
            tap("nextButton")
            expectPage("receiptPage")
        }

        // A kiosk lists what is near its site; "Ook verder weg" shows the rest.
        function test_kioskFarAwayOnRequest() {
            makeShell("kiosk", 1080, 1920)
            AppContext.catalogue.maxDistance = 1000
            shell.openCatalogue("")
            expectPage("cataloguePage")
            const near = AppContext.catalogue.count
            verify(near > 0)
            verify(AppContext.catalogue.farAwayCount > 0)
            tap("farAwayButton")
            verify(AppContext.catalogue.count > near)
            tap("farAwayButton")
            compare(AppContext.catalogue.count, near)
            AppContext.catalogue.maxDistance = 0
            verify(!child("farAwayButton").visible)
        }

        // The home page's language chips come right after its first frame, in the place kept
        // free for them: nothing on the page moves when they appear.
        function test_homeKeepsPlaceForLanguages_data() {
            return [
                {tag: "kiosk", mode: "kiosk", w: 1080, h: 1920},
                {tag: "kiosk landscape", mode: "kiosk", w: 1920, h: 1080},
                {tag: "phone", mode: "phone", w: 390, h: 844},
                {tag: "small phone", mode: "phone", w: 360, h: 640},
                {tag: "phone landscape", mode: "phone", w: 844, h: 390},
            ]
        }
        function test_homeKeepsPlaceForLanguages(data) {
            makeShell(data.mode, data.w, data.h)
            const slot = findChild(page(), "languageSlot")
            verify(slot)
            verify(slot.item)
            compare(slot.item.implicitHeight, slot.reservedHeight)
            compare(slot.height, slot.reservedHeight)
            verify(findChild(page(), "language_ar").visible)
        }

        // A tenant who registered at the kiosk brings that to their phone: a missing date of
        // birth is named beside the field and the typed code stays; the request then waits
        // for the server, saying so.
        function test_linkPhoneToKioskRegistration() {
            makeShell("kiosk", 1080, 1920)
            registerNewTenant("wlw-taal-01")
            tap("nextButton")
            expectPage("receiptPage")
            const code = child("personalCode").text
            verify(code.length > 0)
            tap("doneButton")

            makeShell("phone", 390, 844)
            shell.openMySignups()
            expectPage("mySignupsPage")
            tap("openLinkPhoneButton")
            expectPage("linkPhonePage")
            type("personalCode", code.toLowerCase())
            tap("linkButton")
            verify(child("dateOfBirthError").visible)
            compare(child("personalCodeInput").text, code.toLowerCase())
            compare(AppContext.registration.linkState, "")
            type("birthDay", "3")
            type("birthMonth", "4")
            type("birthYear", "1985")
            tap("linkButton")
            compare(AppContext.registration.linkState, "queued")
            verify(child("linkMessage").visible)
            verify(!child("linkButton").enabled)
        }

        function test_trainingAsksMotivationAndStart() {
            makeShell("kiosk", 1080, 1920)
            registerNewTenant("wlw-stage-01")
            expectPage("trainingPage")
            tap("nextButton")
            expectPage("trainingPage")
            verify(child("motivationError").visible)
            verify(child("preferredStartError").visible)
            child("motivationInput").text = "Ik wil het vak leren."
            tap("start_0")
            tap("nextButton")
            expectPage("confirmPage")
            tap("nextButton")
            expectPage("receiptPage")
        }

        function test_fullOpportunityBecomesWaitlistRequest() {
            makeShell("kiosk", 1080, 1920)
            registerNewTenant("wlw-voedselbank-01")
            expectPage("confirmPage")
            compare(child("nextButton").text, "Versturen")
            verify(windowTexts().some(t => t.indexOf("Je komt op de wachtlijst.") >= 0), "the summary names the waitlist")
            tap("nextButton")
            expectPage("receiptPage")
            verify(AppContext.registration.waitlisted)
        }

        // Each invalid field keeps the tenant on the step and says what is wrong, beside it.
        function test_invalidFieldBlocks_data() {
            return [
                {tag: "givenName", page: "registerNamePage", field: "givenName", value: "1234", error: "givenName"},
                {tag: "familyName", page: "registerNamePage", field: "familyName", value: "", error: "familyName"},
                {tag: "birthYear", page: "registerNamePage", field: "birthYear", value: "2020", error: "dateOfBirth"},
                {tag: "birthMonth", page: "registerNamePage", field: "birthMonth", value: "13", error: "dateOfBirth"},
                {tag: "phone", page: "registerAddressPage", field: "phone", value: "12", error: "phone"},
                {tag: "email", page: "registerAddressPage", field: "email", value: "fatma@", error: "email"},
                {tag: "postcode", page: "registerAddressPage", field: "postcode", value: "0123 AB", error: "postcode"},
                {tag: "houseNumber", page: "registerAddressPage", field: "houseNumber", value: "abc", error: "houseNumber"},
                {tag: "tenantNumber", page: "registerAddressPage", field: "tenantNumber", value: "12/345", error: "tenantNumber"},
            ]
        }
        function test_invalidFieldBlocks(data) {
            makeShell("kiosk", 1080, 1920)
            const valid = {givenName: "Fatma", familyName: "Yılmaz", phone: "0612345678", email: "",
                           postcode: "3083 BK", houseNumber: "12", houseAddition: "",
                           birthDay: "3", birthMonth: "4", birthYear: "1985"}
            for (const name in valid)
                AppContext.registration.setField(name, valid[name])
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            const order = ["registerNamePage", "registerAddressPage"]
            for (const p of order) {
                expectPage(p)
                if (p === data.page)
                    break
                tap("nextButton")
            }
            type(data.field, data.value)
            tap("nextButton")
            expectPage(data.page)
            const message = child(data.error + "Error")
            verify(message.visible, "no message for " + data.error)
            verify(message.text.length > 0)
            // What was typed stays.
            compare(child(data.field + "Input").text, data.value)
            verify(!AppContext.registration.submit(), "submit must refuse")
        }

        // The message appears when the tenant leaves the field, not while typing.
        function test_errorOnLeavingField() {
            makeShell("kiosk", 1080, 1920)
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            shell.steps = ["name", "address"]
            tap("nextButton")   // empty names: messages
            for (const [name, value] of [["givenName", "Fatma"], ["familyName", "Yılmaz"], ["birthDay", "3"], ["birthMonth", "4"], ["birthYear", "1985"]])
                AppContext.registration.setField(name, value)
            tap("nextButton")
            expectPage("registerAddressPage")
            const phone = child("phoneInput")
            phone.forceActiveFocus()
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_2)
            verify(!child("phoneError").visible)
            child("emailInput").forceActiveFocus()
            tryVerify(() => child("phoneError").visible)
            compare(phone.text, "12")
        }

        function allTexts(item, out) {
            for (const p of ["text", "displayText", "placeholderText", "title", "subtitle", "preeditText"]) {
                if (typeof item[p] === "string" && item[p].length > 0)
                    out.push(item[p])
            }
            if (item.Accessible.name.length > 0)
                out.push(item.Accessible.name)
            if (item.Accessible.description.length > 0)
                out.push(item.Accessible.description)
            for (let i = 0; i < item.children.length; ++i)
                allTexts(item.children[i], out)
            return out
        }
        // Everything in the window, popups and overlays included.
        function windowTexts() { return allTexts(root.Window.contentItem, []) }

        // A tenant walks away mid-registration: after the warning, nothing of them is left.
        function test_idleResetWipesEverything() {
            makeShell("kiosk", 1080, 1920)
            AppContext.session.idleTimeout = 60000
            const canary = "Kanariepietje"
            AppContext.catalogue.searchText = canary
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            type("givenName", canary)
            type("familyName", canary)
            AppContext.registration.setField("email", canary + "@voorbeeld.nl")
            AppContext.registration.validateField("email")
            AppContext.registration.toggleInterest("taal")
            AppContext.registration.toggleSlot(1, 1)
            AppContext.registration.setConsent("matching", true)
            Probe.setClipboardText(canary)
            verify(windowTexts().some(t => t.indexOf(canary) >= 0))
            compare(Probe.clipboardText(), canary)
            AppContext.session.warningTimeout = 50
            AppContext.session.idleTimeout = 10
            tryVerify(() => AppContext.session.warning)
            verify(findChild(shell, "idleOverlay").visible)
            tryVerify(() => !AppContext.session.warning)
            tryCompare(shell.currentPage, "objectName", "kioskHome")
            compare(shell.stack.depth, 1)
            AppContext.session.idleTimeout = 60000
            AppContext.session.warningTimeout = 20000
            const texts = windowTexts()
            verify(!texts.some(t => t.indexOf(canary) >= 0), "canary still on screen")
            // Every model: the catalogue (its search text and rows), the form, the sign-ups.
            compare(AppContext.catalogue.searchText, "")
            compare(Probe.modelText(AppContext.catalogue).indexOf(canary), -1)
            verify(AppContext.catalogue.count > 0, "the whole catalogue again")
            const reg = AppContext.registration
            compare(JSON.stringify(reg.fields).indexOf(canary), -1)
            compare(Object.keys(reg.fields).filter(k => reg.fields[k] !== "").length, 0)
            compare(Object.keys(reg.errors).length, 0)
            compare(reg.interests.length, 0)
            compare(reg.availability, 0)
            verify(reg.consents.every(c => !c.given), "consents unticked again")
            compare(reg.referenceCode, "")
            compare(AppContext.mySignups.count, 0)
            compare(Probe.modelText(AppContext.mySignups).indexOf(canary), -1)
            // The clipboard.
            compare(Probe.clipboardText(), "")
        }

        // After a completed sign-up the next tenant finds neither name nor codes.
        function test_resetAfterReceiptLeavesNoCodes() {
            makeShell("kiosk", 1080, 1920)
            registerNewTenant("wlw-taal-01")
            tap("nextButton")
            expectPage("receiptPage")
            const reference = AppContext.registration.referenceCode
            const personal = child("personalCode").text
            verify(reference.length > 0 && personal.length > 0)
            tap("doneButton")
            tryCompare(shell.currentPage, "objectName", "kioskHome")
            const texts = windowTexts()
            for (const secret of ["Fatma", "Yılmaz", reference, personal])
                verify(!texts.some(t => t.indexOf(secret) >= 0), secret + " still on screen")
            compare(AppContext.registration.referenceCode, "")
            compare(AppContext.registration.newPersonalCode, "")
        }

        // English at the tap of a button: the home screen, the form and its messages.
        function test_switchToEnglish() {
            makeShell("kiosk", 1080, 1920)
            compare(findChild(shell, "allButton").text, "Bekijk alles")
            mouseClick(findChild(shell, "language_en"))
            compare(AppContext.language, "en")
            tryCompare(findChild(shell, "allButton"), "text", "See everything")
            verify(windowTexts().indexOf("Take part in your neighbourhood") >= 0)
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            expectPage("registerNamePage")
            verify(windowTexts().indexOf("First name") >= 0)
            type("givenName", "1234")
            tap("nextButton")
            const message = child("givenNameError")
            verify(message.visible)
            verify(/letters/.test(message.text), message.text)
            // Numbers and distances follow the language too.
            compare(Format.distance(2400), "2.4 km")
            AppContext.language = "nl"
            tryVerify(() => /letters/.test(child("givenNameError").text) && /naam/i.test(child("givenNameError").text))
            compare(Format.distance(2400), "2,4 km")
        }

        // High contrast at the tap of the switch beside the languages, on the kiosk's and the
        // phone's home: the Theme's colours change, a second tap brings the usual ones back,
        // and the kiosk's session end turns it off for the next tenant.
        function test_highContrastSwitch_data() {
            return [
                {tag: "kiosk", mode: "kiosk", w: 1080, h: 1920},
                {tag: "phone", mode: "phone", w: 390, h: 844},
            ]
        }
        function test_highContrastSwitch(data) {
            makeShell(data.mode, data.w, data.h)
            const toggle = child("highContrastSwitch")
            verify(toggle.visible)
            compare(toggle.Accessible.role, Accessible.CheckBox)
            verify(toggle.Accessible.checkable)
            verify(toggle.height >= Theme.touchTarget)
            compare(AppContext.highContrast, false)
            compare(toggle.Accessible.checked, false)
            const usualText = String(Theme.text)
            mouseClick(toggle)
            compare(AppContext.highContrast, true)
            verify(Theme.highContrast)
            verify(String(Theme.text) !== usualText)
            compare(toggle.checked, true)
            compare(toggle.Accessible.checked, true)
            mouseClick(toggle)
            compare(AppContext.highContrast, false)
            compare(String(Theme.text), usualText)
            compare(toggle.checked, false)
            if (data.mode !== "kiosk")
                return
            mouseClick(toggle)
            compare(AppContext.highContrast, true)
            AppContext.endSession()
            compare(AppContext.highContrast, false)
            compare(toggle.checked, false)
        }

        // Arabic mirrors the layout.
        function test_arabicRightToLeft() {
            makeShell("kiosk", 1080, 1920)
            AppContext.language = "ar"
            verify(shell.LayoutMirroring.enabled)
            tryCompare(findChild(shell, "allButton"), "text", "اعرض الكل")
            AppContext.language = "nl"
            verify(!shell.LayoutMirroring.enabled)
        }

        // Every item a tenant can operate says what it is, on every screen of the tour.
        function checkAccessible(screen) {
            const items = Probe.interactiveItems(root.Window.contentItem)
            verify(items.length > 0, screen)
            const bad = []
            for (const item of items) {
                if (item.Accessible.ignored)
                    continue
                if (item.Accessible.name.length === 0 || item.Accessible.role === Accessible.NoRole)
                    bad.push(screen + ": " + (item.objectName || item.toString()) + " role " + item.Accessible.role)
            }
            compare(bad, [])
        }
        function test_accessibleNames_data() {
            return [
                {tag: "kiosk", mode: "kiosk", w: 1080, h: 1920},
                {tag: "phone", mode: "phone", w: 390, h: 844},
            ]
        }
        function test_accessibleNames(data) {
            makeShell(data.mode, data.w, data.h)
            checkAccessible("home")
            if (data.mode === "phone") {
                shell.openMySignups()
                expectPage("mySignupsPage")
                tap("openLinkPhoneButton")
                expectPage("linkPhonePage")
                checkAccessible("link-phone")
                shell.stack.pop(null)
            }
            shell.openCatalogue("")
            expectPage("cataloguePage")
            if (data.mode === "phone")
                tap("filtersButton")
            checkAccessible("catalogue")
            shell.openDetail("wlw-stage-01")
            expectPage("opportunityPage")
            checkAccessible("detail")
            const names = ["registerNamePage", "registerAddressPage", "registerInterestsPage", "registerAvailabilityPage",
                           "consentPage", "trainingPage"]
            tap("newTenantButton")
            const valid = {givenName: "Fatma", familyName: "Yılmaz", phone: "0612345678", postcode: "3083 BK",
                           houseNumber: "12", birthDay: "3", birthMonth: "4", birthYear: "1985",
                           motivation: "Ik wil het vak leren.", preferredStart: "2027-02-01"}
            for (const name in valid)
                AppContext.registration.setField(name, valid[name])
            for (const p of names) {
                expectPage(p)
                checkAccessible(p)
                tap("nextButton")
            }
            expectPage("confirmPage")
            checkAccessible("confirm")
            tap("nextButton")
            expectPage("receiptPage")
            checkAccessible("receipt")
            if (data.mode === "kiosk") {
                tap("doneButton")
                shell.openDetail("wlw-taal-01")
                tap("returningTenantButton")
                expectPage("identifyPage")
                checkAccessible("identify")
                AppContext.session.warningTimeout = 60000
                AppContext.session.idleTimeout = 10
                tryVerify(() => AppContext.session.warning)
                checkAccessible("idle-warning")
                mouseClick(findChild(shell, "stillHereButton"))
                AppContext.session.idleTimeout = 60000
                AppContext.session.warningTimeout = 20000
            } else {
                tap("doneButton")
                shell.openMySignups()
                checkAccessible("my-signups")
            }
        }

        // Tab walks the form top to bottom, field by field.
        function test_focusOrderFollowsReading_data() {
            return [
                {tag: "name", page: "registerNamePage",
                 fields: ["givenNameInput", "familyNameInput", "birthDayInput", "birthMonthInput", "birthYearInput"]},
                {tag: "address", page: "registerAddressPage",
                 fields: ["postcodeInput", "houseNumberInput", "houseAdditionInput", "phoneInput", "emailInput", "tenantNumberInput"]},
            ]
        }
        function test_focusOrderFollowsReading(data) {
            makeShell("kiosk", 1080, 1920)
            const valid = {givenName: "Fatma", familyName: "Yılmaz", phone: "0612345678", postcode: "3083 BK",
                           houseNumber: "12", birthDay: "3", birthMonth: "4", birthYear: "1985"}
            for (const name in valid)
                AppContext.registration.setField(name, valid[name])
            shell.openDetail("wlw-taal-01")
            tap("newTenantButton")
            while (page().objectName !== data.page)
                tap("nextButton")
            const first = child(data.fields[0])
            // Measure the laid-out page, not the one still being pushed; in the form's own
            // coordinates, which do not move when a long form scrolls to the focused field.
            waitForRendering(page())
            const form = child("stepFlickable").contentItem
            first.forceActiveFocus()
            let last = first.mapToItem(form, 0, first.height / 2)
            let lastHeight = first.height
            const visited = [first.objectName]
            for (let i = 0; i < 12 && visited.length < data.fields.length + 1; ++i) {
                keyClick(Qt.Key_Tab)
                const focused = root.Window.activeFocusItem
                verify(focused, "focus lost")
                if (focused.objectName === "nextButton") {
                    visited.push("nextButton")
                    break
                }
                // Reading order: the next row down, or further along the same row (fields
                // of one row may sit a few pixels apart; what counts is that they overlap).
                const at = focused.mapToItem(form, 0, focused.height / 2)
                const sameRow = Math.abs(at.y - last.y) < Math.min(focused.height, lastHeight) / 2
                verify(sameRow ? at.x > last.x : at.y > last.y, "Tab went up or back to " + focused.objectName)
                last = at
                lastHeight = focused.height
                if (data.fields.indexOf(focused.objectName) >= 0)
                    visited.push(focused.objectName)
            }
            compare(visited.slice(0, data.fields.length), data.fields)
            compare(visited[data.fields.length], "nextButton")
        }

        // "Ik ben er nog" keeps the tenant's turn, again and again.
        function test_stillHereExtends() {
            makeShell("kiosk", 1080, 1920)
            AppContext.session.warningTimeout = 60000
            AppContext.session.idleTimeout = 10
            for (let i = 0; i < 11; ++i) {
                tryVerify(() => AppContext.session.warning)
                mouseClick(findChild(shell, "stillHereButton"))
                verify(!AppContext.session.warning)
            }
            compare(AppContext.session.extensions, 11)
            AppContext.session.idleTimeout = 60000
            AppContext.session.warningTimeout = 20000
        }

        function test_catalogueFiltersAndDistance() {
            makeShell("kiosk", 1080, 1920)
            shell.openCatalogue("")
            expectPage("cataloguePage")
            const all = AppContext.catalogue.count
            tap("kind_training")
            compare(AppContext.catalogue.kind, "training")
            verify(AppContext.catalogue.count < all && AppContext.catalogue.count > 0)
            tap("route_werken")
            compare(AppContext.catalogue.route, "werken")
            const list = child("catalogueList")
            tryVerify(() => list.count > 0)
            const first = list.itemAtIndex(0)
            verify(/\d+ (m|km)/.test(first.distanceText), first.distanceText)
            const search = child("searchField")
            search.forceActiveFocus()
            keyClick(Qt.Key_S); keyClick(Qt.Key_T); keyClick(Qt.Key_A); keyClick(Qt.Key_G)
            compare(AppContext.catalogue.searchText, "stag")
            verify(AppContext.catalogue.count > 0)
        }
    }
}
