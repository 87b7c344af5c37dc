// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPassphrase.h"

#include "Console.h"
#include "PassphraseReader.h"
#include "PassphraseStrength.h"

namespace rebind::cli {

Result<Passphrase> NewPassphrase::ask(PassphraseReader& reader, Console& console,
                                      const QString& prompt)
{
    auto passphrase = reader.readNew(prompt, tr("Repeat the new passphrase: "));
    if (!passphrase) {
        return passphrase;
    }
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase->text());
    if (!strength.acceptable()) {
        console.errLine(tr("Warning: this passphrase is weak (%1). Anyone who gets a copy of the "
                           "vault file could guess it; a few unrelated words are stronger.")
                            .arg(strength.label()));
    }
    return passphrase;
}

} // namespace rebind::cli
