// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsCsvReader.h"

#include "CsvRecordReader.h"
#include "SmsBodyLimit.h"
#include "SmsCsvHeader.h"

#include <climits>
#include <optional>
#include <QStringDecoder>
#include <QTimeZone>

namespace rebind {

namespace {

using Sink = std::function<bool(const SmsMessage&)>;
using Progress = std::function<void(qint64)>;

constexpr qint64 kSecondsBelow = 100'000'000'000;

int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

// A field as text; *invalid is set when its bytes are not UTF-8 (a file saved as GBK, say).
QString decode(const CsvRecordReader::Field& field, bool* invalid)
{
    const QByteArrayView bytes =
        field.cut ? QByteArrayView(field.bytes).first(SmsBodyLimit::wholeUtf8Prefix(field.bytes))
                  : QByteArrayView(field.bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *invalid = true;
    }
    return text;
}

bool isIncoming(const QString& direction)
{
    const QString value = direction.trimmed().toLower();
    for (const char16_t* sent :
         {u"2", u"sent", u"outbox", u"outgoing", u"out", u"发送", u"已发送", u"发"}) {
        if (value == QStringView(sent)) {
            return false;
        }
    }
    return true;
}

// Counts of the problems that are reported once each, at the end.
struct RowProblems
{
    qint64 tooShort = 0;
    qint64 undated = 0;
    qint64 notUtf8 = 0;
    qint64 cut = 0;
};

void addWarnings(const RowProblems& problems, QStringList& warnings)
{
    if (problems.tooShort > 0) {
        warnings.append(SmsCsvReader::tr("%n row(s) had too few columns and were skipped.", nullptr,
                                         clampToInt(problems.tooShort)));
    }
    if (problems.undated > 0) {
        warnings.append(SmsCsvReader::tr("%n row(s) had a date that could not be read; their "
                                         "messages were kept without a date.",
                                         nullptr, clampToInt(problems.undated)));
    }
    if (problems.notUtf8 > 0) {
        warnings.append(SmsCsvReader::tr("%n row(s) are not UTF-8 text and may read wrongly. "
                                         "Save the file as “CSV UTF-8” to read them correctly.",
                                         nullptr, clampToInt(problems.notUtf8)));
    }
    if (problems.cut > 0) {
        warnings.append(SmsCsvReader::tr("%n message(s) were longer than 64 KiB and were cut "
                                         "short.",
                                         nullptr, clampToInt(problems.cut)));
    }
}

QString describeRecord(const QList<CsvRecordReader::Field>& fields)
{
    QStringList names;
    bool invalid = false;
    for (const CsvRecordReader::Field& field : fields) {
        names.append(decode(field, &invalid).left(40));
    }
    return names.join(QLatin1String(", ")).left(200);
}

} // namespace

QDateTime SmsCsvReader::parseDate(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return {};
    }
    bool isNumber = false;
    qint64 number = value.toLongLong(&isNumber);
    if (isNumber) {
        if (number <= 0) {
            return {};
        }
        if (number < kSecondsBelow) {
            number *= 1000;
        }
        return QDateTime::fromMSecsSinceEpoch(number, Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (parsed.isValid()) {
        return parsed;
    }
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
          QStringLiteral("yyyy/MM/dd HH:mm:ss"), QStringLiteral("yyyy/MM/dd HH:mm"),
          QStringLiteral("yyyy/M/d H:mm:ss"), QStringLiteral("yyyy/M/d H:mm")}) {
        parsed = QDateTime::fromString(value, format);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? date.startOfDay() : QDateTime();
}

Result<SmsReadSummary> SmsCsvReader::read(QIODevice& input, const Sink& sink,
                                          const Progress& progress)
{
    CsvRecordReader reader(input, SmsBodyLimit::kMaxBytes, kMaxRecordBytes);
    SmsReadSummary summary;
    RowProblems problems;
    std::optional<SmsCsvHeader> header;
    qint64 reported = 0;
    for (;;) {
        const CsvRecordReader::Status status = reader.next();
        if (progress && reader.bytesRead() != reported) {
            reported = reader.bytesRead();
            progress(reported);
        }
        QString stop;
        if (status == CsvRecordReader::Status::UnclosedQuote) {
            stop = tr("A quote opened on line %1 is never closed.").arg(reader.line());
        } else if (status == CsvRecordReader::Status::RecordTooLong) {
            stop = tr("The row starting on line %1 is longer than 1 MiB; a quote opened there is "
                      "probably never closed.")
                       .arg(reader.line());
        } else if (status == CsvRecordReader::Status::End) {
            if (!header) {
                return makeError(ErrorCode::InvalidInput, tr("The file is empty."));
            }
            break;
        }
        if (!stop.isEmpty()) {
            if (summary.messages == 0) {
                return makeError(ErrorCode::InvalidInput, stop);
            }
            summary.warnings.append(stop + QLatin1Char(' ') +
                                    tr("The %n message(s) before it were read.", nullptr,
                                       clampToInt(summary.messages)));
            break;
        }
        const QList<CsvRecordReader::Field>& fields = reader.fields();
        if (fields.size() == 1 && fields.first().bytes.isEmpty()) {
            continue; // a blank line
        }
        if (!header) {
            bool invalid = false;
            QStringList names;
            for (const CsvRecordReader::Field& field : fields) {
                names.append(decode(field, &invalid));
            }
            header = SmsCsvHeader::recognise(names);
            if (!header) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The CSV file needs a first row naming date, sender and body "
                                    "columns (in English, or 时间/日期, 号码/发件人 and 内容). Its "
                                    "first row is: %1")
                                     .arg(describeRecord(fields)));
            }
            continue;
        }
        if (fields.size() < header->requiredFields()) {
            ++problems.tooShort;
            continue;
        }
        bool invalid = false;
        SmsMessage message;
        message.body = decode(fields.at(header->body), &invalid);
        if (message.body.trimmed().isEmpty()) {
            continue;
        }
        message.sender = decode(fields.at(header->sender), &invalid).trimmed();
        message.at = parseDate(decode(fields.at(header->date), &invalid));
        if (!message.at.isValid()) {
            ++problems.undated;
        }
        if (header->direction >= 0 && header->direction < fields.size()) {
            message.incoming = isIncoming(decode(fields.at(header->direction), &invalid));
        }
        problems.notUtf8 += invalid ? 1 : 0;
        problems.cut += fields.at(header->body).cut ? 1 : 0;
        ++summary.messages;
        if (!sink(message)) {
            summary.cancelled = true;
            break;
        }
    }
    addWarnings(problems, summary.warnings);
    return summary;
}

} // namespace rebind
