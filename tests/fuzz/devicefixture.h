// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A device's database for the device-side harnesses: SQLite in memory, migrated by the app's
// own Database, prepared once by the harness (enrolled, a tenant queued) and put back before
// every input (Fuzz::Snapshot).

#include "fuzzing.h"

#include "storage/database.h"
#include "storage/registrationrepository.h"
#include "storage/syncstaterepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

namespace Fuzz {

class DeviceFixture
{
public:
    explicit DeviceFixture(const std::function<void(QSqlDatabase)> &prepare)
    {
        ensureApplication();
        // The app's Database insists on a file in WAL mode; once prepared, the file goes back
        // to a rollback journal (an image in WAL mode cannot be deserialised) and the
        // connection works on the image in memory from then on.
        if (!m_dir.isValid() || m_database.open(m_dir.filePath(QStringLiteral("device.db"))) != Database::Status::Open) {
            fprintf(stderr, "device fixture: %s\n", qPrintable(m_database.errorString()));
            abort();
        }
        prepare(m_database.connection());
        QSqlQuery rollbackJournal(m_database.connection());
        if (!rollbackJournal.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
            fprintf(stderr, "device fixture: cannot leave WAL mode\n");
            abort();
        }
        rollbackJournal.finish();
        m_snapshot.take(m_database.connection());
        m_snapshot.restore(m_database.connection());
    }

    Database &database() { return m_database; }
    QSqlDatabase connection() const { return m_database.connection(); }
    void reset() { m_snapshot.restore(m_database.connection()); }

private:
    QTemporaryDir m_dir;
    Database m_database;
    Snapshot m_snapshot;
};

// The tenant of the golden files (tests/data/wire: person 6f1c2a52…, sign-up 0b8f8d3e…)
// registered and signed up on this device, waiting in the outbox as seq 1 and 2.
inline void queueGoldenTenant(const QSqlDatabase &db)
{
    Meedoen::Person p;
    p.id = QStringLiteral("6f1c2a52-3c1e-4f0a-9d59-2b6a4c1e8f01");
    p.givenName = QStringLiteral("Fatma");
    p.familyName = QStringLiteral("Yılmaz");
    p.phone = QStringLiteral("+31612345678");
    p.address.postcode = QStringLiteral("3083 BK");
    p.address.houseNumber = 12;
    p.dateOfBirth = QDate(1980, 5, 17);
    p.languages = {QStringLiteral("nl")};
    Submission s;
    s.newPerson = p;
    s.consents = {Meedoen::ConsentRecord{p.id, QStringLiteral("contact"), QStringLiteral("2026-11-01"), now(), {}, {}}};
    Meedoen::Signup signup;
    signup.id = QStringLiteral("0b8f8d3e-8a57-4c61-a3a3-6c1f4f2d9e10");
    signup.personId = p.id;
    signup.opportunityId = QStringLiteral("wlw-moestuin-01");
    signup.referenceCode = QStringLiteral("MD7K-3QPX");
    signup.createdAt = now();
    s.signup = signup;
    if (!RegistrationRepository(db).submit(s, now())) {
        fprintf(stderr, "device fixture: cannot queue the golden tenant\n");
        abort();
    }
}

// The device as enrolled with the server at `kind` ("kiosk", "phone", "staff"); what
// SyncClient reads back from sync_state.
inline void enrolAs(const QSqlDatabase &db, const QString &kind)
{
    SyncStateRepository state(db);
    for (const auto &[key, value] : {std::pair{QStringLiteral("serverUrl"), QStringLiteral("http://meedoen.invalid")},
                                     std::pair{QStringLiteral("deviceId"), QString(QStringLiteral("fuzz-") + kind)},
                                     std::pair{QStringLiteral("token"), QStringLiteral("fuzz-token")},
                                     std::pair{QStringLiteral("kind"), kind},
                                     std::pair{QStringLiteral("site"), QStringLiteral("wielewaal-buurthuis")}}) {
        if (!state.setValue(key, value)) {
            fprintf(stderr, "device fixture: cannot enrol\n");
            abort();
        }
    }
}

} // namespace Fuzz
