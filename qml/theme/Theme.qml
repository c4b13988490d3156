// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Meedoen

// Every size, colour and font of the app. Sizes scale with the form factor: a kiosk is
// touched by a standing adult at arm's length, a phone by a thumb, a tablet by both.
QtObject {
    id: theme

    // "kiosk", "phone" or "staff": the app's mode from the start, so that no screen is first
    // laid out at another form factor's sizes and fonts (tests set it per case).
    property string formFactor: AppContext.mode
    readonly property bool isKiosk: formFactor === "kiosk"
    readonly property bool isPhone: formFactor === "phone"

    // Default window per form factor (kiosk portrait, phone, tablet landscape).
    readonly property int windowWidth: isKiosk ? 1080 : (isPhone ? 390 : 1280)
    readonly property int windowHeight: isKiosk ? 1920 : (isPhone ? 844 : 800)

    // Touch targets: 72 px on a kiosk, 48 px elsewhere, and no control smaller (the
    // screen-reader test, tests/a11y/, measures every one on every toured screen).
    readonly property int touchTarget: isKiosk ? 72 : 48
    readonly property int minimumTouchTarget: touchTarget

    readonly property real scale: isKiosk ? 1.6 : 1.0
    readonly property int spacing: Math.round(8 * scale)
    readonly property int padding: Math.round(16 * scale)
    readonly property int radius: Math.round(12 * scale)
    readonly property int borderWidth: Math.max(1, Math.round((highContrast ? 3 : 2) * scale))
    readonly property int focusWidth: Math.max(2, Math.round((highContrast ? 5 : 3) * scale))
    readonly property int contentMaxWidth: Math.round(900 * scale)
    // Two columns side by side (a kiosk in landscape).
    readonly property int contentWideMaxWidth: Math.round(1350 * scale)
    // Pictograms (Icon): beside a line of body text, beside a title or button, on a tile.
    readonly property int iconSmall: Math.round(20 * scale)
    readonly property int iconSize: Math.round(28 * scale)
    readonly property int iconLarge: Math.round(40 * scale)
    readonly property int qrSize: Math.round(200 * scale)
    readonly property int overlayWidth: Math.round(560 * scale)
    readonly property int cornerSize: Math.round(48 * scale)
    readonly property int staffHoldMs: 3000
    // None in the tour (--tour): each screenshot shows the screen as it stands, without waiting.
    readonly property int transitionMs: AppContext.tourDir.length > 0 ? 0 : 200
    readonly property int numberFieldWidth: Math.round(90 * scale)
    readonly property int yearFieldWidth: Math.round(120 * scale)
    readonly property int gridLabelWidth: Math.round(90 * scale)
    readonly property int motivationHeight: Math.round(160 * scale)
    // The sign-up's progress bar (PageHeader).
    readonly property int progressHeight: Math.round(14 * scale)
    // The five language chips (LanguageSwitch) side by side; narrower, they wrap.
    readonly property int languagesRowWidth: Math.round(520 * scale)

    // Type scale (pixel sizes, so the kiosk does not depend on the screen's DPI setting),
    // times the tenant's text size (AppContext.textScale, e.g. 1.5).
    readonly property real textScale: AppContext.textScale
    readonly property int fontSmall: Math.round(14 * scale * textScale)
    readonly property int fontBody: Math.round(17 * scale * textScale)
    readonly property int fontLarge: Math.round(21 * scale * textScale)
    readonly property int fontTitle: Math.round(28 * scale * textScale)
    readonly property int fontHero: Math.round(36 * scale * textScale)
    readonly property string fontFamily: "Noto Sans"

    // The tenant's choice (AppContext.highContrast): black text on white, darker colours,
    // black borders, and thicker borders and focus ring.
    readonly property bool highContrast: AppContext.highContrast

    // Colours, as a pair: the usual palette, then the high-contrast one. Every text colour
    // has a contrast of at least 4.5:1 on the background it is used on (7:1 in high
    // contrast), the focus ring, input borders and chart bars at least 3:1 (WCAG 2.1; checked
    // for every pair in both palettes in tests/qml/tst_theme.cpp).
    readonly property color background: highContrast ? "#FFFFFF" : "#F7F5F0"
    readonly property color surface: "#FFFFFF"
    readonly property color text: highContrast ? "#000000" : "#1B1B1F"
    readonly property color textMuted: highContrast ? "#262626" : "#4A4A52"
    readonly property color primary: highContrast ? "#003366" : "#0B5A7A"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color accent: highContrast ? "#7A2800" : "#B3471D"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color border: highContrast ? "#000000" : "#8A8A93"
    readonly property color focus: highContrast ? "#A3007A" : "#C38004"
    readonly property color danger: highContrast ? "#7A0000" : "#A8201A"
    readonly property color success: highContrast ? "#004014" : "#1F6B3A"
    readonly property color warning: highContrast ? "#4D3300" : "#7A5300"
    readonly property color surfaceMuted: highContrast ? "#EBEBEB" : "#ECE9E2"
    readonly property color scrim: highContrast ? "#E6000000" : "#CC1B1B1F"
    readonly property color pressed: highContrast ? "#D9D9D9" : "#E3E0D8"
    readonly property color qrDark: "#000000"
    readonly property color qrLight: "#FFFFFF"
    // The kiosk at night while nobody uses it (KioskSession.blanked): a dark screen, and the
    // dim words that say a touch wakes it.
    readonly property color nightScreen: "#000000"
    readonly property color nightText: "#9A9AA3"

    // One meaning per colour: a colour from this list always means a route, on chips, cards
    // and the detail page alike (white text on each; as a pictogram's colour at least 3:1 on
    // the page and cards). A kind is told apart by its pictogram and its word only, so the
    // kind tiles of the home pages share the primary colour. No route is green: green
    // (success) means there is room, beside the route on every card.
    readonly property color routeWonen: highContrast ? "#1A3D5C" : "#2F5D8A"
    readonly property color routeLeren: highContrast ? "#4A1F6B" : "#6A3D8F"
    readonly property color routeWerken: highContrast ? "#5C1447" : "#8E2C6E"
    readonly property color routeVrijeTijd: highContrast ? "#6B2400" : "#9A3B12"

    // The staff tablet (review lists beside their detail, charts, dialogs).
    readonly property int staffRailWidth: Math.round(210 * scale)
    readonly property int staffListWidth: Math.round(360 * scale)
    readonly property int staffDialogWidth: Math.round(600 * scale)
    readonly property int chartHeight: Math.round(220 * scale)
    readonly property int chartBarGap: Math.round(6 * scale)
    readonly property int chartAxisWidth: Math.max(1, Math.round(1 * scale))
    readonly property color chartBar: primary
    readonly property color chartBarSecondary: highContrast ? "#2E6A85" : "#5F95AD"
    readonly property color chartWaitlist: accent
    // Goal progress (Qt Charts): what was reached, the straight line to the target, the forecast.
    readonly property int chartLineWidth: Math.max(2, Math.round(3 * scale))
    readonly property color chartActual: primary
    readonly property color chartPlanned: textMuted
    readonly property color chartForecast: chartBarSecondary

    // The height of the language chips at this width, before they exist (AfterFirstFrame).
    function languageSwitchHeight(width: real): int {
        const rows = Math.max(1, Math.ceil(languagesRowWidth / Math.max(1, width)))
        return rows * minimumTouchTarget + (rows - 1) * spacing
    }

    function routeColor(route: string): color {
        switch (route) {
        case "wonen": return routeWonen
        case "leren": return routeLeren
        case "werken": return routeWerken
        case "vrije-tijd": return routeVrijeTijd
        }
        return primary
    }
}
