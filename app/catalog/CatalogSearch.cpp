// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSearch.h"

#include "Catalog.h"
#include "ServiceText.h"

#include <algorithm>
#include <QHash>
#include <QUrl>

namespace rebind {

namespace {

// A domain, or the host of a pasted link ("https://www.taobao.com/x" → "taobao.com").
QString hostOf(const QString& term)
{
    const QString trimmed = term.trimmed().toLower();
    if (!trimmed.contains(QLatin1Char('.')) || trimmed.contains(QLatin1Char(' '))) {
        return {};
    }
    QString host = QUrl::fromUserInput(trimmed).host();
    if (host.startsWith(QLatin1String("www."))) {
        host = host.mid(4);
    }
    return host;
}

bool allDigits(const QString& text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool isChina(const QString& regionCode)
{
    return regionCode.isEmpty() || regionCode == QLatin1String("CN");
}

// Outside mainland China: the international accounts nearly everyone has come first, then the
// region's own (its government login, largest banks), then the other everyday ones. Short lists
// by hand, as ServiceText::commonRank() for China: the catalog has no usage figures.
QStringList everydayOutsideChina(const QString& regionCode)
{
    static const QStringList first = {
        QStringLiteral("google"),   QStringLiteral("apple"),    QStringLiteral("microsoft"),
        QStringLiteral("whatsapp"), QStringLiteral("facebook"), QStringLiteral("paypal"),
    };
    static const QStringList then = {
        QStringLiteral("instagram"), QStringLiteral("amazon"),   QStringLiteral("telegram"),
        QStringLiteral("x-twitter"), QStringLiteral("linkedin"), QStringLiteral("uber"),
        QStringLiteral("ebay"),      QStringLiteral("netflix"),  QStringLiteral("spotify"),
        QStringLiteral("yahoo"),
    };
    static const QHash<QString, QStringList> regional = {
        {QStringLiteral("GB"),
         {QStringLiteral("gov-uk-one-login"), QStringLiteral("monzo"), QStringLiteral("starling"),
          QStringLiteral("barclays"), QStringLiteral("lloyds"), QStringLiteral("natwest"),
          QStringLiteral("hsbc"), QStringLiteral("santander"), QStringLiteral("revolut")}},
        {QStringLiteral("US"),
         {QStringLiteral("id-me"), QStringLiteral("chase"), QStringLiteral("bank-of-america"),
          QStringLiteral("wells-fargo"), QStringLiteral("citi"), QStringLiteral("capital-one"),
          QStringLiteral("venmo"), QStringLiteral("zelle"), QStringLiteral("cash-app")}},
        {QStringLiteral("AU"),
         {QStringLiteral("mygov-au"), QStringLiteral("commbank"), QStringLiteral("westpac"),
          QStringLiteral("anz")}},
        {QStringLiteral("SG"),
         {QStringLiteral("singpass"), QStringLiteral("dbs"), QStringLiteral("ocbc"),
          QStringLiteral("uob"), QStringLiteral("grab")}},
        {QStringLiteral("HK"),
         {QStringLiteral("iam-smart"), QStringLiteral("octopus"), QStringLiteral("payme"),
          QStringLiteral("alipayhk"), QStringLiteral("hsbc"), QStringLiteral("hang-seng"),
          QStringLiteral("bochk"), QStringLiteral("wechat")}},
        {QStringLiteral("CA"),
         {QStringLiteral("rbc"), QStringLiteral("td-bank"), QStringLiteral("scotiabank")}},
        {QStringLiteral("DE"), {QStringLiteral("n26"), QStringLiteral("ing")}},
        {QStringLiteral("PH"), {QStringLiteral("gcash"), QStringLiteral("maya")}},
        {QStringLiteral("JP"), {QStringLiteral("line"), QStringLiteral("paypay")}},
        {QStringLiteral("KR"), {QStringLiteral("kakaotalk")}},
    };
    return first + regional.value(regionCode) + then;
}

int tierBonus(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return 4;
    case RiskTier::High:
        return 3;
    case RiskTier::Medium:
        return 2;
    case RiskTier::Low:
        return 1;
    }
    return 0;
}

} // namespace

int CatalogSearch::regionRank(const QString& id, const QString& regionCode)
{
    if (isChina(regionCode)) {
        return ServiceText::commonRank(id);
    }
    const QStringList everyday = everydayOutsideChina(regionCode);
    const qsizetype index = everyday.indexOf(id);
    return static_cast<int>(index < 0 ? everyday.size() : index);
}

void CatalogSearch::sortForRegion(QList<const CatalogEntry*>& entries, const QString& regionCode)
{
    const bool china = isChina(regionCode);
    const QString home = china ? QStringLiteral("cn") : QStringLiteral("global");
    // Ranked once, not in every comparison.
    QHash<const CatalogEntry*, int> ranks;
    for (const CatalogEntry* entry : entries) {
        ranks.insert(entry, regionRank(entry->id, regionCode));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const CatalogEntry* a, const CatalogEntry* b) {
                         const int rankA = ranks.value(a);
                         const int rankB = ranks.value(b);
                         if (rankA != rankB) {
                             return rankA < rankB;
                         }
                         // Outside China the Chinese services come after all international
                         // ones, whatever their risk: few there have them.
                         if (!china && a->market != b->market) {
                             return a->market == home;
                         }
                         if (a->tier != b->tier) {
                             return static_cast<int>(a->tier) < static_cast<int>(b->tier);
                         }
                         return a->market == home && b->market != home;
                     });
}

