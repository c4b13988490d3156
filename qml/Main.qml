// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

ApplicationWindow {
    id: root

    // "kiosk", "phone" or "staff", from the command line.
    required property string mode

    width: Theme.windowWidth
    height: Theme.windowHeight
    visible: true
    // A kiosk is full-screen with no way out but the staff exit.
    visibility: root.mode === "kiosk" && AppContext.tourDir.length === 0 ? Window.FullScreen : Window.AutomaticVisibility
    title: qsTr("Meedoen")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Component.onCompleted: Theme.formFactor = root.mode
    // Right to left in Arabic for everything in the window, also what is not inside AppShell:
    // dialogs, popups and menus are parented to the window's overlay, not to the page.
    LayoutMirroring.enabled: AppContext.rightToLeft
    LayoutMirroring.childrenInherit: true

    AppShell {
        id: appShell
        anchors.fill: parent
        anchors.bottomMargin: keyboard.height
        mode: root.mode
        animated: AppContext.tourDir.length === 0
        // Revoked: nothing of the app stays reachable, not even for a screen reader.
        // A damaged database: the message first, then the app (not set up any more).
        visible: !AppContext.outOfService && AppContext.damagedDatabase.length === 0
        enabled: !AppContext.outOfService && AppContext.damagedDatabase.length === 0
    }

    // Qt Virtual Keyboard on the kiosk (there is no other keyboard).
    Loader {
        id: keyboard
        // Loaded after the first frame, beside what follows: nobody types in the first second.
        asynchronous: true
        active: root.mode === "kiosk" && AppContext.virtualKeyboard && appShell.firstFrameShown
                && !AppContext.outOfService
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        source: "qrc:/Meedoen/Ui/kiosk/KioskKeyboard.qml"
    }

    // A revoked device shows this only (docs/security.md, "A lost or stolen device").
    OutOfServiceScreen {
        anchors.fill: parent
        visible: AppContext.outOfService
        z: 1
    }

    // The database was damaged and moved aside (docs/operations.md): what happened and the
    // way back, before anything else.
    DamagedDatabaseScreen {
        anchors.fill: parent
        visible: AppContext.damagedDatabase.length > 0 && !AppContext.outOfService
        z: 1
    }

    // `--tour DIR`: walk through the main screens and save each one.
    Loader {
        id: tour
        Component.onCompleted: {
            if (AppContext.tourDir.length > 0)
                tour.setSource("qrc:/Meedoen/Ui/Tour.qml", {window: root, shell: appShell})
        }
    }
}
