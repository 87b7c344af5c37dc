// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "SqliteStatement.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QString>

struct sqlite3;

namespace rebind {

// RAII over one SQLCipher connection, with errors turned into translated values.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create,
        // Read-only, and the file is taken as unchangeable: SQLite writes nothing beside it
        // (no -wal, -shm or journal), for reading other programs' databases in place.
        Immutable
    };

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString& path, Mode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // literal: SQLCipher's raw key literal x'…' (NUL-terminated, in guarded memory).
    Result<void> applyKey(const SecureBytes& literal);

    Result<void> exec(const QString& sql);
    // Statements are kept prepared for the next use of the same SQL (an import runs the same
    // few inserts 10,000 times; preparing each one again cost a quarter of its time).
    Result<SqliteStatement> prepare(const QString& sql);
    // First column of the first row, or an empty string when there is none.
    Result<QString> scalar(const QString& sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    // BEGIN IMMEDIATE … COMMIT, rolled back when body fails (or throws); a savepoint when nested.
    Result<void> transaction(const std::function<Result<void>()>& body);

    // Takes over other's connection and closes this one's, so that objects holding a reference
    // to this SqliteDatabase (Inventory) follow a vault file that was replaced on disk.
    void adopt(std::unique_ptr<SqliteDatabase> other);
    // How long a statement waits for another connection's lock before failing with Locked.
    void setBusyTimeout(int milliseconds);
    // PRAGMA data_version: changes when another connection commits to the file.
    Result<qint64> dataVersion();

    // Once page 1 has decrypted with the key, a page that fails SQLCipher's authentication
    // (SQLITE_NOTADB) is damage, not a wrong passphrase: errors say so from then on.
    void setKeyConfirmed() { m_keyConfirmed = true; }

    Error errorFor(int resultCode) const;
    Error lastError() const;
    sqlite3* handle() const { return m_db; }

private:
    friend class SqliteStatement;
    explicit SqliteDatabase(sqlite3* db) : m_db(db) {}
    // A statement that is done: reset, its bindings cleared (no value lingers in it), and kept
    // for prepare() to hand out again, or finalized when one for that SQL is already kept.
    void recycle(QString sql, sqlite3_stmt* stmt);
    void finalizeCached();

    sqlite3* m_db = nullptr;
    QHash<QString, sqlite3_stmt*> m_cached;
    bool m_keyConfirmed = false;
};

} // namespace rebind
