// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// The heading of a staff section.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontLarge
    font.bold: true
    wrapMode: Text.Wrap
    A11y.role: Accessible.Heading
    Accessible.name: text
}
