// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Listing.h"

#include <QByteArray>

namespace rebind::cli {

// "list --json": one object per service and number, with the number's and the person's fields
// repeated in each, so that a script needs no joins.
class ListingJson
{
public:
    static QByteArray render(const QList<ListedPerson>& people);
};

} // namespace rebind::cli
