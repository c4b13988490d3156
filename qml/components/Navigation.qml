// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQml

// What a page may ask of the app shell. Pages know this small type instead of AppShell
// itself, which knows every page.
QtObject {
    id: nav

    // The steps of the sign-up under way, by name.
    property list<string> steps: []
    // A step opened from the summary ("Wijzig"): its "Volgende" goes straight back there.
    property bool editing: false

    signal backRequested()
    signal catalogueRequested(string kind)
    signal detailRequested(string opportunityId)
    signal mySignupsRequested()
    signal hoursRequested()
    signal myDataRequested()
    signal inboxRequested()
    signal statusLookupRequested()
    signal linkPhoneRequested()
    signal signupRequested(string opportunityId, bool returning)
    signal editRequested(string step)
    signal nextStepRequested(int fromIndex)
    signal submitRequested()
    signal finishRequested()

    function back() { nav.backRequested() }
    function openCatalogue(kind: string) { nav.catalogueRequested(kind) }
    function openDetail(opportunityId: string) { nav.detailRequested(opportunityId) }
    function openMySignups() { nav.mySignupsRequested() }
    function openHours() { nav.hoursRequested() }
    function openMyData() { nav.myDataRequested() }
    function openInbox() { nav.inboxRequested() }
    function openStatusLookup() { nav.statusLookupRequested() }
    function openLinkPhone() { nav.linkPhoneRequested() }
    // New tenant (returning false) or one with a personal code; a tenant this phone knows
    // skips identity either way.
    function startSignup(opportunityId: string, returning: bool) { nav.signupRequested(opportunityId, returning) }
    function editStep(step: string) { nav.editRequested(step) }
    function nextStep(fromIndex: int) { nav.nextStepRequested(fromIndex) }
    function submit() { nav.submitRequested() }
    function finish() { nav.finishRequested() }
    function stepText(index: int): string {
        return qsTr("Stap %1 van %2").arg(index + 1).arg(nav.steps.length)
    }
}
