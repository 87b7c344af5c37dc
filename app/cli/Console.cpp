// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "TerminalText.h"

namespace rebind::cli {

void Console::write(std::FILE* stream, const QByteArray& utf8)
{
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
}

void Console::out(const QString& text)
{
    write(m_out, TerminalText::lines(text).toUtf8());
}

void Console::outLine(const QString& line)
{
    write(m_out, (TerminalText::lines(line) + QLatin1Char('\n')).toUtf8());
}

void Console::outUtf8(const QByteArray& utf8)
{
    write(m_out, TerminalText::json(utf8));
}

void Console::err(const QString& text)
{
    // Keep the order of stdout and stderr when both go to the same terminal.
    std::fflush(m_out);
    write(m_err, TerminalText::lines(text).toUtf8());
    std::fflush(m_err);
}

void Console::errLine(const QString& line)
{
    err(line + QLatin1Char('\n'));
}

void Console::flush()
{
    std::fflush(m_out);
    std::fflush(m_err);
}

} // namespace rebind::cli
