// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// What waits to be sent to the corporation, and when this device last heard from it.
// Shows nothing on a device that has no server (the demo without meedoen-server).
Label {
    id: status
    objectName: "syncStatus"

    readonly property SyncClient sync: AppContext.sync
    readonly property int pending: status.sync ? status.sync.pendingCount : 0
    // Read untyped: qmllint 6.4 cannot see SyncClient's enum-typed state property (nor pushesHeld).
    readonly property var client: AppContext.sync
    readonly property bool offline: status.client !== null
                                    && (status.client.state === SyncClient.Offline || status.client.state === SyncClient.Error)

    // The server refuses this device's pushes until IT releases it (conflict limit,
    // docs/security/scope.md): what is queued stays here.
    readonly property bool held: status.client !== null && status.client.pushesHeld === true
    // The server no longer serves this app's protocol (426 update-app): nothing is sent until
    // the app is updated; what is queued stays here.
    readonly property bool updateRequired: status.client !== null && status.client.updateRequired === true

    visible: status.sync !== null && text.length > 0
    wrapMode: Text.Wrap
    color: (status.pending > 0 && status.offline) || status.held || status.updateRequired ? Theme.warning : Theme.textMuted
    font.pixelSize: Theme.fontSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: status.text
    text: {
        if (!status.sync)
            return ""
        if (status.updateRequired)
            return qsTr("Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.")
        if (status.held)
            return qsTr("Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.")
        if (status.pending > 0) {
            const waiting = qsTr("%n aanmelding(en) wachten op verzending.", "", status.pending)
            return status.offline ? waiting + " " + qsTr("Er is nu geen verbinding; we sturen ze zodra het weer kan.")
                                  : waiting
        }
        if (status.sync.lastSuccessfulSync.getTime() > 0)
            return qsTr("Alles is verstuurd. Laatst bijgewerkt om %1.")
                .arg(status.sync.lastSuccessfulSync.toLocaleTimeString(Qt.locale(AppContext.localeName), Locale.ShortFormat))
        return ""
    }
}
