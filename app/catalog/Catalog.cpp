// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include "CatalogIndex.h"
#include "CatalogReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QResource>
#include <QSet>

namespace rebind {

QStringList Catalog::files(const QString& folder)
{
    QStringList files;
    const QDir curated(folder + QStringLiteral("/curated"));
    for (const QString& name :
         curated.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files.append(curated.filePath(name));
    }
    files.append(folder + QStringLiteral("/public.json"));
    return files;
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = [] {
        const QResource index(QStringLiteral(":/catalog/catalog.index"));
        // Uncompressed (app/catalog/CMakeLists.txt), it lies in the program's own memory for as
        // long as the program runs: the texts are used where they are.
        return CatalogIndex::read(index.uncompressedData(),
                                  index.compressionAlgorithm() == QResource::NoCompression
                                      ? CatalogIndex::Strings::InPlace
                                      : CatalogIndex::Strings::Copied);
    }();
    return catalog;
}

Catalog Catalog::load(const QStringList& paths)
{
    Catalog catalog;
    QList<CatalogRedirect> redirects;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            catalog.m_problems.append(path + QStringLiteral(": cannot be read"));
            continue;
        }
        CatalogReader::Parsed parsed =
            CatalogReader::read(file.readAll(), QFileInfo(path).fileName());
        catalog.m_problems.append(parsed.problems);
        catalog.m_companies.append(parsed.companies);
        redirects.append(parsed.redirects);
        for (CatalogEntry& entry : parsed.entries) {
            if (catalog.m_byId.contains(entry.id)) {
                catalog.m_problems.append(entry.id + QStringLiteral(": id used twice"));
                continue;
            }
            catalog.m_byId.insert(entry.id, catalog.m_entries.size());
            catalog.m_entries.append(std::move(entry));
        }
    }
    catalog.applyRedirects(redirects);
    catalog.linkCompanies();
    catalog.checkUniqueness();
    return catalog;
}

void Catalog::applyRedirects(const QList<CatalogRedirect>& redirects)
{
    for (const CatalogRedirect& redirect : redirects) {
        const auto target = m_byId.constFind(redirect.to);
        if (target == m_byId.constEnd() || m_byId.contains(redirect.from)) {
            m_problems.append(QStringLiteral("redirect %1 → %2: the target is missing or the old "
                                             "id is still in use")
                                  .arg(redirect.from, redirect.to));
            continue;
        }
        m_redirects.insert(redirect.from, redirect.to);
        // The public lists' knowledge of closing the account stays with the merged entry.
        CatalogEntry& entry = m_entries[*target];
        if (entry.deletionDifficulty.isEmpty()) {
            entry.deletionDifficulty = redirect.deletionDifficulty;
        }
        if (entry.deletionUrl.isEmpty()) {
            entry.deletionUrl = redirect.deletionUrl;
        }
        for (const QString& method : redirect.twoFactorMethods) {
            if (!entry.twoFactorMethods.contains(method)) {
                entry.twoFactorMethods.append(method);
            }
        }
    }
}

void Catalog::linkCompanies()
{
    QSet<QString> ids;
    for (const CatalogCompany& company : std::as_const(m_companies)) {
        if (m_byId.contains(company.id) || ids.contains(company.id)) {
            m_problems.append(company.id + QStringLiteral(": company id used twice"));
        }
        ids.insert(company.id);
        for (const QString& service : company.services) {
            const auto found = m_byId.constFind(service);
            if (found == m_byId.constEnd()) {
                m_problems.append(company.id + QStringLiteral(": no service ") + service);
                continue;
            }
            CatalogEntry& entry = m_entries[*found];
            if (!entry.company.isEmpty() && entry.company != company.id) {
                m_problems.append(service + QStringLiteral(": in two companies"));
            }
            entry.company = company.id;
        }
    }
}

const CatalogCompany* Catalog::company(const QString& id) const
{
    for (const CatalogCompany& company : m_companies) {
        if (company.id == id) {
            return &company;
        }
    }
    return nullptr;
}

void Catalog::checkUniqueness()
{
    QHash<QString, QString> aliases;
    QHash<QString, QString> signatures;
    QHash<QString, QString> senders;
    const auto claim = [this](QHash<QString, QString>& owners, const QString& key,
                              const QString& id, const char* what) {
        const auto found = owners.constFind(key);
        if (found != owners.constEnd() && *found != id) {
            m_problems.append(QStringLiteral("%1 “%2” claimed by both %3 and %4")
                                  .arg(QLatin1String(what), key, *found, id));
            return;
        }
        owners.insert(key, id);
    };
    for (const CatalogEntry& entry : std::as_const(m_entries)) {
        for (const QString& alias : entry.aliases) {
            claim(aliases, alias.toLower(), entry.id, "alias");
        }
        for (const QString& signature : entry.smsSignatures) {
            claim(signatures, signature, entry.id, "SMS signature");
        }
        for (const QString& sender : entry.smsSenders) {
            claim(senders, sender, entry.id, "SMS sender");
        }
    }
    for (const CatalogCompany& company : std::as_const(m_companies)) {
        for (const QString& signature : company.smsSignatures) {
            claim(signatures, signature, company.id, "SMS signature");
        }
        for (const QString& sender : company.smsSenders) {
            claim(senders, sender, company.id, "SMS sender");
        }
    }
}

const CatalogEntry* Catalog::find(const QString& id) const
{
    const auto found = m_byId.constFind(m_redirects.value(id, id));
    return found == m_byId.constEnd() ? nullptr : &m_entries.at(*found);
}

int Catalog::count(CatalogEntry::Detail detail, const QString& market) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const CatalogEntry& e) {
        return e.detail == detail && (market.isEmpty() || e.market == market);
    }));
}

} // namespace rebind