QString CatalogSearch::normalize(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

CatalogSearch::CatalogSearch(const Catalog& catalog)
{
    m_index.reserve(static_cast<size_t>(catalog.entries().size()));
    for (const CatalogEntry& entry : catalog.entries()) {
        Keys keys;
        keys.entry = &entry;
        for (const QString& word :
             QStringList{entry.names.zh, entry.names.en, entry.id} + entry.aliases) {
            const QString normalized = normalize(word);
            if (!normalized.isEmpty() && !keys.words.contains(normalized)) {
                keys.words.append(normalized);
            }
        }
        for (const QString& keyword : entry.keywords) {
            const QString normalized = normalize(keyword);
            if (!normalized.isEmpty()) {
                keys.keywords.append(normalized);
            }
        }
        for (const QString& domain : entry.domains) {
            keys.domains.append(domain.toLower());
        }
        for (const QString& signature : entry.smsSignatures) {
            keys.signatures.append(normalize(signature));
        }
        keys.senders = entry.smsSenders;
        m_index.push_back(std::move(keys));
    }
}

const CatalogSearch& CatalogSearch::builtIn()
{
    static const CatalogSearch search(Catalog::builtIn());
    return search;
}

int CatalogSearch::scoreKeys(const Keys& keys, const QString& term, const QString& host) const
{
    int best = 0;
    if (!host.isEmpty()) {
        for (const QString& domain : keys.domains) {
            if (host == domain) {
                best = std::max(best, 100);
            } else if (host.endsWith(QLatin1Char('.') + domain)) {
                best = std::max(best, 90);
            } else if (domain.endsWith(QLatin1Char('.') + host)) {
                best = std::max(best, 70);
            }
        }
    }
    if (allDigits(term)) {
        for (const QString& sender : keys.senders) {
            if (sender == term) {
                best = std::max(best, 100);
            } else if (term.size() >= 4 && sender.startsWith(term)) {
                best = std::max(best, 60);
            }
        }
    }
    for (const QString& signature : keys.signatures) {
        if (signature == term) {
            best = std::max(best, 95);
        }
    }
    // A single Latin letter matches too much to mean anything; one Chinese character does not.
    const bool meaningfulFragment = term.size() >= 2 || term.at(0).unicode() >= 0x2E80;
    for (const QString& word : keys.words) {
        if (word == term) {
            best = std::max(best, 100);
        } else if (word.startsWith(term) && meaningfulFragment) {
            best = std::max(best, 80);
        } else if (term.size() >= 2 && word.contains(term)) {
            best = std::max(best, 50);
        }
    }
    // Everyday words ("电费", "驾照") lead to the service that handles them, below its own names;
    // what people type often wraps the word ("交电费", "换驾照").
    for (const QString& keyword : keys.keywords) {
        if (keyword == term) {
            best = std::max(best, 85);
        } else if (keyword.startsWith(term) && meaningfulFragment) {
            best = std::max(best, 65);
        } else if (keyword.size() >= 2 && term.contains(keyword)) {
            best = std::max(best, 60);
        }
    }
    return best;
}

int CatalogSearch::score(const CatalogEntry& entry, const QString& term) const
{
    const QString normalized = normalize(term);
    if (normalized.isEmpty()) {
        return 0;
    }
    for (const Keys& keys : m_index) {
        if (keys.entry == &entry) {
            return scoreKeys(keys, normalized, hostOf(term));
        }
    }
    return 0;
}

QList<const CatalogEntry*> CatalogSearch::search(const QString& term, int limit) const
{
    const QString normalized = normalize(term);
    if (normalized.isEmpty()) {
        return {};
    }
    const QString host = hostOf(term);
    struct Hit
    {
        int rank;
        const CatalogEntry* entry;
    };
    std::vector<Hit> hits;
    for (const Keys& keys : m_index) {
        const int match = scoreKeys(keys, normalized, host);
        if (match > 0) {
            // Match quality first; among equals, curated before public, then the riskier.
            const int rank =
                match * 100 + (keys.entry->isCurated() ? 50 : 0) + tierBonus(keys.entry->tier);
            hits.push_back({rank, keys.entry});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.rank != b.rank) {
            return a.rank > b.rank;
        }
        // Among equals, what most people use ("电费": State Grid serves most provinces).
        const int common =
            ServiceText::commonRank(a.entry->id) - ServiceText::commonRank(b.entry->id);
        if (common != 0) {
            return common < 0;
        }
        return a.entry->names.en.compare(b.entry->names.en, Qt::CaseInsensitive) < 0;
    });
    QList<const CatalogEntry*> out;
    for (const Hit& hit : hits) {
        if (out.size() >= limit) {
            break;
        }
        out.append(hit.entry);
    }
    return out;
}

} // namespace rebind
