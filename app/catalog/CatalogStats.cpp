// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogStats.h"

#include "Catalog.h"

namespace rebind {

CatalogStats CatalogStats::of(const Catalog& catalog)
{
    CatalogStats stats;
    stats.redirects = int(catalog.redirects().size());
    stats.companies = int(catalog.companies().size());
    for (const CatalogEntry& entry : catalog.entries()) {
        Group& group = entry.isCurated() ? stats.curated[entry.market] : stats.publicEntries;
        ++group.total;
        ++group.categories[entry.category];
        ++group.tiers[catalogKey(entry.tier)];
        if (!entry.isCurated()) {
            continue;
        }
        group.withSources += entry.sources.isEmpty() ? 0 : 1;
        group.generic += entry.generic ? 1 : 0;
        ++group.confidence[entry.confidence];
        ++group.oldNumber[catalogKey(entry.oldNumber)];
        ++group.actionKinds[catalogKey(entry.actionKind)];
        for (const ChannelSteps& channel : entry.channels) {
            ++group.channels[catalogKey(channel.kind)];
        }
    }
    return stats;
}

} // namespace rebind
