// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

namespace rebind {

// Reads messages from a UTF-8 CSV file with a header row naming date, sender and body columns
// (SmsCsvHeader lists the names; an optional type/direction column tells sent from received).
// RFC 4180 quoting, an optional byte order mark, CRLF or LF; streamed record by record
// (CsvRecordReader) with each field capped at 64 KiB and each record at 1 MiB.
//
// Dates: ISO 8601 ("2023-11-14T16:20:00", with or without seconds, milliseconds and a zone),
// "yyyy-MM-dd HH:mm[:ss]", "yyyy/MM/dd HH:mm[:ss]", "yyyy-MM-dd", or a count since 1970 in
// milliseconds (values below 10^11 are seconds). Times without a zone are local time.
// Directions: 1, received, inbox, incoming, in, 接收, 收 are received; 2, sent, outbox,
// outgoing, out, 发送, 已发送, 发 are sent; anything else counts as received.
//
// Rows too short for the required columns, or without text, are skipped; a row whose date
// cannot be read keeps its message without a date. Each kind of problem gives one warning with
// a count, not one per row.
class SmsCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(SmsCsvReader)

public:
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

    static Result<SmsReadSummary> read(QIODevice& input,
                                       const std::function<bool(const SmsMessage&)>& sink,
                                       const std::function<void(qint64 bytesRead)>& progress = {});

    // Invalid when text is none of the formats above.
    static QDateTime parseDate(const QString& text);
};

} // namespace rebind
