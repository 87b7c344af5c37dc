// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebind {

// Who a message's address says sent it, before anything is read from the text: a person (a
// mobile number, a foreign number in international form, a contact's name, an e-mail address),
// a service number (95555, 10086, 1069… gateways, short codes) or an alphanumeric sender ID
// ("Uber", "HSBC", "LinkedIn"), which GSM networks allow only to senders that are not phones.
class SmsSender
{
public:
    enum class Kind
    {
        Unknown, // no address at all
        Person,
        // A number in international form outside China, as people abroad text from; services
        // too reach Chinese numbers from such numbers, which only a code in a service's own
        // format tells apart.
        ForeignNumber,
        ServiceNumber,
        AlphanumericId,
    };

    static Kind kindOf(const QString& sender);
    // The number as the catalog writes service numbers: digits only, a +86 / 0086 prefix removed.
    static QString serviceNumber(const QString& sender);
};

} // namespace rebind
