// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// The folder an iPhone backup is, as iTunes, Finder, Apple Devices and 爱思助手 write it (one
// folder per device, named after it, inside MobileSync/Backup):
//
//   Info.plist       the device and the program that made the backup
//   Manifest.plist   the backup's properties; IsEncrypted is true when "Encrypt local backup" is
//                    on, and then Manifest.db and every file are encrypted too
//   Manifest.db      SQLite: Files(fileID, domain, relativePath, flags, file), one row per file
//   3d/3d0d7e5f…     the files, named by fileID, the SHA-1 of "<domain>-<relativePath>", in a
//                    folder named after its first two hex digits (iOS 10 and later); older
//                    backups (Manifest.mbdb) keep them all at the top
//
// The messages are sms.db: domain HomeDomain, relativePath Library/SMS/sms.db, whose fileID is
// always 3d0d7e5fb2ce288813306e4d4636395e047a3d28. Manifest.db is asked first; the well-known
// name is the fallback for backups without it. Everything is read in place, read-only: nothing
// is written into the user's backup.
class IosBackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(IosBackupFolder)

public:
    static constexpr const char* kSmsDomain = "HomeDomain";
    static constexpr const char* kSmsRelativePath = "Library/SMS/sms.db";

    // Whether dir holds what the top of a backup holds (Manifest.db, Manifest.plist,
    // Manifest.mbdb, Info.plist or sms.db under its hashed name).
    static bool isBackup(const QString& dir);

    // The path of sms.db in the backup folder dir, or in the one backup that dir (a MobileSync
    // "Backup" folder) holds. Errors (translated) say why not: an encrypted backup and what to
    // do about it, several backups to choose from, no sms.db, a folder that is no backup.
    static Result<QString> smsDb(const QString& dir);
};

} // namespace rebind
