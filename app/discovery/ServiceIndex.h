// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>

namespace rebind {

// What a signature, sender or name points at: a catalog service, or a group whose shared
// signature it is (then the message may still name one of its services).
struct ServiceHit
{
    const CatalogEntry* entry = nullptr;
    const CatalogCompany* company = nullptr;

    bool found() const { return entry != nullptr || company != nullptr; }
};

// Look-ups into the catalog for discovery, all hash maps built once per scan so that matching a
// message never walks the catalog: SMS signatures, service numbers, alphanumeric sender IDs,
// domains, and names or aliases as messages write them. Keys are compared in the catalog
// search's spelling (lower case, letters and digits only) with traditional Chinese folded to
// simplified.
class ServiceIndex
{
public:
    explicit ServiceIndex(const Catalog& catalog);

    // A 【signature】 as services really sign: the brand, a name or alias, the company with a
    // generic ending (…安全中心, …科技有限公司, …客服, "… Security"), a sub-brand (the brand
    // followed by 外卖, 驿站, 超市 …), an office of an institution (国家税务总局上海市税务局,
    // 北京住房公积金). Exact knowledge wins over each of these readings, in that order.
    ServiceHit bySignature(const QString& signature) const;
    // A service number, exactly (95555, +86 95555): a shared 1069… gateway whose tail happens to
    // be a service's number is not that service.
    ServiceHit byServiceNumber(const QString& sender) const;
    // An alphanumeric sender ID: "Uber", "HSBC", "Booking.com", "CitiAlert", "DBS-SG".
    const CatalogEntry* bySenderId(const QString& sender) const;
    // A name as a message writes it ("Apple", "Samsung account", "Bank of America").
    const CatalogEntry* byName(const QString& name) const;
    // Also finds "mail.qq.com" under "qq.com".
    const CatalogEntry* byDomain(const QString& host) const;
    // Which of the company's services the message names ("…你的QQ号…" → QQ), by the longest
    // name or alias found in it; null when it names none.
    const CatalogEntry* serviceNamedIn(const CatalogCompany& company, const QString& body) const;
    // The more specific service a message of entry's is about, when the catalog has one whose
    // name extends entry's (招商银行 → 招商银行信用卡 for a message about 信用卡, 京东 → 京东金融);
    // entry itself otherwise.
    const CatalogEntry* narrowed(const CatalogEntry* entry, const QString& body) const;

    // Lower case, letters and digits only, traditional Chinese folded to simplified.
    static QString key(QStringView text);

private:
    struct Marker
    {
        QString key;
        const CatalogEntry* entry = nullptr;
    };

    void addNames(const CatalogEntry& entry);
    void addDerived(const QString& key, const CatalogEntry& entry);
    void addChildren(const Catalog& catalog);
    ServiceHit exact(const QString& key, bool withPublic) const;
    const CatalogEntry* nameKey(const QString& key, bool senderOrPhrase) const;
    ServiceHit byParts(const QString& key) const;

    QHash<QString, const CatalogEntry*> m_signatures;
    QHash<QString, const CatalogEntry*> m_senders;
    QHash<QString, const CatalogEntry*> m_domains;
    QHash<QString, const CatalogEntry*> m_names;   // curated names, ids and aliases
    QHash<QString, const CatalogEntry*> m_derived; // curated names without their endings
    QSet<QString> m_ambiguous;                     // derived keys two services share
    QSet<QString> m_shortAliases;                  // one- and two-letter aliases only
    QHash<QString, const CatalogEntry*> m_public;  // public entries' names
    QHash<QString, const CatalogCompany*> m_companySignatures;
    QHash<QString, const CatalogCompany*> m_companySenders;
    QHash<const CatalogCompany*, QList<Marker>> m_companyNames;
    QHash<const CatalogEntry*, QList<Marker>> m_children;
};

} // namespace rebind
