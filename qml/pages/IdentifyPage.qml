// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Meedoen
import Meedoen.Ui

// Returning tenant: personal code and date of birth. Never a name, never a list of people.
// On a phone with a camera the code can also be read from its QR code on the receipt.
StepPage {
    id: page
    objectName: "identifyPage"
    heading: qsTr("Wie ben je?")
    intro: qsTr("Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.")
    fields: ["personalCode", "dateOfBirth"]

    // Only a phone scans: a kiosk is a public screen and never turns a camera on. The
    // camera list is asked for on a phone only, so a kiosk never loads the camera backend.
    readonly property bool phone: AppContext.mode === "phone"
    property bool cameraPresent: page.phone && cameraWatch.object !== null
                                 && (cameraWatch.object as MediaDevices).videoInputs.length > 0
    readonly property bool canScan: page.phone && page.cameraPresent
    readonly property bool scanning: scanPopup.visible
    // The scan view while it is open, else null.
    readonly property QrScanView scanView: scanLoader.item as QrScanView

    function openScanner() {
        scanPopup.open()
    }
    function closeScanner() {
        scanPopup.close()
    }
    // A text read from a QR code: a valid personal code fills the field and closes the
    // scanner; anything else leaves the field alone, says so, and scanning goes on.
    function acceptScan(text: string) {
        if (!page.scanView)
            return
        const code = page.scanView.scanner.personalCodeIn(text)
        if (code.length === 0) {
            page.scanView.message = qsTr("Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.")
            return
        }
        // Through the field, as if typed: it stores the code in the form.
        codeField.input.text = code
        AppContext.registration.validateField("personalCode")
        page.closeScanner()
    }

    Instantiator {
        id: cameraWatch
        active: page.phone
        delegate: MediaDevices {}
    }

    FormField {
        id: codeField
        Layout.fillWidth: true
        fieldName: "personalCode"
        label: qsTr("Persoonlijke code")
        hint: qsTr("12 tekens, bijvoorbeeld ABCD-EFGH-JKMN")
        extraHints: Qt.ImhPreferUppercase
    }
    PrimaryButton {
        objectName: "scanQrButton"
        Layout.fillWidth: true
        visible: page.canScan
        secondary: true
        text: qsTr("Scan QR-code")
        Accessible.description: qsTr("Lees je persoonlijke code met de camera")
        onClicked: page.openScanner()
    }
    DateOfBirthFields {
        Layout.fillWidth: true
    }

    Popup {
        id: scanPopup
        // Over the whole step: the preview needs the room, the form waits behind it.
        parent: page
        x: 0
        y: 0
        width: page.width
        height: page.height
        padding: 0
        modal: true
        closePolicy: Popup.CloseOnEscape

        Loader {
            id: scanLoader
            anchors.fill: parent
            active: scanPopup.visible
            sourceComponent: Component {
                QrScanView {}
            }
        }
        Connections {
            target: page.scanView
            function onScanned(text: string) {
                page.acceptScan(text)
            }
            function onCancelled() {
                page.closeScanner()
            }
        }
    }
}
