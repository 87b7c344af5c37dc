// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmsgLineReader.h"

#include <algorithm>

namespace rebind {

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;
} // namespace

VmsgLineReader::VmsgLineReader(QIODevice& input, qsizetype maxLineBytes)
    : m_input(input), m_maxLineBytes(maxLineBytes)
{}

VmsgLineReader::Encoding VmsgLineReader::encodingOf(const QByteArray& head, qsizetype* bomBytes)
{
    *bomBytes = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        *bomBytes = 3;
        return Encoding::Utf8;
    }
    if (head.startsWith("\xFF\xFE")) {
        *bomBytes = 2;
        return Encoding::Utf16Le;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomBytes = 2;
        return Encoding::Utf16Be;
    }
    if (head.size() >= 2 && head.at(0) != 0 && head.at(1) == 0) {
        return Encoding::Utf16Le;
    }
    if (head.size() >= 2 && head.at(0) == 0 && head.at(1) != 0) {
        return Encoding::Utf16Be;
    }
    return Encoding::Utf8;
}

bool VmsgLineReader::fill()
{
    if (m_ended) {
        return false;
    }
    QByteArray chunk = m_input.read(kChunkBytes);
    if (chunk.isEmpty()) {
        m_ended = true;
        return false;
    }
    m_bytesRead += chunk.size();
    if (!m_started) {
        // A byte order mark split across reads happens only on devices that return a byte or
        // two at a time; such devices do not hold exported messages.
        m_started = true;
        qsizetype bom = 0;
        m_encoding = encodingOf(chunk, &bom);
        chunk.remove(0, bom);
        if (m_encoding != Encoding::Utf8) {
            m_decoder = QStringDecoder(m_encoding == Encoding::Utf16Le ? QStringDecoder::Utf16LE
                                                                       : QStringDecoder::Utf16BE);
        }
    }
    // Drop what was handed out already, so that the buffer holds one line at most.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (m_encoding == Encoding::Utf8) {
        m_buffer.append(chunk);
    } else {
        const QString text = m_decoder(chunk);
        m_buffer.append(text.toUtf8());
    }
    return true;
}

bool VmsgLineReader::next(QByteArray* line, bool* cut)
{
    line->clear();
    *cut = false;
    bool any = false;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        const qsizetype end = newline >= 0 ? newline : m_buffer.size();
        if (end > m_pos) {
            any = true;
            const qsizetype room = m_maxLineBytes - line->size();
            const qsizetype take = std::min(room, end - m_pos);
            if (take > 0) {
                line->append(m_buffer.constData() + m_pos, take);
            }
            if (take < end - m_pos) {
                *cut = true;
            }
        }
        if (newline >= 0) {
            m_pos = newline + 1;
            break;
        }
        m_pos = m_buffer.size();
        if (!fill()) {
            if (!any) {
                return false;
            }
            break;
        }
    }
    if (line->endsWith('\r')) {
        line->chop(1);
    }
    ++m_line;
    return true;
}

} // namespace rebind
