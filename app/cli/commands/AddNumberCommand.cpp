// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddNumberCommand.h"

#include "Console.h"
#include "Inventory.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "Vocabulary.h"

namespace rebind::cli {

QString AddNumberCommand::summary() const
{
    return tr("Add a phone number to a person.");
}

QString AddNumberCommand::synopsis() const
{
    return QStringLiteral(
        "PERSON NUMBER [--cancel-date YYYY-MM-DD] [--replacement NUMBER] [--status STATUS] "
        "[--carrier TEXT] [--notes TEXT]");
}

void AddNumberCommand::configure(QCommandLineParser& parser)
{
    m_cancelDate =
        QCommandLineOption(QStringList{QStringLiteral("cancel-date")},
                           tr("When the number will be cancelled."), QStringLiteral("YYYY-MM-DD"));
    m_replacement =
        QCommandLineOption(QStringList{QStringLiteral("replacement")},
                           tr("The new number that replaces it."), QStringLiteral("NUMBER"));
    m_status = QCommandLineOption(
        QStringList{QStringLiteral("status")},
        tr("One of: %1 (default: in-use).").arg(ValueParser::keyList(Vocabulary::numberStatuses())),
        QStringLiteral("STATUS"));
    m_carrier =
        QCommandLineOption(QStringList{QStringLiteral("carrier")},
                           tr("The mobile carrier, e.g. China Mobile."), QStringLiteral("TEXT"));
    m_notes = QCommandLineOption(QStringList{QStringLiteral("notes")}, tr("A free-form note."),
                                 QStringLiteral("TEXT"));
    for (const QCommandLineOption& option :
         {m_cancelDate, m_replacement, m_status, m_carrier, m_notes}) {
        parser.addOption(option);
    }
    parser.addPositionalArgument(QStringLiteral("PERSON"),
                                 tr("The person's name, as given to add-person."));
    parser.addPositionalArgument(
        QStringLiteral("NUMBER"),
        tr("The phone number, in any usual spelling: 13800138000, +86 138 0013 8000."));
}

Outcome AddNumberCommand::run(const CommandContext& context)
{
    const QString personName = context.arguments.at(0).trimmed();
    NumberRecord record;
    auto number = ValueParser::phoneNumber(context.arguments.at(1));
    if (!number) {
        return Outcome::fromError(number.error());
    }
    record.number = *number;
    if (context.options.isSet(m_cancelDate)) {
        auto date = ValueParser::date(context.options.value(m_cancelDate),
                                      m_cancelDate.names().constFirst());
        if (!date) {
            return Outcome::fromError(date.error());
        }
        record.cancelDate = *date;
    }
    if (context.options.isSet(m_replacement)) {
        auto replacement = ValueParser::phoneNumber(context.options.value(m_replacement));
        if (!replacement) {
            return Outcome::fromError(replacement.error());
        }
        if (*replacement == record.number) {
            return Outcome::usage(tr("The replacement must differ from the number itself."));
        }
        record.replacement = *replacement;
    }
    if (context.options.isSet(m_status)) {
        auto status = ValueParser::numberStatus(context.options.value(m_status));
        if (!status) {
            return Outcome::fromError(status.error());
        }
        record.status = *status;
    }
    record.carrier = context.options.value(m_carrier).trimmed();
    record.notes = context.options.value(m_notes);

    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    Inventory inventory((*vault)->database());
    auto person = inventory.findPerson(personName);
    if (!person) {
        return Outcome::fromError(person.error());
    }
    if (!person->has_value()) {
        return Outcome::failure(ExitCode::NotFound,
                                tr("There is no person called “%1” in the vault. Add them first: "
                                   "rebind-cli add-person \"%1\"")
                                    .arg(personName));
    }
    record.personId = (*person)->id;
    auto added = inventory.addNumber(record);
    if (!added) {
        return Outcome::fromError(added.error());
    }
    context.console.errLine(tr("Added %1 to %2.").arg(record.number.display(), (*person)->name));
    return Outcome::success();
}

} // namespace rebind::cli
