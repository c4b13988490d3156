// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The server's store for the server-side harnesses: SQLite in memory, migrated, with the
// demo catalogue, one kiosk, one phone and one staff tablet of site wielewaal-buurthuis, an
// unused enrolment code, and the golden files' staff member signed in on the tablet. Put
// back before every input (Fuzz::Snapshot), so an input applies to the same database each run.

#include "fuzzing.h"

#include "server/auth.h"
#include "server/routes.h"
#include "server/store/store.h"
#include "protocol/wire.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Fuzz {

class ServerFixture
{
public:
    // The staff member of tests/data/wire (mutation/decision.json and the others).
    static constexpr QStringView kGoldenStaffId = u"3e0c6f64-5a8b-4f41-9a2a-0f3e1d7c5b21";
    static constexpr QStringView kSite = u"wielewaal-buurthuis";
    // An enrolment code no device has used (the enrol harness's seed carries it).
    static constexpr QStringView kFreeEnrollmentCode = u"ABCD-EFGH-JKMN";
    static constexpr QStringView kStaffLogin = u"anna";

    ServerFixture()
    {
        ensureApplication();
        QString error;
        const QStringList before = QSqlDatabase::connectionNames();
        m_store = Server::openStore(QStringLiteral("sqlite::memory:"), &error);
        if (!m_store || !m_store->migrate())
            fail("cannot open the store");
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (!before.contains(name))
                m_connection = name;
        }
        const auto catalogue = Wire::parseCatalogue(sourceFile(QStringLiteral("assets/demo/catalogue.json")));
        if (catalogue.error || !m_store->importCatalogue(catalogue.value, now()))
            fail("cannot import the demo catalogue");
        kiosk = enrol(u"kiosk", 1);
        phone = enrol(u"phone", 2);
        staff = enrol(u"staff", 3);
        const auto free = Server::Auth::normaliseEnrollmentCode(kFreeEnrollmentCode);
        if (!free || !m_store->addEnrollmentCode(Server::Auth::hashSecret(free->toLatin1()), QStringLiteral("kiosk"),
                                                 kSite.toString(), now().addSecs(900)))
            fail("cannot add the free enrolment code");
        const auto staffId = m_store->addStaff(kStaffLogin.toString(), QStringLiteral("Anna de Vries"),
                                               {kSite.toString()}, Wire::allStaffRoles(),
                                               "not-a-password-hash", now());
        if (!staffId)
            fail("cannot add the staff member");
        // The golden files name their staff member by a fixed id; the store made a new one.
        exec("UPDATE staff SET id = ?1 WHERE id = ?2", *staffId);
        exec("UPDATE staff_site SET staff_id = ?1 WHERE staff_id = ?2", *staffId);
        exec("UPDATE staff_role SET staff_id = ?1 WHERE staff_id = ?2", *staffId);
        if (!m_store->finishLogin(kStaffLogin.toString(), kGoldenStaffId.toString(), staff.id,
                                  Server::Auth::hashSecret("session"), now(), now().addSecs(12 * 3600)))
            fail("cannot sign the staff member in");
        m_snapshot.take(database());
    }

    Server::Store &store() { return *m_store; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    // Back to the state above, before each input.
    void reset() { m_snapshot.restore(database()); }

    Server::Device kiosk;
    Server::Device phone;
    Server::Device staff;

private:
    [[noreturn]] void fail(const char *what)
    {
        fprintf(stderr, "server fixture: %s: %s\n", what, m_store ? qPrintable(m_store->lastError()) : "");
        abort();
    }

    Server::Device enrol(QStringView kind, int n)
    {
        const QByteArray code = "fuzz-code-" + QByteArray::number(n);
        if (!m_store->addEnrollmentCode(Server::Auth::hashSecret(code), kind.toString(), kSite.toString(),
                                        now().addSecs(900)))
            fail("cannot add an enrolment code");
        const auto device = m_store->redeemEnrollmentCode(Server::Auth::hashSecret(code),
                                                          QStringLiteral("fuzz-") + kind.toString(),
                                                          Server::Auth::hashSecret(QByteArray("token-" + code)), now());
        if (!device)
            fail("cannot enrol a device");
        return *device;
    }

    void exec(const char *sql, const QString &oldId)
    {
        sqlite3 *h = SqliteDirect::handle(database());
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK)
            fail("cannot prepare");
        SqliteDirect::bindText(stmt, 1, kGoldenStaffId.toString());
        SqliteDirect::bindText(stmt, 2, oldId);
        const int rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            fail("cannot give the staff member the golden id");
    }

    std::unique_ptr<Server::Store> m_store;
    QString m_connection;
    Snapshot m_snapshot;
};

// The input as a route reads a JSON body (Server::jsonObjectBody: strict UTF-8, then a JSON
// object), or nothing when the route would answer 400.
inline std::optional<QJsonObject> routeBody(const uint8_t *data, size_t size)
{
    auto parsed = Server::jsonObjectBody(bytes(data, size));
    if (auto *body = std::get_if<QJsonObject>(&parsed))
        return std::move(*body);
    return std::nullopt;
}

} // namespace Fuzz
