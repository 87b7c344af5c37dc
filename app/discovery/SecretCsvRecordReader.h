// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

class QIODevice;

namespace rebind {

// Reads RFC 4180 records one at a time from a file that holds secrets: fields separated by
// commas, records by CRLF, LF or CR; a quoted field may hold commas, CR, LF and doubled
// quotes. It is lenient where exports are sloppy (a quote inside an unquoted field, text after
// a closing quote are kept as text), because refusing a whole export for one odd row helps
// nobody.
//
// Unlike CsvRecordReader it never copies a field into a growing array of its own: records are
// read into one fixed buffer and fields are views into it, so nothing reallocates and leaves
// a copy of a password behind. The buffer and the read buffer are wiped before they are reused
// and when the reader goes away. Memory stays bounded whatever the file holds: a field longer
// than kFieldCap is cut (and flagged); a record with more than kMaxFields fields or more than
// kRecordCap bytes is skipped whole and reading goes on after it. Time is bounded too: after
// kMaxInputBytes have been read (counted as they arrive, so a device or a FIFO that never ends
// is stopped as well) the reader stops with TooLarge.
class SecretCsvRecordReader
{
public:
    static constexpr qsizetype kFieldCap = 64 * 1024;
    static constexpr qsizetype kRecordCap = 1024 * 1024;
    static constexpr qsizetype kMaxFields = 256;
    // No password export comes near this; /dev/zero or an endless line would.
    static constexpr qint64 kMaxInputBytes = qint64(64) * 1024 * 1024;

    enum class Status
    {
        Record,       // fieldCount() and field() describe the record just read
        Oversized,    // a record over kRecordCap or kMaxFields, skipped
        Unterminated, // the input ended inside a quoted field; the partial record was dropped
        End,
        ReadError, // the device reported an error
        TooLarge,  // more than kMaxInputBytes arrived; the partial record was dropped
    };

    explicit SecretCsvRecordReader(QIODevice& input);
    ~SecretCsvRecordReader();
    SecretCsvRecordReader(const SecretCsvRecordReader&) = delete;
    SecretCsvRecordReader& operator=(const SecretCsvRecordReader&) = delete;

    // Wipes the previous record and reads the next one.
    Status next();

    qsizetype fieldCount() const { return m_fields.size(); }
    // The field's bytes (valid until the next call to next()); empty past the last field.
    QByteArrayView field(qsizetype index) const;
    // Whether the field was longer than kFieldCap and has been cut.
    bool isCut(qsizetype index) const;
    // The line (1-based) on which the last record, or the last skipped one, started.
    qint64 recordLine() const { return m_recordLine; }

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool cut = false;
    };

    bool refill();
    void clearRecord();
    void append(char c);
    void endField();
    Status endRecord();

    QIODevice& m_input;
    QByteArray m_chunk;
    qsizetype m_chunkSize = 0;
    qsizetype m_chunkPos = 0;
    QByteArray m_record;
    qsizetype m_used = 0;
    QList<Span> m_fields;
    qsizetype m_fieldBegin = 0;
    bool m_fieldCut = false;
    bool m_overflow = false;
    bool m_skipLf = false;
    bool m_readError = false;
    bool m_tooLarge = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
};

} // namespace rebind
