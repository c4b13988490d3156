// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen.Ui
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen

// One opportunity in a list: what, its route and kind (pictogram and word; the route's
// colour on the edge), who, where, when, and the places left as of the last sync.
ItemDelegate {
    id: card

    required property string title
    required property string organiser
    required property string place
    required property string schedule
    required property string route
    required property string kind
    required property int capacity
    required property int placesLeft
    required property bool full
    required property real distance
    required property string neighbourhoodName

    readonly property string placesText: Format.placesLeft(card.capacity, card.placesLeft, card.full)
    readonly property string distanceText: Format.distance(card.distance)

    implicitHeight: Math.max(Theme.touchTarget, card.contentItem.implicitHeight + 2 * Theme.padding)
    padding: Theme.padding
    // Tapped to open the activity: a button (Qt 6.4 would make an ItemDelegate a list item).
    A11y.role: Accessible.Button
    Accessible.name: card.title + ", " + card.organiser + ", " + card.placesText
                     + (card.distanceText.length > 0 ? ", " + card.distanceText : "")

    background: Rectangle {
        color: card.down ? Qt.darker(Theme.surface, 1.05) : Theme.surface
        radius: Theme.radius
        border.width: card.visualFocus ? Theme.focusWidth : Theme.borderWidth / 2
        border.color: card.visualFocus ? Theme.focus : Theme.border
        Rectangle {
            width: Theme.spacing
            height: parent.height
            radius: Theme.radius
            color: Theme.routeColor(card.route)
        }
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacing / 2
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: card.title
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
        KindAndRoute {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            kind: card.kind
            route: card.route
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: card.organiser + " · " + card.place
                  + (card.distanceText.length > 0 ? " · " + card.distanceText : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        // When, and how many places: the places take at most half the row (wrapping there with
        // large text or a long language), so that the schedule is never squeezed to a sliver.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.schedule
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Label {
                Layout.maximumWidth: (parent.width - Theme.spacing) / 2
                wrapMode: Text.WordWrap
                text: card.placesText
                color: card.full ? Theme.danger : Theme.success
                font.pixelSize: Theme.fontBody
                font.bold: true
                Layout.alignment: Qt.AlignTop
            }
        }
    }
}
