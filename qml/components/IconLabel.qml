// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// Words, with a pictogram before them if iconName is set: the content of ActionButton and
// ChoiceChip. Without a pictogram it is the plain Label it always was; the pictogram and its
// Row are made only when needed (lists of many buttons stay light).
Item {
    id: content

    property string iconName
    property string text
    property font font
    property color color
    property color iconColor: content.color
    property int iconSize: Theme.iconSmall
    property real spacing: Theme.spacing / 2

    readonly property bool hasIcon: content.iconName.length > 0

    // A Loader's implicit size is its item's.
    implicitWidth: content.hasIcon ? withIcon.implicitWidth : plain.implicitWidth
    implicitHeight: content.hasIcon ? withIcon.implicitHeight : plain.implicitHeight

    Label {
        id: plain
        anchors.fill: parent
        visible: !content.hasIcon
        text: content.text
        font: content.font
        color: content.color
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Wraps between words; a word longer than the button is drawn a little smaller
        // rather than broken in two.
        wrapMode: Text.WordWrap
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Math.round(content.font.pixelSize * 0.6)
    }
    Loader {
        id: withIcon
        anchors.fill: parent
        active: content.hasIcon
        sourceComponent: IconAndWords {}
    }
    // Handed over once the pair is made (a Loader's component cannot see this file's ids).
    Binding {
        target: withIcon.item
        property: "words"
        value: content
        when: withIcon.status === Loader.Ready
    }
}
