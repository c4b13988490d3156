// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Who did what, when, on which device: the server's audit log of the site (decisions,
// catalogue edits, identity checks …) and this tablet's own trail (sign-in, unlock, lock,
// export).
ColumnLayout {
    id: page
    spacing: Theme.spacing

    readonly property var rows: {
        StaffSession.revision
        return StaffPersons.audit()
    }

    StaffSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Logboek")
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        model: page.rows
        delegate: Label {
            required property var modelData
            width: ListView.view.width
            padding: Theme.spacing / 2
            text: qsTr("%1 · %2 · %3 %4 · %5").arg(new Date(modelData.at).toLocaleString(Qt.locale(), Locale.ShortFormat))
                  .arg(modelData.staffName).arg(modelData.action).arg(modelData.entity)
                  .arg(modelData.onDevice ? qsTr("deze tablet") : modelData.deviceId)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
