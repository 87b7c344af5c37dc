// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace rebind {

QString Finding::key() const
{
    if (entry != nullptr) {
        return entry->id;
    }
    if (company != nullptr) {
        return QStringLiteral("company:") + company->id;
    }
    return (evidenceKind == QLatin1String("password") ? QStringLiteral("domain:")
                                                      : QStringLiteral("unrecognised:")) +
           evidence;
}

BindingRoles Finding::roles() const
{
    BindingRoles roles = entry != nullptr ? entry->defaultRoles() : BindingRoles();
    if (codes) {
        roles |= BindingRole::SmsLogin;
        roles |= BindingRole::TwoFactor;
    }
    if (loginIsPhone) {
        roles |= BindingRole::Login;
    }
    if (entry != nullptr && (entry->category == QLatin1String("banking") ||
                             entry->category == QLatin1String("credit-cards"))) {
        roles |= BindingRole::BankReserved;
    }
    if (!roles) {
        roles = BindingRole::Notifications;
    }
    return roles;
}

} // namespace rebind
