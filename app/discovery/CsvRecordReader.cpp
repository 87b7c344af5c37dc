// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvRecordReader.h"

namespace rebind {

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
} // namespace

CsvRecordReader::CsvRecordReader(QIODevice& input, qsizetype maxFieldBytes,
                                 qsizetype maxRecordBytes)
    : m_input(input), m_maxFieldBytes(maxFieldBytes), m_maxRecordBytes(maxRecordBytes)
{}

bool CsvRecordReader::fill()
{
    m_buffer = m_input.read(kChunkBytes);
    m_pos = 0;
    m_bytesRead += m_buffer.size();
    if (!m_started && !m_buffer.isEmpty()) {
        // The BOM may be split across reads only on a device that returns 1-2 bytes at a time;
        // such devices do not hold CSV files.
        m_started = true;
        if (m_buffer.startsWith(kBom)) {
            m_pos = kBom.size();
        }
    }
    return !m_buffer.isEmpty();
}

void CsvRecordReader::append(char c)
{
    if (m_field.bytes.size() < m_maxFieldBytes) {
        m_field.bytes.append(c);
    } else {
        m_field.cut = true;
    }
}

void CsvRecordReader::endField()
{
    m_fields.append(std::move(m_field));
    m_field = Field();
    m_state = State::FieldStart;
}

CsvRecordReader::Status CsvRecordReader::next()
{
    m_fields.clear();
    m_field = Field();
    m_state = State::FieldStart;
    m_recordLine = m_line;
    qint64 recordBytes = 0;
    bool any = false;
    for (;;) {
        // A loop: a first read may hold nothing but the byte order mark.
        while (m_pos >= m_buffer.size() && fill()) {
        }
        if (m_pos >= m_buffer.size()) {
            if (m_state == State::Quoted) {
                return Status::UnclosedQuote;
            }
            if (!any) {
                return Status::End;
            }
            if (m_state == State::Unquoted && m_field.bytes.endsWith('\r')) {
                m_field.bytes.chop(1);
            }
            endField();
            return Status::Record;
        }
        const char c = m_buffer.at(m_pos++);
        any = true;
        if (++recordBytes > m_maxRecordBytes) {
            return Status::RecordTooLong;
        }
        if (c == '\n') {
            ++m_line;
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
            } else if (c == ',') {
                endField();
            } else if (c == '\n') {
                endField();
                return Status::Record;
            } else {
                append(c);
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == ',') {
                endField();
            } else if (c == '\n') {
                if (m_field.bytes.endsWith('\r')) {
                    m_field.bytes.chop(1);
                }
                endField();
                return Status::Record;
            } else {
                append(c);
            }
            break;
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else {
                append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                append(c);
                m_state = State::Quoted;
            } else if (c == ',') {
                endField();
            } else if (c == '\n') {
                endField();
                return Status::Record;
            } else if (c != '\r') {
                // "abc"def: not RFC 4180, but what was meant is plain.
                append(c);
                m_state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace rebind
