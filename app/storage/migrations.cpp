// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// v1: the records a device keeps, and the outbox that carries them to the server.
const QList<QStringView> v1 = {
    uR"(CREATE TABLE neighbourhood (
        id   TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        city TEXT NOT NULL DEFAULT '')
    )",
    uR"(CREATE TABLE site (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        neighbourhood_id TEXT NOT NULL DEFAULT '',
        address         TEXT NOT NULL DEFAULT '',
        latitude        REAL NOT NULL DEFAULT 0,
        longitude       REAL NOT NULL DEFAULT 0)
    )",
    // num is the stable rowid the full-text index refers to (VACUUM keeps INTEGER PRIMARY KEYs).
    uR"(CREATE TABLE opportunity (
        num             INTEGER PRIMARY KEY,
        id              TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL CHECK (kind IN ('volunteer','self-management','training')),
        training_type   TEXT NOT NULL DEFAULT '',
        route           TEXT NOT NULL CHECK (route IN ('wonen','leren','werken','vrije-tijd')),
        status          TEXT NOT NULL DEFAULT 'open',
        title           TEXT NOT NULL,
        summary         TEXT NOT NULL DEFAULT '',
        description     TEXT NOT NULL DEFAULT '',
        neighbourhood_id TEXT NOT NULL DEFAULT '',
        site_id         TEXT NOT NULL DEFAULT '',
        organiser       TEXT NOT NULL DEFAULT '',
        organiser_role  TEXT NOT NULL DEFAULT '',
        schedule        TEXT NOT NULL DEFAULT '',
        start_date      TEXT NOT NULL DEFAULT '',
        end_date        TEXT NOT NULL DEFAULT '',
        capacity        INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
        places_taken    INTEGER NOT NULL DEFAULT 0 CHECK (places_taken >= 0),
        minimum_age     INTEGER NOT NULL DEFAULT 0,
        language_level  TEXT NOT NULL DEFAULT '',
        certificate     INTEGER NOT NULL DEFAULT 0,
        allowance       TEXT NOT NULL DEFAULT '',
        contact_name    TEXT NOT NULL DEFAULT '',
        contact_phone   TEXT NOT NULL DEFAULT '',
        contact_email   TEXT NOT NULL DEFAULT '',
        tags            TEXT NOT NULL DEFAULT '',
        version         INTEGER NOT NULL DEFAULT 0)
    )",
    u"CREATE INDEX opportunity_filter ON opportunity (kind, route, neighbourhood_id)",
    uR"(CREATE TABLE person (
        id              TEXT PRIMARY KEY,
        personal_code   TEXT UNIQUE,
        given_name      TEXT NOT NULL,
        family_name     TEXT NOT NULL,
        phone           TEXT NOT NULL DEFAULT '',
        email           TEXT NOT NULL DEFAULT '',
        postcode        TEXT NOT NULL DEFAULT '',
        house_number    INTEGER NOT NULL DEFAULT 0,
        house_addition  TEXT NOT NULL DEFAULT '',
        date_of_birth   TEXT NOT NULL,
        languages       TEXT NOT NULL DEFAULT '',
        interests       TEXT NOT NULL DEFAULT '',
        availability    INTEGER NOT NULL DEFAULT 0,
        neighbourhoods  TEXT NOT NULL DEFAULT '',
        tenant_number   TEXT NOT NULL DEFAULT '',
        ui_language     TEXT NOT NULL DEFAULT 'nl',
        created_at      TEXT NOT NULL)
    )",
    uR"(CREATE TABLE consent (
        id              INTEGER PRIMARY KEY,
        person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        purpose         TEXT NOT NULL,
        text_version    TEXT NOT NULL,
        given_at        TEXT NOT NULL,
        withdrawn_at    TEXT)
    )",
    u"CREATE INDEX consent_person ON consent (person_id)",
    uR"(CREATE TABLE signup (
        id              TEXT PRIMARY KEY,
        reference_code  TEXT NOT NULL UNIQUE,
        person_id       TEXT REFERENCES person(id) ON DELETE SET NULL,
        opportunity_id  TEXT NOT NULL,
        state           TEXT NOT NULL,
        waitlist_position INTEGER NOT NULL DEFAULT 0,
        decline_reason  TEXT NOT NULL DEFAULT '',
        motivation      TEXT NOT NULL DEFAULT '',
        preferred_start TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        server_version  INTEGER NOT NULL DEFAULT 0)
    )",
    u"CREATE INDEX signup_person ON signup (person_id)",
    uR"(CREATE TABLE hours_entry (
        id              TEXT PRIMARY KEY,
        person_id       TEXT REFERENCES person(id) ON DELETE CASCADE,
        opportunity_id  TEXT NOT NULL,
        date            TEXT NOT NULL,
        minutes         INTEGER NOT NULL CHECK (minutes > 0),
        note            TEXT NOT NULL DEFAULT '',
        corrects_entry_id TEXT NOT NULL DEFAULT '',
        verified        INTEGER NOT NULL DEFAULT 0)
    )",
    // seq is the per-device, gap-free sequence number of the sync protocol: AUTOINCREMENT
    // never reuses a number, and a rolled-back transaction rolls its number back too.
    uR"(CREATE TABLE outbox (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id     TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL,
        entity_id       TEXT NOT NULL,
        payload         BLOB NOT NULL,
        created_at      TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        acked_at        TEXT)
    )",
    u"CREATE INDEX outbox_pending ON outbox (acked_at, seq)",
    u"CREATE INDEX outbox_entity ON outbox (entity_id)",
};

