// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen.Ui

// What the server found when it compared the tenant number and address with the rent
// administration (core/tenancy.h): a coloured mark and one plain sentence. Nothing when the
// server has no verdict (no tenancies imported). Staff may still record their own check.
RowLayout {
    id: note
    // "match", "mismatch", "unknown-number", "not-given" or "".
    property string verdict

    readonly property color stateColor: verdict === "match" ? Theme.success
                                        : verdict === "mismatch" ? Theme.danger
                                        : verdict === "unknown-number" ? Theme.warning : Theme.textMuted
    readonly property string sentence: verdict === "match" ? qsTr("Huurdernummer klopt met het adres")
                                       : verdict === "mismatch" ? qsTr("Huurdernummer hoort bij een ander adres")
                                       : verdict === "unknown-number" ? qsTr("Huurdernummer onbekend in de huuradministratie")
                                       : verdict === "not-given" ? qsTr("Geen huurdernummer opgegeven") : ""

    visible: verdict.length > 0
    spacing: Theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: sentence

    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: Math.round((verdictLabel.implicitHeight - height) / 2)
        implicitWidth: Math.round(Theme.iconSize / 2)
        implicitHeight: implicitWidth
        radius: width / 2
        color: note.stateColor
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Label {
            id: verdictLabel
            objectName: "tenancyVerdictSentence"
            Layout.fillWidth: true
            text: note.sentence
            color: note.stateColor
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: note.verdict !== "match"
            text: qsTr("Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
