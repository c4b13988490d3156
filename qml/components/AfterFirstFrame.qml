// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A part of a screen that its first frame can do without: created right after the window
// has shown that frame (at once outside a window). Until then it takes reservedHeight, so
// nothing around it moves when it appears. Keeps the start of the app short: the first
// frame needs fewer fonts, controls and bindings.
Item {
    id: deferred

    // What to create (a component, e.g. `content: LanguageSwitch {}`).
    property Component content
    // The height taken before the content exists: what the content is expected to take.
    property real reservedHeight: 0
    readonly property Item item: loader.item as Item

    implicitWidth: deferred.item ? deferred.item.implicitWidth : 0
    implicitHeight: deferred.item ? deferred.item.implicitHeight : deferred.reservedHeight

    Loader {
        id: loader
        anchors.fill: parent
        active: false
        sourceComponent: deferred.content
    }
    Connections {
        target: deferred.Window.window
        enabled: !loader.active && !later.running
        function onFrameSwapped() { later.start() }
    }
    // Not within the signal: that frame is out before the content is made.
    Timer {
        id: later
        interval: 0
        onTriggered: loader.active = true
    }
    Component.onCompleted: {
        if (!deferred.Window.window)
            loader.active = true
    }
}
