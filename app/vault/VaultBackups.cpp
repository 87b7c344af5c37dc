// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultBackups.h"

#include "DurableFile.h"
#include "SqliteDatabase.h"
#include "VaultConnection.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rebind {

const QString VaultBackups::kMigration = QStringLiteral("upgrade");
const QString VaultBackups::kPassphrase = QStringLiteral("passphrase");
const QString VaultBackups::kImport = QStringLiteral("import");
const QString VaultBackups::kMerge = QStringLiteral("merge");
const QString VaultBackups::kRestore = QStringLiteral("restore");

namespace {

const QString kSuffix = QStringLiteral(".rebind");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr qint64 kMaxVaultBytes = qint64(4) << 30;

// 20261206-201918-import, or 20261206-201918-import-2 for a second one within a second.
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}-\\d{6})-([a-z]+)(?:-(\\d+))?\\.rebind$"));
    return pattern;
}

} // namespace

VaultBackups::VaultBackups(QString vaultPath) : m_vaultPath(std::move(vaultPath)) {}

QString VaultBackups::folder() const
{
    return QFileInfo(m_vaultPath).absoluteFilePath() + QStringLiteral(".backups");
}

QList<VaultBackup> VaultBackups::list() const
{
    struct Found
    {
        VaultBackup backup;
        int sequence = 0;
    };
    QList<Found> found;
    const QDir dir(folder());
    const auto entries = dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files);
    for (const QFileInfo& entry : entries) {
        const auto match = namePattern().match(entry.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        Found item;
        item.backup.id = entry.completeBaseName();
        item.backup.path = entry.absoluteFilePath();
        const QDateTime stamp = QDateTime::fromString(match.captured(1), kStampFormat);
        item.backup.created = QDateTime(stamp.date(), stamp.time(), Qt::UTC);
        item.backup.reason = match.captured(2);
        item.backup.size = entry.size();
        item.sequence = match.captured(3).toInt();
        found.append(item);
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.backup.created != b.backup.created) {
            return a.backup.created > b.backup.created;
        }
        return a.sequence > b.sequence;
    });
    QList<VaultBackup> backups;
    for (const Found& item : found) {
        backups.append(item.backup);
    }
    return backups;
}

std::optional<VaultBackup> VaultBackups::find(const QString& idOrNumber) const
{
    const auto backups = list();
    bool isNumber = false;
    const int number = idOrNumber.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= backups.size()) {
        return backups.at(number - 1);
    }
    for (const VaultBackup& backup : backups) {
        if (backup.id == idOrNumber) {
            return backup;
        }
    }
    return std::nullopt;
}

Result<QString> VaultBackups::newBackupPath(const QString& reason) const
{
    QDir dir(folder());
    if (!dir.exists()) {
        if (!QDir().mkpath(folder())) {
            return makeError(ErrorCode::Unwritable,
                             tr("The backup folder %1 cannot be created, so Rebind made no "
                                "changes.")
                                 .arg(QDir::toNativeSeparators(folder())));
        }
        QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
    }
    // Several backups within one second (an import right after a restore) are told apart, and
    // ordered, by a sequence number after the reason.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(kStampFormat);
    const auto sameSecond =
        dir.entryList({stamp + QStringLiteral("-*") + kSuffix}, QDir::Files).size();
    QString name =
        stamp + QLatin1Char('-') + reason +
        (sameSecond > 0 ? QLatin1Char('-') + QString::number(sameSecond + 1) : QString()) + kSuffix;
    for (auto sequence = sameSecond + 2; dir.exists(name); ++sequence) {
        name = stamp + QLatin1Char('-') + reason + QLatin1Char('-') + QString::number(sequence) +
               kSuffix;
    }
    return dir.absoluteFilePath(name);
}

Result<VaultBackup> VaultBackups::create(SqliteDatabase& db, const QString& reason, int keep)
{
    auto target = newBackupPath(reason);
    if (!target) {
        return target.error();
    }
    // A read transaction holds SQLite's shared lock: no writer can change the file while it is
    // copied, so the copy is one consistent state.
    if (auto begun = db.exec(QStringLiteral("BEGIN")); !begun) {
        return begun.error();
    }
    Result<void> copied =
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).ok()
            ? DurableFile::copy(m_vaultPath, *target + QStringLiteral(".tmp"), kMaxVaultBytes)
            : Result<void>(db.lastError());
    (void)db.exec(QStringLiteral("COMMIT"));
    return place(*target, copied, keep);
}

