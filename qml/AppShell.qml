// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Meedoen
import Meedoen.Ui

// Everything inside the window: the page stack, the way through a sign-up, and on a kiosk
// the idle warning, the full reset and the staff exit. Tests instantiate this at any size.
Item {
    id: shell

    // "kiosk", "phone" or "staff".
    required property string mode
    // Off in tests and the tour: pages appear at once.
    property bool animated: true
    readonly property bool kiosk: shell.mode === "kiosk"
    readonly property alias stack: stack
    readonly property Item currentPage: stack.currentItem
    // The steps of the sign-up under way, by name.
    property alias steps: nav.steps
    readonly property Navigation navigation: nav

    Navigation {
        id: nav
        onBackRequested: shell.back()
        onCatalogueRequested: kind => shell.openCatalogue(kind)
        onDetailRequested: opportunityId => shell.openDetail(opportunityId)
        onMySignupsRequested: shell.openMySignups()
        onHoursRequested: shell.openHours()
        onMyDataRequested: shell.openMyData()
        onInboxRequested: shell.openInbox()
        onStatusLookupRequested: shell.openStatusLookup()
        onLinkPhoneRequested: shell.openLinkPhone()
        onSignupRequested: (opportunityId, returning) => shell.startSignup(opportunityId, returning)
        onEditRequested: step => shell.editStep(step)
        onNextStepRequested: fromIndex => shell.nextStep(fromIndex)
        onSubmitRequested: shell.submit()
        onFinishRequested: shell.finish()
    }

    LayoutMirroring.enabled: AppContext.rightToLeft
    LayoutMirroring.childrenInherit: true

    function openCatalogue(kind: string) {
        AppContext.catalogue.kind = kind
        stack.push(cataloguePage, {shell: nav})
    }
    function openDetail(opportunityId: string) {
        stack.push(detailPage, {shell: nav, opportunityId: opportunityId})
    }
    function openMySignups() {
        stack.push(mySignupsPage, {shell: nav})
    }
    function openHours() {
        stack.push(phoneHoursPage, {shell: nav})
    }
    function openMyData() {
        stack.push(phoneMyDataPage, {shell: nav})
    }
    function openInbox() {
        stack.push(phoneInboxPage, {shell: nav})
    }
    // A kiosk: "Hoe staat mijn aanmelding ervoor?" — personal code and date of birth, then
    // the server's answer.
    function openStatusLookup() {
        AppContext.registration.reset()
        AppContext.kioskStatus.clear()
        AppContext.registration.returning = true
        shell.steps = ["identify", "status"]
        shell.pushStep(0)
    }
    function openLinkPhone() {
        stack.push(linkPhonePage, {shell: nav})
    }
    // The detail page's "Ik ben nieuw" / "Ik heb al een code" (or, for a tenant this phone
    // knows, "Aanmelden"): the first step of the sign-up follows at once.
    function startSignup(opportunityId: string, returning: bool) {
        AppContext.registration.begin(opportunityId)
        shell.chooseRoute(returning)
    }
    // Staff intake (AppContext.intake started): the kiosk's registration steps, then the
    // staff receipt.
    function startIntake() {
        shell.steps = ["name", "address", "interests", "availability", "consent", "confirm"]
        shell.pushStep(0)
    }
    // Returning tenant (personal code) or new one (registration). Every way ends in the
    // "Klopt dit?" summary (confirm).
    function chooseRoute(returning: bool) {
        AppContext.registration.returning = returning
        let s = []
        if (!AppContext.registration.knownTenant)
            s = returning ? ["identify"] : ["name", "address", "interests", "availability", "consent"]
        if (AppContext.registration.training)
            s.push("training")
        s.push("confirm")
        shell.steps = s
        nav.editing = false
        shell.pushStep(0)
    }
    function pushStep(index: int) {
        const name = shell.steps[index]
        stack.push(stepPages[name], {shell: nav, stepIndex: index})
    }
    function nextStep(fromIndex: int) {
        // A step changed from the summary lies on top of it: back there, not through the rest.
        if (nav.editing) {
            nav.editing = false
            stack.pop()
        } else if (fromIndex + 1 < shell.steps.length) {
            shell.pushStep(fromIndex + 1)
        }
    }
    // "Wijzig" on the summary: that step again, over the summary.
    function editStep(name: string) {
        const index = shell.steps.indexOf(name)
        if (index < 0)
            return
        nav.editing = true
        shell.pushStep(index)
    }
    function submit() {
        if (!AppContext.registration.submit())
            return
        if (AppContext.registration.intake) {
            // The form pages go; the staff receipt (now with this sign-up) is all that stays.
            stack.pop(null, StackView.Immediate)
            stack.push(intakeReceiptPage, {shell: nav})
            shell.steps = []
        } else {
            stack.push(receiptPage, {shell: nav})
        }
    }
    function back() {
        nav.editing = false
        // Backing out of an intake's first page (or its receipt) ends it: the tenant is forgotten.
        if (AppContext.registration.intake && stack.depth === 2)
            AppContext.intake.finish()
        else if (stack.depth > 1)
            stack.pop()
    }
    // A tenant is done, or walked away: nothing of them stays. Pages (and every field on
    // them) are destroyed, models and the form forget, clipboard and keyboard are cleared.
    function resetSession() {
        stack.clear(StackView.Immediate)
        AppContext.endSession()
        stack.push(homeComponent(), {}, StackView.Immediate)
        shell.steps = []
        nav.editing = false
    }
    function finish() {
        if (AppContext.registration.intake)
            AppContext.intake.finish()
        else if (shell.kiosk)
            shell.resetSession()
        else
            stack.pop(null)
    }
    function homeComponent(): Component {
        return shell.mode === "phone" ? phoneHome : shell.mode === "staff" ? staffHome : kioskHome
    }

    readonly property var stepPages: ({
        name: registerNamePage, address: registerAddressPage,
        interests: registerInterestsPage, availability: registerAvailabilityPage,
        consent: consentPage, identify: identifyPage, training: trainingPage, confirm: confirmPage,
        status: kioskStatusPage
    })

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: shell.homeComponent()
        pushEnter: shell.animated ? shell.fadeIn : null
        pushExit: shell.animated ? shell.fadeOut : null
        popEnter: shell.animated ? shell.fadeIn : null
        popExit: shell.animated ? shell.fadeOut : null
    }
    property Transition fadeIn: Transition {
        NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.transitionMs }
    }
    property Transition fadeOut: Transition {
        NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.transitionMs }
    }

    Connections {
        target: AppContext.session
        function onTimedOut() { shell.resetSession() }
    }
    // Staff intake: started from the workspace; over when staff finish or the tablet locks.
    Connections {
        target: AppContext.intake
        function onStarted() { shell.startIntake() }
        function onEnded() {
            stack.pop(null, StackView.Immediate)
            shell.steps = []
        }
    }
    Component.onCompleted: AppContext.session.running = shell.kiosk

    // Both kiosk-only layers are created when needed, not before the first frame: the
    // warning when it is due, the staff exit right after the first frame.
    Loader {
        anchors.fill: parent
        active: shell.kiosk && AppContext.session.warning
        source: "qrc:/Meedoen/Ui/components/IdleOverlay.qml"
    }
    Loader {
        anchors.fill: parent
        active: shell.kiosk && shell.firstFrameShown
        asynchronous: true
        source: "qrc:/Meedoen/Ui/components/StaffExit.qml"
    }
    // Night and nobody here: dark, above everything, until a touch.
    Loader {
        anchors.fill: parent
        active: shell.kiosk && AppContext.session.blanked
        source: "qrc:/Meedoen/Ui/components/NightScreen.qml"
    }
    // Set once the window has shown its first frame: what nobody sees or uses in it (the
    // staff exit, the on-screen keyboard) is read and made after it.
    property bool firstFrameShown: false
    Connections {
        target: shell.Window.window
        enabled: !shell.firstFrameShown
        function onFrameSwapped() { shell.firstFrameShown = true }
    }

    readonly property url cataloguePage: "qrc:/Meedoen/Ui/pages/CataloguePage.qml"
    readonly property url detailPage: "qrc:/Meedoen/Ui/pages/OpportunityPage.qml"
    readonly property url identifyPage: "qrc:/Meedoen/Ui/pages/IdentifyPage.qml"
    readonly property url registerNamePage: "qrc:/Meedoen/Ui/pages/RegisterNamePage.qml"
    readonly property url registerAddressPage: "qrc:/Meedoen/Ui/pages/RegisterAddressPage.qml"
    readonly property url registerInterestsPage: "qrc:/Meedoen/Ui/pages/RegisterInterestsPage.qml"
    readonly property url registerAvailabilityPage: "qrc:/Meedoen/Ui/pages/RegisterAvailabilityPage.qml"
    readonly property url consentPage: "qrc:/Meedoen/Ui/pages/ConsentPage.qml"
    readonly property url trainingPage: "qrc:/Meedoen/Ui/pages/TrainingPage.qml"
    readonly property url confirmPage: "qrc:/Meedoen/Ui/pages/ConfirmPage.qml"
    readonly property url receiptPage: "qrc:/Meedoen/Ui/pages/ReceiptPage.qml"
    readonly property url mySignupsPage: "qrc:/Meedoen/Ui/pages/MySignupsPage.qml"
    readonly property url intakeReceiptPage: "qrc:/Meedoen/Ui/staff/StaffIntakeReceiptPage.qml"
    readonly property url linkPhonePage: "qrc:/Meedoen/Ui/pages/LinkPhonePage.qml"
    readonly property url phoneHoursPage: "qrc:/Meedoen/Ui/phone/PhoneHoursPage.qml"
    readonly property url phoneMyDataPage: "qrc:/Meedoen/Ui/phone/PhoneMyDataPage.qml"
    readonly property url phoneInboxPage: "qrc:/Meedoen/Ui/phone/PhoneInboxPage.qml"
    readonly property url kioskStatusPage: "qrc:/Meedoen/Ui/kiosk/KioskStatusPage.qml"
    Component { id: kioskHome; KioskHomePage { shell: nav } }
    Component { id: phoneHome; PhoneHomePage { shell: nav } }
    // By URL: a kiosk or phone never loads the staff screens.
    Component { id: staffHome; Loader { source: "qrc:/Meedoen/Ui/staff/StaffHomePage.qml" } }
}
