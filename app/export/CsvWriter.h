// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebind {

// Writes rows as RFC 4180 CSV: UTF-8, CRLF after every row, fields quoted when they contain a
// comma, a double quote, CR or LF (quotes doubled inside).
//
// The file starts with a UTF-8 byte order mark. Without it, Excel on Windows reads a CSV in
// the system's ANSI code page (GBK on Chinese Windows) and every Chinese name turns into
// mojibake; with it, Excel, LibreOffice and Numbers all read UTF-8, and RFC 4180 readers that
// know UTF-8 (Python's "utf-8-sig", pandas) skip it.
//
// Formula injection: spreadsheet programs run a cell that starts with =, +, - or @ as a
// formula, so a note such as =HYPERLINK(...) or -2+3+cmd|' /C calc'!A0 could act when the
// file is opened. Such fields get a leading apostrophe, which spreadsheets show as text. The
// exception is a field that is only a signed number, such as +8613800138000 or -5: E.164
// numbers are in every export, and a sign followed by digits, spaces, dots, hyphens and
// brackets cannot call a function or reach another program. (Only checking the character after
// the sign would not do: -2+3+cmd|… starts with a digit.) Fields starting with tab or CR are
// prefixed as well, as OWASP advises, since some programs strip them before looking for "=".
class CsvWriter
{
public:
    static QByteArray write(const QList<QStringList>& rows);

    // One field as it appears in the file, neutralised and quoted as needed.
    static QString field(const QString& value);
    // Whether a spreadsheet could read the value as a formula (see above).
    static bool looksLikeFormula(const QString& value);
};

} // namespace rebind
