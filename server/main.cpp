// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meedoen-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEEDOEN_VERSION));
    return Server::runCli(QCoreApplication::arguments());
}
