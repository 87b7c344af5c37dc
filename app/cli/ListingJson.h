// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Listing.h"

#include <QByteArray>

namespace rebind::cli {

// `list --json` for scripts: one object per binding with stored keys, never translated labels.
// Fields: person, relation, number (E.164), number_display, number_status, cancel_date,
// replacement, carrier, service (Service::key()), service_name, category, account,
// roles (array of keys), action, status, due, notes. Dates are YYYY-MM-DD or null.
class ListingJson
{
public:
    static QByteArray render(const QList<ListedPerson>& people);
};

} // namespace rebind::cli
