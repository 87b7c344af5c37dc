// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <QByteArray>
#include <QString>

namespace rebind::cli {

// The two output streams, always in UTF-8: results on stdout, everything meant for the person
// (prompts, warnings, errors, confirmations) on stderr. Everything written passes through
// TerminalText, so no control character from user data reaches the terminal; only line breaks
// are kept, and values that must stay on their row escape those too (TextTable, ListingText).
class Console
{
public:
    Console(std::FILE* out = stdout, std::FILE* err = stderr) : m_out(out), m_err(err) {}

    void out(const QString& text);
    void outLine(const QString& line);
    // A JSON document, already UTF-8 (see TerminalText::json).
    void outUtf8(const QByteArray& utf8);
    void err(const QString& text);
    void errLine(const QString& line);
    void flush();

private:
    static void write(std::FILE* stream, const QByteArray& utf8);

    std::FILE* m_out;
    std::FILE* m_err;
};

} // namespace rebind::cli
