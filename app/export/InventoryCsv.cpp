// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryCsv.h"

#include "CsvWriter.h"
#include "Inventory.h"
#include "Vocabulary.h"

#include <QHash>

namespace rebind {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QStringList personColumns(const Person& person)
{
    return {person.name, person.relation};
}

QStringList numberColumns(const NumberRecord& record)
{
    return {record.number.e164(), Vocabulary::key(record.status), isoDate(record.cancelDate),
            record.replacement.e164(), record.carrier};
}

QStringList bindingColumns(const Binding& binding, const Service& service, bool includeAccounts)
{
    QStringList columns{service.name, service.catalogId, service.category};
    if (includeAccounts) {
        columns.append(binding.account);
    }
    columns << Vocabulary::roleKeys(binding.roles).join(QLatin1Char(' '))
            << Vocabulary::key(binding.action) << Vocabulary::key(binding.status)
            << isoDate(binding.due) << binding.notes << isoTime(binding.updatedAt);
    return columns;
}

QStringList blanks(qsizetype count)
{
    QStringList columns;
    for (qsizetype i = 0; i < count; ++i) {
        columns.append(QString());
    }
    return columns;
}

} // namespace

QStringList InventoryCsv::header(bool includeAccounts)
{
    QStringList columns{QStringLiteral("person"),      QStringLiteral("relation"),
                        QStringLiteral("number"),      QStringLiteral("number_status"),
                        QStringLiteral("cancel_date"), QStringLiteral("replacement"),
                        QStringLiteral("carrier"),     QStringLiteral("service"),
                        QStringLiteral("catalog_id"),  QStringLiteral("category")};
    if (includeAccounts) {
        columns.append(QStringLiteral("account"));
    }
    columns << QStringLiteral("roles") << QStringLiteral("action") << QStringLiteral("status")
            << QStringLiteral("due_date") << QStringLiteral("notes")
            << QStringLiteral("updated_at");
    return columns;
}

Result<QByteArray> InventoryCsv::write(const Inventory& inventory, const ExportScope& scope,
                                       bool includeAccounts)
{
    auto owners = scope.resolve(inventory);
    if (!owners) {
        return owners.error();
    }
    auto services = inventory.services();
    if (!services) {
        return services.error();
    }
    QHash<qint64, Service> serviceById;
    for (const Service& service : *services) {
        serviceById.insert(service.id, service);
    }

    const QStringList head = header(includeAccounts);
    const qsizetype numberWidth = numberColumns(NumberRecord()).size();
    const qsizetype bindingWidth = head.size() - personColumns(Person()).size() - numberWidth;
    QList<QStringList> rows{head};
    for (const ExportScope::Owner& owner : *owners) {
        const QStringList person = personColumns(owner.person);
        // Someone with no numbers yet still gets a row, so a full export lists everybody.
        if (owner.numbers.isEmpty()) {
            rows.append(person + blanks(numberWidth + bindingWidth));
        }
        for (const NumberRecord& record : owner.numbers) {
            const QStringList number = person + numberColumns(record);
            auto bindings = inventory.bindings(record.id);
            if (!bindings) {
                return bindings.error();
            }
            if (bindings->isEmpty()) {
                rows.append(number + blanks(bindingWidth));
            }
            for (const Binding& binding : *bindings) {
                rows.append(number + bindingColumns(binding, serviceById.value(binding.serviceId),
                                                    includeAccounts));
            }
        }
    }
    return CsvWriter::write(rows);
}

} // namespace rebind
