// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultConnection.h"

#include "DurableFile.h"
#include "Schema.h"
#include "SqliteDatabase.h"
#include "VaultKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace rebind {

namespace {

// SQLCipher 3's page size, which 4.x also uses with cipher_compatibility = 3.
constexpr qint64 kPageSize = 1024;
// A vault is small (a few MB); anything near this is not one of ours and is not copied.
constexpr qint64 kMaxCopyBytes = qint64(4) << 30;

const QString kJournalSuffix = QStringLiteral("-journal");
const QString kWalSuffix = QStringLiteral("-wal");

bool nonEmpty(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

// Row counts of every table, to compare a copy with its source.
Result<QList<QPair<QString, qint64>>> tableCounts(SqliteDatabase& db, const QString& schema)
{
    auto names = db.prepare(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' "
                                           "ORDER BY name")
                                .arg(schema));
    if (!names) {
        return names.error();
    }
    QStringList tables;
    while (true) {
        auto row = names->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        tables << names->text(0);
    }
    QList<QPair<QString, qint64>> counts;
    for (const QString& table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        auto count =
            db.scalar(QStringLiteral("SELECT count(*) FROM %1.\"%2\"").arg(schema, quoted));
        if (!count) {
            return count.error();
        }
        counts.append({table, count->toLongLong()});
    }
    return counts;
}

} // namespace

Error VaultConnection::asDamage(const Error& error)
{
    if (error.code == ErrorCode::WrongPassphrase || error.code == ErrorCode::Internal) {
        return makeError(ErrorCode::Damaged, tr("The vault file is damaged: some of its pages "
                                                "cannot be read. Restore it from a backup."));
    }
    return error;
}

QStringList VaultConnection::sideFiles(const QString& path)
{
    return {path + kJournalSuffix, path + kWalSuffix, path + QStringLiteral("-shm")};
}

Result<std::unique_ptr<SqliteDatabase>> VaultConnection::connect(const QString& path, Mode mode,
                                                                 const SecureBytes& key,
                                                                 const VaultSalt& salt)
{
    const auto dbMode = mode == Mode::ReadOnly    ? SqliteDatabase::Mode::ReadOnly
                        : mode == Mode::ReadWrite ? SqliteDatabase::Mode::ReadWrite
                                                  : SqliteDatabase::Mode::Create;
    auto opened = SqliteDatabase::open(path, dbMode);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<SqliteDatabase> db = std::move(opened).value();
    db->setBusyTimeout(kBusyTimeoutMs);
    if (auto keyed = db->applyKey(VaultKey::sqlcipherLiteral(key, salt)); !keyed) {
        return keyed.error();
    }
    // Ignored by 3.4 (already the 3.x layout); makes 4.x read and write the same layout, so one
    // file opens with either library.
    if (auto compat = db->exec(QStringLiteral("PRAGMA cipher_compatibility = 3")); !compat) {
        return compat.error();
    }
    auto cipher = db->scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher || cipher->isEmpty()) {
        return makeError(ErrorCode::NoCipher,
                         tr("Rebind was built against plain SQLite instead of SQLCipher and cannot "
                            "encrypt the vault. Reinstall Rebind."));
    }
    // Room for a whole vault of 10,000 bindings (about 5 MiB), so that a page is decrypted once
    // per connection: by the open's check, or by the first query that needs it (SQLite's
    // default keeps 2 MiB).
    if (auto cache = db->exec(QStringLiteral("PRAGMA cache_size = -8192")); !cache) {
        return cache.error();
    }
    // sqlite3_key accepts any key; a wrong one shows here, on the first read of page 1.
    if (auto probe = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe) {
        return probe.error();
    }
    db->setKeyConfirmed();
    if (mode != Mode::ReadOnly) {
        const QString setup =
            QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                           "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = DELETE; "
                           "PRAGMA synchronous = FULL;");
        if (auto configured = db->exec(setup); !configured) {
            return configured.error();
        }
    }
    return db;
}

