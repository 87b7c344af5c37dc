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
    // A byte scan of the UTF-8: the characters escaped here have fixed encodings (DEL 7F, C1
    // controls C2 80–9F, bidi controls E2 80 AA–AE and E2 81 A6–A9), and a listing of 10,000
    // services has none of them, so decoding it to UTF-16 and back would be wasted work.
    QByteArray out;
    qsizetype copied = 0;
    const qsizetype size = utf8.size();
    const auto byteAt = [&utf8, size](qsizetype i) {
        return i < size ? static_cast<unsigned char>(utf8.at(i)) : 0;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char b = byteAt(i);
        char32_t u = 0;
        qsizetype length = 0;
        if (b == 0x7F) {
            u = b;
            length = 1;
        } else if (b == 0xC2 && byteAt(i + 1) >= 0x80 && byteAt(i + 1) <= 0x9F) {
            u = byteAt(i + 1);
            length = 2;
        } else if (b == 0xE2 && (byteAt(i + 1) == 0x80 || byteAt(i + 1) == 0x81)) {
            const char32_t c = 0x2000 + ((byteAt(i + 1) & 0x3F) << 6) + (byteAt(i + 2) & 0x3F);
            if (isBidiControl(c)) {
                u = c;
                length = 3;
            }
        }
        if (length == 0) {
            continue;
        }
        if (out.isEmpty()) {
            out.reserve(size + 64);
        }
        out.append(utf8.constData() + copied, i - copied);
        out.append("\\u").append(hex(u, 4).toLatin1());
        i += length - 1;
        copied = i + 1;
    }
    if (copied == 0) {
        return utf8;
    }
    out.append(utf8.constData() + copied, size - copied);
    return out;
}

} // namespace rebind::cli
