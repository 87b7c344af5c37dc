// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarEvent.h"

#include <functional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rebind {

// Writes all-day events as an RFC 5545 calendar (.ics) that calendar apps can import.
//
// Reminders: an all-day event starts at midnight, so a trigger of whole days would fire in the
// middle of the night. The alarm fires at 09:00 local time, alarmDaysBefore days before the
// date (1 day: TRIGGER:-PT15H, 0 days: TRIGGER:PT9H, 2 days: -P1DT15H), which is how Apple
// Calendar encodes "1 day before at 9:00" and what other clients display the same way.
class IcsWriter
{
public:
    using Clock = std::function<QDateTime()>;
    // The clock stamps DTSTAMP; tests pass a fixed one.
    explicit IcsWriter(Clock clock = &QDateTime::currentDateTimeUtc);

    // Events without a valid date or a uid are left out: calendar apps reject a VEVENT
    // without DTSTART or UID, and one bad entry must not cost the user the whole file.
    QByteArray write(const QString& calendarName, const QList<CalendarEvent>& events) const;

    // RFC 5545 TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other
    // control characters dropped.
    static QByteArray escapeText(const QString& text);
    // Splits one content line into physical lines of at most 75 octets, never inside a UTF-8
    // sequence; each continuation starts with one space. Every line ends with CRLF.
    static QByteArray fold(const QByteArray& line);
    // The alarm's TRIGGER value for a reminder at 09:00, daysBefore (>= 0) days early.
    static QByteArray alarmTrigger(int daysBefore);

private:
    Clock m_clock;
};

} // namespace rebind
