// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

namespace rebind {

// The SMS backups Rebind reads.
enum class SmsFormat
{
    AndroidXml, // "SMS Backup & Restore" XML (AndroidSmsBackupReader)
    IosSmsDb,   // sms.db from an unencrypted iPhone backup (IosSmsDbReader)
    Csv,        // CSV with date, sender and body columns (SmsCsvReader)
    Vmsg,       // vMessage text, BEGIN:VMSG … END:VMSG (VmsgReader)
    // An SQLite file with an Android "sms" table (AndroidSmsDbReader). Its header is SQLite's
    // like sms.db's, so detect() says IosSmsDb and SmsFileReader looks at the tables.
    AndroidSmsDb,
};

// Tells which reader a file needs from its first bytes. The content decides:
//
//   IosSmsDb    the SQLite header "SQLite format 3\0" at byte 0
//   AndroidXml  XML whose root element is <smses>; a byte order mark, the XML declaration,
//               comments, processing instructions and a DOCTYPE may come before it
//   Csv         a first record (after an optional UTF-8 byte order mark) that names date,
//               sender and body columns, as SmsCsvHeader lists them (English, any case, or
//               Chinese: 时间/日期, 号码/发件人, 内容/短信内容 …)
//   Vmsg        BEGIN:VMSG after an optional byte order mark and blank lines, in UTF-8 or
//               UTF-16 (VmsgReader::recognises)
//
// Only when the content matches none of these does the file name count: *.xml goes to the XML
// reader, *.csv to the CSV reader, *.vmsg and *.vmg to the vMessage reader, and sms.db, *.db,
// *.sqlite, *.sqlitedb and the iPhone backup's hashed name 3d0d7e5f… to the sms.db reader, so
// that a file that looks like what the user meant to pick gets that reader's precise error ("its
// top element is <calls>", "the header has no sender column", "not an SQLite database") instead
// of a generic one.
class SmsFormatDetector
{
public:
    // How many leading bytes detect() wants; fewer (a short file) are fine.
    static constexpr qsizetype kHeadBytes = 8 * 1024;
    // The name sms.db gets in an iPhone backup: SHA-1 of "HomeDomain-Library/SMS/sms.db".
    static constexpr const char* kIosBackupName = "3d0d7e5fb2ce288813306e4d4636395e047a3d28";

    static std::optional<SmsFormat> detect(const QByteArray& head, const QString& fileName);
};

} // namespace rebind
