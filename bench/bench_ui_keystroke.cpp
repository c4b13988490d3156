// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keystroke to results over 100k opportunities, as the catalogue page sees it: setting
// CatalogueModel::searchText runs the query and resets the model (with a
// QAbstractItemModel listener attached, as a ListView would be). Baseline, in the same run
// and on the same database: CatalogueRepository::search of the same text and limit.
//
// Usage: meedoen_bench_ui_keystroke [rows=100000] [rounds=3] [directory for the database file]

// The synthetic catalogue and the typed searches are bench_fts's, so the figures compare.
#define main bench_fts_main
#include "bench_fts.cpp"
#undef main

#include "models/cataloguemodel.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = std::max(1000, args.value(1, u"100000"_s).toInt());
    const int rounds = std::max(1, args.value(2, u"3"_s).toInt());
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + u"/meedoen-bench-XXXXXX"_s : QString());
    Database database;
    if (!tmp.isValid() || database.open(tmp.filePath(u"meedoen.db"_s)) != Database::Status::Open) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    CatalogueRepository repository(database.connection());
    std::mt19937 rng(20261103);
    Catalogue catalogue = places(rng);
    constexpr int kBatch = 10000;
    for (int first = 0; first < rows; first += kBatch) {
        QList<Opportunity> batch;
        for (int i = first; i < std::min(rows, first + kBatch); ++i)
            batch.append(makeOpportunity(rng, catalogue, i));
        if (!repository.upsert(first == 0 ? catalogue.neighbourhoods : QList<Neighbourhood>(),
                               first == 0 ? catalogue.sites : QList<Site>(), batch)) {
            std::fprintf(stderr, "upsert failed\n");
            return 1;
        }
    }
    database.checkpointTruncate();

    CatalogueModel model(&repository);
    // The kiosk's origin, so results come nearest first as on screen.
    model.setOrigin(51.9, 4.5);
    // What a view does on every reset: read each visible row's roles.
    int touched = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] {
        for (int r = 0; r < std::min(model.rowCount(), 12); ++r)
            touched += model.data(model.index(r), CatalogueModel::TitleRole).toString().size();
    });

    const QStringList typed = keystrokes();
    std::vector<double> viaModel, viaRepository;
    QElapsedTimer timer;
    for (int round = 0; round < rounds + 1; ++round) {     // round 0 warms up
        for (const QString &text : typed) {
            timer.start();
            model.setSearchText(text);
            const double modelMs = double(timer.nsecsElapsed()) / 1e6;
            CatalogueQuery q;
            q.text = text;
            q.limit = model.limit();
            q.originLatitude = 51.9;
            q.originLongitude = 4.5;
            timer.start();
            const auto results = repository.search(q);
            const double rawMs = double(timer.nsecsElapsed()) / 1e6;
            touched += int(results.size());
            if (round > 0) {
                viaModel.push_back(modelMs);
                viaRepository.push_back(rawMs);
            }
        }
        model.setSearchText({});
    }
    const double p95 = Bench::percentile(viaModel, 95);
    const double rawP95 = Bench::percentile(viaRepository, 95);
    Bench::report("ui_keystroke_p95", p95, "ms", rawP95);
    Bench::report("ui_keystroke_median", Bench::median(viaModel), "ms", Bench::median(viaRepository));
    Bench::report("ui_keystroke_repository_p95", rawP95, "ms");
    return touched > 0 ? 0 : 1;
}
