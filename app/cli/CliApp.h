// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <QCoreApplication>
#include <vector>

namespace rebind::cli {

class Console;
class PassphraseReader;

// Reads the command line, finds the command, and turns its Outcome into an exit code and a
// message on stderr. Global options (--vault, --help, --version) come before the command;
// --help is accepted after it too, and so is --vault by the commands that open the vault.
// Options may follow positional arguments. Some commands come in groups ("catalog show"): the
// group's name, then the subcommand's.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // language: the UI language in use ("zh_CN", "en"), for texts the catalog has in both.
    CliApp(Console& console, PassphraseReader& passphrases, QString language);
    ~CliApp();
    CliApp(const CliApp&) = delete;
    CliApp& operator=(const CliApp&) = delete;

    int run(const QStringList& arguments);

private:
    struct Group
    {
        QString name;
        QString summary;
    };

    Command* find(const QString& name) const;
    const Group* findGroup(const QString& name) const;
    // The commands of a group, in the order they were added.
    std::vector<const Command*> members(const Group& group) const;
    int runCommand(Command& command, const QStringList& rest, const QString& globalVault);
    int runGroup(const Group& group, QStringList rest, const QString& globalVault);
    QString globalHelp(const QCommandLineParser& parser) const;
    QString groupHelp(const Group& group) const;
    QString commandHelp(const Command& command, const QCommandLineParser& parser) const;
    // The top-level names: each ungrouped command and each group once.
    QString commandNames() const;
    QString subcommandNames(const Group& group) const;
    int finish(const Outcome& outcome, const QString& commandName);

    Console& m_console;
    PassphraseReader& m_passphrases;
    QString m_language;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::vector<Group> m_groups;
    QCommandLineOption m_vault;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

} // namespace rebind::cli
