// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListingJson.h"

#include "Vocabulary.h"

#include <QJsonDocument>

namespace rebind::cli {

namespace {
QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject ListingJson::entry(const ListedPerson& person, const ListedNumber& number,
                               const ListedBinding& binding)
{
    const NumberRecord& record = number.record;
    const Binding& b = binding.binding;
    return QJsonObject{
        {QStringLiteral("person"), person.person.name},
        {QStringLiteral("relation"), person.person.relation},
        {QStringLiteral("number"), record.number.e164()},
        {QStringLiteral("number_display"), record.number.display()},
        {QStringLiteral("number_status"), Vocabulary::key(record.status)},
        {QStringLiteral("cancel_date"), dateOrNull(record.cancelDate)},
        {QStringLiteral("replacement"), record.replacement.isNull()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(record.replacement.e164())},
        {QStringLiteral("carrier"), record.carrier},
        {QStringLiteral("service"), binding.service.key()},
        {QStringLiteral("service_name"), binding.service.name},
        {QStringLiteral("category"), binding.service.category},
        {QStringLiteral("account"), b.account},
        {QStringLiteral("roles"), QJsonArray::fromStringList(Vocabulary::roleKeys(b.roles))},
        {QStringLiteral("action"), Vocabulary::key(b.action)},
        {QStringLiteral("status"), Vocabulary::key(b.status)},
        {QStringLiteral("due"), dateOrNull(b.due)},
        {QStringLiteral("notes"), b.notes},
    };
}

QJsonArray ListingJson::toArray(const QList<ListedPerson>& people)
{
    QJsonArray out;
    for (const ListedPerson& person : people) {
        for (const ListedNumber& number : person.numbers) {
            for (const ListedBinding& binding : number.bindings) {
                out.append(entry(person, number, binding));
            }
        }
    }
    return out;
}

QByteArray ListingJson::render(const QList<ListedPerson>& people)
{
    return QJsonDocument(toArray(people)).toJson(QJsonDocument::Indented);
}

} // namespace rebind::cli
