// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include "Vocabulary.h"

namespace rebind {

QString DisplayText::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString DisplayText::dateTime(const QDateTime& at)
{
    if (!at.isValid()) {
        return QString();
    }
    const QDateTime local = at.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString DisplayText::relativeDays(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return QString();
    }
    const qint64 days = today.daysTo(date);
    if (days == 0) {
        return tr("today");
    }
    if (days > 0) {
        return tr("in %n day(s)", "", static_cast<int>(days));
    }
    return tr("%n day(s) ago", "", static_cast<int>(-days));
}

QString DisplayText::person(const Person& person)
{
    const QString relation = Vocabulary::relationLabel(person.relation);
    if (relation.isEmpty() || relation == person.name) {
        return person.name;
    }
    return tr("%1 (%2)", "person name (relation)").arg(person.name, relation);
}

QString DisplayText::numberLine(const NumberRecord& record)
{
    return tr("%1 · %2", "phone number · status")
        .arg(record.number.display(), Vocabulary::label(record.status));
}

} // namespace rebind