// v2's triggers index the opportunity `new` the same way on insert and on update (after
// dropping the old entry): one statement, written once.
QString v2Trigger(QStringView name, QStringView event, QStringView before)
{
    return u"CREATE TRIGGER "_s + name + u" AFTER "_s + event + u" ON opportunity BEGIN\n"_s + before
           + uR"(        INSERT INTO opportunity_fts (rowid, title, summary, description, organiser, place, tags)
        VALUES (new.num, new.title, new.summary, new.description, new.organiser,
                coalesce((SELECT name || ' ' || city FROM neighbourhood WHERE id = new.neighbourhood_id), '')
                || ' ' || coalesce((SELECT name || ' ' || address FROM site WHERE id = new.site_id), ''),
                new.tags);
    END)"_s;
}
const QString v2InsertTrigger = v2Trigger(u"opportunity_fts_insert", u"INSERT", {});
const QString v2UpdateTrigger =
    v2Trigger(u"opportunity_fts_update", u"UPDATE", u"        DELETE FROM opportunity_fts WHERE rowid = old.num;\n");

// v2: full-text search over the catalogue. Diacritics-insensitive. Prefix indexes for 1 to 6
// letters make search-as-you-type cheap: without them a short prefix merges the posting
// lists of every word it starts (bench/bench_fts.cpp: p95 16 ms → 5 ms over 100k rows).
// Kept in step with opportunity by triggers.
const QList<QStringView> v2 = {
    uR"(CREATE VIRTUAL TABLE opportunity_fts USING fts5(
        title, summary, description, organiser, place, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3 4 5 6')
    )",
    v2InsertTrigger,
    uR"(CREATE TRIGGER opportunity_fts_delete AFTER DELETE ON opportunity BEGIN
        DELETE FROM opportunity_fts WHERE rowid = old.num;
    END)",
    v2UpdateTrigger,
    // A renamed site or neighbourhood re-indexes its opportunities (through the trigger above).
    uR"(CREATE TRIGGER site_fts_update AFTER UPDATE OF name, address ON site BEGIN
        UPDATE opportunity SET site_id = site_id WHERE site_id = new.id;
    END)",
    uR"(CREATE TRIGGER neighbourhood_fts_update AFTER UPDATE OF name, city ON neighbourhood BEGIN
        UPDATE opportunity SET neighbourhood_id = neighbourhood_id WHERE neighbourhood_id = new.id;
    END)",
    // Catalogue rows that existed before v2 become searchable too.
    uR"(INSERT INTO opportunity_fts (rowid, title, summary, description, organiser, place, tags)
        SELECT o.num, o.title, o.summary, o.description, o.organiser,
               coalesce(n.name || ' ' || n.city, '') || ' ' || coalesce(s.name || ' ' || s.address, ''),
               o.tags
        FROM opportunity o
        LEFT JOIN neighbourhood n ON n.id = o.neighbourhood_id
        LEFT JOIN site s ON s.id = o.site_id)",
};

// v3: what the sync client remembers between runs (device id, pull cursor, last sync).
const QList<QStringView> v3 = {
    uR"(CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL)
    )",
};


