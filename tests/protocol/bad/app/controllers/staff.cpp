// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A controller that spells a mutation kind itself: "hours-verify" in this comment is fine.
QString kind() { return u"signup"_s; } // an entity key too: not the wire's alone
QString verify() { return QStringLiteral("hours-verify"); }
