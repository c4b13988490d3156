// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// Results (resultaatmeting) per site, neighbourhood and route: active volunteers and hours
// per month, fill rate and waitlist per opportunity, training placements — as charts —
// and the same figures and the decisions as CSV (PIN asked again). Online the figures are
// the server's ("stand van"); offline the tablet computes them the same way from its copy.
// Above them, the site's kiosks that went quiet (not seen by the server for a day), so staff
// can walk over before tenants find a dead screen.
Flickable {
    id: page
    // What the unlocked staff member's roles allow here, by permission key
    // (StaffSession.allowed; untyped, as qmllint 6.4 knows no keys of a QVariantMap).
    readonly property var may: StaffSession.allowed

    property string site: ""
    property string neighbourhood: ""
    property string route: ""
    property string exportKind: "results"
    readonly property var figures: StaffResults.results
    readonly property bool fromServer: page.figures.source === "server"
    readonly property var asOf: page.figures.asOf
    readonly property var months: page.figures.months || []
    readonly property var sites: {
        StaffSession.revision
        return StaffCatalogue.sites()
    }
    readonly property var neighbourhoods: {
        StaffSession.revision
        return StaffResults.neighbourhoods()
    }
    readonly property var opportunities: page.figures.opportunities || []
    // Each goal the filter shows with its progress (StaffResults: "goals").
    readonly property var goals: page.figures.goals || []
    // The goal form is open (a new goal, or goalForm.goalId's).
    property bool editingGoal: false
    readonly property var kiosks: StaffResults.kiosks
    readonly property var quietKiosks: page.kiosks.quiet || []
    // The kiosks' state is the devices' business (protocol/staffroles.h): the administrator's.
    readonly property bool showKiosks: page.may.devices === true

    // Asked when the page is on view and whenever the filter or the pulled data change; the
    // server is not asked for a page nobody looks at.
    function reload() {
        if (!page.visible)
            return
        StaffResults.loadResults(page.site, page.neighbourhood, page.route)
        if (page.showKiosks)
            StaffResults.loadKiosks()
    }

    onSiteChanged: page.reload()
    onNeighbourhoodChanged: page.reload()
    onRouteChanged: page.reload()
    onVisibleChanged: page.reload()
    onShowKiosksChanged: page.reload()
    Component.onCompleted: page.reload()

    Connections {
        target: StaffSession
        function onRevisionChanged() {
            page.reload()
        }
    }


    // The goals in view (the tour, and after a goal is saved).
    function showGoals() {
        page.contentY = Math.max(0, Math.min(goalsHeader.y - Theme.spacing, page.contentHeight - page.height))
    }
    // The ladder moves and the social return in view (the tour).
    function showLadderAndSocialReturn() {
        page.contentY = Math.max(0, Math.min(ladderMoves.y - Theme.spacing, page.contentHeight - page.height))
    }
    // The charts per month in view (the tour).
    function showMonthCharts() {
        page.contentY = Math.max(0, Math.min(monthCharts.y - Theme.spacing, page.contentHeight - page.height))
    }
    // The form for a new goal (in the neighbourhood chosen above, if any), or for a goal.
    function newGoal() {
        goalForm.startNew(page.neighbourhood)
        page.editingGoal = true
    }
    function editGoal(goalId: string) {
        goalForm.edit(goalId)
        page.editingGoal = true
        page.showGoals()
    }
    readonly property alias goalForm: goalForm

    function askExport(kind: string) {
        page.exportKind = kind
        exportDialog.open()
    }

    clip: true
    contentHeight: column.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        width: page.width
        spacing: Theme.spacing

        // "Zuilen die stil zijn": what the server last heard from the site's kiosks.
        StaffSectionTitle {
            visible: page.showKiosks
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            text: qsTr("Zuilen die stil zijn")
        }
        Label {
            id: kioskNote
            objectName: "quietKiosksNote"
            visible: page.showKiosks
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            text: !page.kiosks.known
                  ? qsTr("Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.")
                  : page.kiosks.total === 0
                    ? qsTr("Deze locatie heeft geen zuilen.")
                    : page.quietKiosks.length === 0
                      ? qsTr("Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.").arg(page.kiosks.quietHours)
                      : qsTr("De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.")
                        .arg(page.kiosks.quietHours)
            color: page.kiosks.known && page.quietKiosks.length === 0 && page.kiosks.total > 0 ? Theme.success : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Repeater {
            model: page.showKiosks ? page.quietKiosks : []
            delegate: Rectangle {
                id: kiosk
                required property var modelData
                readonly property bool seen: kiosk.modelData.lastSeen && !isNaN(kiosk.modelData.lastSeen.getTime())
                objectName: "quietKiosk"
                Layout.fillWidth: true
                implicitHeight: kioskColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.warning
                border.width: Theme.borderWidth
                Accessible.role: Accessible.StaticText
                Accessible.name: kioskName.text + ", " + kioskSeen.text + ", " + kioskQueue.text
                // A positioner, not a layout: the wrapped lines' height follows the width the
                // page's layout gives, without the two layouts polishing each other in turn.
                Column {
                    id: kioskColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: kiosk.width - 2 * Theme.spacing
                    spacing: 0
                    Label {
                        id: kioskName
                        width: kioskColumn.width
                        text: qsTr("Zuil %1").arg(kiosk.modelData.id.slice(0, 8))
                        color: Theme.text
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        id: kioskSeen
                        objectName: "quietKioskSeen"
                        width: kioskColumn.width
                        text: kiosk.seen
                              ? qsTr("Stil %1").arg(Format.since(kiosk.modelData.lastSeen, page.kiosks.asOf))
                              : qsTr("Nooit gezien; ingeschreven %1").arg(Format.moment(kiosk.modelData.enrolledAt))
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }
                    Label {
                        id: kioskQueue
                        objectName: "quietKioskQueue"
                        width: kioskColumn.width
                        text: kiosk.modelData.queueLength < 0
                              ? qsTr("Wachtrij onbekend (oudere versie van de app)")
                              : kiosk.modelData.queueLength === 0
                                ? qsTr("Niets in de wachtrij")
                                : qsTr("%1 in de wachtrij, de oudste %2").arg(kiosk.modelData.queueLength)
                                  .arg(Format.since(kiosk.modelData.oldestQueuedAt, page.kiosks.asOf))
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            StaffSectionTitle {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: qsTr("Resultaten")
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "exportResultsButton"
                visible: page.may.exports === true
                variant: ActionButton.Quiet
                text: qsTr("Cijfers als CSV")
                onClicked: page.askExport("results")
            }
            ActionButton {
                size: ActionButton.Compact
                objectName: "exportDecisionsButton"
                visible: page.may.exports === true
                variant: ActionButton.Quiet
                text: qsTr("Besluiten als CSV")
                onClicked: page.askExport("decisions")
            }
        }
        // Where the figures come from, in plain words.
        Label {
            id: sourceNote
            objectName: "resultsSource"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            readonly property string when: page.asOf && !isNaN(page.asOf.getTime())
                ? page.asOf.toLocaleString(Qt.locale(AppContext.localeName), Locale.ShortFormat) : ""
            text: page.fromServer
                  ? qsTr("Cijfers van de server, stand van %1.").arg(sourceNote.when)
                  : (sourceNote.when.length > 0
                     ? qsTr("Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.").arg(sourceNote.when)
                     : qsTr("Geen verbinding met de server: berekend uit de gegevens op deze tablet."))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        // Moves up the ladder in the period (core/trajectory.h): per neighbourhood and route,
        // "daling voorkomen, stabiliseren, verder komen" as numbers.
        ColumnLayout {
            id: ladderMoves
            objectName: "ladderMoves"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            readonly property var rows: page.figures.ladder || []
            Label {
                Layout.fillWidth: true
                text: qsTr("Participatieladder: verder gekomen, gelijk gebleven, gedaald")
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: parent.rows.length === 0
                text: qsTr("In deze periode is niemand twee keer gemeten.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            GridLayout {
                visible: parent.rows.length > 0
                columns: 5
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing / 4
                Repeater {
                    model: [qsTr("Buurt"), qsTr("Route"), qsTr("Verder"), qsTr("Gelijk"), qsTr("Gedaald")]
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        color: Theme.textMuted
                        font.bold: true
                    }
                }
                Repeater {
                    model: {
                        const cells = []
                        for (const r of (page.figures.ladder || []))
                            cells.push((page.neighbourhoods.find(n => n.id === r.neighbourhood) || {name: r.neighbourhood}).name,
                                       Format.routeName(r.route),
                                       String(r.up), String(r.stable), String(r.down))
                        return cells
                    }
                    delegate: Label {
                        required property string modelData
                        required property int index
                        objectName: "ladderCell_" + index
                        text: modelData
                        color: Theme.text
                    }
                }
            }
            // The same moves per route as stacked bars: up, the same, down.
            StaffStackedChart {
                id: ladderChart
                objectName: "ladderChart"
                visible: parent.rows.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.chartHeight
                // The routes with a move, in Meedoen's order.
                readonly property var routes: {
                    const present = []
                    for (const route of ["wonen", "leren", "werken", "vrije-tijd"]) {
                        if ((page.figures.ladder || []).some(r => r.route === route))
                            present.push(route)
                    }
                    return present
                }
                function sum(route: string, key: string): int {
                    let n = 0
                    for (const r of (page.figures.ladder || []))
                        n += r.route === route ? r[key] : 0
                    return n
                }
                name: qsTr("Treden per route")
                labels: ladderChart.routes.map(route => Format.routeName(route))
                series: [
                    {name: qsTr("Verder"), color: Theme.success, values: ladderChart.routes.map(r => ladderChart.sum(r, "up"))},
                    {name: qsTr("Gelijk"), color: Theme.chartBarSecondary, values: ladderChart.routes.map(r => ladderChart.sum(r, "stable"))},
                    {name: qsTr("Gedaald"), color: Theme.danger, values: ladderChart.routes.map(r => ladderChart.sum(r, "down"))}
                ]
            }
        }
        // Social return (core/socialreturn.h): each supplier's obligation at this site and how
        // far the placements on its opportunities fulfil it.
        ColumnLayout {
            objectName: "socialReturn"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            readonly property var obligations: {
                StaffSession.revision
                return page.visible ? StaffResults.socialReturn(page.site) : []
            }
            visible: obligations.length > 0
            Label {
                Layout.fillWidth: true
                text: qsTr("Social return van leveranciers")
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: parent.obligations
                delegate: ColumnLayout {
                    id: obligation
                    required property var modelData
                    objectName: "obligation"
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 4
                    Accessible.role: Accessible.Grouping
                    Accessible.name: obligationTitle.text + ". " + obligationFigures.text
                    Label {
                        id: obligationTitle
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: qsTr("%1 · %2 · %3").arg(Format.isolated(obligation.modelData.supplier))
                              .arg(Format.isolated(obligation.modelData.contract)).arg(obligation.modelData.pso)
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.fontBody
                            color: Theme.surfaceMuted
                            radius: Theme.radius / 3
                            Rectangle {
                                // From the reading side: the right in Arabic (LayoutMirroring).
                                anchors.left: parent.left
                                width: parent.width * Math.min(1, Math.max(0, obligation.modelData.fulfilled))
                                height: parent.height
                                radius: parent.radius
                                color: obligation.modelData.fulfilled >= 1 ? Theme.success : Theme.chartBar
                            }
                        }
                        Label {
                            objectName: "obligationPercent"
                            text: Format.ltr(obligation.modelData.fulfilledText)
                            color: Theme.text
                            font.bold: true
                        }
                    }
                    Label {
                        id: obligationFigures
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: qsTr("%1 van %2 gerealiseerd met %n plaatsing(en); %3 %4, %5.", "", obligation.modelData.placements)
                              .arg(Format.ltr(obligation.modelData.achieved)).arg(Format.ltr(obligation.modelData.required))
                              .arg(Format.ltr(obligation.modelData.share)).arg(obligation.modelData.basis)
                              .arg(Format.isolated(obligation.modelData.term))
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        // Key figures.
        Flow {
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // takes the width it is given (see StaffChoiceRow: no polish loop)
            spacing: Theme.spacing
            Repeater {
                model: [
                    {label: qsTr("Actieve vrijwilligers"), value: page.figures.activeVolunteers},
                    {label: qsTr("Uren"), value: Math.round(page.figures.hours || 0)},
                    {label: qsTr("Trajecten gestart"), value: page.figures.trainingStarted},
                    {label: qsTr("Afgerond"), value: page.figures.trainingCompleted},
                    {label: qsTr("Uitgevallen"), value: page.figures.trainingDroppedOut}
                ]
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    width: Theme.staffRailWidth * 0.75
                    height: tileColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    Accessible.role: Accessible.StaticText
                    Accessible.name: tile.modelData.label + ": " + tile.modelData.value
                    ColumnLayout {
                        id: tileColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 0
                        Label {
                            text: String(tile.modelData.value || 0)
                            color: Theme.primary
                            font.pixelSize: Theme.fontHero
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            text: tile.modelData.label
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }

        StaffChoiceRow {
            Layout.fillWidth: true
            label: qsTr("Locatie")
            options: [{value: "", text: qsTr("Alle")}, ...page.sites.map(s => ({value: s.id, text: s.name}))]
            value: page.site
            onValueChanged: page.site = value
        }
        StaffChoiceRow {
            Layout.fillWidth: true
            label: qsTr("Wijk")
            options: [{value: "", text: qsTr("Alle")}, ...page.neighbourhoods.map(n => ({value: n.id, text: n.name}))]
            value: page.neighbourhood
            onValueChanged: page.neighbourhood = value
        }
        StaffChoiceRow {
            Layout.fillWidth: true
            label: qsTr("Route")
            options: [{value: "", text: qsTr("Alle")}, {value: "wonen", text: Format.routeName("wonen")},
                      {value: "leren", text: Format.routeName("leren")}, {value: "werken", text: Format.routeName("werken")},
                      {value: "vrije-tijd", text: Format.routeName("vrije-tijd")}]
            value: page.route
            onValueChanged: page.route = value
        }

        // Goals (core/goals.h): each one's progress against the straight line to its target,
        // its status in words and the forecast at the period's end.
        RowLayout {
            id: goalsHeader
            Layout.fillWidth: true
            spacing: Theme.spacing
            StaffSectionTitle {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: qsTr("Doelen")
            }
            ActionButton {
                objectName: "addGoalButton"
                size: ActionButton.Compact
                variant: ActionButton.Quiet
                visible: page.may.goals === true && !page.editingGoal
                text: qsTr("Doel toevoegen")
                onClicked: page.newGoal()
            }
        }
        StaffGoalForm {
            id: goalForm
            objectName: "goalForm"
            visible: page.editingGoal
            Layout.fillWidth: true
            neighbourhoods: page.neighbourhoods
            onDone: page.editingGoal = false
        }
        Label {
            objectName: "noGoals"
            visible: page.goals.length === 0
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            text: qsTr("Er zijn nog geen doelen voor deze keuze.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Repeater {
            model: page.goals
            delegate: Rectangle {
                id: goalCard
                required property var modelData
                readonly property var goal: goalCard.modelData
                property bool confirmingRemoval: false
                readonly property var locale: Qt.locale(AppContext.localeName)
                // A number or date inside a sentence: left to right, also in Arabic.
                function number(value: real): string {
                    return Format.ltr(Number(value).toLocaleString(goalCard.locale, "f", Math.abs(value % 1) < 0.05 ? 0 : 1))
                }
                function day(iso: string): string {
                    return Format.isolated(Format.day(iso))
                }
                objectName: "goalCard"
                Layout.fillWidth: true
                implicitHeight: goalColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                Accessible.role: Accessible.Grouping
                Accessible.name: goalTitle.text
                ColumnLayout {
                    id: goalColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: goalCard.width - 2 * Theme.spacing
                    spacing: Theme.spacing / 2
                    Label {
                        id: goalTitle
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: qsTr("%1 · %2 · %3 · %4").arg(goalCard.goal.measureName).arg(goalCard.goal.neighbourhoodName)
                              .arg(goalCard.goal.route.length > 0 ? Format.routeName(goalCard.goal.route) : qsTr("alle routes"))
                              .arg(goalCard.goal.period === "quarter"
                                   ? qsTr("kwartaal %1 van %2").arg(goalCard.goal.quarter).arg(goalCard.goal.year)
                                   : qsTr("jaar %1").arg(goalCard.goal.year))
                        color: Theme.text
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "goalStatus"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: goalCard.goal.statusText
                        color: goalCard.goal.status === "behind" || goalCard.goal.status === "missed" ? Theme.danger
                             : goalCard.goal.status === "ahead" || goalCard.goal.status === "reached" ? Theme.success
                             : Theme.primary
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Label {
                        objectName: "goalForecast"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: goalCard.goal.status === "not-started"
                              ? qsTr("Doel %1. Begint op %2.").arg(goalCard.number(goalCard.goal.target)).arg(goalCard.day(goalCard.goal.start))
                              : goalCard.goal.status === "missed" || (goalCard.goal.status === "reached" && goalCard.goal.planned >= goalCard.goal.target)
                                ? qsTr("%1 van %2 gehaald in de periode tot %3.").arg(goalCard.number(goalCard.goal.value))
                                  .arg(goalCard.number(goalCard.goal.target)).arg(goalCard.day(goalCard.goal.end))
                                : qsTr("%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.")
                                  .arg(goalCard.number(goalCard.goal.value)).arg(goalCard.number(goalCard.goal.target))
                                  .arg(goalCard.number(goalCard.goal.planned)).arg(goalCard.day(goalCard.goal.end))
                                  .arg(goalCard.number(goalCard.goal.forecast))
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    StaffGoalChart {
                        objectName: "goalChart"
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight
                        goal: goalCard.goal
                    }
                    RowLayout {
                        visible: page.may.goals === true
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ActionButton {
                            objectName: "editGoalButton"
                            visible: !goalCard.confirmingRemoval
                            size: ActionButton.Compact
                            variant: ActionButton.Quiet
                            text: qsTr("Wijzigen")
                            Accessible.name: qsTr("Wijzigen: %1").arg(goalTitle.text)
                            onClicked: page.editGoal(goalCard.goal.goalId)
                        }
                        ActionButton {
                            objectName: "removeGoalButton"
                            visible: !goalCard.confirmingRemoval
                            size: ActionButton.Compact
                            variant: ActionButton.Quiet
                            text: qsTr("Verwijderen")
                            Accessible.name: qsTr("Verwijderen: %1").arg(goalTitle.text)
                            onClicked: goalCard.confirmingRemoval = true
                        }
                        Label {
                            visible: goalCard.confirmingRemoval
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            text: qsTr("Dit doel verwijderen?")
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        ActionButton {
                            objectName: "confirmRemoveGoalButton"
                            visible: goalCard.confirmingRemoval
                            size: ActionButton.Compact
                            variant: ActionButton.Danger
                            text: qsTr("Ja, verwijderen")
                            onClicked: StaffResults.removeGoal(goalCard.goal.goalId)
                        }
                        ActionButton {
                            visible: goalCard.confirmingRemoval
                            size: ActionButton.Compact
                            variant: ActionButton.Quiet
                            text: qsTr("Nee")
                            onClicked: goalCard.confirmingRemoval = false
                        }
                    }
                }
            }
        }

        GridLayout {
            id: monthCharts
            Layout.fillWidth: true
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.padding
            rowSpacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: qsTr("Uren per maand")
                color: Theme.text
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                visible: page.width > page.height
                text: qsTr("Actieve vrijwilligers per maand")
                color: Theme.text
                font.bold: true
            }
            StaffMonthChart {
                objectName: "hoursChart"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.chartHeight
                name: qsTr("Uren per maand")
                labels: page.months.map(m => Format.monthShort(m.month))
                // Whole hours: the bars' own labels cannot follow the app's language for a decimal.
                values: page.months.map(m => Math.round(m.hours))
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                visible: page.width <= page.height
                text: qsTr("Actieve vrijwilligers per maand")
                color: Theme.text
                font.bold: true
            }
            StaffMonthChart {
                objectName: "volunteersChart"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.chartHeight
                name: qsTr("Actieve vrijwilligers per maand")
                barColor: Theme.chartBarSecondary
                labels: page.months.map(m => Format.monthShort(m.month))
                values: page.months.map(m => m.activeVolunteers)
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Bezetting en wachtlijst per activiteit")
            color: Theme.text
            font.bold: true
        }
        Repeater {
            model: page.opportunities.filter(o => o.confirmed > 0 || o.waitlistLength > 0 || o.capacity > 0)
            delegate: RowLayout {
                id: bar
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacing
                Accessible.role: Accessible.StaticText
                Accessible.name: barLabel.text
                Label {
                    id: barLabel
                    Layout.preferredWidth: Theme.staffListWidth
                    text: bar.modelData.capacity > 0
                          ? qsTr("%1: %2 van %3, wachtlijst %4").arg(bar.modelData.title).arg(bar.modelData.confirmed)
                            .arg(bar.modelData.capacity).arg(bar.modelData.waitlistLength)
                          : qsTr("%1: %2 (onbeperkt), wachtlijst %3").arg(bar.modelData.title).arg(bar.modelData.confirmed)
                            .arg(bar.modelData.waitlistLength)
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    // The whole title and the counts, on two lines if need be.
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.fontBody
                    color: Theme.surfaceMuted
                    radius: Theme.radius / 3
                    Rectangle {
                        width: parent.width * Math.min(1, Math.max(0, bar.modelData.fillRate))
                        height: parent.height
                        radius: parent.radius
                        color: Theme.chartBar
                    }
                }
                Label {
                    text: bar.modelData.waitlistLength > 0 ? qsTr("+%1").arg(bar.modelData.waitlistLength) : ""
                    color: Theme.chartWaitlist
                    font.bold: true
                    Layout.preferredWidth: Theme.minimumTouchTarget
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            visible: text.length > 0
            text: StaffSession.message
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }

    StaffPinDialog {
        id: exportDialog
        parent: T.Overlay.overlay
        title: page.exportKind === "results" ? qsTr("Cijfers exporteren") : qsTr("Besluiten exporteren")
        explanation: qsTr("Het bestand verlaat de beveiligde app. Bevestig met uw pincode.")
        actionText: qsTr("Exporteren")
        onConfirmed: pin => {
            const path = page.exportKind === "results"
                ? StaffResults.exportResults(pin, page.site, page.neighbourhood, page.route)
                : StaffResults.exportDecisions(pin)
            if (path.length > 0)
                exportDialog.close()
        }
    }
}
