// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsListCommand.h"

#include "Console.h"
#include "DisplayText.h"
#include "TextTable.h"
#include "VaultBackups.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rebind::cli {

QString BackupsListCommand::summary() const
{
    return tr("List the automatic backups of the vault, newest first.");
}

QString BackupsListCommand::synopsis() const
{
    return QStringLiteral("[--json]");
}

void BackupsListCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(QStringList{QStringLiteral("json")},
                                tr("Print the list as JSON, for scripts."));
    parser.addOption(m_json);
}

Outcome BackupsListCommand::run(const CommandContext& context)
{
    const VaultBackups backups(context.vaultPath);
    const auto list = backups.list();
    if (context.options.isSet(m_json)) {
        QJsonArray items;
        int number = 1;
        for (const VaultBackup& backup : list) {
            items.append(QJsonObject{
                {QStringLiteral("number"), number++},
                {QStringLiteral("id"), backup.id},
                {QStringLiteral("created"), backup.created.toString(Qt::ISODate)},
                {QStringLiteral("reason"), backup.reason},
                {QStringLiteral("bytes"), double(backup.size)},
            });
        }
        context.console.outUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return Outcome::success();
    }
    if (list.isEmpty()) {
        context.console.outLine(tr("There are no backups of %1 yet. Rebind makes one before every "
                                   "upgrade, passphrase change, import, merge and restore.")
                                    .arg(QDir::toNativeSeparators(context.vaultPath)));
        return Outcome::success();
    }
    const QLocale locale;
    TextTable table(5);
    const QStringList header{QStringLiteral("#"), tr("ID"), tr("Made on"), tr("Reason"),
                             tr("Size")};
    QList<QStringList> rows;
    int number = 1;
    for (const VaultBackup& backup : list) {
        rows.append({QString::number(number++), backup.id, DisplayText::dateTime(backup.created),
                     VaultBackups::reasonText(backup.reason),
                     locale.formattedDataSize(backup.size)});
    }
    table.measure(header);
    for (const QStringList& row : rows) {
        table.measure(row);
    }
    context.console.outLine(table.format(header));
    for (const QStringList& row : rows) {
        context.console.outLine(table.format(row));
    }
    context.console.outLine(QString());
    context.console.outLine(
        tr("Restore one with: rebind-cli backups restore ID (the current vault is backed up "
           "first). Backups are encrypted and open with the vault's current passphrase."));
    return Outcome::success();
}

} // namespace rebind::cli
