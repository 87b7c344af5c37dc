// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPersonCommand.h"

#include "Console.h"
#include "Inventory.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "Vocabulary.h"

namespace rebind::cli {

QString AddPersonCommand::summary() const
{
    return tr("Add a person whose numbers you keep track of.");
}

QString AddPersonCommand::synopsis() const
{
    return QStringLiteral("NAME [--relation TEXT] [--notes TEXT]");
}

void AddPersonCommand::configure(QCommandLineParser& parser)
{
    m_relation = QCommandLineOption(QStringList{QStringLiteral("relation")},
                                    tr("Who they are to you: %1, or your own word (default: self).")
                                        .arg(Vocabulary::relationKeys().join(QStringLiteral(", "))),
                                    QStringLiteral("TEXT"));
    m_notes = QCommandLineOption(QStringList{QStringLiteral("notes")}, tr("A free-form note."),
                                 QStringLiteral("TEXT"));
    parser.addOption(m_relation);
    parser.addOption(m_notes);
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 tr("The person's name, e.g. \"Zhang Wei\"."));
}

Outcome AddPersonCommand::run(const CommandContext& context)
{
    Person person;
    person.name = context.arguments.at(0).trimmed();
    if (person.name.isEmpty()) {
        return Outcome::usage(tr("Please give the person's name."));
    }
    if (context.options.isSet(m_relation)) {
        person.relation = ValueParser::relation(context.options.value(m_relation));
    }
    person.notes = context.options.value(m_notes);

    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    Inventory inventory((*vault)->database());
    auto existing = inventory.findPerson(person.name);
    if (!existing) {
        return Outcome::fromError(existing.error());
    }
    if (existing->has_value()) {
        return Outcome::failure(
            ExitCode::AlreadyExists,
            tr("There is already a person called “%1” in the vault.").arg((*existing)->name));
    }
    auto added = inventory.addPerson(person);
    if (!added) {
        return Outcome::fromError(added.error());
    }
    context.console.errLine(
        tr("Added %1 (%2).").arg(person.name, Vocabulary::relationLabel(person.relation)));
    return Outcome::success();
}

} // namespace rebind::cli
