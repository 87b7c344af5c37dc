// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsSender.h"

namespace rebind {

namespace {

// The longest alphanumeric sender ID a network delivers is 11 characters; backups and phones
// that show a friendlier form ("Booking.com", "Bank of America") stay well under this.
constexpr qsizetype kMaxSenderIdLength = 20;

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isSenderIdPunctuation(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-') ||
           c == QLatin1Char('&') || c == QLatin1Char('_') || c == QLatin1Char('\'') ||
           c == QLatin1Char('!');
}

} // namespace

QString SmsSender::serviceNumber(const QString& sender)
{
    QString digits;
    digits.reserve(sender.size());
    for (const QChar c : sender) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (digits.startsWith(QLatin1String("0086"))) {
        digits.remove(0, 4);
    } else if (digits.startsWith(QLatin1String("86")) &&
               (digits.size() == 13 || sender.trimmed().startsWith(QLatin1Char('+')))) {
        digits.remove(0, 2);
    }
    return digits;
}

SmsSender::Kind SmsSender::kindOf(const QString& sender)
{
    const QString trimmed = sender.trimmed();
    if (trimmed.isEmpty()) {
        return Kind::Unknown;
    }
    qsizetype letters = 0;
    qsizetype digits = 0;
    bool otherLetters = false; // a contact's name in Chinese, Cyrillic, …
    bool otherSymbols = false;
    for (const QChar c : trimmed) {
        if (c.isDigit()) {
            ++digits;
        } else if (isAsciiLetter(c)) {
            ++letters;
        } else if (c.isLetter()) {
            otherLetters = true;
        } else if (c == QLatin1Char('@')) {
            return Kind::Person; // an e-mail address: iMessage between people
        } else if (!isSenderIdPunctuation(c) && c != QLatin1Char('+') && c != QLatin1Char('(') &&
                   c != QLatin1Char(')')) {
            otherSymbols = true;
        }
    }
    if (otherLetters) {
        return Kind::Person;
    }
    if (letters > 0) {
        const bool senderIdShape = !otherSymbols && trimmed.size() <= kMaxSenderIdLength &&
                                   !trimmed.startsWith(QLatin1Char('+'));
        return senderIdShape ? Kind::AlphanumericId : Kind::Person;
    }
    if (digits == 0) {
        return Kind::Person;
    }
    // "+1 415 …" is not a mainland mobile even though its digits look like one.
    if (trimmed.startsWith(QLatin1Char('+')) && !trimmed.startsWith(QLatin1String("+86"))) {
        return digits >= 9 ? Kind::ForeignNumber : Kind::ServiceNumber;
    }
    const QString number = serviceNumber(trimmed);
    // Mainland mobile numbers: 11 digits beginning 13–19. Services send from 95xxx, 96xxx,
    // 106… gateways and carrier numbers instead.
    if (number.size() == 11 && number.startsWith(QLatin1Char('1')) &&
        number.at(1) >= QLatin1Char('3')) {
        return Kind::Person;
    }
    return Kind::ServiceNumber;
}

} // namespace rebind
