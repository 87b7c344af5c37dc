// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>
#include <QStringView>

namespace rebind {

// The origin-bound one-time code line of the WICG "SMS one-time codes" format that browsers
// and phones autofill from: "@example.com #123456", with the site of an embedded frame (a
// card issuer's 3-D Secure page, say) after it as "%bank.example" (the specification) or
// "@bank.example" (what Chrome also accepts). The hosts name the site that sent the code.
class OriginBoundCode
{
public:
    QString topHost;      // lower case
    QString embeddedHost; // lower case; empty when there is none

    // The first such line in the body; services usually put it last, but some append text.
    static std::optional<OriginBoundCode> in(QStringView body);
};

} // namespace rebind
