// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogShowCommand.h"

#include "Catalog.h"
#include "CatalogJson.h"
#include "CatalogSearch.h"
#include "CatalogText.h"
#include "Console.h"

namespace rebind::cli {

namespace {
constexpr int kSuggestions = 3;
} // namespace

QString CatalogShowCommand::summary() const
{
    return tr("Show what the catalog knows about a service and how to change its number.");
}

QString CatalogShowCommand::synopsis() const
{
    return QStringLiteral("ID [--json]");
}

void CatalogShowCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(
        QStringList{QStringLiteral("json")},
        tr("Print every field as a JSON object, with the steps in both languages, for scripts."));
    parser.addOption(m_json);
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The service's id in the catalog, e.g. wechat (see catalog "
                                    "search)."));
}

Outcome CatalogShowCommand::run(const CommandContext& context)
{
    const Catalog& catalog = Catalog::builtIn();
    const QString id = context.arguments.at(0).trimmed();
    const CatalogEntry* entry = catalog.find(id);
    if (!entry) {
        QString message = tr("There is no service with the id “%1” in the catalog. Find its id "
                             "with: rebind-cli catalog search NAME")
                              .arg(id);
        QStringList suggestions;
        for (const CatalogEntry* similar : CatalogSearch(catalog).search(id, kSuggestions)) {
            suggestions.append(similar->id);
        }
        if (!suggestions.isEmpty()) {
            message += QLatin1Char('\n') +
                       tr("Did you mean: %1?").arg(suggestions.join(QStringLiteral(", ")));
        }
        return Outcome::failure(ExitCode::NotFound, message);
    }
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(CatalogJson::render(*entry));
    } else {
        context.console.out(CatalogText::details(*entry, context.language));
    }
    return Outcome::success();
}

} // namespace rebind::cli