Result<int> VaultConnection::verify(SqliteDatabase& db, Check check)
{
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        return asDamage(appId.error());
    }
    if (appId->toInt() != Schema::kApplicationId) {
        return makeError(ErrorCode::NotAVault, tr("This encrypted file was not made by Rebind."));
    }
    auto version = Schema::version(db);
    if (!version) {
        return asDamage(version.error());
    }
    if (*version > Schema::kCurrentVersion) {
        return makeError(
            ErrorCode::TooNew,
            tr("This vault was made by a newer version of Rebind. Update Rebind to open it."));
    }
    if (check == Check::Header) {
        return *version;
    }
    auto integrity = db.scalar(check == Check::Full ? QStringLiteral("PRAGMA integrity_check")
                                                    : QStringLiteral("PRAGMA quick_check"));
    if (!integrity) {
        return asDamage(integrity.error());
    }
    if (*integrity != QLatin1String("ok")) {
        return makeError(
            ErrorCode::Damaged,
            tr("The vault file is damaged (%1). Restore it from a backup.").arg(*integrity));
    }
    if (check == Check::Full) {
        // Foreign keys are enforced on every write, so a row pointing nowhere means the file
        // was changed by something other than Rebind.
        auto orphan = db.scalar(QStringLiteral("PRAGMA foreign_key_check"));
        if (!orphan) {
            return asDamage(orphan.error());
        }
        if (!orphan->isEmpty()) {
            return makeError(ErrorCode::Damaged,
                             tr("The vault file is damaged (entries in %1 refer to ones that are "
                                "gone). Restore it from a backup.")
                                 .arg(*orphan));
        }
    }
    return *version;
}

Result<int> VaultConnection::verify(const QString& path, const SecureBytes& key,
                                    const VaultSalt& salt, Check check)
{
    auto verified = connectVerified(path, key, salt, check);
    if (!verified) {
        return verified.error();
    }
    return verified->version;
}

Result<VaultConnection::Verified> VaultConnection::connectVerified(const QString& path,
                                                                   const SecureBytes& key,
                                                                   const VaultSalt& salt,
                                                                   Check check)
{
    const qint64 size = QFileInfo(path).size();
    if (size < kPageSize || size % kPageSize != 0) {
        return makeError(ErrorCode::Damaged,
                         tr("The vault file is damaged: it is incomplete (%1 bytes).").arg(size));
    }
    auto db = connect(path, Mode::ReadOnly, key, salt);
    if (!db) {
        return db.error();
    }
    auto version = verify(**db, check);
    if (!version) {
        return version.error();
    }
    return Verified{std::move(db).value(), *version};
}

bool VaultConnection::hasInterruptedWrite(const QString& path)
{
    return nonEmpty(path + kJournalSuffix) || nonEmpty(path + kWalSuffix);
}

Result<void> VaultConnection::recoverInterruptedWrite(const QString& path, const SecureBytes& key,
                                                      const VaultSalt& salt)
{
    // The rehearsal: SQLite rolls a hot journal back on the first read of a writable
    // connection, whatever the key, so try it on copies first.
    const QString rehearsal = DurableFile::temporaryNameBeside(path, QStringLiteral("recover"));
    const QStringList rehearsalFiles = {rehearsal, rehearsal + kJournalSuffix,
                                        rehearsal + kWalSuffix, rehearsal + QStringLiteral("-shm")};
    const auto cleanUp = [&rehearsalFiles] {
        for (const QString& file : rehearsalFiles) {
            QFile::remove(file);
        }
    };
    const auto copyIfThere = [](const QString& from, const QString& to) -> Result<void> {
        if (!QFileInfo::exists(from)) {
            return {};
        }
        return DurableFile::copy(from, to, kMaxCopyBytes);
    };
    Result<int> rehearsed = 0;
    {
        Result<void> copied = copyIfThere(path, rehearsal);
        if (copied) {
            copied = copyIfThere(path + kJournalSuffix, rehearsal + kJournalSuffix);
        }
        if (copied) {
            copied = copyIfThere(path + kWalSuffix, rehearsal + kWalSuffix);
        }
        if (!copied) {
            cleanUp();
            return copied;
        }
        auto db = connect(rehearsal, Mode::ReadWrite, key, salt);
        rehearsed = db ? verify(**db, Check::Full) : Result<int>(db.error());
    }
    cleanUp();
    if (!rehearsed) {
        return rehearsed.error();
    }
    // The key is right and the rolled-back file is intact: now do the same to the real one.
    {
        auto db = connect(path, Mode::ReadWrite, key, salt);
        if (!db) {
            return VaultConnection::asDamage(db.error());
        }
    }
    // A journal still there was not hot (a crash before its header was synced leaves it
    // zeroed): SQLite ignores it, and so may we, now that nothing else is writing.
    QFile::remove(path + kJournalSuffix);
    return {};
}

