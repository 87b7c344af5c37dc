// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "Inventory.h"
#include "NumberRecord.h"
#include "Person.h"
#include "Service.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace rebind::cli {

struct ListedBinding
{
    Binding binding;
    Service service;
};

struct ListedNumber
{
    NumberRecord record;
    QList<ListedBinding> bindings;
};

struct ListedPerson
{
    Person person;
    QList<ListedNumber> numbers;
};

// Reads what `list` shows from the vault: people, their numbers, each number's bindings with
// their services. Formatting is left to ListingText and ListingJson.
class Listing
{
    Q_DECLARE_TR_FUNCTIONS(Listing)

public:
    // only: just this number (and its owner); NotFound when it is not in the vault.
    static Result<QList<ListedPerson>> gather(const Inventory& inventory,
                                              const std::optional<PhoneNumber>& only);
};

} // namespace rebind::cli
