// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QList>
#include <QString>
#include <vector>

namespace rebind {

class Catalog;

// The one search used wherever a service is chosen: names in both languages, aliases (pinyin,
// initials), ids, everyday keywords ("驾照" → 交管12123), domains (also inside a pasted link),
// SMS signatures and sender numbers.
// Curated services rank above public ones, and riskier ones above the rest.
class CatalogSearch
{
public:
    explicit CatalogSearch(const Catalog& catalog);
    // Over Catalog::builtIn(), built once: what every service picker uses.
    static const CatalogSearch& builtIn();

    QList<const CatalogEntry*> search(const QString& term, int limit = 50) const;
    // How well one entry matches (0: not at all); exposed for ranking tests.
    int score(const CatalogEntry& entry, const QString& term) const;

    // The curated services in the order a number's region (ISO code, "GB"; empty reads as CN)
    // offers them when nothing is searched: the services nearly everyone there uses first, then
    // the riskiest, the region's own market (Chinese services for CN) before the other, then the
    // order given. Outside CN all international services come before the Chinese ones.
    static void sortForRegion(QList<const CatalogEntry*>& entries, const QString& regionCode);
    // Where an entry comes among the region's everyday services (0, 1, …); the rest share one
    // rank after them. Exposed for tests.
    static int regionRank(const QString& id, const QString& regionCode);

    // Lower case without spaces, dashes, dots between CJK and brackets, so that "China Merchants",
    // "china-merchants" and "【招商银行】" compare as people mean them.
    static QString normalize(const QString& text);

private:
    struct Keys
    {
        const CatalogEntry* entry = nullptr;
        QStringList words; // normalized names, aliases and id
        QStringList keywords;
        QStringList domains;
        QStringList signatures;
        QStringList senders;
    };
    int scoreKeys(const Keys& keys, const QString& term, const QString& host) const;

    std::vector<Keys> m_index;
};

} // namespace rebind
