// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

namespace rebind {

namespace {

constexpr int kMaxLineOctets = 75;
constexpr int kReminderHour = 9;

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Control characters other than tab are not allowed in any value (RFC 5545 3.3.11, 3.1).
bool isForbiddenControl(QChar c)
{
    return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F;
}

QString withoutControls(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (!isForbiddenControl(c)) {
            clean.append(c);
        }
    }
    return clean;
}

QByteArray dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

IcsWriter::IcsWriter(Clock clock) : m_clock(std::move(clock)) {}

QByteArray IcsWriter::write(const QString& calendarName, const QList<CalendarEvent>& events) const
{
    // One DTSTAMP for the whole file: it says when this export was made.
    const QByteArray stamp =
        m_clock().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();

    QByteArray out;
    out += fold("BEGIN:VCALENDAR");
    out += fold("VERSION:2.0");
    out += fold("PRODID:-//Rebind//Rebind//EN");
    out += fold("CALSCALE:GREGORIAN");
    out += fold("X-WR-CALNAME:" + escapeText(calendarName));
    for (const CalendarEvent& event : events) {
        if (!event.date.isValid() || event.uid.trimmed().isEmpty()) {
            continue;
        }
        out += fold("BEGIN:VEVENT");
        out += fold("UID:" + escapeText(event.uid));
        out += fold("DTSTAMP:" + stamp);
        // All-day: DATE values, and DTEND is exclusive, hence the next day.
        out += fold("DTSTART;VALUE=DATE:" + dateValue(event.date));
        out += fold("DTEND;VALUE=DATE:" + dateValue(event.date.addDays(1)));
        out += fold("SUMMARY:" + escapeText(event.summary));
        if (!event.description.isEmpty()) {
            out += fold("DESCRIPTION:" + escapeText(event.description));
        }
        const QString url = withoutControls(event.url).trimmed();
        if (!url.isEmpty()) {
            // A URI value, not TEXT: its commas and semicolons are not escaped.
            out += fold("URL:" + url.toUtf8());
        }
        // A to-do date, not an appointment: the day must not show as busy.
        out += fold("TRANSP:TRANSPARENT");
        if (event.alarmDaysBefore >= 0) {
            // DISPLAY alarms need a DESCRIPTION; the summary is what the pop-up should say.
            const QString alarmText = event.summary.isEmpty() ? event.description : event.summary;
            out += fold("BEGIN:VALARM");
            out += fold("ACTION:DISPLAY");
            out += fold("DESCRIPTION:" + escapeText(alarmText));
            out += fold("TRIGGER:" + alarmTrigger(event.alarmDaysBefore));
            out += fold("END:VALARM");
        }
        out += fold("END:VEVENT");
    }
    out += fold("END:VCALENDAR");
    return out;
}

QByteArray IcsWriter::escapeText(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString escaped;
    escaped.reserve(normalised.size());
    for (const QChar c : normalised) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped.append(QLatin1Char('\\'));
            escaped.append(c);
        } else if (c == QLatin1Char('\n')) {
            escaped.append(QLatin1String("\\n"));
        } else if (!isForbiddenControl(c)) {
            escaped.append(c);
        }
    }
    return escaped.toUtf8();
}

QByteArray IcsWriter::fold(const QByteArray& line)
{
    QByteArray out;
    qsizetype start = 0;
    bool first = true;
    while (true) {
        // Continuation lines spend one of their 75 octets on the leading space.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        qsizetype end = start + room;
        if (end >= line.size()) {
            end = line.size();
        } else {
            // Back up to the start of a UTF-8 sequence: a split character is invalid UTF-8 on
            // both lines, and some parsers decode each physical line before unfolding.
            const qsizetype limit = end;
            while (end > start && isUtf8Continuation(line.at(end))) {
                --end;
            }
            if (end == start) {
                end = limit; // not UTF-8 at all: cutting anywhere is as good as anywhere else
            }
        }
        if (!first) {
            out += ' ';
        }
        out += line.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
        if (start >= line.size()) {
            break;
        }
    }
    return out;
}

QByteArray IcsWriter::alarmTrigger(int daysBefore)
{
    if (daysBefore <= 0) {
        return "PT" + QByteArray::number(kReminderHour) + 'H';
    }
    const qint64 hours = static_cast<qint64>(daysBefore) * 24 - kReminderHour;
    const qint64 days = hours / 24;
    QByteArray trigger = "-P";
    if (days > 0) {
        trigger += QByteArray::number(days) + 'D';
    }
    trigger += "T" + QByteArray::number(hours % 24) + 'H';
    return trigger;
}

} // namespace rebind
