// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The device's database was damaged (a full disk, a power cut, a worn-out card): the app
// moved it aside, deleted nothing, and started an empty one. Instead of an app that silently
// knows nothing, this says what happened and the way back: enrol the device again (the
// usual enrolment: staff exit on a kiosk, the sign-in screen on a staff tablet).
Rectangle {
    id: screen
    objectName: "damagedDatabaseScreen"
    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    MouseArea {
        anchors.fill: parent
        // Touches end here until the message is read.
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, Theme.contentMaxWidth)
        spacing: Theme.spacing * 2

        Label {
            id: heading
            objectName: "damagedDatabaseHeading"
            Layout.fillWidth: true
            text: qsTr("De gegevens op dit apparaat waren beschadigd")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            A11y.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "damagedDatabaseWhat"
            Layout.fillWidth: true
            text: qsTr("Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.")
                  .arg(AppContext.damagedDatabase)
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "damagedDatabaseWayBack"
            Layout.fillWidth: true
            text: qsTr("Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ActionButton {
            objectName: "damagedDatabaseEnrol"
            Layout.fillWidth: true
            text: qsTr("Opnieuw koppelen")
            Accessible.name: text
            onClicked: AppContext.dismissDamagedDatabase()
        }
    }
}
