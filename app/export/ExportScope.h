// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Person.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace rebind {

class Inventory;

// What an export covers: one number, one person's numbers, or the whole vault.
class ExportScope
{
    Q_DECLARE_TR_FUNCTIONS(ExportScope)

public:
    enum class Kind
    {
        Number,
        Person,
        All
    };

    static ExportScope number(qint64 numberId) { return {Kind::Number, numberId}; }
    static ExportScope person(qint64 personId) { return {Kind::Person, personId}; }
    static ExportScope all() { return {Kind::All, 0}; }

    // The people in scope, each with their numbers in scope, in the vault's order.
    struct Owner
    {
        Person person;
        QList<NumberRecord> numbers;
    };
    Result<QList<Owner>> resolve(const Inventory& inventory) const;

private:
    ExportScope(Kind kind, qint64 id) : m_kind(kind), m_id(id) {}

    Kind m_kind;
    qint64 m_id;
};

} // namespace rebind
