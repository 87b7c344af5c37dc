// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSearchCommand.h"

#include "Catalog.h"
#include "CatalogJson.h"
#include "CatalogSearch.h"
#include "CatalogText.h"
#include "Console.h"
#include "ValueParser.h"

namespace rebind::cli {

QString CatalogSearchCommand::summary() const
{
    return tr("Find services in the catalog by name, pinyin, website or SMS number.");
}

QString CatalogSearchCommand::synopsis() const
{
    return QStringLiteral("TERM [--limit N] [--json]");
}

void CatalogSearchCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(QStringList{QStringLiteral("json")},
                                tr("Print a JSON array with one object per service, best match "
                                   "first, as catalog list --json does."));
    m_limit = QCommandLineOption(QStringList{QStringLiteral("limit")},
                                 tr("Show at most N services (default: %1).").arg(kDefaultLimit),
                                 QStringLiteral("N"));
    parser.addOption(m_json);
    parser.addOption(m_limit);
    parser.addPositionalArgument(
        QStringLiteral("TERM"),
        tr("A name in Chinese or English, its pinyin or initials (weixin, wx), a website "
           "(taobao.com), an SMS signature (招商银行) or sender number (95555)."));
}

Outcome CatalogSearchCommand::run(const CommandContext& context)
{
    const QString term = context.arguments.join(QLatin1Char(' ')).trimmed();
    if (term.isEmpty()) {
        return Outcome::usage(tr("Please give a name, website or SMS number to search for."));
    }
    int limit = kDefaultLimit;
    if (context.options.isSet(m_limit)) {
        auto parsed = ValueParser::count(context.options.value(m_limit),
                                         m_limit.names().constFirst(), kMaxLimit);
        if (!parsed) {
            return Outcome::fromError(parsed.error());
        }
        limit = *parsed;
    }
    const QList<const CatalogEntry*> found = CatalogSearch(Catalog::builtIn()).search(term, limit);
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(CatalogJson::render(found));
    } else if (found.isEmpty()) {
        context.console.errLine(tr("Nothing in the catalog matches “%1”. Try another name, its "
                                   "pinyin, its website or the number its SMS come from.")
                                    .arg(term));
    } else {
        context.console.out(CatalogText::table(found, context.language));
    }
    return Outcome::success();
}

} // namespace rebind::cli
