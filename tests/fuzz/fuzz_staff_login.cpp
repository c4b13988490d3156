// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/staff/login as a hostile tablet sends it: the body read as the server reads it
// (Server::jsonObjectBody, Wire::staffLoginRequestFromJson), the login folded as the route
// folds it and asked of the store's sign-in gate (StaffAccounts::beginLogin: unknown,
// allowed, wait or locked), on a database with one staff member. The password itself only
// goes to libsodium's Argon2id, which is not fuzzed here (200 ms a try). The same bytes also
// go through the tablet's reader of the answer (Wire::staffLoginReplyFromJson).

#include "core/attemptpolicy.h"
#include "serverfixture.h"

#include "protocol/requests.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fuzz::ServerFixture fixture;
    const auto body = Fuzz::routeBody(data, size);
    if (!body)
        return 0;
    (void)Wire::staffLoginReplyFromJson(*body);
    const auto read = Wire::staffLoginRequestFromJson(*body);
    if (read.error)
        return 0;
    if (read.value.login.size() > Wire::kMaxLoginFieldLength || read.value.password.size() > Wire::kMaxLoginFieldLength) {
        fprintf(stderr, "the reader let a field over %d characters through\n", Wire::kMaxLoginFieldLength);
        abort();
    }
    fixture.reset();
    const auto gate = fixture.store().beginLogin(read.value.login.trimmed().toLower(), fixture.staff.id,
                                                 Meedoen::kStaffLoginPolicy, Fuzz::now());
    if (!gate) {
        fprintf(stderr, "the sign-in gate failed: %s\n", qPrintable(fixture.store().lastError()));
        abort();
    }
    return 0;
}
