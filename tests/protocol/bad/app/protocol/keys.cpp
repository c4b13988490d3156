// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A tree for wire_owned_by_protocol_refuses: a protocol's key tables, as app/protocol has them.
constexpr std::array<QStringView, 2> kKindKeys = {u"signup", u"hours-verify"};
constexpr std::array<QStringView, 2> kStatusKeys = {u"accepted", u"refused"};
constexpr std::array<QStringView, 1> kReasonKeys = {u"entry-unknown"};
constexpr std::array<QStringView, 2> kOpKeys = {u"upsert", u"delete"};
constexpr std::array<QStringView, 1> kEntityKeys = {u"signup"};
