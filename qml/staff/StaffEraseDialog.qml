// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Meedoen
import Meedoen.Ui

// The right to erasure, the PIN asked again: from the persons page and from a tenant's
// erasure request alike (StaffPersons.erasePerson).
StaffPinDialog {
    id: dialog
    property string personId
    title: qsTr("Persoon wissen")
    explanation: qsTr("Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.")
    actionText: qsTr("Wissen")
    dangerous: true
    onConfirmed: pin => {
        if (StaffPersons.erasePerson(dialog.personId, pin))
            dialog.close()
    }
}
