// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia

// Whether this device has a camera to scan with. Creating it lists the cameras, which
// starts Qt Multimedia's backend: only a phone creates one.
Item {
    readonly property bool present: devices.videoInputs.length > 0

    visible: false

    MediaDevices {
        id: devices
    }
}
