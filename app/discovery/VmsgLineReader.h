// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

namespace rebind {

// Reads a vMessage file line by line, in bounded memory, as UTF-8.
//
// Phones write vMessage as UTF-8 (Android) or UTF-16 (Nokia's .vmg): the first bytes decide. A
// byte order mark (UTF-8, UTF-16 LE or BE) is skipped; UTF-16 without one is recognised by the
// zero bytes of its ASCII "BEGIN:VMSG". UTF-16 is turned into UTF-8 as it is read, so that the
// parser sees one encoding.
//
// Lines end in LF or CRLF (the CR is dropped). A line longer than maxLineBytes keeps its first
// maxLineBytes and is marked cut; the rest is skipped without being kept, so that a picture in
// an MMS part (one base64 line of megabytes) cannot make memory grow.
class VmsgLineReader
{
public:
    enum class Encoding
    {
        Utf8,
        Utf16Le,
        Utf16Be,
    };

    VmsgLineReader(QIODevice& input, qsizetype maxLineBytes);

    // The next line into *line; false at the end of the input.
    bool next(QByteArray* line, bool* cut);
    qint64 bytesRead() const { return m_bytesRead; }
    // The line (1-based) that next() returned last.
    qint64 lineNumber() const { return m_line; }

    // The encoding of a file that starts with head, and how many bytes of byte order mark
    // precede its text.
    static Encoding encodingOf(const QByteArray& head, qsizetype* bomBytes);

private:
    bool fill();

    QIODevice& m_input;
    qsizetype m_maxLineBytes;
    QByteArray m_buffer; // UTF-8, from m_pos on not yet handed out
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 0;
    bool m_started = false;
    bool m_ended = false;
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_decoder;
};

} // namespace rebind
