// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace rebind {

class SqliteDatabase;

// The vault's tables, versioned with PRAGMA user_version. Each migration runs in its own
// transaction, so a vault is always at exactly one version.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static constexpr int kCurrentVersion = 5;
    // "RBND": SQLite's application_id, to tell our files from other SQLCipher databases.
    static constexpr int kApplicationId = 0x52424E44;

    // Brings db from its version to target (kCurrentVersion unless a test asks for less).
    static Result<void> migrate(SqliteDatabase& db, int target = kCurrentVersion);
    static Result<int> version(SqliteDatabase& db);
};

} // namespace rebind
