// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen.Ui

// A dialog's title (`header: DialogTitle { text: dialog.title }`): on two lines where it does
// not fit, instead of the Basic style's cut-off one, and on the reading side.
Label {
    visible: text.length > 0
    padding: Theme.padding
    bottomPadding: 0
    color: Theme.text
    font.pixelSize: Theme.fontLarge
    font.bold: true
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
