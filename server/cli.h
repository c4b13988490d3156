// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Server {

// Exit codes of meedoen-server (docs/sync-protocol.md, "Administration").
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitNotFound = 3 };

// `meedoen-server <command> …`; needs a QCoreApplication. Returns the process exit code.
int runCli(const QStringList &arguments);

} // namespace Server
