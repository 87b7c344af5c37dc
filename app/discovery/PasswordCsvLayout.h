// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordFormat.h"

#include <optional>
#include <QStringList>

namespace rebind {

// Which export a CSV header row comes from, and where the columns Rebind reads are. Columns are
// found by name (case and surrounding spaces ignored), so reordered columns and added ones are
// fine. The headers the exporters write (checked against their sources):
//
//   Chrome, Edge     name,url,username,password[,note]
//   Firefox          "url","username","password","httpRealm","formActionOrigin","guid",
//                    "timeCreated","timeLastUsed","timePasswordChanged"
//   Bitwarden        folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,
//                    login_password,login_totp  (organisation exports: collections for folder;
//                    older ones: no reprompt)
//   KeePassXC        "Group","Title","Username","Password","URL","Notes","TOTP","Icon",
//                    "Last Modified","Created"  (older versions stop after Notes)
//   1Password 8      Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
//                    (Website for Url accepted too)
//   Apple Passwords  Title,URL,Username,Password,Notes,OTPAuth
//
// The password column is required for recognition but never located: nothing reads it.
class PasswordCsvLayout
{
public:
    static std::optional<PasswordCsvLayout> fromHeader(const QStringList& header);

    PasswordFormat format = PasswordFormat::Unknown;
    qsizetype url = -1;
    qsizetype username = -1;
    qsizetype title = -1;     // -1 for Firefox, which has no name for a login
    qsizetype itemType = -1;  // Bitwarden's "type": only "login" rows are logins
    bool severalUrls = false; // Bitwarden joins a login's web addresses with commas
};

} // namespace rebind
