// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Meedoen
import Meedoen.Ui

// A tenant's flows through the real pages, at kiosk and at phone size.
Item {
    id: root
    width: 1080
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
        }

        function registerNewTenant(opportunityId) {
            shell.openDetail(opportunityId)
            expectPage("opportunityPage")
            tap("signupButton")
            expectPage("signupStartPage")
            tap("newTenantButton")
            expectPage("registerNamePage")
            type("givenName", "Fatma")
            type("familyName", "Yılmaz")
            tap("nextButton")
            expectPage("registerContactPage")
            type("phone", "06 12345678")
            tap("nextButton")
            expectPage("registerAddressPage")
            type("postcode", "3083bk")
            type("houseNumber", "12")
            tap("nextButton")
            expectPage("registerBirthPage")
            type("birthDay", "3")
            type("birthMonth", "4")
            type("birthYear", "1985")
            tap("nextButton")
            expectPage("registerInterestsPage")
            tap("interest_taal")
            compare(AppContext.registration.interests, ["taal"])
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
                {tag: "phone", mode: "phone", w: 390, h: 844},
            ]
        }
        function test_registration(data) {
            makeShell(data.mode, data.w, data.h)
            registerNewTenant("wlw-taal-01")
            expectPage("confirmPage")
            tap("nextButton")
            expectPage("receiptPage")
            verify(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(child("referenceCode").text))
            verify(child("referenceQr").valid)
            verify(child("personalCode").text.length > 0)
            compare(AppContext.registration.waitlisted, false)
            tap("doneButton")
            tryVerify(() => shell.stack.depth === 1)
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
            compare(child("nextButton").text, "Zet me op de wachtlijst")
            tap("nextButton")
            expectPage("receiptPage")
            verify(AppContext.registration.waitlisted)
        }

        // Each invalid field keeps the tenant on the step and says what is wrong, beside it.
        function test_invalidFieldBlocks_data() {
            return [
                {tag: "givenName", page: "registerNamePage", field: "givenName", value: "1234", error: "givenName"},
                {tag: "familyName", page: "registerNamePage", field: "familyName", value: "", error: "familyName"},
                {tag: "phone", page: "registerContactPage", field: "phone", value: "12", error: "phone"},
                {tag: "email", page: "registerContactPage", field: "email", value: "fatma@", error: "email"},
                {tag: "postcode", page: "registerAddressPage", field: "postcode", value: "0123 AB", error: "postcode"},
                {tag: "houseNumber", page: "registerAddressPage", field: "houseNumber", value: "abc", error: "houseNumber"},
                {tag: "birthYear", page: "registerBirthPage", field: "birthYear", value: "2020", error: "dateOfBirth"},
                {tag: "birthMonth", page: "registerBirthPage", field: "birthMonth", value: "13", error: "dateOfBirth"},
            ]
        }
        function test_invalidFieldBlocks(data) {
            makeShell("kiosk", 1080, 1920)
            const valid = {givenName: "Fatma", familyName: "Yılmaz", phone: "0612345678", email: "",
                           postcode: "3083 BK", houseNumber: "12", addition: "",
                           birthDay: "3", birthMonth: "4", birthYear: "1985"}
            for (const name in valid)
                AppContext.registration.setField(name, valid[name])
            shell.openDetail("wlw-taal-01")
            tap("signupButton")
            tap("newTenantButton")
            const order = ["registerNamePage", "registerContactPage", "registerAddressPage", "registerBirthPage"]
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
            tap("signupButton")
            tap("newTenantButton")
            shell.steps = ["name", "contact", "address"]
            tap("nextButton")   // empty names: messages
            AppContext.registration.setField("givenName", "Fatma")
            AppContext.registration.setField("familyName", "Yılmaz")
            tap("nextButton")
            expectPage("registerContactPage")
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
            if (item.text !== undefined && typeof item.text === "string")
                out.push(item.text)
            if (item.placeholderText !== undefined)
                out.push(item.placeholderText)
            for (let i = 0; i < item.children.length; ++i)
                allTexts(item.children[i], out)
            return out
        }

        // A tenant walks away mid-registration: after the warning, nothing of them is left.
        function test_idleResetWipesEverything() {
            makeShell("kiosk", 1080, 1920)
            AppContext.session.idleTimeout = 60000
            const canary = "Kanariepietje"
            AppContext.catalogue.searchText = canary
            shell.openDetail("wlw-taal-01")
            tap("signupButton")
            tap("newTenantButton")
            type("givenName", canary)
            type("familyName", canary)
            verify(allTexts(root, []).some(t => t.indexOf(canary) >= 0))
            AppContext.session.warningTimeout = 50
            AppContext.session.idleTimeout = 10
            tryVerify(() => AppContext.session.warning)
            verify(findChild(shell, "idleOverlay").visible)
            tryVerify(() => !AppContext.session.warning)
            tryCompare(shell.currentPage, "objectName", "kioskHome")
            compare(shell.stack.depth, 1)
            AppContext.session.idleTimeout = 60000
            AppContext.session.warningTimeout = 20000
            const texts = allTexts(root, [])
            verify(!texts.some(t => t.indexOf(canary) >= 0), "canary still on screen")
            compare(AppContext.catalogue.searchText, "")
            compare(JSON.stringify(AppContext.registration.fields).indexOf(canary), -1)
            compare(AppContext.registration.interests.length, 0)
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
