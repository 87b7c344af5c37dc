// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rebind::cli {

// Makes text safe to print on a terminal. Names, accounts, notes and anything read from an
// imported file or a scanned backup may hold characters a terminal acts on instead of showing:
// ESC starts sequences that retitle the window, clear the screen or move the cursor, BEL rings,
// CR returns to the start of the line so that what follows hides what came before, and bidi
// overrides reorder the rest of the line. Each is shown as a visible escape instead:
//
//   ESC → \e, TAB → \t, LF → \n, CR → \r
//   any other C0 control (U+0000–U+001F), DEL (U+007F) and C1 control (U+0080–U+009F)
//       → \x and two lower-case hex digits, e.g. BEL → \x07, CSI → \x9b
//   bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
//       → \u and four lower-case hex digits, e.g. \u202e
//
// A backslash is printed as it is: the escapes are for reading, not for parsing back; --json
// gives the exact text.
class TerminalText
{
public:
    // One value, shown on its row: every character above is escaped, line breaks included.
    static QString value(const QString& text);
    // Text laid out in lines: the same, except that LF is kept as the line break it is.
    static QString lines(const QString& text);
    // A UTF-8 JSON document: DEL, C1 controls and bidi characters, which JSON allows raw in its
    // strings, are written as \u escapes (they occur only inside strings, so the document stays
    // valid and means the same); QJsonDocument escapes the C0 controls itself.
    static QByteArray json(const QByteArray& utf8);
};

} // namespace rebind::cli
