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
