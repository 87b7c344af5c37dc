// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogListCommand.h"

#include "Catalog.h"
#include "CatalogJson.h"
#include "CatalogText.h"
#include "Console.h"
#include "ValueParser.h"
#include "Vocabulary.h"

#include <algorithm>

namespace rebind::cli {

QString CatalogListCommand::summary() const
{
    return tr("List the services in the built-in catalog, curated ones first.");
}

QString CatalogListCommand::synopsis() const
{
    return QStringLiteral("[--curated] [--market cn|global] [--category CATEGORY] [--json]");
}

void CatalogListCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(
        QStringList{QStringLiteral("json")},
        tr("Print a JSON array with one object per service (id, names, market, category, tier, "
           "flags, detail, has_steps), for scripts."));
    m_curated = QCommandLineOption(
        QStringList{QStringLiteral("curated")},
        tr("Only the curated services, which come with steps; not the thousands of public "
           "entries that only have basic facts."));
    m_market = QCommandLineOption(QStringList{QStringLiteral("market")},
                                  tr("Only services of this market: cn (mainland China) or "
                                     "global."),
                                  QStringLiteral("MARKET"));
    m_category = QCommandLineOption(QStringList{QStringLiteral("category")},
                                    tr("Only services of this category: %1.")
                                        .arg(Vocabulary::categoryKeys().join(QStringLiteral(", "))),
                                    QStringLiteral("CATEGORY"));
    for (const QCommandLineOption& option : {m_json, m_curated, m_market, m_category}) {
        parser.addOption(option);
    }
}

Outcome CatalogListCommand::run(const CommandContext& context)
{
    QString market;
    if (context.options.isSet(m_market)) {
        auto parsed = ValueParser::market(context.options.value(m_market));
        if (!parsed) {
            return Outcome::fromError(parsed.error());
        }
        market = *parsed;
    }
    QString category;
    if (context.options.isSet(m_category)) {
        auto parsed = ValueParser::category(context.options.value(m_category));
        if (!parsed) {
            return Outcome::fromError(parsed.error());
        }
        category = *parsed;
    }
    const bool curatedOnly = context.options.isSet(m_curated);

    QList<const CatalogEntry*> entries;
    for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
        if ((curatedOnly && !entry.isCurated()) || (!market.isEmpty() && entry.market != market) ||
            (!category.isEmpty() && entry.category != category)) {
            continue;
        }
        entries.append(&entry);
    }
    // Otherwise in the catalog's own order, which lists the common services of a group first.
    std::stable_partition(entries.begin(), entries.end(),
                          [](const CatalogEntry* entry) { return entry->isCurated(); });

    if (context.options.isSet(m_json)) {
        context.console.outUtf8(CatalogJson::render(entries));
    } else if (entries.isEmpty()) {
        context.console.errLine(tr("No service in the catalog matches these filters."));
    } else {
        context.console.out(CatalogText::table(entries, context.language));
    }
    return Outcome::success();
}

} // namespace rebind::cli
