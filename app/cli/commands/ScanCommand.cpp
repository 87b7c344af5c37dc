// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanCommand.h"

#include "Catalog.h"
#include "Console.h"
#include "DisplayText.h"
#include "FindingAdder.h"
#include "Inventory.h"
#include "PlanAccess.h"
#include "TextTable.h"
#include "ValueParser.h"
#include "VaultAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebind::cli {

QString ScanCommand::summary() const
{
    return tr("Find the services tied to your number in an SMS backup, an iPhone backup folder or "
              "a password export.");
}

QString ScanCommand::synopsis() const
{
    return QStringLiteral("PATH [--json] [--add NUMBER]");
}

void ScanCommand::configure(QCommandLineParser& parser)
{
    m_json.setDescription(tr("Print a JSON array of the services found, for scripts."));
    m_add.setDescription(tr("Add the services found to this number in the vault (the ones not "
                            "listed yet), with their likely roles. Without it no vault is used."));
    parser.addOption(m_json);
    parser.addOption(m_add);
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        tr("An SMS backup (SMS Backup & Restore XML, an iPhone sms.db, CSV), the folder of an "
           "unencrypted iPhone backup (Finder, iTunes, 爱思助手) or a password export (Chrome, "
           "Edge, Firefox, Bitwarden, KeePassXC, 1Password, Apple Passwords)."));
}

QByteArray ScanCommand::renderJson(const DiscoveryScanner::Result& result)
{
    QJsonArray out;
    for (const Finding& f : result.findings) {
        QJsonObject item{
            {QStringLiteral("service"),
             f.entry != nullptr ? QJsonValue(f.entry->id) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("evidence"), f.evidence},
            {QStringLiteral("evidence_kind"), f.evidenceKind},
            {QStringLiteral("count"), f.count},
            {QStringLiteral("first_seen"),
             f.firstSeen.isValid() ? QJsonValue(f.firstSeen.toUTC().toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_seen"), f.lastSeen.isValid()
                                              ? QJsonValue(f.lastSeen.toUTC().toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("codes"), f.codes},
            {QStringLiteral("login_is_phone"), f.loginIsPhone},
        };
        if (!f.sender.isEmpty()) {
            item.insert(QStringLiteral("sender"), f.sender);
        }
        if (!f.excerpt.isEmpty()) {
            item.insert(QStringLiteral("excerpt"), f.excerpt);
        }
        out.append(item);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString ScanCommand::renderText(const DiscoveryScanner::Result& result)
{
    const QStringList header{tr("Service"), tr("Evidence"), tr("Count"), tr("Last seen"),
                             tr("Notes")};
    QList<QStringList> rows;
    for (const Finding& f : result.findings) {
        QStringList notes;
        if (f.entry == nullptr) {
            notes.append(tr("not in the catalog: add it as your own service"));
        }
        if (f.codes) {
            notes.append(tr("sends codes"));
        }
        if (f.loginIsPhone) {
            notes.append(tr("the phone number is the login here"));
        }
        rows.append({f.name, f.evidence, QString::number(f.count),
                     f.lastSeen.isValid() ? DisplayText::date(f.lastSeen.toLocalTime().date())
                                          : QStringLiteral("-"),
                     notes.join(tr("; "))});
    }
    TextTable table(static_cast<int>(header.size()));
    table.measure(header);
    for (const QStringList& row : std::as_const(rows)) {
        table.measure(row);
    }
    QString lines = table.format(header) + QLatin1Char('\n');
    for (const QStringList& row : std::as_const(rows)) {
        lines += table.format(row) + QLatin1Char('\n');
    }
    const QString what = result.source == DiscoveryScanner::Source::Sms
                             ? tr("%n message(s) read", "", static_cast<int>(result.items))
                             : tr("%n login(s) read", "", static_cast<int>(result.items));
    return tr("%1 (%2)", "services found (items read)")
               .arg(tr("%n service(s) found", "", static_cast<int>(result.findings.size())), what) +
           QLatin1Char('\n') + (result.findings.isEmpty() ? QString() : lines);
}

Outcome ScanCommand::run(const CommandContext& context)
{
    PhoneNumber number;
    if (context.options.isSet(m_add)) {
        auto parsed = ValueParser::phoneNumber(context.options.value(m_add));
        if (!parsed) {
            return Outcome::fromError(parsed.error());
        }
        number = *parsed;
    }
    auto scanned = DiscoveryScanner::scan(context.arguments.at(0), Catalog::builtIn(), number);
    if (!scanned) {
        return Outcome::failure(ExitCode::Failed, scanned.message());
    }
    for (const QString& warning : scanned->warnings) {
        context.console.errLine(tr("Warning: %1").arg(warning));
    }
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(renderJson(*scanned));
    } else {
        context.console.out(renderText(*scanned));
    }
    return number.isNull() ? Outcome::success() : add(context, *scanned, number);
}

Outcome ScanCommand::add(const CommandContext& context, const DiscoveryScanner::Result& result,
                         const PhoneNumber& number)
{
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    Inventory inventory((*vault)->database());
    auto record = PlanAccess::findNumber(inventory, number);
    if (!record) {
        return Outcome::fromError(record.error());
    }
    auto added = FindingAdder::add(inventory, record->id, result.findings, context.language);
    if (!added) {
        return Outcome::fromError(added.error());
    }
    context.console.errLine(
        tr("Added %n service(s) to %1.", "", *added).arg(record->number.display()));
    return Outcome::success();
}

} // namespace rebind::cli
