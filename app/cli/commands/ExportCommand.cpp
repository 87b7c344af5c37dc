// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "ChecklistPaper.h"
#include "Console.h"
#include "Exporter.h"
#include "Inventory.h"
#include "NewPassphrase.h"
#include "PassphraseReader.h"
#include "PlanAccess.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "VaultKey.h"

namespace rebind::cli {

QStringList ExportCommand::formats()
{
    QStringList keys;
    for (ExportFormat format : Exporter::formats()) {
        keys.append(Exporter::key(format));
    }
    return keys;
}

QString ExportCommand::summary() const
{
    return tr("Write a number's, a person's or the whole vault's plan or inventory to a file.");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("%1 (NUMBER|--person NAME|--all) -o FILE [options]")
        .arg(formats().join(QLatin1Char('|')));
}

void ExportCommand::configure(QCommandLineParser& parser)
{
    m_person.setDescription(tr("Export all numbers of this person."));
    m_all.setDescription(tr("Export the whole vault."));
    m_output.setDescription(tr("The file to write (replaced if it exists)."));
    m_largePrint.setDescription(
        tr("pdf, png: large print for elderly readers (16 pt type, service names in the "
           "reader's language only)."));
    m_showNumber.setDescription(
        tr("pdf, png: print the old number in full too (masked as 138 **** 8000 otherwise; the "
           "new number is printed in full, to be typed). ics: both numbers in full."));
    m_maskNew.setDescription(tr("pdf, png: mask the new number as well as the old one."));
    m_bothLanguages.setDescription(
        tr("pdf, png: service names in both languages also in large print (the standard "
           "checklist always has them)."));
    m_accounts.setDescription(tr("pdf, png, csv: include account names (left out otherwise)."));
    m_paper.setDescription(
        tr("pdf: the paper size, a4 or letter (default: letter where the system's locale "
           "prints on it, as in the US, Canada and Mexico; a4 elsewhere)."));
    for (const auto* option : {&m_person, &m_all, &m_output, &m_largePrint, &m_showNumber,
                               &m_maskNew, &m_bothLanguages, &m_accounts, &m_paper}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("FORMAT"), formats().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("A number in the vault, in any usual spelling."));
}

Outcome ExportCommand::checkUsage(const CommandContext& context) const
{
    const QString format = context.arguments.at(0).toLower();
    if (!formats().contains(format)) {
        return Outcome::usage(
            tr("Unknown format “%1”: use one of %2.")
                .arg(context.arguments.at(0), formats().join(QStringLiteral(", "))));
    }
    const int scopes = (context.arguments.size() > 1 ? 1 : 0) +
                       (context.options.isSet(m_person) ? 1 : 0) +
                       (context.options.isSet(m_all) ? 1 : 0);
    if (scopes != 1) {
        return Outcome::usage(
            tr("Say what to export: a NUMBER, --person NAME or --all (one of them)."));
    }
    if (context.options.value(m_output).isEmpty()) {
        return Outcome::usage(tr("Say where to write it: -o FILE."));
    }
    const QString paper = context.options.value(m_paper).toLower();
    if (context.options.isSet(m_paper) && paper != QLatin1String("a4") &&
        paper != QLatin1String("letter")) {
        return Outcome::usage(tr("--paper takes a4 or letter."));
    }
    if (context.options.isSet(m_showNumber) && context.options.isSet(m_maskNew)) {
        return Outcome::usage(
            tr("--show-number and --mask-new ask for opposite things: use one of them."));
    }
    return Outcome::success();
}

std::variant<ExportScope, Outcome> ExportCommand::scope(const CommandContext& context,
                                                        const Inventory& inventory) const
{
    if (context.options.isSet(m_all)) {
        return ExportScope::all();
    }
    if (context.options.isSet(m_person)) {
        const QString name = context.options.value(m_person);
        auto person = inventory.findPerson(name);
        if (!person) {
            return Outcome::fromError(person.error());
        }
        if (!person->has_value()) {
            return Outcome::failure(ExitCode::NotFound, tr("%1 is not in the vault.").arg(name));
        }
        return ExportScope::person((*person)->id);
    }
    auto number = ValueParser::phoneNumber(context.arguments.at(1));
    if (!number) {
        return Outcome::fromError(number.error());
    }
    auto record = PlanAccess::findNumber(inventory, *number);
    if (!record) {
        return Outcome::fromError(record.error());
    }
    return ExportScope::number(record->id);
}

Outcome ExportCommand::run(const CommandContext& context)
{
    if (Outcome usage = checkUsage(context); !usage.ok()) {
        return usage;
    }
    auto today = PlanAccess::today();
    if (!today) {
        return Outcome::fromError(today.error());
    }
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases, Vault::Access::ReadOnly);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    const Inventory inventory((*vault)->database());
    auto chosen = scope(context, inventory);
    if (auto* failed = std::get_if<Outcome>(&chosen)) {
        return *failed;
    }
    Exporter::Request request;
    request.format = *Exporter::fromKey(context.arguments.at(0));
    request.scope = std::get<ExportScope>(chosen);
    request.path = context.options.value(m_output);
    ChecklistOptions& options = request.options;
    options.largePrint = context.options.isSet(m_largePrint);
    options.showNumbers = context.options.isSet(m_showNumber);
    options.maskNew = context.options.isSet(m_maskNew);
    if (context.options.isSet(m_bothLanguages)) {
        options.otherLanguage = true;
    }
    options.includeAccounts = context.options.isSet(m_accounts);
    const QString paper = context.options.value(m_paper).toLower();
    options.paper = paper.isEmpty() ? ChecklistPaper::forLocale(ChecklistPaper::systemLocale())
                    : paper == QLatin1String("letter") ? QPageSize::Letter
                                                       : QPageSize::A4;
    options.language = context.language;
    options.today = *today;
    std::optional<Passphrase> sealing;
    if (request.format == ExportFormat::Handoff) {
        // Read like the vault's: a prompt on a terminal, else the next line of stdin.
        auto typed = NewPassphrase::ask(context.passphrases, context.console,
                                        tr("Passphrase for the hand-off file: "));
        if (!typed) {
            return Outcome::failure(ExitCode::NoPassphrase, typed.message());
        }
        sealing = std::move(typed).value();
        request.passphrase = sealing->text();
        request.kdf = VaultKey::tune();
    }
    auto done = Exporter::run(inventory, request);
    if (sealing) {
        Passphrase::wipe(request.passphrase);
    }
    if (!done) {
        return Outcome::fromError(done.error());
    }
    context.console.errLine(*done + QLatin1Char(' ') + Exporter::privacyNote(request.format));
    return Outcome::success();
}

} // namespace rebind::cli
