// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rebind {

// Phone backups that Rebind recognises but cannot read messages from, and what works instead.
// Rather than "not a file Rebind can read", the user learns what they picked and what to do:
//
//   Xiaomi / Redmi (MIUI, HyperOS) .bak   "MIUI BACKUP\n" at byte 0: a MIUI header, then an
//                                          Android backup of one app. The Messages app's data
//                                          inside is in Xiaomi's own format, which is not
//                                          published.
//   Android backup (.ab)                  "ANDROID BACKUP\n" at byte 0 (adb backup and tools on
//                                          it): compressed or encrypted app data.
//   Huawei / Honor backup                 HiSuite and the phone's Backup app encrypt every file
//                                          with a key from the backup password (or one HiSuite
//                                          keeps): a .db or .enc file that is not SQLite, with
//                                          info.xml or backupinfo.ini beside it; or that
//                                          info.xml itself (its top element is <info.xml>).
class VendorBackupNotice
{
    Q_DECLARE_TR_FUNCTIONS(VendorBackupNotice)

public:
    // head: the file's first bytes; path: the file (its name and folder are looked at for the
    // Huawei case). An InvalidInput error with the explanation, or nullopt for other files.
    static std::optional<Error> check(const QByteArray& head, const QString& path);
    // The same for a backup folder: a Xiaomi one (descript.xml, top element <MIUI-backup>) or a
    // Huawei / Honor one (info.xml, top element <info.xml>).
    static std::optional<Error> checkFolder(const QString& path);

    // What works on any phone, one sentence: export the messages to a file Rebind reads.
    static QString exportRoute();
};

} // namespace rebind
