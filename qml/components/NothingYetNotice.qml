// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// On a home screen whose catalogue is empty: a device that is not set up yet (it loads the
// demo only with --demo) or whose first pull has not arrived. Says so instead of offering
// tiles that lead to an empty list.
ColumnLayout {
    id: notice
    objectName: "nothingYet"
    // "kiosk" or "phone": the device the sentence speaks of.
    property string device: "kiosk"
    readonly property bool notSetUp: AppContext.enrollment.available
    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        text: !notice.notSetUp ? qsTr("Er is nu niets om je voor aan te melden")
            : notice.device === "phone" ? qsTr("Deze app is nog niet ingesteld")
            : qsTr("Deze zuil is nog niet ingesteld")
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        A11y.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        text: notice.notSetUp
              ? qsTr("Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.")
              : qsTr("De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }
}
