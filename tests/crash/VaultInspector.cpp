// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultInspector.h"

#include "SqliteDatabase.h"
#include "VaultKey.h"
#include "VaultSalt.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rebind::crash {

namespace {

Error failure(const QString& message)
{
    return makeError(ErrorCode::Internal, message);
}

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// All rows of a one-column-or-more query, each column as SQLite's text.
Result<QList<QStringList>> rows(SqliteDatabase& db, const QString& sql, int columns)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    QList<QStringList> result;
    for (;;) {
        auto row = statement->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return result;
        }
        QStringList values;
        for (int c = 0; c < columns; ++c) {
            values << statement->text(c);
        }
        result << values;
    }
}

} // namespace

QString VaultInspector::cacheKey(const QString& vaultId, const QString& passphrase)
{
    return vaultId + QLatin1Char('\n') + passphrase;
}

Result<std::unique_ptr<Vault>> VaultInspector::open(const QString& path, const QString& passphrase)
{
    auto id = Vault::peekVaultId(path);
    if (!id) {
        return id.error();
    }
    const QString cached = cacheKey(*id, passphrase);
    if (const auto known = m_keys.find(cached); known != m_keys.end()) {
        return Vault::openWithKey(path, known->second.clone());
    }
    auto vault = Vault::open(path, passphrase);
    if (vault) {
        m_keys.emplace(cached, (*vault)->key().clone());
        return vault;
    }
    // The open's error is the answer; the key only spares a derivation the next time.
    (void)keyFor(path, passphrase);
    return vault;
}

Result<SecureBytes> VaultInspector::keyFor(const QString& path, const QString& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QStringLiteral("cannot read %1").arg(path));
    }
    const auto salt = VaultSalt::fromHeader(file.read(VaultSalt::kSize));
    if (!salt) {
        return failure(QStringLiteral("%1 has no vault header").arg(path));
    }
    const QString cached = cacheKey(salt->vaultId(), passphrase);
    if (const auto known = m_keys.find(cached); known != m_keys.end()) {
        return known->second.clone();
    }
    auto key = VaultKey::derive(passphrase, *salt);
    if (!key) {
        return key.error();
    }
    m_keys.emplace(cached, key->clone());
    return key;
}

Result<QString> VaultInspector::integrity(Vault& vault)
{
    return vault.database().scalar(QStringLiteral("PRAGMA integrity_check"));
}

bool VaultInspector::isMasked(const QString& column)
{
    return column == QLatin1String("uid") || column.endsWith(QLatin1String("_uid")) ||
           column == QLatin1String("at") || column.endsWith(QLatin1String("_at"));
}

Result<QStringList> VaultInspector::dump(Vault& vault)
{
    SqliteDatabase& db = vault.database();
    QStringList lines;
    for (const char* pragma : {"user_version", "application_id"}) {
        auto value = db.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
        if (!value) {
            return value.error();
        }
        lines << QStringLiteral("%1 = %2").arg(QLatin1String(pragma), *value);
    }
    auto schema = rows(db,
                       QStringLiteral("SELECT type, name, tbl_name, ifnull(sql, '') "
                                      "FROM sqlite_master ORDER BY type, name"),
                       4);
    if (!schema) {
        return schema.error();
    }
    QStringList tables;
    for (const QStringList& object : *schema) {
        lines << QStringLiteral("schema: ") + object.join(QLatin1Char(' '));
        if (object.at(0) == QLatin1String("table") &&
            !object.at(1).startsWith(QLatin1String("sqlite_"))) {
            tables << object.at(1);
        }
    }
    for (const QString& table : tables) {
        auto info = rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)), 2);
        if (!info) {
            return info.error();
        }
        QStringList columns;
        QStringList selected;
        for (const QStringList& column : *info) {
            columns << column.at(1);
            selected << QStringLiteral("quote(%1)").arg(quoted(column.at(1)));
        }
        auto content = rows(db,
                            QStringLiteral("SELECT %1 FROM %2")
                                .arg(selected.join(QStringLiteral(", ")), quoted(table)),
                            int(columns.size()));
        if (!content) {
            return content.error();
        }
        QStringList tableLines;
        for (QStringList row : *content) {
            for (int c = 0; c < columns.size(); ++c) {
                const QString& value = row.at(c);
                if (isMasked(columns.at(c)) && value != QLatin1String("NULL") &&
                    value != QLatin1String("''")) {
                    row[c] = QStringLiteral("<masked>");
                }
            }
            tableLines << table + QStringLiteral(": ") + row.join(QLatin1Char('|'));
        }
        std::sort(tableLines.begin(), tableLines.end());
        lines << QStringLiteral("%1: %2 rows").arg(table).arg(tableLines.size()) << tableLines;
    }
    return lines;
}

Result<int> VaultInspector::schemaVersionOnDisk(const QString& path, const QString& passphrase,
                                                const QString& scratchDir)
{
    QDir(scratchDir).removeRecursively();
    if (!QDir().mkpath(scratchDir)) {
        return failure(QStringLiteral("cannot create %1").arg(scratchDir));
    }
    const QString copy = QDir(scratchDir).filePath(QFileInfo(path).fileName());
    for (const QString& suffix : {QString(), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix)) {
            return failure(QStringLiteral("cannot copy %1").arg(path + suffix));
        }
    }
    auto key = keyFor(copy, passphrase);
    if (!key) {
        return key.error();
    }
    QFile header(copy);
    if (!header.open(QIODevice::ReadOnly)) {
        return failure(QStringLiteral("cannot read %1").arg(copy));
    }
    const auto salt = VaultSalt::fromHeader(header.read(VaultSalt::kSize));
    header.close();
    if (!salt) {
        return failure(QStringLiteral("%1 has no vault header").arg(copy));
    }
    int version = -1;
    {
        // Read-write, like Vault::open on a hot journal: the first read rolls the journal back.
        auto db = SqliteDatabase::open(copy, SqliteDatabase::Mode::ReadWrite);
        if (!db) {
            return db.error();
        }
        if (auto keyed = (*db)->applyKey(VaultKey::sqlcipherLiteral(*key, *salt)); !keyed) {
            return keyed.error();
        }
        if (auto compat = (*db)->exec(QStringLiteral("PRAGMA cipher_compatibility = 3")); !compat) {
            return compat.error();
        }
        auto value = (*db)->scalar(QStringLiteral("PRAGMA user_version"));
        if (!value) {
            return value.error();
        }
        version = value->toInt();
    }
    QDir(scratchDir).removeRecursively();
    return version;
}

} // namespace rebind::crash
