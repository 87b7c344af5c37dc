// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace rebind::cli {

class Console;
class PassphraseReader;

// What a command gets to work with once its command line has been parsed.
struct CommandContext
{
    QString vaultPath;     // empty for commands that do not use the vault
    QString language;      // the UI language ("zh_CN", "en"), for texts that come in both
    QStringList arguments; // the positional arguments after the command name
    const QCommandLineParser& options;
    Console& console;
    PassphraseReader& passphrases;
};

// One rebind-cli subcommand: its name, its help, its options, and what it does.
class Command
{
public:
    virtual ~Command() = default;

    // A command of a group is named "GROUP SUBCOMMAND", e.g. "catalog show".
    virtual QString name() const = 0;
    // One line for `rebind-cli --help`.
    virtual QString summary() const = 0;
    // What follows the command name in the usage line, e.g. "PERSON NUMBER [options]".
    virtual QString synopsis() const = 0;
    // Adds the command's own options and positional arguments (for help and parsing).
    virtual void configure(QCommandLineParser& parser) = 0;
    virtual int minArguments() const { return 0; }
    virtual int maxArguments() const { return minArguments(); }
    // False for commands that never open the vault: they take no --vault and ask for no
    // passphrase.
    virtual bool usesVault() const { return true; }

    virtual Outcome run(const CommandContext& context) = 0;

protected:
    Command() = default;
    Command(const Command&) = default;
    Command& operator=(const Command&) = default;
};

} // namespace rebind::cli
