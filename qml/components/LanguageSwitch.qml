// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Meedoen
import Meedoen.Ui

// Each language named in itself, no flags: a tenant recognises their own.
Flow {
    id: languages
    spacing: Theme.spacing
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Taal")

    // The pictogram for "language", as tall as a chip so that it lines up with them.
    Item {
        implicitWidth: Theme.iconSize
        implicitHeight: Theme.minimumTouchTarget
        Icon {
            anchors.centerIn: parent
            name: "language"
        }
    }
    Repeater {
        model: AppContext.languages
        delegate: ChoiceChip {
            required property var modelData
            objectName: "language_" + modelData.code
            text: modelData.name
            checked: AppContext.language === modelData.code
            font.pixelSize: Theme.fontBody
            onClicked: AppContext.language = modelData.code
        }
    }
}