// v4: the staff tablet (issue 5). Staff members who signed in here with their PIN hash and
// PIN attempt counters; the persons, sign-ups, hours, balances, decisions and audit entries
// of the tablet's site as the server last told them (data = the pulled JSON, the columns
// what the screens filter and sort on); and what staff did on this tablet, with the
// server's outcome once it arrived (the conflict list reads it).
const QList<QStringView> v4 = {
    uR"(CREATE TABLE staff_account (
        staff_id        TEXT PRIMARY KEY,
        login           TEXT NOT NULL UNIQUE,
        name            TEXT NOT NULL DEFAULT '',
        sites           TEXT NOT NULL DEFAULT '',
        pin_hash        TEXT NOT NULL DEFAULT '',
        pin_failures    INTEGER NOT NULL DEFAULT 0,
        pin_last_failure TEXT NOT NULL DEFAULT '',
        signed_in_at    TEXT NOT NULL)
    )",
    uR"(CREATE TABLE staff_pin_attempt (
        id              INTEGER PRIMARY KEY,
        staff_id        TEXT NOT NULL,
        at              TEXT NOT NULL)
    )",
    u"CREATE INDEX staff_pin_attempt_at ON staff_pin_attempt (staff_id, at)",
    uR"(CREATE TABLE staff_person (
        id              TEXT PRIMARY KEY,
        erased          INTEGER NOT NULL DEFAULT 0,
        agreed_minutes  INTEGER NOT NULL DEFAULT 0,
        data            TEXT NOT NULL DEFAULT '{}')
    )",
    uR"(CREATE TABLE staff_signup (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL DEFAULT '',
        opportunity_id  TEXT NOT NULL,
        state           TEXT NOT NULL,
        waitlist_position INTEGER NOT NULL DEFAULT 0,
        arrival         INTEGER NOT NULL DEFAULT 0,
        version         INTEGER NOT NULL DEFAULT 0,
        placement       TEXT NOT NULL DEFAULT '',
        data            TEXT NOT NULL DEFAULT '{}')
    )",
    u"CREATE INDEX staff_signup_opportunity ON staff_signup (opportunity_id, state, arrival)",
    u"CREATE INDEX staff_signup_person ON staff_signup (person_id)",
    uR"(CREATE TABLE staff_hours (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL DEFAULT '',
        opportunity_id  TEXT NOT NULL DEFAULT '',
        date            TEXT NOT NULL,
        minutes         INTEGER NOT NULL DEFAULT 0,
        verified        INTEGER NOT NULL DEFAULT 0,
        corrects_entry_id TEXT NOT NULL DEFAULT '',
        superseded_by   TEXT NOT NULL DEFAULT '',
        data            TEXT NOT NULL DEFAULT '{}')
    )",
    u"CREATE INDEX staff_hours_person ON staff_hours (person_id, date)",
    uR"(CREATE TABLE staff_balance (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL,
        month           TEXT NOT NULL,
        agreed_minutes  INTEGER NOT NULL DEFAULT 0,
        logged_minutes  INTEGER NOT NULL DEFAULT 0,
        verified_minutes INTEGER NOT NULL DEFAULT 0,
        balance_minutes INTEGER NOT NULL DEFAULT 0)
    )",
    uR"(CREATE TABLE staff_decision (
        id              TEXT PRIMARY KEY,
        signup_id       TEXT NOT NULL,
        staff_id        TEXT NOT NULL DEFAULT '',
        device_id       TEXT NOT NULL DEFAULT '',
        decision        TEXT NOT NULL,
        status          TEXT NOT NULL,
        seen_version    INTEGER NOT NULL DEFAULT 0,
        current_version INTEGER NOT NULL DEFAULT 0,
        decided_at      TEXT NOT NULL DEFAULT '',
        data            TEXT NOT NULL DEFAULT '{}')
    )",
    u"CREATE INDEX staff_decision_status ON staff_decision (status, decided_at)",
    uR"(CREATE TABLE staff_audit (
        id              TEXT PRIMARY KEY,
        at              TEXT NOT NULL,
        staff_id        TEXT NOT NULL DEFAULT '',
        device_id       TEXT NOT NULL DEFAULT '',
        action          TEXT NOT NULL,
        entity          TEXT NOT NULL DEFAULT '',
        entity_id       TEXT NOT NULL DEFAULT '',
        on_device       INTEGER NOT NULL DEFAULT 0)
    )",
    u"CREATE INDEX staff_audit_at ON staff_audit (at)",
    // One row per staff mutation queued on this tablet (outbox seq), with the server's outcome.
    uR"(CREATE TABLE staff_action (
        seq             INTEGER PRIMARY KEY,
        kind            TEXT NOT NULL,
        staff_id        TEXT NOT NULL,
        entity_id       TEXT NOT NULL DEFAULT '',
        decision        TEXT NOT NULL DEFAULT '',
        seen_version    INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'queued',
        outcome         TEXT NOT NULL DEFAULT '{}')
    )",
    u"CREATE INDEX staff_action_entity ON staff_action (entity_id, status)",
};

