// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rebind::crash {

// The files that live beside a vault: a rollback journal, temporary copies, the lock file
// (<vault>.lock) and the backups folder (<vault>.backups/…).
class VaultSiblings
{
public:
    // Paths relative to the vault's folder of everything named after the vault except the vault
    // itself, folders listed file by file, sorted.
    static QStringList list(const QString& vaultPath);
    // A write was under way: a journal, a WAL or a temporary file (anything but the lock file
    // and the backups folder).
    static bool showWriteInProgress(const QStringList& siblings, const QString& vaultPath);
    // <vault> for the vault's name and * for random or numbered parts, so that alike files are
    // counted together.
    static QString pattern(const QString& sibling, const QString& vaultPath);
};

} // namespace rebind::crash
