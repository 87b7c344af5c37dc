// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// hold_vault VAULT: another program using the vault, for the GUI's sharing tests. Reads the
// passphrase from the first line of standard input, opens the vault for writing (holding its
// lock file, as rebind-cli does for one command) and prints "held". Then follows commands, one a
// line, answering "ok" or "failed: …":
//   person NAME     adds a person
//   done ID         marks binding ID done
// When standard input closes it closes the vault, letting go of the lock, and exits 0.
#include "Inventory.h"
#include "Vault.h"

#include <cstdio>
#include <iostream>
#include <QCoreApplication>
#include <string>

using namespace rebind;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

Result<void> follow(Inventory& inventory, const QString& command)
{
    const QString verb = command.section(QLatin1Char(' '), 0, 0);
    const QString rest = command.section(QLatin1Char(' '), 1);
    if (verb == QLatin1String("person")) {
        Person person;
        person.name = rest;
        auto added = inventory.addPerson(person);
        return added ? Result<void>() : Result<void>(added.error());
    }
    if (verb == QLatin1String("done")) {
        auto binding = inventory.binding(rest.toLongLong());
        if (!binding) {
            return binding.error();
        }
        binding->status = BindingStatus::Done;
        return inventory.updateBinding(*binding);
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown command"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: hold_vault VAULT (passphrase on standard input)\n");
        return 1;
    }
    std::string line;
    if (!std::getline(std::cin, line)) {
        return 1;
    }
    auto vault = Vault::open(QString::fromLocal8Bit(argv[1]), QString::fromStdString(line));
    if (!vault) {
        say(QStringLiteral("failed: ") + vault.message());
        return 2;
    }
    Inventory inventory((*vault)->database());
    say(QStringLiteral("held"));
    while (std::getline(std::cin, line)) {
        const auto done = follow(inventory, QString::fromStdString(line).trimmed());
        say(done ? QStringLiteral("ok") : QStringLiteral("failed: ") + done.message());
    }
    return 0;
}
