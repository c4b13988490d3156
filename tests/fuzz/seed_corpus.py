#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Meedoen contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora (corpus/<harness>/seed-*) and the dictionaries (<harness>.dict)
of the fuzz harnesses from the wire's golden files (tests/data/wire) and the demo catalogue.
Run it again after a golden file changes: python3 tests/fuzz/seed_corpus.py"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WIRE = ROOT / "tests" / "data" / "wire"
# The demo catalogue's sign-up place (the golden files name one the demo does not have).
OPPORTUNITY = ("wlw-moestuin", "wlw-moestuin-01")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def write(harness, name, data):
    folder = HERE / "corpus" / harness
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"seed-{name}").write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def walk(value, keys, strings):
    if isinstance(value, dict):
        for k, v in value.items():
            keys.add(k)
            walk(v, keys, strings)
    elif isinstance(value, list):
        for v in value:
            walk(v, keys, strings)
    elif isinstance(value, str) and len(value) <= 40:
        strings.add(value)


def entry(text):
    """One dictionary line: the UTF-8 bytes of text, quoted as libFuzzer reads them."""
    out = []
    for b in text.encode("utf-8"):
        c = chr(b)
        out.append("\\" + c if c in '\\"' else c if 0x20 <= b < 0x7f else f"\\x{b:02x}")
    return '"' + "".join(out) + '"'


def dictionary(harness, values, extra=()):
    keys, strings = set(), set()
    for v in values:
        walk(v, keys, strings)
    entries = set()
    for k in keys:
        entries.add(entry(json.dumps(k, ensure_ascii=False)))
        entries.add(entry(json.dumps(k, ensure_ascii=False) + ":"))
    for s in strings:
        entries.add(entry(json.dumps(s, ensure_ascii=False)))
    for e in extra:
        entries.add(entry(e))
    lines = ["# SPDX-FileCopyrightText: 2026 Meedoen contributors",
             "# SPDX-License-Identifier: GPL-3.0-or-later",
             f"# libFuzzer dictionary of fuzz_{harness}: the wire's keys and values (tests/fuzz/seed_corpus.py)."]
    lines += sorted(entries)
    (HERE / f"{harness}.dict").write_text("\n".join(lines) + "\n", encoding="utf-8")


def renumbered(mutations):
    out = []
    for seq, m in enumerate(mutations, start=1):
        m = json.loads(json.dumps(m).replace(f'"{OPPORTUNITY[0]}"', f'"{OPPORTUNITY[1]}"'))
        m["seq"] = seq
        out.append(m)
    return {"mutations": out}


JSON_EXTRA = ["{", "}", "[", "]", ":", ",", "true", "false", "null", "\"\"", "0", "-1", "1e308",
              "9223372036854775807", "\\u0000", "\\ud800", "\\u202e", "\\u200b", "\ufeff", "\u202e", "\u200b"]

# ---- push: every mutation kind, alone and in batches a kiosk, phone and tablet send
mutations = {p.stem: load(p) for p in sorted((WIRE / "mutation").glob("*.json"))}
for name, m in mutations.items():
    write("push", name, compact(renumbered([m])))
order = ["registration", "signup", "signup-identify-waitlist", "withdrawal"]
write("push", "kiosk-batch", compact(renumbered([mutations[n] for n in order])))
write("push", "all-kinds", compact(renumbered(list(mutations.values()))))
write("push", "registration-then-decision",
      compact(renumbered([mutations["registration"], mutations["signup"], mutations["decision"],
                          mutations["placement"], mutations["hours-staff"], mutations["hours-verify"]])))
dictionary("push", list(mutations.values()) + [{"mutations": []}],
           JSON_EXTRA + ["registration", "signup", "withdrawal", "link", "decision", "placement",
                         "identity-check", "opportunity-upsert", "hours", "hours-verify", "hours-correct",
                         "hours-agreement", "consent-withdraw", "erase-person", "hours-withdraw", "erase-request",
                         OPPORTUNITY[1], "wielewaal-buurthuis"])

# ---- pull query
for name, query in {"cursor-limit": "cursor=13&limit=500", "empty": "", "limit-one": "limit=1",
                    "from-start": "cursor=&limit=1000", "far-cursor": "cursor=9223372036854775807&limit=1000",
                    "encoded": "cursor=%31%33&limit=%35"}.items():
    write("pull_query", name, query)
