// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rebind::crash {

// One writing command to kill: the vault it starts from and how it is run.
struct CrashScenario
{
    QString name;          // add-binding, mark, import, passwd, migrate, merge
    QString templateVault; // copied afresh for every trial
    QStringList args;      // after --vault
    QByteArray input;      // the passphrases, one per line
    QString passphraseBefore;
    QString passphraseAfter; // differs only when the command changes the passphrase
    // Report the schema version a kill left in the file (the migration).
    bool tracksSchema = false;

    bool changesPassphrase() const { return passphraseBefore != passphraseAfter; }
};

} // namespace rebind::crash
