// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include "TerminalText.h"

#include <algorithm>
#include <QStringView>

namespace rebind::cli {

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges (Unicode UAX #11), plus the emoji blocks terminals
    // draw double-width.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(int columns, int gap) : m_widths(columns, 0), m_gap(gap) {}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
        case QChar::Other_Control:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

void TextTable::measure(const QStringList& cells)
{
    const qsizetype n = std::min(cells.size(), m_widths.size());
    for (qsizetype i = 0; i < n; ++i) {
        m_widths[i] = std::max(m_widths.at(i), displayWidth(TerminalText::value(cells.at(i))));
    }
}

QString TextTable::format(const QStringList& cells) const
{
    QString line;
    const qsizetype n = std::min(cells.size(), m_widths.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString cell = TerminalText::value(cells.at(i));
        line += cell;
        if (i + 1 < n) {
            const int pad = m_widths.at(i) - displayWidth(cell) + m_gap;
            line += QString(std::max(pad, 1), QLatin1Char(' '));
        }
    }
    return line;
}

QString TextTable::wrap(const QString& text, int width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        // Units that never break inside: a run of narrow characters, one wide character, a space.
        QStringList units;
        QString word;
        for (const QChar c : paragraph) {
            if (c == QLatin1Char(' ') || isWide(c.unicode())) {
                if (!word.isEmpty()) {
                    units.append(word);
                    word.clear();
                }
                units.append(QString(c));
            } else {
                word += c;
            }
        }
        if (!word.isEmpty()) {
            units.append(word);
        }
        QString line;
        int used = 0;
        for (const QString& unit : units) {
            const int cells = displayWidth(unit);
            if (unit == QLatin1String(" ")) {
                if (!line.isEmpty()) {
                    line += unit;
                    used += cells;
                }
                continue;
            }
            if (used + cells > width && !line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
                line.clear();
                used = 0;
            }
            line += unit;
            used += cells;
        }
        lines.append(line.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rebind::cli
