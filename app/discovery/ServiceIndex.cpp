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

ServiceIndex::ServiceIndex(const Catalog& catalog) : m_catalog(catalog)
{
    for (const CatalogCompany& company : catalog.companies()) {
        for (const QString& signature : company.smsSignatures) {
            m_companySignatures.insert(key(signature), &company);
        }
        for (const QString& sender : company.smsSenders) {
            m_companySenders.insert(key(sender), &company);
        }
    }
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

const CatalogCompany* ServiceIndex::companyBySignature(const QString& signature) const
{
    return m_companySignatures.value(key(signature), nullptr);
}

const CatalogCompany* ServiceIndex::companyBySender(const QString& sender) const
{
    return m_companySenders.value(key(sender), nullptr);
}

const CatalogEntry* ServiceIndex::serviceNamedIn(const CatalogCompany& company,
                                                 const QString& body) const
{
    const QString text = key(body);
    const CatalogEntry* best = nullptr;
    qsizetype bestLength = 0;
    for (const QString& id : company.services) {
        const CatalogEntry* entry = m_catalog.find(id);
        if (entry == nullptr) {
            continue;
        }
        for (const QString& name : QStringList{entry->names.zh, entry->names.en} + entry->aliases) {
            const QString wanted = key(name);
            // Longest first: "QQ邮箱" names the mail service, not QQ itself.
            if (wanted.size() < 2 || wanted.size() <= bestLength || !text.contains(wanted)) {
                continue;
            }
            best = entry;
            bestLength = wanted.size();
        }
    }
    return best;
}

} // namespace rebind
