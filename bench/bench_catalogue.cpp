// SPDX-FileCopyrightText: 2026 Meedoen contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large catalogue file for the startup and memory benchmarks: the demo catalogue's
// neighbourhoods, sites and opportunities, then copies of its opportunities (new ids,
// numbered titles, sites drawn with a fixed seed) up to N. `meedoen --catalogue FILE` loads it on
// first start, exactly as a device loads any catalogue file.
//
// Usage: meedoen_bench_catalogue DEMO_CATALOGUE.json N OUT.json

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: meedoen_bench_catalogue DEMO_CATALOGUE.json N OUT.json\n", stderr);
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QJsonObject catalogue = QJsonDocument::fromJson(in.readAll()).object();
    const QJsonArray demo = catalogue.value(u"opportunities"_s).toArray();
    const QJsonArray sites = catalogue.value(u"sites"_s).toArray();
    const int count = args.at(2).toInt();
    if (demo.isEmpty() || sites.isEmpty() || count <= 0) {
        std::fputs("no opportunities or sites in the demo catalogue, or N is not positive\n", stderr);
        return 1;
    }
    QRandomGenerator rng(20261128);
    QJsonArray opportunities;
    for (int i = 0; i < count; ++i) {
        QJsonObject o = demo.at(i % demo.size()).toObject();
        // The demo opportunities themselves come first, unchanged: the tour opens them by id.
        if (i < demo.size()) {
            opportunities.append(o);
            continue;
        }
        o[u"id"_s] = u"bench-%1"_s.arg(i, 6, 10, QChar(u'0'));
        o[u"title"_s] = QString(o.value(u"title"_s).toString() + u" (%1)"_s.arg(i + 1));
        const QJsonObject site = sites.at(int(rng.bounded(quint32(sites.size())))).toObject();
        o[u"site"_s] = site.value(u"id"_s);
        o[u"neighbourhood"_s] = site.value(u"neighbourhood"_s);
        o[u"placesTaken"_s] = 0;
        opportunities.append(o);
    }
    catalogue[u"opportunities"_s] = opportunities;
    QFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(catalogue).toJson(QJsonDocument::Compact)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
