// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline window: the kiosk's size, one label, one button. Nothing else.
import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    width: 1080
    height: 1920
    visible: true
    title: "Baseline"

    Label {
        anchors.centerIn: parent
        text: "Meedoen baseline"
    }
    Button {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 80
        text: "Start"
    }
}