Result<void> VaultConnection::exportTo(SqliteDatabase& source, const QString& target,
                                       const SecureBytes& key, const VaultSalt& salt)
{
    auto version = Schema::version(source);
    if (!version) {
        return version.error();
    }
    // 4.x gives an attached database its own default settings; this makes them the 3.x layout
    // (3.4 ignores it).
    (void)source.exec(QStringLiteral("PRAGMA cipher_default_compatibility = 3"));
    {
        // ATTACH inherits the connection's open flags, which do not allow creating a file:
        // make it empty (an empty file is an empty database), owner-only from the start.
        QFile empty(target);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return makeError(ErrorCode::Unwritable,
                             tr("%1 cannot be created: %2")
                                 .arg(QDir::toNativeSeparators(target), empty.errorString()));
        }
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    {
        const SecureBytes literal = VaultKey::sqlcipherLiteral(key, salt);
        sqlite3_stmt* attach = nullptr;
        const char* sql = "ATTACH DATABASE ?1 AS rekeyed KEY ?2";
        int rc = sqlite3_prepare_v2(source.handle(), sql, -1, &attach, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray name = target.toUtf8();
            sqlite3_bind_text(attach, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            // Bound from guarded memory, never copied into an SQL string.
            sqlite3_bind_text(attach, 2, literal.chars(), int(literal.size() - 1), SQLITE_STATIC);
            rc = sqlite3_step(attach);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        sqlite3_finalize(attach);
        if (rc != SQLITE_OK) {
            QFile::remove(target);
            return source.errorFor(rc);
        }
    }
    const auto detachAndFail = [&source, &target](const Error& error) -> Result<void> {
        (void)source.exec(QStringLiteral("DETACH DATABASE rekeyed"));
        QFile::remove(target);
        QFile::remove(target + kJournalSuffix);
        return error;
    };
    const QString copy = QStringLiteral("PRAGMA rekeyed.cipher_compatibility = 3; "
                                        "PRAGMA rekeyed.journal_mode = DELETE; "
                                        "PRAGMA rekeyed.synchronous = FULL; "
                                        "SELECT sqlcipher_export('rekeyed'); "
                                        "PRAGMA rekeyed.user_version = %1; "
                                        "PRAGMA rekeyed.application_id = %2;")
                             .arg(*version)
                             .arg(Schema::kApplicationId);
    if (auto exported = source.exec(copy); !exported) {
        return detachAndFail(exported.error());
    }
    auto sourceCounts = tableCounts(source, QStringLiteral("main"));
    auto copyCounts = tableCounts(source, QStringLiteral("rekeyed"));
    if (!sourceCounts || !copyCounts) {
        return detachAndFail(!sourceCounts ? sourceCounts.error() : copyCounts.error());
    }
    if (auto detached = source.exec(QStringLiteral("DETACH DATABASE rekeyed")); !detached) {
        QFile::remove(target);
        return detached;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto fail = [&target](const Error& error) -> Result<void> {
        QFile::remove(target);
        return error;
    };
    if (*sourceCounts != *copyCounts) {
        return fail(makeError(ErrorCode::Internal,
                              tr("The re-encrypted copy of the vault is incomplete.")));
    }
    if (auto synced = DurableFile::sync(target); !synced) {
        return fail(synced.error());
    }
    // Trust nothing SQLCipher reported: open the copy with the new key and check it whole.
    auto reread = verify(target, key, salt, Check::Full);
    if (!reread) {
        return fail(reread.error());
    }
    if (*reread != *version) {
        return fail(makeError(ErrorCode::Internal,
                              tr("The re-encrypted copy of the vault has the wrong version.")));
    }
    return {};
}

} // namespace rebind
