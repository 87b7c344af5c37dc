// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IosBackupFolder.h"

#include "BoundedFileReader.h"
#include "PlistBoolean.h"
#include "SmsSource.h"
#include "SqliteDatabase.h"

#include <optional>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rebind {

namespace {

const QByteArray kSqliteMagic("SQLite format 3\0", 16);
// Manifest.plist lists the apps too; a few MiB at most. A larger one is not read.
constexpr qint64 kMaxPlistBytes = 16 * 1024 * 1024;
// How many entries of a folder are looked through for backups inside it.
constexpr int kMaxEntries = 4096;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool isFile(const QString& path)
{
    return QFileInfo(path).isFile();
}

bool isSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kSqliteMagic.size()) == kSqliteMagic;
}

// Where a file of the backup lives: <fileID[0:2]>/<fileID> (iOS 10 and later) or <fileID>.
QString hashedFile(const QDir& backup, const QString& fileId)
{
    const QString nested = backup.filePath(fileId.left(2) + QLatin1Char('/') + fileId);
    if (isFile(nested)) {
        return nested;
    }
    const QString flat = backup.filePath(fileId);
    return isFile(flat) ? flat : QString();
}

std::optional<bool> isEncrypted(const QDir& backup)
{
    QFile file(backup.filePath(QStringLiteral("Manifest.plist")));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const Result<QByteArray> bytes = BoundedFileReader::readAll(file, kMaxPlistBytes, Error{});
    return bytes ? PlistBoolean::find(*bytes, QStringLiteral("IsEncrypted")) : std::nullopt;
}

enum class Lookup
{
    Found,
    NoRow,      // Manifest.db has no sms.db
    Unreadable, // Manifest.db is not a Files table SQLite can read
};

// sms.db's fileID as Manifest.db records it. A fileID is a SHA-1 in hex; anything else is not
// taken as a path, so that a crafted Manifest.db cannot point outside the backup.
Lookup lookUpSmsDb(const QString& manifestDb, QString* fileId)
{
    auto db = SqliteDatabase::open(manifestDb, SqliteDatabase::Mode::Immutable);
    if (!db) {
        return Lookup::Unreadable;
    }
    auto statement = (*db)->prepare(
        QStringLiteral("SELECT fileID FROM Files WHERE domain = ? AND relativePath = ?"));
    if (!statement) {
        return Lookup::Unreadable;
    }
    statement->bindAll({QString::fromLatin1(IosBackupFolder::kSmsDomain),
                        QString::fromLatin1(IosBackupFolder::kSmsRelativePath)});
    static const QRegularExpression sha1(QStringLiteral("^[0-9a-fA-F]{40}$"));
    for (;;) {
        const Result<bool> row = statement->step();
        if (!row) {
            return Lookup::Unreadable;
        }
        if (!*row) {
            return Lookup::NoRow;
        }
        const QString id = statement->text(0);
        if (sha1.match(id).hasMatch()) {
            *fileId = id;
            return Lookup::Found;
        }
    }
}

Error encrypted()
{
    return makeError(
        ErrorCode::InvalidInput,
        IosBackupFolder::tr("This iPhone backup is encrypted, so Rebind cannot read the messages "
                            "in it. Make an unencrypted backup: in Finder (Mac), iTunes or Apple "
                            "Devices (Windows) or 爱思助手, turn off “Encrypt local backup” (it "
                            "asks for the backup password), back up again and choose the new "
                            "backup folder. Or export the messages another way."));
}

Error incomplete(const QString& reason)
{
    return makeError(ErrorCode::Damaged,
                     IosBackupFolder::tr("%1 The backup may be damaged or incomplete: back up the "
                                         "iPhone again, or export the messages another way.")
                         .arg(reason));
}

Result<QString> smsDbInBackup(const QString& path)
{
    const QDir backup(path);
    const std::optional<bool> flagged = isEncrypted(backup);
    if (flagged == true) {
        return encrypted();
    }
    const QString known = QLatin1String(SmsFormatDetector::kIosBackupName);
    const QString manifestDb = backup.filePath(QStringLiteral("Manifest.db"));
    if (isFile(manifestDb)) {
        // An encrypted backup's Manifest.db is encrypted too; only a Manifest.plist that says
        // otherwise makes it damage instead.
        if (!isSqlite(manifestDb) && flagged != false) {
            return encrypted();
        }
        QString fileId;
        const Lookup lookup = lookUpSmsDb(manifestDb, &fileId);
        if (lookup == Lookup::Found) {
            const QString listed = hashedFile(backup, fileId);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        const QString fallback = hashedFile(backup, known);
        if (!fallback.isEmpty()) {
            return fallback;
        }
        switch (lookup) {
        case Lookup::Found:
            return incomplete(IosBackupFolder::tr("This iPhone backup’s list of files names the "
                                                  "messages database (sms.db), but the file %1 "
                                                  "is not there.")
                                  .arg(fileId));
        case Lookup::Unreadable:
            return incomplete(
                IosBackupFolder::tr("This iPhone backup’s list of files (Manifest.db) "
                                    "cannot be read, and the messages database "
                                    "(sms.db) is not where older backups keep it."));
        case Lookup::NoRow:
            break;
        }
    } else if (const QString fallback = hashedFile(backup, known); !fallback.isEmpty()) {
        return fallback;
    }
    return incomplete(
        IosBackupFolder::tr("This iPhone backup holds no messages database (sms.db)."));
}

} // namespace

bool IosBackupFolder::isBackup(const QString& dir)
{
    const QDir backup(dir);
    for (const char* name : {"Manifest.db", "Manifest.plist", "Manifest.mbdb", "Info.plist"}) {
        if (isFile(backup.filePath(QLatin1String(name)))) {
            return true;
        }
    }
    return !hashedFile(backup, QLatin1String(SmsFormatDetector::kIosBackupName)).isEmpty();
}

Result<QString> IosBackupFolder::smsDb(const QString& dir)
{
    if (isBackup(dir)) {
        return smsDbInBackup(dir);
    }
    // MobileSync's "Backup" folder holds one folder per device.
    QStringList backups;
    QDir parent(dir);
    const QStringList children =
        parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (qsizetype i = 0; i < children.size() && i < kMaxEntries; ++i) {
        if (isBackup(parent.filePath(children.at(i)))) {
            backups.append(children.at(i));
        }
    }
    if (backups.size() == 1) {
        return smsDbInBackup(parent.filePath(backups.constFirst()));
    }
    if (backups.size() > 1) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 holds %n iPhone backup(s): %2. Choose the folder of one of them.",
                            nullptr, int(backups.size()))
                             .arg(native(dir), backups.join(QStringLiteral(", "))));
    }
    return makeError(ErrorCode::InvalidInput,
                     tr("%1 is a folder, but not an iPhone backup: it has no Manifest.db, "
                        "Manifest.plist or Info.plist. Choose an SMS backup file, or the folder "
                        "of one iPhone backup (in MobileSync/Backup, one folder per device).")
                         .arg(native(dir)));
}

} // namespace rebind
