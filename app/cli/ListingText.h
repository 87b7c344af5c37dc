// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Listing.h"

#include <QCoreApplication>

namespace rebind::cli {

// `list` for people: grouped by person and number, one aligned table row per binding, numbers
// in their display form and every value in the person's language.
class ListingText
{
    Q_DECLARE_TR_FUNCTIONS(ListingText)

public:
    static QString render(const QList<ListedPerson>& people);

private:
    static QString personLine(const Person& person);
    static QString numberLine(const NumberRecord& record);
    static QStringList cells(const ListedBinding& listed);
};

} // namespace rebind::cli
