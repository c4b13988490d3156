// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
bool known(const QString &reason) { return reason == "entry-unknown"_L1; }
