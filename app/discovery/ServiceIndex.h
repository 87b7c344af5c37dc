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
    // A signature or sender several services of one group share (【腾讯科技】).
    const CatalogCompany* companyBySignature(const QString& signature) const;
    const CatalogCompany* companyBySender(const QString& sender) const;
    // Which of the company's services the message names ("…你的QQ号…" → QQ), by the longest
    // name or alias found in it; null when it names none.
    const CatalogEntry* serviceNamedIn(const CatalogCompany& company, const QString& body) const;

private:
    static QString key(const QString& text);

    QHash<QString, const CatalogEntry*> m_signatures;
    QHash<QString, const CatalogEntry*> m_senders;
    QHash<QString, const CatalogEntry*> m_domains;
    QHash<QString, const CatalogEntry*> m_names;
    QHash<QString, const CatalogCompany*> m_companySignatures;
    QHash<QString, const CatalogCompany*> m_companySenders;
    const Catalog& m_catalog;
};

} // namespace rebind
