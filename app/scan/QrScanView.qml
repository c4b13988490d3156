// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Meedoen.Ui
import Meedoen.Scan

// Reading a QR code with the phone's camera: the preview, what to do, and a way back. The
// page that opens it decides what a scanned text is worth (scanned) and may show a
// message under the preview (message) while scanning goes on. Part of Meedoen.Scan, which
// Meedoen.Ui loads by URL (qml/components/scan/LazyQrScanView.qml).
Rectangle {
    id: view
    objectName: "qrScanView"

    // Shown under the preview, e.g. when the code read is not the one asked for.
    property string message
    readonly property bool hasCamera: devices.videoInputs.length > 0
    // The camera failed or was refused (no permission); the reason is not shown or logged.
    property bool cameraFailed: false
    readonly property bool previewing: view.hasCamera && !view.cameraFailed
    readonly property QrScanner scanner: qrScanner
    readonly property VideoOutput output: preview

    signal scanned(string text)
    signal cancelled

    color: Theme.background

    MediaDevices {
        id: devices
    }
    // The camera and its session exist only while there is a camera to show: without one
    // nothing of the camera backend is started.
    Instantiator {
        active: view.previewing
        delegate: CaptureSession {
            videoOutput: preview
            camera: Camera {
                active: view.visible
                onErrorOccurred: view.cameraFailed = true
            }
        }
    }
    QrScanner {
        id: qrScanner
        videoSink: preview.videoSink
        active: view.visible
        onDecoded: text => view.scanned(text)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        Label {
            objectName: "scanInstruction"
            Layout.fillWidth: true
            text: qsTr("Houd de QR-code van je persoonlijke code voor de camera")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surfaceMuted
            radius: Theme.radius
            clip: true
            VideoOutput {
                id: preview
                anchors.fill: parent
                visible: view.previewing
                fillMode: VideoOutput.PreserveAspectCrop
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Beeld van de camera")
            }
            Label {
                objectName: "noCameraMessage"
                anchors.fill: parent
                anchors.margins: Theme.padding
                visible: !view.previewing
                text: view.hasCamera
                      ? qsTr("De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.")
                      : qsTr("Er is geen camera gevonden. Typ je code over.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        Label {
            objectName: "scanMessage"
            Layout.fillWidth: true
            visible: view.message.length > 0
            text: view.message
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ActionButton {
            objectName: "cancelScanButton"
            Layout.fillWidth: true
            variant: ActionButton.Secondary
            text: qsTr("Annuleren")
            onClicked: view.cancelled()
        }
    }
}
