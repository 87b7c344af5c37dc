// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlOpener.h"

#include "HelpUrl.h"
#include "ServiceText.h"

#include <QDesktopServices>

namespace rebind {

namespace {
struct State
{
    bool capture = false;
    QList<QUrl> urls;
};

State& state()
{
    static State s;
    return s;
}
} // namespace

bool UrlOpener::open(const QUrl& url)
{
    if (!url.isValid() || url.isEmpty()) {
        return false;
    }
    // Every web page opens through here, including addresses saved in the vault long ago.
    const QUrl shown = HelpUrl::inLanguage(url, ServiceText::language());
    if (state().capture) {
        state().urls.append(shown);
        return true;
    }
    return QDesktopServices::openUrl(shown);
}

void UrlOpener::setCapture(bool capture)
{
    state().capture = capture;
}

QList<QUrl> UrlOpener::captured()
{
    return state().urls;
}

void UrlOpener::reset()
{
    state().urls.clear();
}

} // namespace rebind