// v5: training placement events of the tablet's site (started / completed / dropped out, with
// the date staff gave), so the offline dashboard counts them by month as the server does.
const QList<QStringView> v5 = {
    uR"(CREATE TABLE staff_placement (
        id              TEXT PRIMARY KEY,
        signup_id       TEXT NOT NULL,
        opportunity_id  TEXT NOT NULL,
        kind            TEXT NOT NULL,
        date            TEXT NOT NULL)
    )",
};

// v6: a phone's request to follow a tenant who registered elsewhere (push kind "link"):
// queued until the server answers linked or refused. Holds no personal data itself; the
// code and date of birth travel in the outbox row.
const QList<QStringView> v6 = {
    uR"(CREATE TABLE phone_link (
        id              TEXT PRIMARY KEY,
        requested_at    TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','linked','refused')),
        person_id       TEXT NOT NULL DEFAULT '',
        reason          TEXT NOT NULL DEFAULT '')
    )",
};

// v7: the server's word on a tenant's sign-up in full (the staff member's message, when the
// state last changed, the last placement event and its date), and whether an opportunity's
// sign-ups are reviewed by staff (training places are, unless the catalogue says otherwise).
const QList<QStringView> v7 = {
    u"ALTER TABLE signup ADD COLUMN message_to_tenant TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE signup ADD COLUMN state_at TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE signup ADD COLUMN placement TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE signup ADD COLUMN placement_date TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE opportunity ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0",
    u"UPDATE opportunity SET needs_review = 1 WHERE kind = 'training'",
};

// v8: the phone's own hours (issue 13). The v1 table, never written, is replaced: an entry
// keeps its state on the way to the server (queued, sent, rejected, withdrawing) and the
// server's word (verified, the correction that replaced it — 0 minutes: rejected); a
// correction is kept as an entry of its own. phone_balance: the tenant's tegenprestatie per
// month as the server counts it.
const QList<QStringView> v8 = {
    u"DROP TABLE hours_entry",
    uR"(CREATE TABLE hours_entry (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        opportunity_id  TEXT NOT NULL,
        date            TEXT NOT NULL,
        minutes         INTEGER NOT NULL CHECK (minutes >= 0),
        note            TEXT NOT NULL DEFAULT '',
        corrects_entry_id TEXT NOT NULL DEFAULT '',
        superseded_by   TEXT NOT NULL DEFAULT '',
        verified        INTEGER NOT NULL DEFAULT 0,
        state           TEXT NOT NULL DEFAULT 'queued'
                        CHECK (state IN ('queued','sent','rejected','withdrawing')),
        reason          TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL)
    )",
    u"CREATE INDEX hours_entry_person ON hours_entry (person_id, date)",
    uR"(CREATE TABLE phone_balance (
        person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        month           TEXT NOT NULL,
        agreed_minutes  INTEGER NOT NULL DEFAULT 0,
        logged_minutes  INTEGER NOT NULL DEFAULT 0,
        verified_minutes INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (person_id, month))
    )",
};

// v9: the phone's inbox (issue 13): what a pull brought for the tenant — a decision on a
// sign-up, a staff message, hours verified, corrected or rejected — kept as facts (keys,
// dates, minutes, the staff member's words), never as translated text: the sentence is made
// in the tenant's language when shown. The id names the change, so a repeated pull adds
// nothing; notified: handed to the desktop's notification service (or there was none).
const QList<QStringView> v9 = {
    uR"(CREATE TABLE inbox_item (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind            TEXT NOT NULL CHECK (kind IN ('signup','hours')),
        subject_id      TEXT NOT NULL,
        opportunity_id  TEXT NOT NULL DEFAULT '',
        state           TEXT NOT NULL DEFAULT '',
        waitlist_position INTEGER NOT NULL DEFAULT 0,
        decline_reason  TEXT NOT NULL DEFAULT '',
        placement       TEXT NOT NULL DEFAULT '',
        placement_date  TEXT NOT NULL DEFAULT '',
        state_at        TEXT NOT NULL DEFAULT '',
        hours_event     TEXT NOT NULL DEFAULT '' CHECK (hours_event IN ('','verified','corrected','rejected')),
        hours_date      TEXT NOT NULL DEFAULT '',
        minutes         INTEGER NOT NULL DEFAULT 0,
        corrected_minutes INTEGER NOT NULL DEFAULT 0,
        message         TEXT NOT NULL DEFAULT '',
        arrived_at      TEXT NOT NULL,
        read            INTEGER NOT NULL DEFAULT 0,
        notified        INTEGER NOT NULL DEFAULT 0)
    )",
    u"CREATE INDEX inbox_item_person ON inbox_item (person_id, arrived_at)",
};

