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
// --vault and --help are accepted after it too, and options may follow positional arguments.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(Console& console, PassphraseReader& passphrases);
    ~CliApp();
    CliApp(const CliApp&) = delete;
    CliApp& operator=(const CliApp&) = delete;

    int run(const QStringList& arguments);

private:
    Command* find(const QString& name) const;
    int runCommand(Command& command, const QStringList& rest, const QString& globalVault);
    QString globalHelp(const QCommandLineParser& parser) const;
    QString commandHelp(const Command& command, const QCommandLineParser& parser) const;
    QString commandNames() const;
    int finish(const Outcome& outcome, const QString& commandName);

    Console& m_console;
    PassphraseReader& m_passphrases;
    std::vector<std::unique_ptr<Command>> m_commands;
    QCommandLineOption m_vault;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

} // namespace rebind::cli
