// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The period report per neighbourhood (StaffReport): chosen by neighbourhood and period, read
// here as it will be printed, and saved as a PDF in the export folder by whoever may export
// (PIN asked again: the file leaves the app). The same figures as the dashboard, from the
// tablet's own copy. The SROI input sheet of the same neighbourhood and period goes to the
// accountant as an Excel workbook (with the obligations and the proxies' sources) or as CSV.
Flickable {
    id: page
    // What the unlocked staff member's roles allow here (StaffSession.allowed; untyped: the
    // linter of Qt 6.4 knows no keys of a QVariantMap).
    readonly property var may: StaffSession.allowed

    property string neighbourhood: ""
    property string periodKey: "quarter"
    // What the PIN dialog saves: "pdf", "xlsx" or "csv".
    property string saving: "pdf"
    readonly property var neighbourhoods: {
        StaffSession.revision
        return StaffResults.neighbourhoods()
    }
    // Read again after each pull and when the app's language changes (the words and months
    // are made in C++, in the language of the moment).
    readonly property var periods: {
        StaffSession.revision
        AppContext.localeName
        return StaffResults.reportPeriods()
    }
    readonly property var period: page.periods.find(p => p.key === page.periodKey) || page.periods[0] || ({})
    readonly property var report: {
        StaffSession.revision
        AppContext.localeName
        if (!page.visible || !page.period.from)
            return ({})
        return StaffResults.reportPreview("", page.neighbourhood, page.period.from, page.period.to)
    }

    // Scrolls to the report's part `index` (the tour: the goals and partners further down).
    function showPart(index: int) {
        const part = tables.itemAt(index)
        if (part)
            page.contentY = Math.min(part.mapToItem(column, 0, 0).y, Math.max(0, page.contentHeight - page.height))
    }

    clip: true
    contentHeight: column.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        width: page.width
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            StaffSectionTitle {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: qsTr("Verslag per buurt")
            }
            ActionButton {
                objectName: "saveReportButton"
                size: ActionButton.Compact
                visible: page.may.exports === true
                text: qsTr("Opslaan als PDF")
                onClicked: {
                    page.saving = "pdf"
                    saveDialog.open()
                }
            }
        }
        RowLayout {
            visible: page.may.exports === true
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                text: qsTr("SROI-invoer voor de accountant")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            ActionButton {
                objectName: "saveSroiXlsxButton"
                size: ActionButton.Compact
                variant: ActionButton.Quiet
                text: qsTr("Opslaan als Excel")
                onClicked: {
                    page.saving = "xlsx"
                    saveDialog.open()
                }
            }
            ActionButton {
                objectName: "saveSroiCsvButton"
                size: ActionButton.Compact
                variant: ActionButton.Quiet
                text: qsTr("Opslaan als CSV")
                onClicked: {
                    page.saving = "csv"
                    saveDialog.open()
                }
            }
        }
        StaffChoiceRow {
            Layout.fillWidth: true
            label: qsTr("Wijk")
            options: [{value: "", text: qsTr("Alle")}, ...page.neighbourhoods.map(n => ({value: n.id, text: n.name}))]
            value: page.neighbourhood
            onValueChanged: page.neighbourhood = value
        }
        StaffChoiceRow {
            objectName: "reportPeriods"
            Layout.fillWidth: true
            label: qsTr("Periode")
            options: page.periods.map(p => ({value: p.key, text: qsTr("%1 (%2)").arg(p.title).arg(p.range)}))
            value: page.periodKey
            onValueChanged: page.periodKey = value
        }

        // The report as it will be printed: its title and lines, then each table.
        Rectangle {
            objectName: "reportPreview"
            Layout.fillWidth: true
            implicitHeight: sheet.implicitHeight + 2 * Theme.padding
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: sheet
                x: Theme.padding
                y: Theme.padding
                width: parent.width - 2 * Theme.padding
                spacing: Theme.spacing / 2

                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    text: page.report.title || ""
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                    A11y.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    model: page.report.lines || []
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        text: modelData
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                Repeater {
                    id: tables
                    model: page.report.tables || []
                    delegate: ColumnLayout {
                        id: table
                        required property var modelData
                        readonly property var headers: table.modelData.headers
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        spacing: Theme.spacing / 2
                        StaffSectionTitle {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            text: table.modelData.title
                        }
                        Label {
                            visible: table.modelData.rowCount === 0
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            text: table.modelData.whenEmpty
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        GridLayout {
                            objectName: "reportTable"
                            visible: table.modelData.rowCount > 0
                            Layout.fillWidth: true
                            columns: table.headers.length
                            columnSpacing: Theme.spacing
                            rowSpacing: Theme.spacing / 4
                            Repeater {
                                model: table.headers
                                delegate: Label {
                                    required property string modelData
                                    required property int index
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: index === 0 ? 2 : 1
                                    text: modelData
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    // Whole words: a long one ("vrijwilligers") in a narrow
                                    // column is set smaller, never broken.
                                    wrapMode: Text.WordWrap
                                    fontSizeMode: Text.HorizontalFit
                                    minimumPixelSize: Math.round(Theme.fontSmall * 0.6)
                                    horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignHCenter
                                }
                            }
                            Repeater {
                                // The rows' cells one after the other: the grid wraps them.
                                model: table.modelData.cells
                                delegate: Label {
                                    required property string modelData
                                    required property int index
                                    readonly property int column: index % table.headers.length
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: column === 0 ? 2 : 1
                                    // A row's cells start on its first line, however many
                                    // lines its name wraps to.
                                    Layout.alignment: Qt.AlignTop
                                    text: modelData
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                    // The row's name wraps at its words; a figure too wide for
                                    // its column is set smaller, never broken.
                                    fontSizeMode: column === 0 ? Text.FixedSize : Text.HorizontalFit
                                    minimumPixelSize: Math.round(Theme.fontBody * 0.6)
                                    horizontalAlignment: column === 0 ? Text.AlignLeft : Text.AlignHCenter
                                    Accessible.role: Accessible.Cell
                                    Accessible.name: table.headers[column] + ": " + modelData
                                }
                            }
                        }
                        Label {
                            visible: table.modelData.note.length > 0 && table.modelData.rowCount > 0
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            text: table.modelData.note
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                    }
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
        id: saveDialog
        parent: T.Overlay.overlay
        title: page.saving === "pdf" ? qsTr("Verslag opslaan") : qsTr("SROI-invoer opslaan")
        explanation: qsTr("Het bestand verlaat de beveiligde app. Bevestig met uw pincode.")
        actionText: qsTr("Opslaan")
        onConfirmed: pin => {
            const path = page.saving === "pdf"
                ? StaffResults.exportReport(pin, "", page.neighbourhood, page.period.from, page.period.to)
                : StaffResults.exportSroi(pin, "", page.neighbourhood, page.period.from, page.period.to, page.saving)
            if (path.length > 0)
                saveDialog.close()
        }
    }
}
