// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// What an unlocked staff member works in: the sections beside (landscape) or above
// (portrait) the section on view.
Item {
    id: workspace
    // What the unlocked staff member's roles allow here, by permission key
    // (StaffSession.allowed; untyped, as qmllint 6.4 knows no keys of a QVariantMap).
    readonly property var may: StaffSession.allowed
    objectName: "staffWorkspace"

    readonly property bool portrait: width < height
    property string section: "volunteers"
    // Each section with the permissions that show it (any of them; protocol/staffroles.h):
    // the staff member's roles at this site decide what they see, as the server decides what
    // it accepts. Conflicts: the decisions that came too late (StaffReview.conflicts), so whoever
    // decides; the log: the administrator.
    readonly property var allSections: [
        {key: "volunteers", title: qsTr("Nieuwe vrijwilligers"), permissions: ["intake"]},
        {key: "signups", title: qsTr("Aanmeldingen"), permissions: ["review"]},
        {key: "training", title: qsTr("Trainingsplaatsen"), permissions: ["review"]},
        {key: "conflicts", title: qsTr("Conflicten"), permissions: ["review"]},
        {key: "catalogue", title: qsTr("Catalogus"), permissions: ["catalogue"]},
        {key: "partners", title: qsTr("Partners"), permissions: ["partners"]},
        {key: "hours", title: qsTr("Uren"), permissions: ["hours"]},
        {key: "persons", title: qsTr("Personen"), permissions: ["intake", "hours", "erasure"]},
        {key: "erasure", title: qsTr("Verwijderverzoeken"), permissions: ["erasure"]},
        {key: "dashboard", title: qsTr("Resultaten"), permissions: ["dashboard"]},
        {key: "report", title: qsTr("Verslag"), permissions: ["dashboard"]},
        {key: "audit", title: qsTr("Logboek"), permissions: ["staff-accounts"]}
    ]
    readonly property var sections: allSections.filter(s => s.permissions.some(p => workspace.may[p] === true))
    function allowed(key: string): bool {
        return workspace.sections.some(s => s.key === key)
    }
    // The section on view: the one asked for when the roles offer it, otherwise (another staff
    // member unlocked) the first they offer. Bound, not assigned in a handler: the pages'
    // currentIndex reads it while the sections change.
    readonly property string shownSection: workspace.allowed(workspace.section)
                                           ? workspace.section
                                           : workspace.sections.length > 0 ? workspace.sections[0].key : ""
    readonly property int conflictCount: StaffReview.conflicts.count
    readonly property int eraseRequestCount: StaffPersons.eraseRequestList.openCount
    // The number next to a section that waits for staff.
    function waiting(key: string): int {
        return key === "conflicts" ? workspace.conflictCount : key === "erasure" ? workspace.eraseRequestCount : 0
    }

    function show(key: string) {
        if (workspace.allowed(key))
            workspace.section = key
    }
    function sectionItem(key: string): Item {
        for (let i = 0; i < pages.children.length; ++i) {
            if (pages.children[i].objectName === key + "Section")
                return pages.children[i]
        }
        return null
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        columns: workspace.portrait ? 1 : 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.padding

        // Header: who is working, what waits to be sent, lock.
        RowLayout {
            Layout.columnSpan: workspace.portrait ? 1 : 2
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Meedoen — %1").arg(StaffSession.staffName)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                // A long name (or large text) on a narrow tablet: a second line, never cut off.
                wrapMode: Text.Wrap
                A11y.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "staffSyncStatus"
                readonly property int pending: AppContext.sync ? AppContext.sync.pendingCount : 0
                // Untyped: qmllint 6.4 cannot see SyncClient's updateRequired (as SyncStatus).
                readonly property var client: AppContext.sync
                // The server no longer serves this app (426 update-app): nothing is sent until it is updated.
                readonly property bool updateRequired: client !== null && client.updateRequired === true
                text: updateRequired ? qsTr("Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.")
                    : pending > 0 ? qsTr("%n wijziging(en) wacht(en) op verzending", "", pending) : qsTr("Alles verzonden")
                color: updateRequired ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "intakeButton"
                visible: workspace.may.intake === true
                // Short in portrait, where the staff member's name needs the room.
                text: workspace.portrait ? qsTr("Inschrijven") : qsTr("Nieuwe bewoner inschrijven")
                Accessible.name: qsTr("Nieuwe bewoner inschrijven")
                onClicked: AppContext.intake.begin()
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "lockButton"
                variant: ActionButton.Quiet
                text: qsTr("Vergrendelen")
                onClicked: StaffSession.lock()
            }
        }

        // Navigation: a column beside the pages in landscape (scrolling where large text makes
        // it longer than the screen), rows above them in portrait.
        Flickable {
            Layout.fillWidth: workspace.portrait
            // In portrait it takes the width it is given (a Flow's implicit width follows its wrapping).
            Layout.preferredWidth: workspace.portrait ? 0 : Theme.staffRailWidth
            Layout.preferredHeight: workspace.portrait ? rail.implicitHeight : -1
            Layout.fillHeight: !workspace.portrait
            Layout.alignment: Qt.AlignTop
            contentHeight: rail.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            clip: true
            Flow {
                id: rail
                width: parent.width
                spacing: Theme.spacing
                Repeater {
                    model: workspace.sections
                    delegate: ActionButton {
                        required property var modelData
                        objectName: "nav_" + modelData.key
                        size: ActionButton.Compact
                        width: workspace.portrait ? Math.min(implicitWidth, rail.width) : rail.width
                        variant: ActionButton.Quiet
                        selected: workspace.shownSection === modelData.key
                        text: workspace.waiting(modelData.key) > 0
                              ? qsTr("%1 (%2)").arg(modelData.title).arg(workspace.waiting(modelData.key)) : modelData.title
                        Accessible.name: modelData.title
                        onClicked: workspace.section = modelData.key
                    }
                }
            }
        }

        StackLayout {
            id: pages
            Layout.fillWidth: true
            // The width left beside the rail, whatever a page's one-line texts would like: a
            // page wider than that shifted every other page and looped their layouts.
            Layout.preferredWidth: 0
            Layout.fillHeight: true
            // Every page stays built (in allSections' order); the rail shows only the allowed ones.
            currentIndex: {
                for (let i = 0; i < workspace.allSections.length; ++i) {
                    if (workspace.allSections[i].key === workspace.shownSection)
                        return i
                }
                return -1
            }
            StaffNewVolunteersPage { objectName: "volunteersSection" }
            StaffQueuePage { objectName: "signupsSection"; kind: "volunteer" }
            StaffQueuePage { objectName: "trainingSection"; kind: "training" }
            StaffConflictsPage { objectName: "conflictsSection" }
            StaffCataloguePage { objectName: "catalogueSection" }
            StaffPartnersPage { objectName: "partnersSection" }
            StaffHoursPage { objectName: "hoursSection" }
            StaffPersonsPage { objectName: "personsSection" }
            StaffEraseRequestsPage { objectName: "erasureSection" }
            StaffDashboardPage { objectName: "dashboardSection" }
            StaffReportPage { objectName: "reportSection" }
            StaffAuditPage { objectName: "auditSection" }
        }
    }
}
