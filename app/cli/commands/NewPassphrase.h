// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Passphrase.h"
#include "Result.h"

#include <QCoreApplication>

namespace rebind::cli {

class Console;
class PassphraseReader;

// Asks for a new passphrase (init, passwd) and warns on stderr when zxcvbn finds it too weak.
class NewPassphrase
{
    Q_DECLARE_TR_FUNCTIONS(NewPassphrase)

public:
    static Result<Passphrase> ask(PassphraseReader& reader, Console& console,
                                  const QString& prompt);
};

} // namespace rebind::cli
