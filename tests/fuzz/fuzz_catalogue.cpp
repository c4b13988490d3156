// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A catalogue file as `meedoen-server import-catalogue FILE` and `meedoen --catalogue FILE`
// read it (Wire::parseCatalogue) and, when it reads, imported by the server's store and by
// the device's CatalogueRepository, each on a database put back before the input (the
// server's already holds the demo catalogue, so an import is also an update). A catalogue the
// reader accepted must be stored by both.

#include "devicefixture.h"
#include "serverfixture.h"

#include "storage/cataloguerepository.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fuzz::ServerFixture server;
    static Fuzz::DeviceFixture device([](QSqlDatabase) {});
    const auto catalogue = Wire::parseCatalogue(Fuzz::bytes(data, size));
    if (catalogue.error)
        return 0;
    server.reset();
    if (!server.store().importCatalogue(catalogue.value, Fuzz::now())) {
        fprintf(stderr, "the server could not import a catalogue the reader accepted: %s\n",
                qPrintable(server.store().lastError()));
        abort();
    }
    device.reset();
    CatalogueRepository repository(device.connection());
    if (!repository.upsert(catalogue.value.neighbourhoods, catalogue.value.sites, catalogue.value.opportunities)) {
        fprintf(stderr, "the device could not store a catalogue the reader accepted\n");
        abort();
    }
    return 0;
}
