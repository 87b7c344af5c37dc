// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QJsonObject;

namespace rebind {

// Parses one catalog file and checks each entry against the rules of its detail level
// (resources/catalog/README.md). Entries with problems are still returned when they have an id
// and names, so that one slip in the data never hides a whole file; the problems are for tests
// and authors, not for end users, and so are not translated.
class CatalogReader
{
public:
    struct Parsed
    {
        QList<CatalogEntry> entries;
        QList<CatalogCompany> companies;
        QList<CatalogRedirect> redirects;
        QStringList problems;
    };

    static Parsed read(const QByteArray& json, const QString& source);

private:
    static CatalogEntry readEntry(const QJsonObject& object, const QString& where,
                                  QStringList& problems);
    static CatalogCompany readCompany(const QJsonObject& object, const QString& where,
                                      QStringList& problems);
};

} // namespace rebind
