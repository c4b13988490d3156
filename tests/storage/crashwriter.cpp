// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Helper of tst_crashsafety: submits registrations with sign-ups (person, consent,
// sign-up and their outbox rows) in an endless loop and prints one line per committed
// record, until it is killed.
//   meedoen_crashwriter <database> <first record number>

#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "common/storagefixtures.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Database db;
    if (db.open(args.at(1)) != Database::Status::Open) {
        std::fprintf(stderr, "cannot open database\n");
        return 1;
    }
    RegistrationRepository repo(db.connection());
    for (int n = args.at(2).toInt();; ++n) {
        if (!repo.submit(StorageFixtures::registrationWithSignup(n), StorageFixtures::fixedNow())) {
            std::fprintf(stderr, "submit %d failed\n", n);
            return 1;
        }
        // Only after the commit returned: this record is acknowledged.
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}
