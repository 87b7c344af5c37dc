// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportScope.h"

#include "Inventory.h"

namespace rebind {

Result<QList<ExportScope::Owner>> ExportScope::resolve(const Inventory& inventory) const
{
    auto people = inventory.people();
    if (!people) {
        return people.error();
    }
    auto numbers = inventory.numbers();
    if (!numbers) {
        return numbers.error();
    }
    qint64 personId = m_kind == Kind::Person ? m_id : 0;
    if (m_kind == Kind::Number) {
        auto number = inventory.number(m_id);
        if (!number) {
            return number.error();
        }
        personId = number->personId;
    }
    QList<Owner> owners;
    for (const Person& person : *people) {
        if (personId != 0 && person.id != personId) {
            continue;
        }
        Owner owner{person, {}};
        for (const NumberRecord& record : *numbers) {
            if (record.personId == person.id && (m_kind != Kind::Number || record.id == m_id)) {
                owner.numbers.append(record);
            }
        }
        owners.append(owner);
    }
    if (m_kind == Kind::Person && owners.isEmpty()) {
        return makeError(ErrorCode::NotFound, tr("This person is no longer in the vault."));
    }
    return owners;
}

} // namespace rebind
