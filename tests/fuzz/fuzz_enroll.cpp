// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/enroll as anyone on the network sends it: the body read as the server reads it
// (Server::jsonObjectBody, Wire::enrollRequestFromJson), the code normalised
// (Server::Auth::normaliseEnrollmentCode) and redeemed by the server's store, on a database
// with one unused code (the seed corpus holds it). The same bytes also go through the
// device's reader of the answer (Wire::enrollReplyFromJson), as a hostile server would send
// them. A normalised code is always the 12 symbols in three groups, or nothing.

#include "serverfixture.h"

#include "protocol/requests.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fuzz::ServerFixture fixture;
    const auto body = Fuzz::routeBody(data, size);
    if (!body)
        return 0;
    (void)Wire::enrollReplyFromJson(*body);
    const auto read = Wire::enrollRequestFromJson(*body);
    if (read.error)
        return 0;
    const auto code = Server::Auth::normaliseEnrollmentCode(read.value.code);
    if (!code)
        return 0;
    if (code->size() != Server::Auth::kEnrollmentCodeSymbols + 2) {
        fprintf(stderr, "a normalised code of %lld characters\n", qlonglong(code->size()));
        abort();
    }
    fixture.reset();
    (void)fixture.store().redeemEnrollmentCode(Server::Auth::hashSecret(code->toLatin1()), QStringLiteral("fuzz-new"),
                                               Server::Auth::hashSecret("new-token"), Fuzz::now());
    return 0;
}
