// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace rebind {

// The built-in knowledge of services. The source is the JSON files of resources/catalog; the
// program carries them as the index made from them at build time (CatalogIndex).
class Catalog
{
public:
    // The catalog compiled into the program, loaded on first use from its index.
    static const Catalog& builtIn();
    // From JSON files (Qt resource paths or ordinary ones): for the index tool, tests and tools.
    static Catalog load(const QStringList& paths);
    // The JSON files of a catalog folder (resources/catalog) in the order load() takes them:
    // the curated files by name, then public.json.
    static QStringList files(const QString& folder);

    const QList<CatalogEntry>& entries() const { return m_entries; }
    // The entry with this id, following a redirect when the id was merged into another.
    const CatalogEntry* find(const QString& id) const;
    // The id an entry is now found under (itself when it was never merged).
    QString resolve(const QString& id) const { return m_redirects.value(id, id); }
    const QHash<QString, QString>& redirects() const { return m_redirects; }
    const QList<CatalogCompany>& companies() const { return m_companies; }
    const CatalogCompany* company(const QString& id) const;
    // Authoring problems: bad fields, and ids, aliases, SMS signatures or senders that two
    // entries claim. Empty for a healthy catalog.
    const QStringList& problems() const { return m_problems; }
    int count(CatalogEntry::Detail detail, const QString& market = QString()) const;

private:
    friend class CatalogIndex;

    void checkUniqueness();
    void applyRedirects(const QList<CatalogRedirect>& redirects);
    void linkCompanies();

    QList<CatalogEntry> m_entries;
    QList<CatalogCompany> m_companies;
    QHash<QString, QString> m_redirects;
    QHash<QString, qsizetype> m_byId;
    QStringList m_problems;
};

} // namespace rebind
