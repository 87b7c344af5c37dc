// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rebind::cli {

// Column alignment and line wrapping for terminal output. Widths count terminal cells, so Chinese
// text (two cells per character) lines up with Latin text. Cells are values that stay on their
// row: their control characters, line breaks included, are escaped (TerminalText::value).
class TextTable
{
public:
    explicit TextTable(int columns, int gap = 2);

    // Every row that should share the column widths, including ones printed separately.
    void measure(const QStringList& cells);
    // The cells padded to the measured widths; the last column is not padded.
    QString format(const QStringList& cells) const;

    // Breaks text into lines of at most width cells: at spaces, or between two East Asian
    // characters (Chinese needs no spaces to break). Existing line breaks are kept.
    static QString wrap(const QString& text, int width);

    // Terminal cells taken by text: 2 for East Asian wide characters, 0 for combining marks.
    static int displayWidth(const QString& text);

private:
    QList<int> m_widths;
    int m_gap;
};

} // namespace rebind::cli
