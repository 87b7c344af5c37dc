// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhoneNumber.h"

#include <QString>
#include <QStringList>

namespace rebind {

// Which carrier a mobile number's prefix was given to, from libphonenumber's carrier data
// (turned into :/carriers/carriers.tsv at build time by tools/carrier/generate_carrier_table.py,
// because Debian's libphonenumber C++ library has no carrier mapper). Only a hint: numbers keep
// their prefix when they move to another carrier.
class CarrierHint
{
public:
    // The carrier for the longest known prefix of the number, named in language ("zh_CN" picks the
    // Chinese name where the data has one); empty when no prefix is known.
    static QString carrier(const PhoneNumber& number, const QString& language);
    // The carriers of a region (ISO code, "GB"), those holding the most prefixes first.
    static QStringList carriersIn(const QString& regionCode, const QString& language,
                                  int limit = 12);
};

} // namespace rebind