// v10: "Mijn gegevens" (issue 13). A consent keeps the app's language its text was shown in
// ('' when not recorded). erase_request: the phone's own erasure request for its tenant,
// written with its outbox row, gone with the person when the erasure reaches the phone.
// staff_erase_request: the requests of the tablet's site as pulled, open until done.
const QList<QStringView> v10 = {
    u"ALTER TABLE consent ADD COLUMN language TEXT NOT NULL DEFAULT ''",
    uR"(CREATE TABLE erase_request (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        requested_at    TEXT NOT NULL)
    )",
    uR"(CREATE TABLE staff_erase_request (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL,
        requested_at    TEXT NOT NULL,
        done_at         TEXT NOT NULL DEFAULT '',
        data            TEXT NOT NULL)
    )",
};

// v11: why the server refused a phone's link (issue 17): the mistakes left before the personal
// code locks, or the seconds to wait, as the server's outcome gave them; gone with the request.
const QList<QStringView> v11 = {
    uR"(CREATE TABLE phone_link_refusal (
        link_id         TEXT PRIMARY KEY REFERENCES phone_link(id) ON DELETE CASCADE,
        attempts_left   INTEGER NOT NULL DEFAULT -1,
        retry_after_seconds INTEGER NOT NULL DEFAULT 0)
    )",
};

// v12: the corporation's own areas (issue 14): which neighbourhood a postcode's house numbers
// lie in, as pulled (postcode-area changes); "3083BK" without a space. Looked up by postcode
// and the last range starting at or below the number (the primary key).
const QList<QStringView> v12 = {
    uR"(CREATE TABLE postcode_range (
        postcode        TEXT NOT NULL,
        first_number    INTEGER NOT NULL,
        last_number     INTEGER NOT NULL,
        neighbourhood_id TEXT NOT NULL,
        PRIMARY KEY (postcode, first_number)) WITHOUT ROWID
    )",
};

// v13: an opportunity's title and summary in the app's other languages (issue 16), as the
// catalogue's "translations" object ({"en": {"title", "summary"}, …}; '{}' without any), and
// their titles and summaries joined for the search index, which holds them beside the Dutch
// text (plain columns: SQLite 3.40 crashes on json_each() in these triggers).
QString v13Trigger(QStringView name, QStringView event, QStringView before)
{
    return u"CREATE TRIGGER "_s + name + u" AFTER "_s + event + u" ON opportunity BEGIN\n"_s + before
           + u"        INSERT INTO opportunity_fts (rowid, title, summary, description, organiser, place, tags)\n"
             u"        VALUES ("_s
           + searchIndexValues(u"new") + u");\n    END"_s;
}
const QString v13InsertTrigger = v13Trigger(u"opportunity_fts_insert", u"INSERT", {});
const QString v13UpdateTrigger =
    v13Trigger(u"opportunity_fts_update", u"UPDATE", u"        DELETE FROM opportunity_fts WHERE rowid = old.num;\n");
const QList<QStringView> v13 = {
    u"ALTER TABLE opportunity ADD COLUMN translations TEXT NOT NULL DEFAULT '{}'",
    u"ALTER TABLE opportunity ADD COLUMN translated_titles TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE opportunity ADD COLUMN translated_summaries TEXT NOT NULL DEFAULT ''",
    u"DROP TRIGGER opportunity_fts_insert",
    u"DROP TRIGGER opportunity_fts_update",
    v13InsertTrigger,
    v13UpdateTrigger,
};

// v14: staff roles (protocol/staffroles.h): a staff member's roles at this tablet's site as the
// server said at their last sign-in, as keys joined by commas, so the tablet hides offline what
// they may not do. Accounts from before roles hold what the server's migration gave everyone.
const QList<QStringView> v14 = {
    u"ALTER TABLE staff_account ADD COLUMN roles TEXT NOT NULL DEFAULT 'coordinator,consultant'",
};

