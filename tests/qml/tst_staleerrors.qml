// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Meedoen
import Meedoen.Ui

// Stale errors: a form shows what is wrong only after the tenant did something on it. Each
// form is visited twice; before anything is typed, no problem may show (not one left over
// from another form, or from the first visit).
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
        name: "StaleErrors"
        when: windowShown

        property AppShell shell: null

        function makeShell(mode: string, w: int, h: int) {
            Theme.formFactor = mode
            shell = createTemporaryObject(shellComponent, root, {mode: mode, width: w, height: h})
            verify(shell)
            return shell
        }
        function page() { return shell.currentPage }
        function tap(name) {
            const item = findChild(page(), name)
            verify(item && item.visible, "no visible " + name + " on " + page().objectName)
            mouseClick(item)
        }
        // The problems on view: every visible "…Error" label with words in it.
        function shownErrors(item, out) {
            if (!item || !item.visible)
                return out
            if (item.objectName.endsWith("Error") && typeof item.text === "string" && item.text.length > 0)
                out.push(item.objectName + ": " + item.text)
            for (let i = 0; i < item.children.length; ++i)
                shownErrors(item.children[i], out)
            return out
        }
        function expectNoErrors(when) {
            waitForRendering(shell)
            compare(shownErrors(page(), []), [], page().objectName + " " + when)
        }
        // What a new tenant types on this step, as the tour's Fatma would (everything on a
        // step this test does not know).
        function fill(pageName: string) {
            const reg = AppContext.registration
            const byPage = {
                registerNamePage: {givenName: "Fatma", familyName: "Yılmaz", birthDay: "3", birthMonth: "4", birthYear: "1985"},
                registerAddressPage: {postcode: "3083 bk", houseNumber: "12a", phone: "06 12345678"},
            }
            const all = Object.assign({}, ...Object.values(byPage))
            const values = byPage[pageName] ?? all
            for (const name in values)
                reg.setField(name, values[name])
            if (pageName !== "registerNamePage" && reg.interests.length === 0)
                reg.toggleInterest("taal")
            if (pageName !== "registerNamePage" && !reg.hasSlot(0, 0))
                reg.toggleSlot(0, 0)
        }
        // From the detail page to the confirmation: on each step, nothing shown before input;
        // "Volgende" with nothing typed may show problems; then filled in and on.
        // `abandonAt`: leave at that step with its problems on view.
        function walkSignup(visit: string, abandonAt: string): bool {
            shell.openDetail("wlw-taal-01")
            tryCompare(shell.currentPage, "objectName", "opportunityPage")
            tap("newTenantButton")
            for (let steps = 0; steps < 20 && page().objectName !== "confirmPage"; ++steps) {
                const here = page()
                expectNoErrors("(" + visit + ") before anything was typed")
                tap("nextButton")
                if (page() === here) {
                    if (here.objectName === abandonAt)
                        return false
                    fill(here.objectName)
                    tap("nextButton")
                }
                verify(page() !== here, here.objectName + " does not go on when filled in")
            }
            compare(page().objectName, "confirmPage")
            return true
        }

        function init() {
            AppContext.endSession()
        }

        // The phone: linking the kiosk's sign-ups asks code and date of birth; a sign-up
        // asks the date of birth again, and must not open with the link form's problem.
        function test_phoneLinkThenSignup() {
            makeShell("phone", 390, 844)
            shell.openLinkPhone()
            tryCompare(shell.currentPage, "objectName", "linkPhonePage")
            expectNoErrors("(first visit) before anything was typed")
            tap("linkButton")
            verify(shownErrors(page(), []).length > 0, "the empty link form shows no problem")
            shell.back()
            // "Wie ben je?" asks the date of birth again.
            walkSignup("after the link form", "registerNamePage")
            // Left with its problems on view, then started again.
            shell.stack.pop(null, StackView.Immediate)
            verify(walkSignup("second visit", ""))
            shell.stack.pop(null, StackView.Immediate)
            shell.openLinkPhone()
            tryCompare(shell.currentPage, "objectName", "linkPhonePage")
            expectNoErrors("(second visit) before anything was typed")
        }

        // The kiosk's sign-up steps, each left once with its problems and visited again.
        function test_kioskSignupStepsTwice() {
            makeShell("kiosk", 1080, 1920)
            verify(walkSignup("first visit", ""))
            shell.stack.pop(null, StackView.Immediate)
            AppContext.registration.reset()
            verify(walkSignup("second visit", ""))
        }
    }
}
