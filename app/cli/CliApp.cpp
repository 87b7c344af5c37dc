// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "AddBindingCommand.h"
#include "AddNumberCommand.h"
#include "AddPersonCommand.h"
#include "AppSettings.h"
#include "BackupsListCommand.h"
#include "BackupsRestoreCommand.h"
#include "CatalogListCommand.h"
#include "CatalogSearchCommand.h"
#include "CatalogShowCommand.h"
#include "CatalogStatsCommand.h"
#include "CheckCommand.h"
#include "Console.h"
#include "ExitCodeText.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ListCommand.h"
#include "MarkCommand.h"
#include "PassphraseReader.h"
#include "PasswdCommand.h"
#include "PlanCommand.h"
#include "ScanCommand.h"
#include "StatusCommand.h"
#include "TextTable.h"

#include <algorithm>
#include <QDir>

namespace rebind::cli {

namespace {

const QString kProgram = QStringLiteral("rebind-cli");
constexpr int kHelpWidth = 79;

// QCommandLineParser's help starts with its own usage line, which cannot name a subcommand.
QString withoutFirstLine(const QString& text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? QString() : text.mid(newline + 1);
}

// "catalog" for "catalog show", empty for a command outside any group.
QString groupOf(const QString& commandName)
{
    const qsizetype space = commandName.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : commandName.left(space);
}

bool isHelpOption(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

} // namespace

CliApp::CliApp(Console& console, PassphraseReader& passphrases, QString language)
    : m_console(console), m_passphrases(passphrases), m_language(std::move(language)),
      m_vault(QStringList{QStringLiteral("vault")},
              tr("The vault file (default: %1).")
                  .arg(QDir::toNativeSeparators(AppSettings().vaultPath())),
              QStringLiteral("PATH")),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
      m_version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                tr("Show the version."))
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<AddPersonCommand>());
    m_commands.push_back(std::make_unique<AddNumberCommand>());
    m_commands.push_back(std::make_unique<AddBindingCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<MarkCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ScanCommand>());
    m_commands.push_back(std::make_unique<PasswdCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupsListCommand>());
    m_commands.push_back(std::make_unique<BackupsRestoreCommand>());
    m_commands.push_back(std::make_unique<CatalogListCommand>());
    m_commands.push_back(std::make_unique<CatalogSearchCommand>());
    m_commands.push_back(std::make_unique<CatalogShowCommand>());
    m_commands.push_back(std::make_unique<CatalogStatsCommand>());
    m_groups.push_back({QStringLiteral("backups"),
                        tr("The encrypted backups Rebind keeps beside the vault before every "
                           "upgrade, passphrase change, import, merge and restore.")});
    m_groups.push_back({QStringLiteral("catalog"),
                        tr("The built-in catalog of services: find a service and see how to "
                           "change its number. Needs no vault.")});
}

CliApp::~CliApp() = default;

Command* CliApp::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

const CliApp::Group* CliApp::findGroup(const QString& name) const
{
    for (const Group& group : m_groups) {
        if (group.name == name) {
            return &group;
        }
    }
    return nullptr;
}

std::vector<const Command*> CliApp::members(const Group& group) const
{
    std::vector<const Command*> out;
    for (const auto& command : m_commands) {
        if (groupOf(command->name()) == group.name) {
            out.push_back(command.get());
        }
    }
    return out;
}

