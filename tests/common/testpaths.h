// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the build put what a test starts or loads, found from the running test itself
// (build/tests/tst_x and build/bin/meedoen_bench_x both sit next to build/bin). No absolute
// path is compiled in, so the same source compiles to the same object in every checkout
// and the compiler cache is shared between them.

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace TestPaths {

inline QString binDir()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin")).absolutePath();
}

// MEEDOEN_SERVER_BINARY overrides the build's server (e.g. an installed one).
inline QString serverBinary()
{
    const QString env = qEnvironmentVariable("MEEDOEN_SERVER_BINARY");
    return env.isEmpty() ? binDir() + QStringLiteral("/meedoen-server") : env;
}

// The dynamic QML modules (Meedoen.Scan).
inline QString qmlPluginDir()
{
    return binDir() + QStringLiteral("/qml");
}

} // namespace TestPaths
