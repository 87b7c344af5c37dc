// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace rebind {

// Reads RFC 4180 records from a device, one at a time, in bounded memory: quoted fields may
// hold commas, doubled quotes, CR and LF; records end in CRLF or LF; a UTF-8 byte order mark at
// the start is skipped. Lenient where spreadsheets are sloppy (a quote inside an unquoted field
// is kept as text). Each field keeps at most maxFieldBytes (the rest is dropped and the field
// marked cut); a record longer than maxRecordBytes in the file stops the reader, since that is
// nearly always a quote that was opened and never closed.
class CsvRecordReader
{
public:
    struct Field
    {
        QByteArray bytes; // raw UTF-8, quotes removed
        bool cut = false;
    };

    enum class Status
    {
        Record,        // fields() holds the next record
        End,           // no more records
        UnclosedQuote, // the input ends inside a quoted field
        RecordTooLong, // see above
    };

    CsvRecordReader(QIODevice& input, qsizetype maxFieldBytes, qsizetype maxRecordBytes);

    Status next();
    const QList<Field>& fields() const { return m_fields; }
    // The line (1-based) the last record started on.
    qint64 line() const { return m_recordLine; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: its end, or the first of a doubled pair
    };

    bool fill();
    void append(char c);
    void endField();

    QIODevice& m_input;
    qsizetype m_maxFieldBytes;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_started = false;
    QList<Field> m_fields;
    Field m_field;
    State m_state = State::FieldStart;
};

} // namespace rebind
