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
        onSignupRequested: opportunityId => shell.startSignup(opportunityId)
        onRouteChosen: returning => shell.chooseRoute(returning)
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
    // "Aanmelden" on a detail page.
    function startSignup(opportunityId: string) {
        AppContext.registration.begin(opportunityId)
        if (AppContext.registration.knownTenant) {
            shell.chooseRoute(false)
            return
        }
        stack.push(signupStartPage, {shell: nav})
    }
    // Returning tenant (personal code) or new one (registration).
    function chooseRoute(returning: bool) {
        AppContext.registration.returning = returning
        let s = []
        if (!AppContext.registration.knownTenant)
            s = returning ? ["identify"] : ["name", "contact", "address", "birth", "interests", "availability", "consent"]
        if (AppContext.registration.training)
            s.push("training")
        s.push("confirm")
        shell.steps = s
        shell.pushStep(0)
    }
    function pushStep(index: int) {
        const name = shell.steps[index]
        const component = stepComponents[name]
        stack.push(component, {shell: nav, stepIndex: index})
    }
    function nextStep(fromIndex: int) {
        if (fromIndex + 1 < shell.steps.length)
            shell.pushStep(fromIndex + 1)
    }
    function submit() {
        if (AppContext.registration.submit())
            stack.push(receiptPage, {shell: nav})
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
    }
    // A tenant is done, or walked away: nothing of them stays. Pages (and every field on
    // them) are destroyed, models and the form forget, clipboard and keyboard are cleared.
    function resetSession() {
        stack.clear(StackView.Immediate)
        AppContext.endSession()
        stack.push(homeComponent(), {}, StackView.Immediate)
        shell.steps = []
    }
    function finish() {
        if (shell.kiosk)
            shell.resetSession()
        else
            stack.pop(null)
    }
    function homeComponent(): Component {
        return shell.mode === "phone" ? phoneHome : shell.mode === "staff" ? staffHome : kioskHome
    }

    readonly property var stepComponents: ({
        name: registerNamePage, contact: registerContactPage, address: registerAddressPage,
        birth: registerBirthPage, interests: registerInterestsPage, availability: registerAvailabilityPage,
        consent: consentPage, identify: identifyPage, training: trainingPage, confirm: confirmPage
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
    Component.onCompleted: AppContext.session.running = shell.kiosk

    IdleOverlay {
        id: idleOverlay
        parent: shell
        anchors.fill: parent
        visible: shell.kiosk && AppContext.session.warning
    }

    StaffExit {
        visible: shell.kiosk
        anchors.fill: parent
    }

    Component { id: kioskHome; KioskHomePage { shell: nav } }
    Component { id: phoneHome; PhoneHomePage { shell: nav } }
    Component { id: staffHome; StaffHomePage {} }
    Component { id: cataloguePage; CataloguePage {} }
    Component { id: detailPage; OpportunityPage {} }
    Component { id: signupStartPage; SignupStartPage {} }
    Component { id: identifyPage; IdentifyPage {} }
    Component { id: registerNamePage; RegisterNamePage {} }
    Component { id: registerContactPage; RegisterContactPage {} }
    Component { id: registerAddressPage; RegisterAddressPage {} }
    Component { id: registerBirthPage; RegisterBirthPage {} }
    Component { id: registerInterestsPage; RegisterInterestsPage {} }
    Component { id: registerAvailabilityPage; RegisterAvailabilityPage {} }
    Component { id: consentPage; ConsentPage {} }
    Component { id: trainingPage; TrainingPage {} }
    Component { id: confirmPage; ConfirmPage {} }
    Component { id: receiptPage; ReceiptPage {} }
    Component { id: mySignupsPage; MySignupsPage {} }
}
