// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"

#include <functional>
#include <QCoreApplication>
#include <QString>

namespace rebind {

// Reads an Android-style SQLite message database: a table "sms" or "sms_tb" with the columns of
// Android's Telephony.Sms (address, date in milliseconds since 1970, type 1 for received, body).
// That covers mmssms.db, the phone's own store (copied off a rooted phone, or out of a backup
// app or forensic tool), and sms.db in a Huawei / Honor backup (HiSuite, the phone's Backup app)
// that is not encrypted, as older backups are, or once decrypted with the backup password.
//
// Column names vary between writers, so the layout is found from the table's columns: the
// sender is address or phoneNumber, the date is date or time (a number, or text such as
// "2023-11-14 16:20:00"), the direction is type, shortType or msg_box (1 received, anything else
// sent), the text is body. A row flagged isMms = 1 is skipped; rows without text are too.
//
// Like IosSmsDbReader it takes a path (SQLite cannot read from a QIODevice) and opens the file
// read-only and immutable through SqliteDatabase, so that nothing is written beside it.
class AndroidSmsDbReader
{
    Q_DECLARE_TR_FUNCTIONS(AndroidSmsDbReader)

public:
    // Whether path is an SQLite database with such a table.
    static bool recognises(const QString& path);

    static Result<SmsReadSummary> read(const QString& path,
                                       const std::function<bool(const SmsMessage&)>& sink);
};

} // namespace rebind
