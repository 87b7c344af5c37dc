// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listing.h"

#include <QHash>

namespace rebind::cli {

namespace {

Result<ListedNumber> withBindings(const Inventory& inventory, const NumberRecord& record,
                                  const QHash<qint64, Service>& services)
{
    auto bindings = inventory.bindings(record.id);
    if (!bindings) {
        return bindings.error();
    }
    ListedNumber listed{record, {}};
    for (const Binding& binding : *bindings) {
        listed.bindings.append({binding, services.value(binding.serviceId)});
    }
    return listed;
}

} // namespace

Result<QList<ListedPerson>> Listing::gather(const Inventory& inventory,
                                            const std::optional<PhoneNumber>& only)
{
    auto allServices = inventory.services();
    if (!allServices) {
        return allServices.error();
    }
    QHash<qint64, Service> services;
    for (const Service& service : *allServices) {
        services.insert(service.id, service);
    }

    if (only) {
        auto found = inventory.findNumber(*only);
        if (!found) {
            return found.error();
        }
        if (!found->has_value()) {
            return makeError(ErrorCode::NotFound,
                             tr("%1 is not in the vault.").arg(only->display()));
        }
        auto person = inventory.person((*found)->personId);
        if (!person) {
            return person.error();
        }
        auto number = withBindings(inventory, **found, services);
        if (!number) {
            return number.error();
        }
        return QList<ListedPerson>{{*person, {*number}}};
    }

    auto people = inventory.people();
    if (!people) {
        return people.error();
    }
    QList<ListedPerson> out;
    for (const Person& person : *people) {
        auto numbers = inventory.numbers(person.id);
        if (!numbers) {
            return numbers.error();
        }
        ListedPerson listed{person, {}};
        for (const NumberRecord& record : *numbers) {
            auto number = withBindings(inventory, record, services);
            if (!number) {
                return number.error();
            }
            listed.numbers.append(*number);
        }
        out.append(listed);
    }
    return out;
}

} // namespace rebind::cli
