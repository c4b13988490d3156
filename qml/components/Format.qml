// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQml
import Meedoen

// Words and numbers as a tenant reads them, in the chosen language.
QtObject {
    // Metres → "350 m" or "2,4 km"; "" without a distance.
    function distance(metres: real): string {
        if (metres < 0)
            return ""
        const locale = Qt.locale(AppContext.localeName)
        if (metres < 1000)
            return qsTr("%1 m").arg(Math.max(10, Math.round(metres / 10) * 10))
        const km = metres / 1000
        return qsTr("%1 km").arg(Number(km).toLocaleString(locale, "f", km < 10 ? 1 : 0))
    }

    // A phone number, postcode or code inside a sentence: always left to right, also in
    // Arabic ("06 12345678" would otherwise read "12345678 06"), by Unicode's isolates.
    function ltr(text: string): string {
        // By code point: a literal isolate in the source would be an unpaired control character.
        return text.length > 0 ? String.fromCodePoint(0x2066) + text + String.fromCodePoint(0x2069) : ""
    }

    // Words of either direction inside a sentence (a Dutch title in an Arabic line): they keep
    // their own order, by Unicode's first-strong isolate.
    function isolated(text: string): string {
        return text.length > 0 ? String.fromCodePoint(0x2068) + text + String.fromCodePoint(0x2069) : ""
    }

    // Items one after another: "koken, tuinieren" — with the Arabic comma in Arabic.
    function list(items: var): string {
        return items.join(AppContext.language === "ar" ? "\u060C " : ", ")
    }

    function placesLeft(capacity: int, left: int, full: bool): string {
        if (capacity <= 0)
            return qsTr("Plek genoeg")
        if (full)
            return qsTr("Vol — wachtlijst")
        return qsTr("Nog %n plek(ken)", "", left)
    }

    function kindName(kind: string): string {
        switch (kind) {
        case "volunteer": return qsTr("Vrijwilligerswerk")
        case "self-management": return qsTr("Zelfbeheer")
        case "training": return qsTr("Leren en werken")
        }
        return ""
    }

    function routeName(route: string): string {
        switch (route) {
        case "wonen": return qsTr("Wonen")
        case "leren": return qsTr("Leren")
        case "werken": return qsTr("Werken")
        case "vrije-tijd": return qsTr("Vrije tijd")
        }
        return ""
    }

    function date(value: date): string {
        if (!value || isNaN(value.getTime()))
            return ""
        return value.toLocaleDateString(Qt.locale(AppContext.localeName), Locale.LongFormat)
    }

    // A month and its year: "december 2026".
    function month(value: date): string {
        if (!value || isNaN(value.getTime()))
            return ""
        return value.toLocaleDateString(Qt.locale(AppContext.localeName), "MMMM yyyy")
    }

    // A month as the wire writes it ("2026-11"), short in the chosen language: "nov '26".
    function monthShort(key: string): string {
        const name = Qt.locale(AppContext.localeName).standaloneMonthName(parseInt(key.slice(5), 10) - 1, Locale.ShortFormat)
        return name + " '" + key.slice(2, 4)
    }

    // A day as the wire writes it ("2026-12-03"), short in the chosen language: "3-12-2026".
    function day(iso: string): string {
        const parts = iso.split("-").map(Number)
        if (parts.length !== 3 || parts.some(isNaN))
            return iso
        return new Date(parts[0], parts[1] - 1, parts[2]).toLocaleDateString(Qt.locale(AppContext.localeName),
                                                                                Locale.ShortFormat)
    }

    // A moment (an ISO time from the wire or a date), short: "3-12-2026 14:05".
    function moment(value: var): string {
        const d = value instanceof Date ? value : new Date(value)
        if (isNaN(d.getTime()))
            return ""
        return d.toLocaleString(Qt.locale(AppContext.localeName), Locale.ShortFormat)
    }

    // Since when something is so, in words and the app's language, as of `now`: "sinds vandaag
    // 09:30", "sinds gisteren 14:05", "sinds dinsdag 08:10" (this week), "sinds 3-12-2026".
    function since(value: var, now: var): string {
        const d = value instanceof Date ? value : new Date(value)
        const today = now instanceof Date ? now : new Date()
        if (isNaN(d.getTime()))
            return ""
        const locale = Qt.locale(AppContext.localeName)
        const time = d.toLocaleTimeString(locale, Locale.ShortFormat)
        const startOf = day => new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime()
        const days = Math.round((startOf(today) - startOf(d)) / 86400000)
        if (days <= 0)
            return qsTr("sinds vandaag %1").arg(time)
        if (days === 1)
            return qsTr("sinds gisteren %1").arg(time)
        if (days < 7)
            return qsTr("sinds %1 %2").arg(locale.dayName(d.getDay(), Locale.LongFormat)).arg(time)
        return qsTr("sinds %1").arg(d.toLocaleDateString(locale, Locale.ShortFormat))
    }

    // Minutes as hours with one decimal: "1,5 uur".
    function hours(minutes: int): string {
        return qsTr("%1 uur").arg(Number(minutes / 60).toLocaleString(Qt.locale(AppContext.localeName), "f", 1))
    }

    // The state of a sign-up in a few words, for staff lists. A tenant reads the full
    // sentence (the sign-up models' statusText, from SignupStatusText in C++).
    function signupState(state: string, position: int): string {
        switch (state) {
        case "queued": return qsTr("Wacht op verzenden")
        case "sent": return qsTr("Verstuurd — we laten het je weten")
        case "pending": return qsTr("Wacht op beoordeling")
        case "confirmed": return qsTr("Je bent aangenomen")
        case "waitlisted": return position > 0 ? qsTr("Op de wachtlijst: nummer %1").arg(position)
                                               : qsTr("Op de wachtlijst")
        case "declined": return qsTr("Niet gelukt")
        case "withdrawn": return qsTr("Afgemeld")
        }
        return ""
    }
}
