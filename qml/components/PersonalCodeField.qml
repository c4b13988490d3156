// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Meedoen
import Meedoen.Ui

// The personal code of a returning tenant: typed, or on a phone with a camera read from
// the QR code on their receipt. Used where a tenant identifies (sign-up) and where a phone
// is linked to a kiosk registration.
ColumnLayout {
    id: field

    // Only a phone scans: a kiosk is a public screen and never turns a camera on. Scanning
    // lives in the plugin Meedoen.Scan (with Qt Multimedia), loaded through the files in
    // scan/ by URL: on a phone when this field first asks for the camera list, on a kiosk
    // never. Do not name a type of Meedoen.Scan here, or every start would load it.
    readonly property bool phone: AppContext.mode === "phone"
    property bool cameraPresent: field.phone && field.cameraList !== null
                                 && field.cameraList.present === true
    // The camera list (a Meedoen.Scan CameraCheck) once loaded, else null.
    readonly property var cameraList: cameraCheck.status === Loader.Ready ? cameraCheck.item : null
    readonly property bool canScan: field.phone && field.cameraPresent
    readonly property bool scanning: scanPopup.visible
    // The scan view (a Meedoen.Scan QrScanView) while it is open, else null.
    readonly property var scanView: scanLoader.status === Loader.Ready ? scanLoader.item : null

    function openScanner() {
        scanPopup.open()
    }
    function closeScanner() {
        scanPopup.close()
    }
    // A text read from a QR code: a valid personal code fills the field and closes the
    // scanner; anything else leaves the field alone, says so, and scanning goes on.
    function acceptScan(text: string) {
        if (!field.scanView)
            return
        const code = field.scanView.scanner.personalCodeIn(text)
        if (code.length === 0) {
            field.scanView.message = qsTr("Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.")
            return
        }
        // Through the field, as if typed: it stores the code in the form.
        codeField.input.text = code
        AppContext.registration.validateField("personalCode")
        field.closeScanner()
    }

    spacing: Theme.padding

    // Asynchronous: the page is there at once, the scan button follows when the camera
    // list is known (loading Qt Multimedia the first time takes a moment).
    Loader {
        id: cameraCheck
        visible: false
        active: field.phone
        asynchronous: true
        source: "scan/LazyCameraCheck.qml"
    }

    FormField {
        id: codeField
        Layout.fillWidth: true
        fieldName: "personalCode"
        label: qsTr("Persoonlijke code")
        hint: qsTr("12 tekens, bijvoorbeeld %1").arg(Format.ltr("ABCD-EFGH-JKMN"))
        extraHints: Qt.ImhPreferUppercase
    }
    ActionButton {
        objectName: "scanQrButton"
        Layout.fillWidth: true
        visible: field.canScan
        variant: ActionButton.Secondary
        text: qsTr("Scan QR-code")
        Accessible.description: qsTr("Lees je persoonlijke code met de camera")
        onClicked: field.openScanner()
    }

    Popup {
        id: scanPopup
        // Over the whole window: the preview needs the room, the form waits behind it.
        parent: T.Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        closePolicy: Popup.CloseOnEscape

        Loader {
            id: scanLoader
            anchors.fill: parent
            active: scanPopup.visible
            source: "scan/LazyQrScanView.qml"
        }
        Connections {
            target: field.scanView
            function onScanned(text: string) {
                field.acceptScan(text)
            }
            function onCancelled() {
                field.closeScanner()
            }
        }
    }
}
