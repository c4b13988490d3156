// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// An opportunity's route and kind, each as pictogram and word: the route in its colour (the
// one meaning of a colour, Theme.qml), the kind in the text colour. On cards and the detail page.
Flow {
    id: line

    property string kind
    property string route
    property int fontSize: Theme.fontBody
    property int iconSize: Theme.iconSmall

    spacing: Theme.padding

    component Part: Row {
        id: part
        property string iconName
        property string text
        property color color
        property int iconSize
        property int fontSize
        spacing: Theme.spacing / 2
        visible: part.text.length > 0
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: part.iconName
            size: part.iconSize
            color: part.color
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: part.text
            color: part.color
            font.pixelSize: part.fontSize
            font.bold: true
        }
    }

    Part {
        objectName: "routeOf"
        iconName: line.route.length > 0 ? "route-" + line.route : ""
        text: Format.routeName(line.route)
        color: Theme.routeColor(line.route)
        iconSize: line.iconSize
        fontSize: line.fontSize
    }
    Part {
        objectName: "kindOf"
        iconName: line.kind.length > 0 ? "kind-" + line.kind : ""
        text: Format.kindName(line.kind)
        color: Theme.text
        iconSize: line.iconSize
        fontSize: line.fontSize
    }
}
