// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Meedoen
import Meedoen.Ui

// A kiosk is a public screen: it never offers to scan, camera or not.
Item {
    id: root
    width: 1080
    height: 1920

    Component {
        id: shellComponent
        AppShell { animated: false }
    }

    TestCase {
        name: "NoScanOnKiosk"
        when: windowShown

        function test_noScanButton() {
            Theme.formFactor = "kiosk"
            const shell = createTemporaryObject(shellComponent, root, {mode: "kiosk", width: root.width, height: root.height})
            verify(shell)
            shell.openDetail("wlw-taal-01")
            tryCompare(shell.currentPage, "objectName", "opportunityPage")
            mouseClick(findChild(shell.currentPage, "returningTenantButton"))
            tryCompare(shell.currentPage, "objectName", "identifyPage")
            const page = shell.currentPage
            const button = findChild(page, "scanQrButton")
            verify(button)
            page.cameraPresent = true
            compare(page.canScan, false)
            compare(button.visible, false)
        }
    }
}
