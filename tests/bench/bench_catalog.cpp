// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long loading the built-in catalog and searching it take (target: load <= 30 ms).
// The built-in catalog is read from the index made at build time (CatalogIndex); the same
// catalog parsed and checked from its JSON files, as the program did before, is timed beside it.
#include "Catalog.h"
#include "CatalogIndex.h"
#include "CatalogSearch.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace rebind;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const Catalog& catalog = Catalog::builtIn();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf(
        "load %lld entries (%d curated cn, %d curated global, %d public): %.1f ms (target <= 30)\n",
        static_cast<long long>(catalog.entries().size()),
        catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("cn")),
        catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("global")),
        catalog.count(CatalogEntry::Detail::Public), loadMs);

    timer.restart();
    const Catalog fromJson = Catalog::load(Catalog::files(QStringLiteral(REBIND_CATALOG_DIR)));
    const double jsonMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QByteArray index = CatalogIndex::write(fromJson);
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("for comparison: parsing and checking the JSON files %.1f ms; writing the index "
                "(%.1f MiB) %.1f ms\n",
                jsonMs, double(index.size()) / 1048576.0, writeMs);

    timer.restart();
    const CatalogSearch search(catalog);
    std::printf("build search index: %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
    const QStringList terms = {QStringLiteral("wx"),    QStringLiteral("招商"),
                               QStringLiteral("95555"), QStringLiteral("taobao.com"),
                               QStringLiteral("bank"),  QStringLiteral("g")};
    timer.restart();
    int hits = 0;
    const int rounds = 50;
    for (int i = 0; i < rounds; ++i) {
        for (const QString& term : terms) {
            hits += int(search.search(term).size());
        }
    }
    std::printf("search: %.2f ms per term (%d hits)\n",
                double(timer.nsecsElapsed()) / 1e6 / double(rounds * terms.size()), hits);
    return 0;
}
