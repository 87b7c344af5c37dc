// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the password-export reader (Chrome, Firefox, Bitwarden CSV and JSON, …) and
// the matching of what it reads (addresses, app packages, entry names) to catalog services.
#include "Catalog.h"
#include "FuzzSupport.h"
#include "LoginMatch.h"
#include "LoginMatcher.h"
#include "PasswordExportReader.h"
#include "PhoneNumber.h"
#include "ServiceIndex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const rebind::PhoneNumber number =
        *rebind::PhoneNumber::parse(QStringLiteral("13800138000"));
    static const rebind::ServiceIndex index(rebind::Catalog::builtIn());
    static const rebind::LoginMatcher matcher(rebind::Catalog::builtIn(), index, number);
    QByteArray input = rebind::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    (void)rebind::PasswordExportReader::read(buffer, [](const rebind::PasswordEntry& entry) {
        (void)rebind::LoginMatch::isPhoneNumber(entry.username, number);
        for (const QString& url : entry.urls) {
            (void)rebind::LoginMatch::hostOf(url);
        }
        (void)matcher.serviceOf(entry);
        return true;
    });
    return 0;
}