QString CliApp::commandNames() const
{
    QStringList names;
    for (const auto& command : m_commands) {
        const QString group = groupOf(command->name());
        const QString name = group.isEmpty() ? command->name() : group;
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    return names.join(QStringLiteral(", "));
}

QString CliApp::subcommandNames(const Group& group) const
{
    QStringList names;
    for (const Command* command : members(group)) {
        names.append(command->name().mid(group.name.size() + 1));
    }
    return names.join(QStringLiteral(", "));
}

QString CliApp::globalHelp(const QCommandLineParser& parser) const
{
    TextTable table(2);
    for (const auto& command : m_commands) {
        table.measure({command->name(), command->summary()});
    }
    QString text = tr("Usage: %1 [--vault PATH] COMMAND [ARGS]").arg(kProgram) + QLatin1Char('\n') +
                   withoutFirstLine(parser.helpText());
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands) {
        text += QStringLiteral("  ") + table.format({command->name(), command->summary()}) +
                QLatin1Char('\n');
    }
    const QStringList notes{
        tr("Passphrases are never taken from the command line: on a terminal they are asked "
           "for without echo, otherwise each one is read as one line from standard input."),
        tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(kProgram),
    };
    text += QLatin1Char('\n');
    for (const QString& note : notes) {
        text += TextTable::wrap(note, kHelpWidth) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + ExitCodeText::help(kHelpWidth);
    return text;
}

QString CliApp::groupHelp(const Group& group) const
{
    const std::vector<const Command*> commands = members(group);
    TextTable table(2);
    for (const Command* command : commands) {
        table.measure({command->name(), command->summary()});
    }
    QString text = tr("Usage: %1 %2 SUBCOMMAND [ARGS]").arg(kProgram, group.name) +
                   QLatin1Char('\n') + TextTable::wrap(group.summary, kHelpWidth) +
                   QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Subcommands:") + QLatin1Char('\n');
    for (const Command* command : commands) {
        text += QStringLiteral("  ") + table.format({command->name(), command->summary()}) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') +
            TextTable::wrap(tr("Run \"%1 %2 SUBCOMMAND --help\" for the options of a subcommand.")
                                .arg(kProgram, group.name),
                            kHelpWidth) +
            QLatin1Char('\n');
    return text;
}

QString CliApp::commandHelp(const Command& command, const QCommandLineParser& parser) const
{
    const QString usage =
        command.usesVault()
            ? tr("Usage: %1 [--vault PATH] %2 %3").arg(kProgram, command.name(), command.synopsis())
            : tr("Usage: %1 %2 %3").arg(kProgram, command.name(), command.synopsis());
    return usage + QLatin1Char('\n') + withoutFirstLine(parser.helpText());
}

int CliApp::finish(const Outcome& outcome, const QString& commandName)
{
    if (!outcome.ok()) {
        m_console.errLine(QStringLiteral("%1: %2").arg(kProgram, outcome.message()));
        if (outcome.code() == ExitCode::Usage) {
            const QString helpCommand =
                commandName.isEmpty() ? kProgram + QStringLiteral(" --help")
                                      : QStringLiteral("%1 %2 --help").arg(kProgram, commandName);
            m_console.errLine(tr("Run \"%1\" for usage.").arg(helpCommand));
        }
    }
    return static_cast<int>(outcome.code());
}

int CliApp::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TextTable::wrap(
        tr("Rebind (换绑助手) keeps an encrypted list of every service tied to your phone "
           "numbers, so that you can rebind or unbind each one before a number is cancelled."),
        kHelpWidth));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(m_vault);
    parser.addOption(m_help);
    parser.addOption(m_version);
    if (!parser.parse(arguments)) {
        return finish(Outcome::usage(parser.errorText()), QString());
    }
    if (parser.isSet(m_help)) {
        m_console.out(globalHelp(parser));
        return finish(Outcome::success(), QString());
    }
    if (parser.isSet(m_version)) {
        m_console.outLine(kProgram + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return finish(Outcome::success(), QString());
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return finish(Outcome::usage(tr("No command given. Commands: %1.").arg(commandNames())),
                      QString());
    }
    const QString name = positional.takeFirst();
    if (name == QLatin1String("help")) {
        if (positional.isEmpty()) {
            m_console.out(globalHelp(parser));
            return finish(Outcome::success(), QString());
        }
        if (const Group* group = findGroup(positional.constFirst())) {
            if (positional.size() == 1) {
                m_console.out(groupHelp(*group));
                return finish(Outcome::success(), QString());
            }
            return runGroup(*group, {positional.at(1), QStringLiteral("--help")}, QString());
        }
        Command* topic = find(positional.constFirst());
        if (!topic) {
            return finish(Outcome::usage(tr("Unknown command “%1”. Commands: %2.")
                                             .arg(positional.constFirst(), commandNames())),
                          QString());
        }
        return runCommand(*topic, {QStringLiteral("--help")}, QString());
    }
    if (const Group* group = findGroup(name)) {
        return runGroup(*group, positional, parser.value(m_vault));
    }
    Command* command = find(name);
    if (!command) {
        return finish(
            Outcome::usage(tr("Unknown command “%1”. Commands: %2.").arg(name, commandNames())),
            QString());
    }
    return runCommand(*command, positional, parser.value(m_vault));
}

int CliApp::runGroup(const Group& group, QStringList rest, const QString& globalVault)
{
    if (rest.isEmpty()) {
        return finish(
            Outcome::usage(
                tr("“%1” needs a subcommand: %2.").arg(group.name, subcommandNames(group))),
            group.name);
    }
    const QString subcommand = rest.takeFirst();
    if (isHelpOption(subcommand)) {
        m_console.out(groupHelp(group));
        return finish(Outcome::success(), group.name);
    }
    Command* command = find(group.name + QLatin1Char(' ') + subcommand);
    if (!command) {
        return finish(Outcome::usage(tr("Unknown %1 subcommand “%2”. Subcommands: %3.")
                                         .arg(group.name, subcommand, subcommandNames(group))),
                      group.name);
    }
    return runCommand(*command, rest, globalVault);
}

int CliApp::runCommand(Command& command, const QStringList& rest, const QString& globalVault)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    if (command.usesVault()) {
        parser.addOption(m_vault);
    }
    parser.addOption(m_help);
    command.configure(parser);
    if (!parser.parse(QStringList{kProgram} + rest)) {
        return finish(Outcome::usage(parser.errorText()), command.name());
    }
    if (parser.isSet(m_help)) {
        m_console.out(commandHelp(command, parser));
        return finish(Outcome::success(), command.name());
    }
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < command.minArguments()) {
        return finish(
            Outcome::usage(
                tr("%1 needs more arguments: %1 %2").arg(command.name(), command.synopsis())),
            command.name());
    }
    if (arguments.size() > command.maxArguments()) {
        return finish(Outcome::usage(tr("Unexpected argument “%1”. Usage: %2 %3")
                                         .arg(arguments.at(command.maxArguments()), command.name(),
                                              command.synopsis())),
                      command.name());
    }
    QString vaultPath;
    if (command.usesVault()) {
        vaultPath = parser.isSet(m_vault) ? parser.value(m_vault) : globalVault;
        if (vaultPath.isEmpty()) {
            vaultPath = AppSettings().vaultPath();
        }
    }
    const CommandContext context{vaultPath, m_language, arguments,
                                 parser,    m_console,  m_passphrases};
    return finish(command.run(context), command.name());
}

} // namespace rebind::cli
