// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogSearch.h"
#include "Finding.h"
#include "PasswordEntry.h"
#include "PhoneNumber.h"

#include <optional>
#include <QHash>
#include <QSet>

namespace rebind {

class Catalog;
class ServiceIndex;

// Which catalog service each login of a password export belongs to, built once per scan:
//  - by its addresses: web hosts through the catalog's domains, Android apps
//    ("android://…@com.tencent.mm/", "androidapp://com.tencent.mm") through its
//    android_packages. A login with several addresses is one account: it counts once, for its
//    first address when the catalog knows it, else for the most specific address it knows.
//  - failing that, when the login has no web address, by its name in the password manager
//    ("招商银行", "工行网银", "Alipay App"), and only when the catalog's search scores a name,
//    alias, id or SMS signature of exactly one service as an exact match.
class LoginMatcher
{
public:
    // number: the user's number, to recognise logins that use it; null: any mobile number.
    LoginMatcher(const Catalog& catalog, const ServiceIndex& index, const PhoneNumber& number = {});

    struct Service
    {
        const CatalogEntry* entry = nullptr; // null: the catalog knows none
        QString evidence; // the host, app package or name that matched; else the first host
        bool byName = false;
    };
    Service serviceOf(const PasswordEntry& login) const;

    // The service whose Android app this is; a variant app ("….lite") falls back to the package
    // it extends when the catalog knows that one.
    const CatalogEntry* byPackage(const QString& package) const;
    // The one service a login's name strongly names, or null; matched: the words that did.
    const CatalogEntry* byEntryName(const QString& name, QString* matched = nullptr) const;

    // The finding for one login, or none: not a known service and not logged in with the
    // number, or an account already counted there (Chrome writes one row per site affiliated
    // with a login, all with the same user name).
    std::optional<Finding> take(const PasswordEntry& login);

private:
    struct AddressMatch
    {
        const CatalogEntry* entry = nullptr;
        QString evidence;
        int specificity = 0;
    };
    AddressMatch matchAddress(const QString& host, const QString& url) const;
    const CatalogEntry* exactName(const QString& candidate) const;
    bool isNumber(const QString& username) const;

    const ServiceIndex& m_index;
    CatalogSearch m_search;
    PhoneNumber m_number;
    QHash<QString, const CatalogEntry*> m_packages;
    // Normalized names, aliases, ids and SMS signatures, with every entry that has each.
    QHash<QString, QList<const CatalogEntry*>> m_names;
    QSet<QString> m_accounts;
};

} // namespace rebind
