// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsSignatures.h"

#include <algorithm>

namespace rebind {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

// Trailing marks a body may end with after its signature.
bool isClosingMark(QChar c)
{
    return isBlank(c) || c == QLatin1Char('.') || c == QLatin1Char('!') || c == QChar(0x3002) ||
           c == QChar(0xFF01);
}

QChar closerOf(QChar open)
{
    switch (open.unicode()) {
    case 0x3010: // 【
        return QChar(0x3011);
    case 0x3016: // 〖
        return QChar(0x3017);
    case 0xFF3B: // ［
        return QChar(0xFF3D);
    case u'[':
        return QLatin1Char(']');
    default:
        return QChar();
    }
}

bool isFullWidthOpen(QChar c)
{
    return c == QChar(0x3010) || c == QChar(0x3016) || c == QChar(0xFF3B);
}

// Only blanks between body[at] and the line break before it.
bool startsLine(QStringView body, qsizetype at)
{
    while (at > 0 && isBlank(body.at(at - 1)) && body.at(at - 1) != u'\n') {
        --at;
    }
    return at > 0 && body.at(at - 1) == u'\n';
}

// A bracketed code, amount or placeholder ("[123456]", "【】") is not a signature.
bool looksLikeSignature(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter()) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<SmsSignatures::Found> SmsSignatures::in(QStringView body)
{
    QList<Found> out;
    qsizetype first = 0;
    while (first < body.size() && isBlank(body.at(first))) {
        ++first;
    }
    qsizetype last = body.size();
    while (last > first && isClosingMark(body.at(last - 1))) {
        --last;
    }
    QList<Found> middle;
    for (qsizetype i = first; i < last; ++i) {
        const QChar open = body.at(i);
        const QChar close = closerOf(open);
        if (close.isNull()) {
            continue;
        }
        const qsizetype limit = std::min(last, i + 2 + kMaxLength);
        qsizetype j = i + 1;
        while (j < limit && body.at(j) != close && body.at(j) != open && body.at(j) != u'\n') {
            ++j;
        }
        if (j >= limit || body.at(j) != close) {
            continue;
        }
        const QStringView inner = body.mid(i + 1, j - i - 1).trimmed();
        const bool atStart = i == first;
        const bool atEnd = j == last - 1;
        const bool number =
            !inner.isEmpty() && isFullWidthOpen(open) &&
            std::all_of(inner.begin(), inner.end(), [](QChar c) { return c.isDigit(); });
        if (!inner.isEmpty() && (number || looksLikeSignature(inner))) {
            Found found{inner.toString(),
                        atStart ? Place::Start
                        : atEnd ? Place::End
                                : Place::Middle,
                        number};
            if (found.place != Place::Middle) {
                out.append(std::move(found));
            } else if (isFullWidthOpen(open) || startsLine(body, i)) {
                // "[Web발신]\n[카카오톡] …": a tag line before the signature's own.
                middle.append(std::move(found));
            }
        }
        i = j;
    }
    out.append(middle);
    return out;
}

} // namespace rebind
