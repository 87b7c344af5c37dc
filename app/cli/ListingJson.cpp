// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListingJson.h"

#include "IndentedJsonWriter.h"
#include "Vocabulary.h"

namespace rebind::cli {

namespace {

void dateOrNull(IndentedJsonWriter& json, const QDate& date)
{
    if (date.isValid()) {
        json.value(date.toString(Qt::ISODate));
    } else {
        json.null();
    }
}

} // namespace

QByteArray ListingJson::render(const QList<ListedPerson>& people)
{
    IndentedJsonWriter json;
    qsizetype bindings = 0;
    for (const ListedPerson& person : people) {
        for (const ListedNumber& number : person.numbers) {
            bindings += number.bindings.size();
        }
    }
    json.reserve(700 * bindings + 16); // an entry takes about 600 bytes
    json.beginArray();
    for (const ListedPerson& person : people) {
        for (const ListedNumber& number : person.numbers) {
            const NumberRecord& record = number.record;
            // Formatting a number is the costly part of a listing: once per number, not once
            // per service.
            const QString display = record.number.display();
            for (const ListedBinding& binding : number.bindings) {
                const Binding& b = binding.binding;
                // Keys in QJsonObject's (sorted) order, as this output has always had them.
                json.beginObject();
                json.key("account");
                json.value(b.account);
                json.key("action");
                json.value(Vocabulary::key(b.action));
                json.key("cancel_date");
                dateOrNull(json, record.cancelDate);
                json.key("carrier");
                json.value(record.carrier);
                json.key("category");
                json.value(binding.service.category);
                json.key("due");
                dateOrNull(json, b.due);
                json.key("notes");
                json.value(b.notes);
                json.key("number");
                json.value(record.number.e164());
                json.key("number_display");
                json.value(display);
                json.key("number_status");
                json.value(Vocabulary::key(record.status));
                json.key("person");
                json.value(person.person.name);
                json.key("relation");
                json.value(person.person.relation);
                json.key("replacement");
                if (record.replacement.isNull()) {
                    json.null();
                } else {
                    json.value(record.replacement.e164());
                }
                json.key("roles");
                json.value(Vocabulary::roleKeys(b.roles));
                json.key("service");
                json.value(binding.service.key());
                json.key("service_name");
                json.value(binding.service.name);
                json.key("status");
                json.value(Vocabulary::key(b.status));
                json.endObject();
            }
        }
    }
    json.endArray();
    return json.finish();
}

} // namespace rebind::cli
