// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A page of GET /v1/pull as a hostile server answers it, applied by the device
// (PullApplier: every change through its entity's reader in app/protocol, then written by
// app/storage in one transaction with the cursor) in each of the three scopes — a kiosk's,
// a phone's and a staff tablet's — each on a device database that holds the golden tenant's
// queued sign-up, put back before the input. A page that is refused must leave the cursor
// as it was; one that is applied must leave the page's cursor.

#include "devicefixture.h"

#include "sync/pullapplier.h"

#include <QJsonDocument>

namespace {

Fuzz::DeviceFixture &fixture(PullApplier::Scope scope)
{
    static Fuzz::DeviceFixture kiosk([](QSqlDatabase db) {
        Fuzz::enrolAs(db, QStringLiteral("kiosk"));
        Fuzz::queueGoldenTenant(db);
    });
    static Fuzz::DeviceFixture phone([](QSqlDatabase db) {
        Fuzz::enrolAs(db, QStringLiteral("phone"));
        Fuzz::queueGoldenTenant(db);
    });
    static Fuzz::DeviceFixture staff([](QSqlDatabase db) {
        Fuzz::enrolAs(db, QStringLiteral("staff"));
        Fuzz::queueGoldenTenant(db);
    });
    switch (scope) {
    case PullApplier::Scope::Device: return kiosk;
    case PullApplier::Scope::Tenant: return phone;
    case PullApplier::Scope::Staff: return staff;
    }
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QJsonObject page = QJsonDocument::fromJson(Fuzz::bytes(data, size)).object();
    for (const auto scope : {PullApplier::Scope::Device, PullApplier::Scope::Tenant, PullApplier::Scope::Staff}) {
        Fuzz::DeviceFixture &device = fixture(scope);
        device.reset();
        SyncStateRepository state(device.connection());
        const QString before = state.value(PullApplier::kCursorKey.toString());
        const bool applied = PullApplier::apply(device.connection(), page, scope);
        const QString after = state.value(PullApplier::kCursorKey.toString());
        if (!applied && after != before) {
            fprintf(stderr, "a refused page moved the cursor\n");
            abort();
        }
        if (applied && after != page.value(QStringLiteral("cursor")).toString()) {
            fprintf(stderr, "an applied page left another cursor than its own\n");
            abort();
        }
    }
    return 0;
}
