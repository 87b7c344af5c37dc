// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace rebind {

// Help pages in the language of the interface. Some sites pick the page's language from a query
// item rather than from the browser ("hl" on Google's pages); an address saved with one language
// in it (an older catalog's "hl=zh-Hans", copied into a service when it was added) would
// otherwise open in that language whatever the interface says.
class HelpUrl
{
public:
    // url with its "hl" set to language ("zh_CN", "en"), where it has one or is Google's; other
    // addresses unchanged.
    static QUrl inLanguage(const QUrl& url, const QString& language);
    // The value sites of this kind take: "zh-Hans", "en".
    static QString languageTag(const QString& language);
};

} // namespace rebind
