// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUrl>

namespace rebind {

// Opens web pages in the person's browser, behind a seam: with capture on (tests, screenshots)
// the address is recorded instead and no browser starts. Help pages that take their language from
// the address open in the interface's language (HelpUrl).
class UrlOpener
{
public:
    static bool open(const QUrl& url);

    static void setCapture(bool capture);
    static QList<QUrl> captured();
    static void reset();
};

} // namespace rebind
