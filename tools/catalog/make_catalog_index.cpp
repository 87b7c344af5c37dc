// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Run by the build (app/catalog/CMakeLists.txt), not by people:
//
//   make_catalog_index FOLDER OUTPUT
//
// Loads the catalog's JSON files in FOLDER (resources/catalog) with the program's own
// CatalogReader and writes the index that Catalog::builtIn() reads (CatalogIndex). Authoring
// problems are carried in the index, not fatal here: tst_catalog and Catalog::problems() report
// them as they did when the program parsed the JSON itself.
#include "Catalog.h"
#include "CatalogIndex.h"

#include <cstdio>
#include <QCoreApplication>
#include <QSaveFile>

using namespace rebind;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: make_catalog_index FOLDER OUTPUT\n");
        return 2;
    }
    const Catalog catalog = Catalog::load(Catalog::files(arguments.at(1)));
    if (catalog.entries().isEmpty()) {
        std::fprintf(stderr, "make_catalog_index: no catalog entries in %s\n",
                     qPrintable(arguments.at(1)));
        return 1;
    }
    if (!catalog.problems().isEmpty()) {
        std::fprintf(stderr,
                     "make_catalog_index: the catalog has %lld authoring problems (tst_catalog "
                     "lists them), first: %s\n",
                     static_cast<long long>(catalog.problems().size()),
                     qPrintable(catalog.problems().constFirst()));
    }
    QSaveFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(CatalogIndex::write(catalog)) < 0 ||
        !out.commit()) {
        std::fprintf(stderr, "make_catalog_index: cannot write %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    return 0;
}
