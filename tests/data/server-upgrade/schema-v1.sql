-- SPDX-FileCopyrightText: 2026 Meedoen contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The server schema as release 1 created it (server/store/schema.cpp, migration 1), frozen:
-- tests/integration/tst_server_upgrade.cpp builds a version-1 database from it. One statement
-- per line; @SERIAL_KEY@ is the dialect's auto-increment primary key.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE neighbourhood (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE site (id TEXT PRIMARY KEY, name TEXT NOT NULL, neighbourhood TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE opportunity (id TEXT PRIMARY KEY, site_id TEXT, status TEXT NOT NULL, capacity INTEGER NOT NULL, minimum_age INTEGER NOT NULL, end_date TEXT, confirmed INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, CONSTRAINT opportunity_capacity CHECK (confirmed >= 0 AND (capacity = 0 OR confirmed <= capacity)));
CREATE TABLE enrollment_code (code_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, site_id TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT);
CREATE TABLE device (id TEXT PRIMARY KEY, kind TEXT NOT NULL, site_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, revoked_at TEXT, last_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE device_person (device_id TEXT NOT NULL, person_id TEXT NOT NULL, PRIMARY KEY (device_id, person_id));
CREATE TABLE person (id TEXT PRIMARY KEY, personal_code TEXT UNIQUE, date_of_birth TEXT, site_id TEXT NOT NULL, device_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE consent (person_id TEXT NOT NULL, purpose TEXT NOT NULL, text_version TEXT NOT NULL, given_at TEXT NOT NULL, withdrawn_at TEXT, PRIMARY KEY (person_id, purpose, given_at));
CREATE TABLE signup (id TEXT PRIMARY KEY, reference_code TEXT NOT NULL UNIQUE, person_id TEXT NOT NULL, opportunity_id TEXT NOT NULL, site_id TEXT, device_id TEXT NOT NULL, state TEXT NOT NULL, waitlist_position INTEGER NOT NULL DEFAULT 0, decline_reason TEXT, arrival BIGINT NOT NULL UNIQUE, created_at TEXT, received_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX signup_by_opportunity ON signup (opportunity_id, state, arrival);
CREATE TABLE mutation (device_id TEXT NOT NULL, seq BIGINT NOT NULL, mutation_id TEXT NOT NULL, kind TEXT NOT NULL, payload_hash TEXT NOT NULL, outcome TEXT NOT NULL, device_time TEXT, received_at TEXT NOT NULL, clock_skewed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (device_id, seq));
CREATE TABLE conflict (device_id TEXT NOT NULL, seq BIGINT NOT NULL, payload_hash TEXT NOT NULL, mutation_id TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL, resolved_at TEXT, PRIMARY KEY (device_id, seq, payload_hash));
CREATE TABLE change_log (seq @SERIAL_KEY@, entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, scope TEXT NOT NULL, site_id TEXT, device_id TEXT, person_id TEXT, data TEXT NOT NULL);
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, seq);
CREATE TABLE rate_window (device_id TEXT PRIMARY KEY, window_start BIGINT NOT NULL, hits INTEGER NOT NULL);
