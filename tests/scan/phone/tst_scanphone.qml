// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Meedoen
import Meedoen.Ui
import MeedoenTest

// A returning tenant on a phone reads their personal code from its QR code.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: shellComponent
        AppShell { animated: false }
    }

    TestCase {
        id: tc
        name: "ScanOnPhone"
        when: windowShown

        property AppShell shell: null

        function page() { return shell.currentPage }
        function child(name) {
            const found = findChild(page(), name)
            verify(found, "no " + name + " on " + page().objectName)
            return found
        }
        function scanChild(name) {
            const found = findChild(page().scanView, name)
            verify(found, "no " + name + " in the scan view")
            return found
        }
        function openIdentify() {
            Theme.formFactor = "phone"
            shell = createTemporaryObject(shellComponent, root, {mode: "phone", width: root.width, height: root.height})
            verify(shell)
            shell.openDetail("wlw-taal-01")
            tryCompare(shell.currentPage, "objectName", "opportunityPage")
            mouseClick(child("returningTenantButton"))
            tryCompare(shell.currentPage, "objectName", "identifyPage")
        }
        // Shows frames of `text` until `done()` holds, as a camera keeps sending frames.
        function showUntil(text, done) {
            for (let i = 0; i < 300 && !done(); ++i) {
                FakeCamera.show(page().scanView.output.videoSink, text)
                wait(20)
            }
            verify(done(), "nothing happened after showing " + (text.length > 0 ? "a QR code" : "no code"))
        }
        function openScanner() {
            const page = tc.page()
            page.cameraPresent = true
            const button = child("scanQrButton")
            verify(button.visible)
            compare(button.Accessible.name, "Scan QR-code")
            mouseClick(button)
            tryVerify(() => page.scanning && page.scanView !== null)
            compare(scanChild("scanInstruction").text, "Houd de QR-code van je persoonlijke code voor de camera")
        }

        function init() {
            AppContext.endSession()
        }

        function test_buttonOnlyWithACamera() {
            openIdentify()
            // No camera on this machine: nothing to scan with, so no button.
            compare(page().cameraPresent, false)
            compare(child("scanQrButton").visible, false)
            page().cameraPresent = true
            compare(child("scanQrButton").visible, true)
        }

        function test_noCameraSaysSo() {
            openIdentify()
            openScanner()
            const message = scanChild("noCameraMessage")
            verify(message.visible)
            verify(message.text.length > 0)
            compare(message.Accessible.name, message.text)
        }

        function test_scannedCodeFillsTheField() {
            openIdentify()
            openScanner()
            const code = FakeCamera.personalCode(1)
            showUntil(code, () => !page().scanning)
            compare(child("personalCodeInput").text, code)
            compare(AppContext.registration.field("personalCode"), code)
            compare(AppContext.registration.errors["personalCode"] ?? "", "")
        }

        function test_otherCodeKeepsTheFieldAndScanning() {
            openIdentify()
            child("personalCodeInput").text = "ABCD"
            openScanner()
            showUntil("https://example.org/aanbieding", () => scanChild("scanMessage").visible)
            verify(scanChild("scanMessage").text.length > 0)
            verify(page().scanning)
            compare(child("personalCodeInput").text, "ABCD")
            // Still scanning: the right code is taken after the wrong one.
            const code = FakeCamera.personalCode(2)
            showUntil(code, () => !page().scanning)
            compare(child("personalCodeInput").text, code)
        }

        function test_cancelKeepsTheField() {
            openIdentify()
            child("personalCodeInput").text = "ABCD"
            openScanner()
            mouseClick(scanChild("cancelScanButton"))
            tryVerify(() => !page().scanning)
            compare(child("personalCodeInput").text, "ABCD")
        }
    }
}
