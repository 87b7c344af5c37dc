// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpUrl.h"

#include <QUrlQuery>

namespace rebind {

QString HelpUrl::languageTag(const QString& language)
{
    if (language.startsWith(QLatin1String("zh"))) {
        // Simplified Chinese: the only Chinese the interface has.
        return QStringLiteral("zh-Hans");
    }
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    return base.isEmpty() ? QStringLiteral("en") : base;
}

QUrl HelpUrl::inLanguage(const QUrl& url, const QString& language)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return url;
    }
    const QString host = url.host().toLower();
    const bool google =
        host == QLatin1String("google.com") || host.endsWith(QLatin1String(".google.com"));
    QUrlQuery query(url);
    if (!google && !query.hasQueryItem(QStringLiteral("hl"))) {
        return url;
    }
    query.removeAllQueryItems(QStringLiteral("hl"));
    query.addQueryItem(QStringLiteral("hl"), languageTag(language));
    QUrl out = url;
    out.setQuery(query);
    return out;
}

} // namespace rebind
