// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleInput.h"
#include "Passphrase.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind::cli {

class Console;

// Gets passphrases from the person, never from the command line. On a terminal it prompts on
// stderr and reads with echo off; otherwise it reads exactly one line from stdin per passphrase,
// so that `printf 'old\nnew\n' | rebind-cli passwd` works. Read buffers are wiped after use.
class PassphraseReader
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseReader)

public:
    static constexpr int kMaxBytes = 4096;

    explicit PassphraseReader(Console& console, int fd = 0);

    bool isTerminal() const { return m_input.isInteractive(); }

    // The passphrase of an existing vault: one prompt, or one line.
    Result<Passphrase> readExisting(const QString& prompt);
    // A new passphrase: on a terminal asked twice and compared, otherwise one line. Never empty.
    // Errors carry ErrorCode::Cancelled.
    Result<Passphrase> readNew(const QString& prompt, const QString& confirmPrompt);

private:
    Result<Passphrase> readLine(const QString& prompt);

    Console& m_console;
    ConsoleInput m_input;
};

} // namespace rebind::cli
