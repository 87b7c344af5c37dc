// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "CatalogEntry.h"

#include <QDateTime>
#include <QString>

namespace rebind {

// One service found in the user's own messages or password export, with the evidence: never a
// message text beyond one masked excerpt, never a password.
struct Finding
{
    const CatalogEntry* entry = nullptr; // null: not in the catalog
    QString name;                        // the catalog's name, or the unrecognised signature
    QString evidenceKind;                // "signature", "sender", "domain", "name", "password"
    QString evidence;                    // 【招商银行】, 95555, taobao.com, …
    qint64 count = 0;                    // messages, or logins (one per account)
    QDateTime firstSeen;
    QDateTime lastSeen;
    QString sender;            // the last sender seen (SMS)
    QString excerpt;           // one masked excerpt (SMS)
    bool codes = false;        // verification codes were sent: SMS login or two-step
    bool loginIsPhone = false; // a password row's user name is the phone number
    // With no entry: the group whose shared signature or number it was (腾讯科技).
    const CatalogCompany* company = nullptr;

    // catalog id, or "company:<id>" / "unrecognised:<signature>" / "domain:<host>".
    QString key() const;
    // What the number most likely does there, for adding it to the inventory.
    BindingRoles roles() const;
};

} // namespace rebind
