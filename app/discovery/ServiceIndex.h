#pragma once

#include "Catalog.h"

#include <QHash>

namespace rebind {

// Exact look-ups into the catalog for discovery: SMS signature, SMS sender, domain, and name or
// alias (for English messages such as "Your WeChat verification code"). Built once per scan.
class ServiceIndex
{
public:
    explicit ServiceIndex(const Catalog& catalog);

    const CatalogEntry* bySignature(const QString& signature) const;
    const CatalogEntry* bySender(const QString& sender) const;
    // Also finds "mail.qq.com" under "qq.com".
    const CatalogEntry* byDomain(const QString& host) const;
    const CatalogEntry* byName(const QString& name) const;

private:
    static QString key(const QString& text);

    QHash<QString, const CatalogEntry*> m_signatures;
    QHash<QString, const CatalogEntry*> m_senders;
    QHash<QString, const CatalogEntry*> m_domains;
    QHash<QString, const CatalogEntry*> m_names;
};

} // namespace rebind
