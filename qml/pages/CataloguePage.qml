// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Meedoen
import Meedoen.Ui

// The catalogue: type to search, filter by kind, route and neighbourhood, nearest first.
Page {
    id: page

    title: AppContext.catalogue.kind.length > 0 ? Format.kindName(AppContext.catalogue.kind) : qsTr("Alle activiteiten")
    Accessible.name: page.title
    A11y.role: Accessible.Pane
    objectName: "cataloguePage"
    required property Navigation shell
    property bool filtersOpen: !Theme.isPhone
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: page.title
            readText: foundLabel.text + ". " + originLabel.text
            onBack: page.shell.back()
        }
        Label {
            id: originLabel
            objectName: "originLabel"
            // A kiosk measures from its site; a phone from its tenant (position or postcode).
            readonly property int source: AppContext.mode === "phone" ? AppContext.location.source : TenantLocation.None
            Layout.fillWidth: true
            visible: text.length > 0
            text: source === TenantLocation.Position ? qsTr("Dichtbij jou staat bovenaan.")
                : source === TenantLocation.PostcodeArea ? qsTr("Dichtbij postcode %1 staat bovenaan.").arg(AppContext.location.postcodeArea)
                : AppContext.mode !== "phone" && AppContext.siteName.length > 0 ? qsTr("Dichtbij %1 staat bovenaan.").arg(AppContext.siteName)
                : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        SearchField {
            objectName: "searchField"
            Layout.fillWidth: true
            text: AppContext.catalogue.searchText
            onTextEdited: AppContext.catalogue.searchText = text
        }
        ActionButton {
            objectName: "filtersButton"
            variant: ActionButton.Secondary
            visible: Theme.isPhone
            text: page.filtersOpen ? qsTr("Filters verbergen") : qsTr("Filters")
            onClicked: page.filtersOpen = !page.filtersOpen
        }
        ColumnLayout {
            objectName: "filters"
            Layout.fillWidth: true
            visible: page.filtersOpen
            spacing: Theme.spacing
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Soort")
                Repeater {
                    model: ["", "volunteer", "self-management", "training"]
                    delegate: ChoiceChip {
                        required property string modelData
                        objectName: "kind_" + (modelData || "all")
                        iconName: modelData.length > 0 ? "kind-" + modelData : ""
                        text: modelData.length > 0 ? Format.kindName(modelData) : qsTr("Alles")
                        checked: AppContext.catalogue.kind === modelData
                        onClicked: AppContext.catalogue.kind = modelData
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Route")
                Repeater {
                    model: ["wonen", "leren", "werken", "vrije-tijd"]
                    delegate: ChoiceChip {
                        required property string modelData
                        objectName: "route_" + modelData
                        iconName: "route-" + modelData
                        tint: Theme.routeColor(modelData)
                        iconColor: tint
                        text: Format.routeName(modelData)
                        checked: AppContext.catalogue.route === modelData
                        onClicked: AppContext.catalogue.route = checked ? "" : modelData
                    }
                }
            }
            ComboBox {
                id: neighbourhood
                objectName: "neighbourhoodFilter"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.contentMaxWidth
                implicitHeight: Theme.minimumTouchTarget
                font.pixelSize: Theme.fontBody
                textRole: "name"
                valueRole: "id"
                readonly property var neighbourhoods: AppContext.neighbourhoods
                readonly property var all: [{id: "", name: qsTr("Alle buurten")}]
                model: neighbourhood.all.concat(
                           neighbourhood.neighbourhoods.map(n => ({id: n.id, name: n.name + " (" + n.city + ")"})))
                currentIndex: Math.max(0, neighbourhood.indexOfValue(AppContext.catalogue.neighbourhood))
                onActivated: AppContext.catalogue.neighbourhood = neighbourhood.currentValue
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Buurt")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                id: foundLabel
                Layout.fillWidth: true
                text: qsTr("%n gevonden", "", AppContext.catalogue.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            // A kiosk lists what is near its site; further away is one tap.
            ActionButton {
                objectName: "farAwayButton"
                visible: AppContext.catalogue.farAwayCount > 0
                variant: ActionButton.Secondary
                text: AppContext.catalogue.showFarAway ? qsTr("Alleen dichtbij")
                      : qsTr("Ook verder weg (%1)").arg(AppContext.catalogue.farAwayCount)
                onClicked: AppContext.catalogue.showFarAway = !AppContext.catalogue.showFarAway
            }
        }
        CatalogueList {
            objectName: "catalogueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            onOpportunityChosen: opportunityId => page.shell.openDetail(opportunityId)
        }
    }
}
