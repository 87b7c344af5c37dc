// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

namespace rebind::cli {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Every character escaped is in the BMP, so UTF-16 code units are tested one by one: a
// surrogate is never one of them.
bool isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QString hex(char32_t c, int digits)
{
    return QStringLiteral("%1").arg(static_cast<uint>(c), digits, 16, QLatin1Char('0'));
}

QString escape(char32_t c)
{
    switch (c) {
    case 0x1B:
        return QStringLiteral("\\e");
    case U'\t':
        return QStringLiteral("\\t");
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    return isBidiControl(c) ? QStringLiteral("\\u") + hex(c, 4) : QStringLiteral("\\x") + hex(c, 2);
}

QString escaped(const QString& text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if (isUnsafe(u) && !(keepLineBreaks && u == U'\n')) {
            out += escape(u);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString TerminalText::value(const QString& text)
{
    return escaped(text, false);
}

QString TerminalText::lines(const QString& text)
{
    return escaped(text, true);
}

QByteArray TerminalText::json(const QByteArray& utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if (u >= 0x7F && isUnsafe(u)) {
            out += QStringLiteral("\\u") + hex(u, 4);
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

} // namespace rebind::cli
