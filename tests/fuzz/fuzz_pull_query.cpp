// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/pull?… as a hostile device asks it: the input is the query string, split and
// percent-decoded as QHttpServer hands it to the route (QUrlQuery, FullyDecoded), read by
// Wire::pullQueryFromItems and, when it reads, answered by the server's store for a kiosk, a
// phone and a staff tablet (the database holds the demo catalogue's changes). The answer must
// come (no 500), never hold more changes than asked for, and its cursor must read again.

#include "serverfixture.h"

#include "protocol/requests.h"

#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fuzz::ServerFixture fixture;
    const QUrlQuery query(QString::fromUtf8(Fuzz::bytes(data, size)));
    const auto read = Wire::pullQueryFromItems(query.queryItems(QUrl::FullyDecoded));
    if (read.error)
        return 0;
    for (const Server::Device &device : {fixture.kiosk, fixture.phone, fixture.staff}) {
        const auto page = fixture.store().pull(device, read.value.position(), read.value.limit);
        if (!page) {
            fprintf(stderr, "the store failed a pull the reader accepted: %s\n", qPrintable(fixture.store().lastError()));
            abort();
        }
        if (page->changes.size() > read.value.limit) {
            fprintf(stderr, "%lld changes for a limit of %d\n", qlonglong(page->changes.size()), read.value.limit);
            abort();
        }
        if (!page->resetRequired) {
            const auto again = Wire::pullQueryFromItems({{QStringLiteral("cursor"), QString::number(page->cursor)}});
            if (again.error) {
                fprintf(stderr, "the server's own cursor does not read: %lld\n", page->cursor);
                abort();
            }
        }
    }
    return 0;
}