// Partners (issue 18, core/partner.h): the partner an opportunity names (pulled with it), the
// partner register and each partner's roles and contributions at the tablet's site, as pulled
// (staff tablets; the contact person only there). The opportunities pulled before the register
// get the partner of their organiser's name when the database next opens
// (CatalogueRepository::adoptOrganisers, sync_state key adoptOrganisers).
const QList<QStringView> partners = {
    u"ALTER TABLE opportunity ADD COLUMN partner_id TEXT NOT NULL DEFAULT ''",
    uR"(CREATE TABLE partner (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        kind            TEXT NOT NULL,
        contact_name    TEXT NOT NULL DEFAULT '',
        contact_phone   TEXT NOT NULL DEFAULT '',
        contact_email   TEXT NOT NULL DEFAULT '')
    )",
    uR"(CREATE TABLE partner_contribution (
        id              TEXT PRIMARY KEY,
        partner_id      TEXT NOT NULL,
        opportunity_id  TEXT NOT NULL,
        role            TEXT NOT NULL,
        month           TEXT NOT NULL,
        money_cents     INTEGER NOT NULL DEFAULT 0,
        staff_minutes   INTEGER NOT NULL DEFAULT 0,
        places          INTEGER NOT NULL DEFAULT 0,
        premises_minutes INTEGER NOT NULL DEFAULT 0)
    )",
    u"CREATE INDEX partner_contribution_by_partner ON partner_contribution (partner_id, month)",
    u"INSERT INTO sync_state (key, value) VALUES ('adoptOrganisers', '1') ON CONFLICT (key) DO NOTHING",
};

// (trajectories): the pulled steps of a tenant's route (the phone's tenant; a tablet's
// site) and the corporation's ladders per route (TrajectoryRepository, docs/privacy.md
// "Trajectory"). Nothing is typed here: a step is recorded through the staff outbox.
const QList<QStringView> trajectories = {
    uR"(CREATE TABLE trajectory_step (
        id              TEXT PRIMARY KEY,
        person_id       TEXT NOT NULL,
        route           TEXT NOT NULL,
        rung            INTEGER NOT NULL,
        step_date       TEXT NOT NULL,
        note            TEXT NOT NULL DEFAULT '',
        staff_id        TEXT NOT NULL DEFAULT '',
        neighbourhood   TEXT NOT NULL DEFAULT '',
        recorded_at     TEXT NOT NULL DEFAULT '',
        goal            TEXT NOT NULL DEFAULT '',
        goal_review     TEXT NOT NULL DEFAULT '',
        site_id         TEXT NOT NULL DEFAULT '')
    )",
    u"CREATE INDEX trajectory_step_by_person ON trajectory_step (person_id)",
    u"CREATE TABLE ladder (route TEXT PRIMARY KEY, data TEXT NOT NULL)",
};

// Goals (issue 18, item 1): the site's goals as pulled (the `goal` change, protocol/goalwire.h):
// the columns the dashboard filters on, and the change's data.
const QList<QStringView> vGoals = {
    uR"(CREATE TABLE staff_goal (
        id              TEXT PRIMARY KEY,
        site_id         TEXT NOT NULL,
        neighbourhood_id TEXT NOT NULL,
        route           TEXT NOT NULL,
        data            TEXT NOT NULL)
    )",
};

// Social return (issue 18, item 4): the corporation's valuation table, SROI proxies and
// social-return obligations as a staff tablet pulls them (the `social-return` change,
// protocol/socialreturnwire.h): one row, id "config".
const QList<QStringView> vSocialReturn = {
    u"CREATE TABLE staff_social_return (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
};

} // namespace

QString searchIndexValues(QStringView row)
{
    const QString r = row.toString();
    return r + u".num, "_s + r + u".title || ' ' || "_s + r + u".translated_titles, "_s + r + u".summary || ' ' || "_s + r
           + u".translated_summaries, "_s + r + u".description, "_s + r
           + u".organiser, coalesce((SELECT name || ' ' || city FROM neighbourhood WHERE id = "_s + r
           + u".neighbourhood_id), '') || ' ' || coalesce((SELECT name || ' ' || address FROM site WHERE id = "_s + r
           + u".site_id), ''), "_s + r + u".tags"_s;
}

const QList<QList<QStringView>> &all()
{
    static const QList<QList<QStringView>> migrations = {v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14,
                                                                   partners, trajectories, vGoals, vSocialReturn};
    return migrations;
}

} // namespace Migrations