dictionary("pull_query", [], ["cursor=", "limit=", "&", "=", "%00", "%2B", "+", "-", "1000", "1001",
                              "9223372036854775807", "9223372036854775808", "0x10", ";"])

# ---- enrolment and staff sign-in (the request and the reply, each harness reads both)
enroll = [load(WIRE / "enroll-request.json"), load(WIRE / "enroll-reply.json")]
write("enroll", "request", compact(enroll[0]))
write("enroll", "request-free-code", compact({"code": "abcd efgh-jkmn"}))
write("enroll", "reply", compact(enroll[1]))
dictionary("enroll", enroll + [{"code": "ABCD-EFGH-JKMN"}], JSON_EXTRA)
login = [load(WIRE / "staff-login-request.json"), load(WIRE / "staff-login-reply.json")]
write("staff_login", "request", compact(login[0]))
write("staff_login", "request-known", compact({"login": " Anna ", "password": "geheim"}))
write("staff_login", "reply", compact(login[1]))
dictionary("staff_login", login + [{"login": "anna"}], JSON_EXTRA)

# ---- catalogue: the demo one, and a small one (one of each) for speed
demo = load(ROOT / "assets" / "demo" / "catalogue.json")
write("catalogue", "demo", compact(demo))
small = dict(demo)
small["neighbourhoods"] = demo["neighbourhoods"][:1]
small["sites"] = [s for s in demo["sites"] if s["neighbourhood"] == demo["neighbourhoods"][0]["id"]][:1]
small["opportunities"] = [o for o in demo["opportunities"] if o["site"] == small["sites"][0]["id"]][:1]
write("catalogue", "small", compact(small))
dictionary("catalogue", [small], JSON_EXTRA)

# ---- CSV cells (U+001F separates cells)
for name, cells in {"formulas": ["=SUM(A1:A9)", "+31 6 1234", "-2", "@cmd", "\tTab", "\rCR"],
                    "quoting": ["a,b", "\"quoted\"", "line\r\nbreak", "", "Zoë", "Ağaoğlu-D'Souza"],
                    "plain": ["wlw-moestuin-01", "2026-12", "41"]}.items():
    write("csv", name, "\x1f".join(cells))
dictionary("csv", [], ["\x1f", "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", "\"", "'", "\uff1d"])

# ---- pulled pages: the golden page and one page per golden change
changes = {p.stem: load(p) for p in sorted((WIRE / "change").glob("*.json"))}
ENTITY = {"person-erased": "person", "hours-correction": "hours", "signup-kiosk": "signup"}
pages = [load(WIRE / "pull-page.json")]
write("pull_applier", "golden-page", compact(pages[0]))
everything = []
for seq, (name, data) in enumerate(changes.items(), start=20):
    entity = ENTITY.get(name, name)
    change = {"seq": seq, "entity": entity, "id": data.get("id", name), "op": "upsert", "data": data}
    if name == "person-erased":
        change = {"seq": seq, "entity": entity, "id": data.get("id", name), "op": "delete", "data": {}}
    everything.append(change)
    page = {"changes": [change], "cursor": str(seq), "more": False}
    pages.append(page)
    write("pull_applier", name, compact(page))
write("pull_applier", "all-entities", compact({"changes": everything, "cursor": "99", "more": True}))
dictionary("pull_applier", pages, JSON_EXTRA + ["upsert", "delete", "neighbourhood", "site", "opportunity",
                                                "person", "signup", "hours", "balance", "decision", "audit",
                                                "placement", "erase-request"])

# ---- push answers: a kiosk's two mutations (registration seq 1, sign-up seq 2), a phone's link (seq 1)
outcomes = {p.stem: load(p) for p in sorted((WIRE / "outcome").glob("*.json"))}
registration = dict(outcomes["accepted-registration"], seq=1)
for name, o in outcomes.items():
    second = dict(o, seq=2)
    if "signupId" in second:
        second["signupId"] = "0b8f8d3e-8a57-4c61-a3a3-6c1f4f2d9e10"
    write("push_answer", f"kiosk-{name}", compact({"results": [registration, second], "lastSeq": 2}))
write("push_answer", "phone-linked", compact({"results": [dict(outcomes["linked"], seq=1)], "lastSeq": 1}))
write("push_answer", "phone-refused",
      compact({"results": [dict(outcomes["refused-code-not-recognised"], seq=1)], "lastSeq": 1}))
dictionary("push_answer", list(outcomes.values()) + [{"results": [], "lastSeq": 0}], JSON_EXTRA)
