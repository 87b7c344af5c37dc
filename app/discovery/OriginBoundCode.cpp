// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginBoundCode.h"

namespace rebind {

namespace {

bool isHostChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
           c == QLatin1Char('-');
}

bool isGap(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0);
}

// A host at body[at…]: letters, digits, dots and hyphens with at least one inner dot
// (localhost is only for testing sites). Returns its length, 0 when there is none.
qsizetype hostAt(QStringView body, qsizetype at)
{
    qsizetype end = at;
    while (end < body.size() && isHostChar(body.at(end))) {
        ++end;
    }
    // A sentence may end right after the host.
    while (end > at && body.at(end - 1) == QLatin1Char('.')) {
        --end;
    }
    const QStringView host = body.mid(at, end - at);
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == host.size() - 1 || host.startsWith(QLatin1Char('-'))) {
        return 0;
    }
    // A ":443" port is allowed by Chrome's parser.
    if (end < body.size() && body.at(end) == QLatin1Char(':')) {
        qsizetype port = end + 1;
        while (port < body.size() && body.at(port).isDigit()) {
            ++port;
        }
        if (port > end + 1) {
            end = port;
        }
    }
    return end - at;
}

QString hostText(QStringView body, qsizetype at, qsizetype length)
{
    QString host = body.mid(at, length).toString().toLower();
    const qsizetype colon = host.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host.truncate(colon);
    }
    return host;
}

qsizetype skipGap(QStringView body, qsizetype at)
{
    while (at < body.size() && isGap(body.at(at))) {
        ++at;
    }
    return at;
}

} // namespace

std::optional<OriginBoundCode> OriginBoundCode::in(QStringView body)
{
    for (qsizetype at = body.indexOf(QLatin1Char('@')); at >= 0;
         at = body.indexOf(QLatin1Char('@'), at + 1)) {
        // "@" opens the line or follows white space: never the middle of an e-mail address.
        if (at > 0 && !body.at(at - 1).isSpace()) {
            continue;
        }
        const qsizetype hostLength = hostAt(body, at + 1);
        if (hostLength == 0) {
            continue;
        }
        qsizetype next = at + 1 + hostLength;
        const qsizetype hash = skipGap(body, next);
        if (hash == next || hash >= body.size() || body.at(hash) != QLatin1Char('#')) {
            continue;
        }
        qsizetype codeEnd = hash + 1;
        while (codeEnd < body.size() && !body.at(codeEnd).isSpace() &&
               body.at(codeEnd) != QLatin1Char('#')) {
            ++codeEnd;
        }
        if (codeEnd == hash + 1) {
            continue;
        }
        OriginBoundCode found;
        found.topHost = hostText(body, at + 1, hostLength);
        const qsizetype mark = skipGap(body, codeEnd);
        if (mark > codeEnd && mark < body.size() &&
            (body.at(mark) == QLatin1Char('%') || body.at(mark) == QLatin1Char('@'))) {
            const qsizetype embeddedLength = hostAt(body, mark + 1);
            if (embeddedLength > 0) {
                found.embeddedHost = hostText(body, mark + 1, embeddedLength);
            }
        }
        return found;
    }
    return std::nullopt;
}

} // namespace rebind
