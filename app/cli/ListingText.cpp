// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListingText.h"

#include "TerminalText.h"
#include "TextTable.h"
#include "Vocabulary.h"

namespace rebind::cli {

namespace {
const QString kNone = QStringLiteral("-");
const QString kIndentNumber = QStringLiteral("  ");
const QString kIndentTable = QStringLiteral("    ");
} // namespace

QString ListingText::personLine(const Person& person)
{
    const QString name = TerminalText::value(person.name);
    const QString relation = TerminalText::value(Vocabulary::relationLabel(person.relation));
    return relation.isEmpty() ? name : tr("%1 (%2)").arg(name, relation);
}

QString ListingText::numberLine(const NumberRecord& record)
{
    QStringList parts{record.number.display(), Vocabulary::label(record.status)};
    if (!record.carrier.isEmpty()) {
        parts.append(TerminalText::value(record.carrier));
    }
    if (record.cancelDate.isValid()) {
        parts.append(tr("cancel on %1").arg(record.cancelDate.toString(Qt::ISODate)));
    }
    if (!record.replacement.isNull()) {
        parts.append(tr("new number %1").arg(record.replacement.display()));
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList ListingText::cells(const ListedBinding& listed)
{
    const Binding& b = listed.binding;
    const QString roles = Vocabulary::roleLabels(b.roles);
    return {listed.service.name,
            b.account.isEmpty() ? kNone : b.account,
            roles.isEmpty() ? kNone : roles,
            Vocabulary::label(b.action),
            Vocabulary::label(b.status),
            b.due.isValid() ? b.due.toString(Qt::ISODate) : kNone};
}

QString ListingText::render(const QList<ListedPerson>& people)
{
    if (people.isEmpty()) {
        return tr("The vault is empty. Start with: rebind-cli add-person NAME") + QLatin1Char('\n');
    }
    const QStringList header{tr("Service"), tr("Account"), tr("Roles"),
                             tr("Action"),  tr("Status"),  tr("Due")};
    TextTable table(static_cast<int>(header.size()));
    table.measure(header);
    for (const ListedPerson& person : people) {
        for (const ListedNumber& number : person.numbers) {
            for (const ListedBinding& binding : number.bindings) {
                table.measure(cells(binding));
            }
        }
    }

    QStringList lines;
    for (const ListedPerson& person : people) {
        if (!lines.isEmpty()) {
            lines.append(QString());
        }
        lines.append(personLine(person.person));
        if (person.numbers.isEmpty()) {
            lines.append(kIndentNumber + tr("No numbers yet."));
        }
        for (const ListedNumber& number : person.numbers) {
            lines.append(kIndentNumber + numberLine(number.record));
            if (number.bindings.isEmpty()) {
                lines.append(kIndentTable + tr("No services listed yet."));
                continue;
            }
            lines.append(kIndentTable + table.format(header));
            for (const ListedBinding& binding : number.bindings) {
                lines.append(kIndentTable + table.format(cells(binding)));
            }
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rebind::cli
