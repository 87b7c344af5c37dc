// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebind {

class PhoneNumber;

// Reading the two fields of a saved login that tie it to a service and to a phone number.
class LoginMatch
{
public:
    // Whether the user name is the number itself, in any of the spellings people and sites use:
    // 13800138000, 138 0013 8000, +8613800138000, 008613800138000, 86-138-0013-8000, with
    // spaces, dashes, dots, parentheses or full-width digits. Anything else in it (letters, an
    // @) means it is not a phone number, so 13800138000@139.com is not.
    static bool isPhoneNumber(const QString& username, const PhoneNumber& number);

    // The registrable domain of a saved login's address, in lower case: scheme, user info, port,
    // path and subdomains are dropped ("https://u@login.taobao.com:443/x" → "taobao.com",
    // "www.bank.com.cn" → "bank.com.cn"). Bare hosts are accepted ("taobao.com"). Android app
    // logins ("android://hash@com.tencent.mm/", Bitwarden's "androidapp://com.tencent.mm") give
    // "android:com.tencent.mm", iOS ones ("iosapp://…") "ios:…". Empty when there is no host.
    static QString domainOf(const QString& url);

    // Like domainOf() but keeping subdomains other than "www." ("login.taobao.com"), for
    // services that share a registrable domain (weixin.qq.com, mail.qq.com).
    static QString hostOf(const QString& url);
};

} // namespace rebind
