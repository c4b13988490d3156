// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/push as a hostile device sends it: the body is read as the server reads it
// (Server::parsePush: strict UTF-8, JSON, every mutation kind's strict reader) and, when it
// reads, applied by the server's store as a kiosk, then a phone, then a staff tablet, on a
// throw-away SQLite database put back before each input. Besides a crash or undefined
// behaviour, a finding is a push the reader accepted that the store cannot answer (a 500)
// or an answer with another number of outcomes than mutations.

#include "serverfixture.h"

#include "server/routes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fuzz::ServerFixture fixture;
    const auto parsed = Server::parsePush(Fuzz::bytes(data, size), Fuzz::now().date());
    const auto *mutations = std::get_if<QList<Server::Mutation>>(&parsed);
    if (!mutations)
        return 0;
    fixture.reset();
    for (const Server::Device &device : {fixture.kiosk, fixture.phone, fixture.staff}) {
        const auto result = fixture.store().push(device, *mutations, Fuzz::now());
        if (!result) {
            fprintf(stderr, "the store failed a push the reader accepted: %s\n",
                    qPrintable(fixture.store().lastError()));
            abort();
        }
        if (result->results.size() != mutations->size()) {
            fprintf(stderr, "%lld outcomes for %lld mutations\n", qlonglong(result->results.size()),
                    qlonglong(mutations->size()));
            abort();
        }
    }
    return 0;
}
