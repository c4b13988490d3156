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

    StaffSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Logboek")
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        reuseItems: true
        model: StaffPersons.auditList
        delegate: Label {
            id: entry
            required property string at
            required property string staffName
            required property string action
            required property string entity
            required property bool onDevice
            required property string deviceId
            width: ListView.view.width
            padding: Theme.spacing / 2
            text: qsTr("%1 · %2 · %3 %4 · %5").arg(Format.moment(entry.at))
                  .arg(entry.staffName).arg(entry.action).arg(entry.entity)
                  .arg(entry.onDevice ? qsTr("deze tablet") : entry.deviceId)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
