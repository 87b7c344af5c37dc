// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "Vault.h"

#include <map>
#include <memory>
#include <QString>
#include <QStringList>

namespace rebind::crash {

// Opens vaults the way Rebind does (Vault::open / openWithKey: a hot journal is rolled back, then
// key, application id, schema version and integrity are checked, then pending migrations run) and
// dumps their content in a canonical, comparable form.
//
// Argon2id dominates the cost of a trial, so derived keys are kept per (vault id, passphrase):
// the first open of a pair goes through Vault::open, later ones through openWithKey. A key that
// failed is kept too, so that asking again whether a passphrase opens a file costs no derivation.
class VaultInspector
{
public:
    Result<std::unique_ptr<Vault>> open(const QString& path, const QString& passphrase);

    // "ok" when the database is sound.
    static Result<QString> integrity(Vault& vault);

    // Schema, user_version, application_id, then every table's rows, sorted, one line each.
    // Columns that differ between two runs of the same command (random uids, timestamps) are
    // masked; NULL and '' stay visible, so that a filled-in or emptied value still shows.
    static Result<QStringList> dump(Vault& vault);
    static bool isMasked(const QString& column);

    // The schema version in the file as a crash left it (after rolling back its journal), read
    // from a copy in scratchDir so that the file itself is first opened by Vault::open.
    Result<int> schemaVersionOnDisk(const QString& path, const QString& passphrase,
                                    const QString& scratchDir);

private:
    Result<SecureBytes> keyFor(const QString& path, const QString& passphrase);
    static QString cacheKey(const QString& vaultId, const QString& passphrase);

    std::map<QString, SecureBytes> m_keys;
};

} // namespace rebind::crash
