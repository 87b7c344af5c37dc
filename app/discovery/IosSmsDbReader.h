// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rebind {

// Reads sms.db, the Messages database from an unencrypted iPhone backup (in the backup folder it
// is 3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28; IosBackupFolder finds it). SQLite cannot read
// from a QIODevice, so this takes a path. The file is opened through SqliteDatabase without a
// key (SQLCipher then reads plain SQLite), never through Qt's QSQLITE driver, whose libsqlite3
// exports the same symbols. Rows are stepped through one at a time:
//
//   SELECT m.date, h.id, m.text, m.is_from_me,
//          CASE WHEN m.text IS NULL OR m.text = '' THEN m.attributedBody END
//   FROM message m LEFT JOIN handle h ON m.handle_id = h.ROWID
//
// Newer iOS keeps the text of some messages only in attributedBody, an archived
// NSAttributedString (TypedStreamText reads it). A database without that column (older iOS)
// is read without it. Messages with neither text are skipped.
//
// iOS keeps sms.db in WAL mode, and SQLite opening such a file even read-only creates -wal and
// -shm files beside it; the file is therefore opened as immutable, so that nothing is written
// into the user's backup folder and no copy of their messages is made.
class IosSmsDbReader
{
    Q_DECLARE_TR_FUNCTIONS(IosSmsDbReader)

public:
    static Result<SmsReadSummary> read(const QString& path,
                                       const std::function<bool(const SmsMessage&)>& sink);

    // message.date: seconds since 2001-01-01 UTC up to iOS 10, nanoseconds since iOS 11 (values
    // above 10^12 are nanoseconds). Invalid for 0 and below, which iOS uses for "no date".
    static QDateTime appleTime(qint64 value);
};

} // namespace rebind
