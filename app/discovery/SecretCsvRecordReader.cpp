// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretCsvRecordReader.h"

#include "SecretWipe.h"

#include <algorithm>
#include <QIODevice>

namespace rebind {

namespace {
constexpr qsizetype kChunkSize = 64 * 1024;
} // namespace

SecretCsvRecordReader::SecretCsvRecordReader(QIODevice& input)
    : m_input(input), m_chunk(kChunkSize, '\0'), m_record(kRecordCap, '\0')
{
    m_fields.reserve(kMaxFields);
}

SecretCsvRecordReader::~SecretCsvRecordReader()
{
    clearRecord();
    SecretWipe::wipe(m_chunk);
}

QByteArrayView SecretCsvRecordReader::field(qsizetype index) const
{
    if (index < 0 || index >= m_fields.size()) {
        return {};
    }
    const Span& span = m_fields.at(index);
    return QByteArrayView(m_record.constData() + span.begin, span.size);
}

bool SecretCsvRecordReader::isCut(qsizetype index) const
{
    return index >= 0 && index < m_fields.size() && m_fields.at(index).cut;
}

SecretCsvRecordReader::Status SecretCsvRecordReader::next()
{
    clearRecord();
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: the end, or the first of a doubled pair
    };
    State state = State::FieldStart;
    bool started = false;
    for (;;) {
        if (m_chunkPos == m_chunkSize && !refill()) {
            if (m_readError) {
                clearRecord();
                return Status::ReadError;
            }
            if (m_tooLarge) {
                clearRecord();
                return Status::TooLarge;
            }
            if (!started) {
                return Status::End;
            }
            if (state == State::Quoted) {
                clearRecord();
                return Status::Unterminated;
            }
            endField();
            return endRecord();
        }
        const char c = m_chunk.at(m_chunkPos++);
        if (m_skipLf) {
            // The LF of a CRLF whose CR ended the previous record.
            m_skipLf = false;
            if (c == '\n') {
                ++m_line;
                continue;
            }
        }
        if (!started) {
            started = true;
            m_recordLine = m_line;
        }
        if (c == '\n') {
            ++m_line;
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
            } else if (c == ',') {
                endField();
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                m_skipLf = c == '\r';
                endField();
                return endRecord();
            } else {
                append(c);
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                append(c);
                state = State::Quoted;
            } else if (c == ',') {
                endField();
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                m_skipLf = c == '\r';
                endField();
                return endRecord();
            } else {
                append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
}

bool SecretCsvRecordReader::refill()
{
    SecretWipe::wipe(m_chunk.data(), m_chunkSize);
    m_chunkPos = 0;
    m_chunkSize = 0;
    if (m_tooLarge) {
        return false;
    }
    if (m_bytesRead >= kMaxInputBytes) {
        // One byte past the limit tells a file of exactly kMaxInputBytes from a larger one.
        char probe = 0;
        const qint64 more = m_input.read(&probe, 1);
        SecretWipe::wipe(&probe, 1);
        m_readError = more < 0;
        m_tooLarge = more > 0;
        return false;
    }
    const qint64 got =
        m_input.read(m_chunk.data(), std::min<qint64>(kChunkSize, kMaxInputBytes - m_bytesRead));
    if (got < 0) {
        m_readError = true;
        return false;
    }
    m_bytesRead += got;
    m_chunkSize = static_cast<qsizetype>(got);
    return m_chunkSize > 0;
}

void SecretCsvRecordReader::clearRecord()
{
    SecretWipe::wipe(m_record.data(), m_used);
    m_used = 0;
    m_fields.clear();
    m_fieldBegin = 0;
    m_fieldCut = false;
    m_overflow = false;
}

void SecretCsvRecordReader::append(char c)
{
    if (m_overflow) {
        return;
    }
    if (m_used - m_fieldBegin >= kFieldCap) {
        m_fieldCut = true;
        return;
    }
    if (m_used >= kRecordCap) {
        m_overflow = true;
        return;
    }
    m_record.data()[m_used++] = c;
}

void SecretCsvRecordReader::endField()
{
    if (m_overflow) {
        return;
    }
    if (m_fields.size() >= kMaxFields) {
        m_overflow = true;
        return;
    }
    m_fields.append(Span{m_fieldBegin, m_used - m_fieldBegin, m_fieldCut});
    m_fieldBegin = m_used;
    m_fieldCut = false;
}

SecretCsvRecordReader::Status SecretCsvRecordReader::endRecord()
{
    if (m_overflow) {
        clearRecord();
        return Status::Oversized;
    }
    return Status::Record;
}

} // namespace rebind
