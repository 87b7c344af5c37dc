// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogStatsCommand.h"

#include "Catalog.h"
#include "CatalogStats.h"
#include "Console.h"
#include "TextTable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rebind::cli {

namespace {

QJsonObject counts(const QMap<QString, int>& map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject groupJson(const CatalogStats::Group& group, bool curated)
{
    QJsonObject out{{QStringLiteral("total"), group.total},
                    {QStringLiteral("category"), counts(group.categories)},
                    {QStringLiteral("tier"), counts(group.tiers)}};
    if (curated) {
        out.insert(QStringLiteral("confidence"), counts(group.confidence));
        out.insert(QStringLiteral("channels"), counts(group.channels));
        out.insert(QStringLiteral("old_number"), counts(group.oldNumber));
        out.insert(QStringLiteral("action_kind"), counts(group.actionKinds));
        out.insert(QStringLiteral("with_sources"), group.withSources);
        out.insert(QStringLiteral("generic"), group.generic);
    }
    return out;
}

QString joined(const QMap<QString, int>& map)
{
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString CatalogStatsCommand::summary() const
{
    return tr("Count the catalog's services by market, category, tier, confidence and channel.");
}

QString CatalogStatsCommand::synopsis() const
{
    return QStringLiteral("[--json]");
}

void CatalogStatsCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(
        QStringList{QStringLiteral("json")},
        tr("Print the counts as a JSON object: curated {MARKET: {total, category, tier, "
           "confidence, channels, old_number, action_kind, with_sources, generic}}, public "
           "{total, category, tier}, redirects, companies."));
    parser.addOption(m_json);
}

Outcome CatalogStatsCommand::run(const CommandContext& context)
{
    const CatalogStats stats = CatalogStats::of(Catalog::builtIn());
    if (context.options.isSet(m_json)) {
        QJsonObject curated;
        for (auto it = stats.curated.begin(); it != stats.curated.end(); ++it) {
            curated.insert(it.key(), groupJson(it.value(), true));
        }
        const QJsonObject out{{QStringLiteral("curated"), curated},
                              {QStringLiteral("public"), groupJson(stats.publicEntries, false)},
                              {QStringLiteral("redirects"), stats.redirects},
                              {QStringLiteral("companies"), stats.companies}};
        context.console.outUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Outcome::success();
    }
    QStringList lines;
    const auto section = [&](const QString& title, const CatalogStats::Group& group, bool curated) {
        lines << title;
        QList<QStringList> rows = {{tr("Services"), QString::number(group.total)},
                                   {tr("By category"), joined(group.categories)},
                                   {tr("By tier"), joined(group.tiers)}};
        if (curated) {
            rows << QStringList{tr("By confidence"), joined(group.confidence)}
                 << QStringList{tr("Channels offered"), joined(group.channels)}
                 << QStringList{tr("Old number"), joined(group.oldNumber)}
                 << QStringList{tr("Action"), joined(group.actionKinds)}
                 << QStringList{tr("With sources"), QString::number(group.withSources)}
                 << QStringList{tr("Generic fallbacks"), QString::number(group.generic)};
        }
        TextTable table(2);
        for (const QStringList& row : std::as_const(rows)) {
            table.measure(row);
        }
        for (const QStringList& row : std::as_const(rows)) {
            lines << QStringLiteral("  ") + table.format(row);
        }
        lines << QString();
    };
    for (auto it = stats.curated.begin(); it != stats.curated.end(); ++it) {
        section(tr("Curated, market %1").arg(it.key()), it.value(), true);
    }
    section(tr("Public (basic facts only)"), stats.publicEntries, false);
    lines << tr("Merged public entries (redirects): %1").arg(stats.redirects)
          << tr("Companies (shared SMS signatures): %1").arg(stats.companies);
    context.console.out(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return Outcome::success();
}

} // namespace rebind::cli
