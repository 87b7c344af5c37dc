// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace rebind {

class Catalog;

// How much the catalog knows, counted: the figures authors and reviewers quote
// (rebind-cli catalog stats).
struct CatalogStats
{
    // The counts of one group of entries (the curated ones of a market, or the public ones).
    struct Group
    {
        int total = 0;
        int withSources = 0;
        int generic = 0;
        QMap<QString, int> categories;
        QMap<QString, int> tiers;
        QMap<QString, int> confidence; // curated only
        QMap<QString, int> channels;   // curated only: entries offering each channel
        QMap<QString, int> oldNumber;  // curated only
        QMap<QString, int> actionKinds;
    };

    QMap<QString, Group> curated; // by market: "cn", "global"
    Group publicEntries;
    int redirects = 0;
    int companies = 0;

    static CatalogStats of(const Catalog& catalog);
};

} // namespace rebind