Result<VaultBackup> VaultBackups::createRaw(const QString& reason, int keep)
{
    auto target = newBackupPath(reason);
    if (!target) {
        return target.error();
    }
    const QString partial = *target + QStringLiteral(".tmp");
    Result<void> copied = DurableFile::copy(m_vaultPath, partial, kMaxVaultBytes);
    const QString journal = m_vaultPath + QStringLiteral("-journal");
    if (copied && QFileInfo(journal).size() > 0) {
        copied = DurableFile::copy(journal, *target + QStringLiteral("-journal"), kMaxVaultBytes);
    }
    return place(*target, copied, keep);
}

Result<VaultBackup> VaultBackups::place(const QString& target, Result<void> copied, int keep)
{
    const QString partial = target + QStringLiteral(".tmp");
    if (copied) {
        copied = DurableFile::replace(partial, target);
    }
    if (!copied) {
        QFile::remove(partial);
        QFile::remove(target + QStringLiteral("-journal"));
        return makeError(
            copied.code(),
            tr("No backup could be made, so Rebind made no changes: %1").arg(copied.message()));
    }
    rotate(keep);
    const auto made = find(QFileInfo(target).completeBaseName());
    if (!made) {
        return makeError(ErrorCode::Internal, tr("The new backup is missing."));
    }
    return *made;
}

void VaultBackups::rotate(int keep)
{
    const auto backups = list();
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        QFile::remove(backups.at(i).path);
        QFile::remove(backups.at(i).path + QStringLiteral("-journal"));
    }
}

QStringList VaultBackups::reencrypt(const SecureBytes& oldKey, const VaultSalt& oldSalt,
                                    const SecureBytes& key, const VaultSalt& salt)
{
    QStringList problems;
    for (const VaultBackup& backup : list()) {
        QFile header(backup.path);
        const bool readable = header.open(QIODevice::ReadOnly);
        const QByteArray head = readable ? header.read(VaultSalt::kSize) : QByteArray();
        header.close();
        if (head == salt.bytes()) {
            continue; // already under the new key
        }
        Result<void> converted =
            makeError(ErrorCode::WrongPassphrase, tr("it was made under an earlier passphrase"));
        if (head == oldSalt.bytes()) {
            if (VaultConnection::hasInterruptedWrite(backup.path)) {
                converted = VaultConnection::recoverInterruptedWrite(backup.path, oldKey, oldSalt);
            } else {
                converted = {};
            }
            if (converted) {
                const QString partial =
                    DurableFile::temporaryNameBeside(backup.path, QStringLiteral("rekey"));
                // ATTACH inherits the connection's flags: the copy needs a writable one.
                auto source = VaultConnection::connect(
                    backup.path, VaultConnection::Mode::ReadWrite, oldKey, oldSalt);
                converted = source ? VaultConnection::exportTo(**source, partial, key, salt)
                                   : Result<void>(source.error());
                if (converted) {
                    converted = DurableFile::replace(partial, backup.path);
                }
                QFile::remove(partial);
            }
        }
        if (!converted) {
            QFile::remove(backup.path);
            QFile::remove(backup.path + QStringLiteral("-journal"));
            problems << tr("The backup %1 could not be re-encrypted (%2) and was removed, so "
                           "that the old passphrase opens nothing.")
                            .arg(backup.id, converted.message());
        }
    }
    return problems;
}

QString VaultBackups::reasonText(const QString& reason)
{
    if (reason == kMigration) {
        return tr("before upgrading the vault");
    }
    if (reason == kPassphrase) {
        return tr("before a passphrase change");
    }
    if (reason == kImport) {
        return tr("before an import");
    }
    if (reason == kMerge) {
        return tr("before merging a hand-off file");
    }
    if (reason == kRestore) {
        return tr("before restoring a backup");
    }
    return reason;
}

} // namespace rebind
