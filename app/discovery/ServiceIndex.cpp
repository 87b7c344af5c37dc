#include "ServiceIndex.h"

#include "CatalogSearch.h"

namespace rebind {

namespace {

// Curated entries win over the public ones that share a key; otherwise the first one stays.
void put(QHash<QString, const CatalogEntry*>& map, const QString& key, const CatalogEntry* entry)
{
    if (key.isEmpty()) {
        return;
    }
    auto found = map.find(key);
    if (found == map.end()) {
        map.insert(key, entry);
    } else if (!(*found)->isCurated() && entry->isCurated()) {
        *found = entry;
    }
}

} // namespace

QString ServiceIndex::key(const QString& text)
{
    return CatalogSearch::normalize(text); // the same spelling rules as the catalog's search
}

ServiceIndex::ServiceIndex(const Catalog& catalog)
{
    for (const CatalogEntry& entry : catalog.entries()) {
        for (const QString& signature : entry.smsSignatures) {
            put(m_signatures, key(signature), &entry);
        }
        for (const QString& sender : entry.smsSenders) {
            put(m_senders, key(sender), &entry);
        }
        for (const QString& domain : entry.domains) {
            put(m_domains, domain.toLower(), &entry);
        }
        // The id too: "google", "wechat" are how English messages name them.
        for (const QString& name :
             QStringList{entry.names.zh, entry.names.en, entry.id} + entry.aliases) {
            put(m_names, key(name), &entry);
        }
    }
}

const CatalogEntry* ServiceIndex::bySignature(const QString& signature) const
{
    return m_signatures.value(key(signature), nullptr);
}

const CatalogEntry* ServiceIndex::bySender(const QString& sender) const
{
    return m_senders.value(key(sender), nullptr);
}

const CatalogEntry* ServiceIndex::byDomain(const QString& host) const
{
    QString domain = host.toLower();
    while (domain.contains(QLatin1Char('.'))) {
        if (const CatalogEntry* entry = m_domains.value(domain, nullptr)) {
            return entry;
        }
        domain = domain.mid(domain.indexOf(QLatin1Char('.')) + 1);
    }
    return nullptr;
}

const CatalogEntry* ServiceIndex::byName(const QString& name) const
{
    return m_names.value(key(name), nullptr);
}

} // namespace rebind
