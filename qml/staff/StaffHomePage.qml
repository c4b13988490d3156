// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// The staff tablet's start: sign in (online once, then a PIN), then the workspace.
// Locks itself after two idle minutes (StaffSession).
Page {
    id: page
    objectName: "staffHome"
    title: qsTr("Meedoen — medewerkers")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    background: Rectangle { color: Theme.background }

    readonly property bool unlocked: StaffSession.stage === StaffSession.Unlocked
    readonly property StaffWorkspace workspace: loader.item as StaffWorkspace

    Loader {
        id: loader
        anchors.fill: parent
        sourceComponent: page.unlocked ? workspaceComponent : signInComponent
    }
    Component {
        id: signInComponent
        StaffSignInPanel {}
    }
    Component {
        id: workspaceComponent
        StaffWorkspace {}
    }
}
