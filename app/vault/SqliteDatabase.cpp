// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDatabase.h"

#include <QUrl>
#include <sqlite3.h>

namespace rebind {

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString& path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const QByteArray name = mode == Mode::Immutable ? QUrl::fromLocalFile(path).toEncoded() +
                                                          QByteArrayLiteral("?immutable=1")
                                                    : path.toUtf8();
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw));
    if (rc != SQLITE_OK) {
        return db->errorFor(rc);
    }
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

SqliteDatabase::~SqliteDatabase()
{
    finalizeCached();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
    }
}

Result<void> SqliteDatabase::applyKey(const SecureBytes& literal)
{
    const int rc = sqlite3_key(m_db, literal.data(), int(literal.size() - 1));
    if (rc != SQLITE_OK) {
        return errorFor(rc);
    }
    return {};
}

Result<void> SqliteDatabase::exec(const QString& sql)
{
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return errorFor(rc);
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString& sql)
{
    if (sqlite3_stmt* kept = m_cached.take(sql)) {
        return SqliteStatement(this, kept, sql);
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFor(rc);
    }
    return SqliteStatement(this, stmt, sql);
}

void SqliteDatabase::recycle(QString sql, sqlite3_stmt* stmt)
{
    // Enough for every statement Rebind runs; SQL built with values in it never repeats.
    constexpr qsizetype kMaxCached = 100;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (sqlite3_db_handle(stmt) != m_db || m_cached.contains(sql) ||
        m_cached.size() >= kMaxCached) {
        sqlite3_finalize(stmt);
        return;
    }
    m_cached.insert(std::move(sql), stmt);
}

void SqliteDatabase::finalizeCached()
{
    for (sqlite3_stmt* stmt : std::as_const(m_cached)) {
        sqlite3_finalize(stmt);
    }
    m_cached.clear();
}

Result<QString> SqliteDatabase::scalar(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row ? stmt->text(0) : QString();
}

void SqliteDatabase::adopt(std::unique_ptr<SqliteDatabase> other)
{
    finalizeCached();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
    }
    m_db = other ? other->m_db : nullptr;
    m_keyConfirmed = other && other->m_keyConfirmed;
    if (other) {
        other->m_db = nullptr;
    }
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

Result<qint64> SqliteDatabase::dataVersion()
{
    auto value = scalar(QStringLiteral("PRAGMA data_version"));
    if (!value) {
        return value.error();
    }
    return value->toLongLong();
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Result<void> SqliteDatabase::transaction(const std::function<Result<void>()>& body)
{
    // Inside an open transaction a savepoint nests, so that composite changes (a new service and
    // the binding that uses it) commit or roll back as one.
    const bool nested = sqlite3_get_autocommit(m_db) == 0;
    const QString begin =
        nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE");
    const QString commit = nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT");
    const QString rollback =
        nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested") : QStringLiteral("ROLLBACK");
    // Begin and commit run once per change: through prepare() they are parsed once per
    // connection, not once per change.
    const auto run = [this](const QString& sql) -> Result<void> {
        auto stmt = prepare(sql);
        if (!stmt) {
            return stmt.error();
        }
        return stmt->run();
    };
    if (auto begun = run(begin); !begun) {
        return begun;
    }
    Result<void> outcome = makeError(ErrorCode::Internal, tr("The change was interrupted."));
    try {
        outcome = body();
    } catch (...) {
        exec(rollback);
        throw;
    }
    if (!outcome) {
        exec(rollback);
        return outcome;
    }
    if (auto committed = run(commit); !committed) {
        exec(rollback);
        return committed;
    }
    return {};
}

Error SqliteDatabase::lastError() const
{
    return errorFor(m_db == nullptr ? SQLITE_NOMEM : sqlite3_extended_errcode(m_db));
}

Error SqliteDatabase::errorFor(int resultCode) const
{
    const int primary = resultCode & 0xff;
    const QString detail = m_db != nullptr ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                           : QString::fromUtf8(sqlite3_errstr(resultCode));
    switch (primary) {
    case SQLITE_NOTADB:
        if (m_keyConfirmed) {
            return makeError(ErrorCode::Damaged,
                             tr("The vault file is damaged: some of its pages cannot be read. "
                                "Restore it from a backup."));
        }
        return makeError(ErrorCode::WrongPassphrase,
                         tr("The passphrase is wrong, or this file is not a Rebind vault."));
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Damaged, tr("The vault file is damaged (%1).").arg(detail));
    case SQLITE_FULL:
        return makeError(
            ErrorCode::DiskFull,
            tr("The disk is full. Nothing was changed; free some space and try again."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Unwritable,
                         tr("The vault file cannot be written here. Check that the folder is "
                            "writable and the disk is not read-only."));
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::Unwritable,
                         tr("The vault file cannot be opened or created at this location."));
    case SQLITE_CONSTRAINT:
        if (resultCode == SQLITE_CONSTRAINT_UNIQUE || resultCode == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return makeError(ErrorCode::Duplicate, tr("This entry already exists."));
        }
        return makeError(ErrorCode::InvalidInput,
                         tr("The change does not fit the vault's rules (%1).").arg(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(
            ErrorCode::Locked,
            tr("The vault is in use by another Rebind window or command. Close it and try again."));
    case SQLITE_IOERR:
        if (resultCode == SQLITE_IOERR_SHORT_READ) {
            return makeError(ErrorCode::Damaged,
                             tr("The vault file is damaged (it is shorter than it should be)."));
        }
        return makeError(ErrorCode::Unwritable,
                         tr("Reading or writing the vault file failed (%1).").arg(detail));
    case SQLITE_NOMEM:
        return makeError(ErrorCode::Internal, tr("Out of memory."));
    default:
        return makeError(ErrorCode::Internal, tr("Unexpected database error: %1").arg(detail));
    }
}

} // namespace rebind
