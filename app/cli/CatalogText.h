// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace rebind::cli {

// The catalog for people, in the UI language: a table of services for catalog list and
// catalog search, and everything about one service for catalog show.
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)

public:
    // One row per entry: id, name (the other language's beside it), category, risk tier.
    static QString table(const QList<const CatalogEntry*>& entries, const QString& language);
    // Names, facts, warnings, numbered steps, the way back when the old number is gone, links,
    // how sure the catalog is and when it was last reviewed.
    static QString details(const CatalogEntry& entry, const QString& language);

    // "微信 / WeChat" in Chinese, "WeChat / 微信" otherwise; one name when both are the same.
    static QString displayName(const CatalogEntry& entry, const QString& language);
    static QString tierLabel(RiskTier tier);
    static QString marketLabel(const QString& market);

private:
    using Field = QPair<QString, QString>;

    static QStringList warnings(const CatalogEntry& entry);
    static QString fields(const QList<Field>& fields, const QString& indent);
    static QString steps(const QStringList& steps);
    static QString stepsHeading(StepKind kind);
    static QString deletion(const CatalogEntry& entry);
    static QString difficultyLabel(const QString& difficulty);
    static QString confidenceLabel(const QString& confidence);
    static QString twoFactorLabel(const QString& method);
};

} // namespace rebind::cli
