// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistPaper.h"

#include <algorithm>
#include <array>

namespace rebind {

QPageSize::PageSizeId ChecklistPaper::forLocale(const QLocale& locale)
{
    // CLDR supplementalData.xml, <paperSize type="US-Letter" territories="…">.
    static constexpr std::array letter = {
        QLocale::Belize,       QLocale::Canada,      QLocale::Chile,      QLocale::Colombia,
        QLocale::CostaRica,    QLocale::Guatemala,   QLocale::Mexico,     QLocale::Nicaragua,
        QLocale::Panama,       QLocale::Philippines, QLocale::PuertoRico, QLocale::ElSalvador,
        QLocale::UnitedStates, QLocale::Venezuela,
    };
    return std::find(letter.begin(), letter.end(), locale.territory()) != letter.end()
               ? QPageSize::Letter
               : QPageSize::A4;
}

QLocale ChecklistPaper::systemLocale()
{
    if (qEnvironmentVariableIsEmpty("LC_ALL") && !qEnvironmentVariableIsEmpty("LC_PAPER")) {
        // "en_CA.UTF-8@euro" → "en_CA": QLocale takes the language and territory only.
        QString name = qEnvironmentVariable("LC_PAPER");
        name = name.left(name.indexOf(QLatin1Char('.'))).section(QLatin1Char('@'), 0, 0);
        return QLocale(name);
    }
    return QLocale::system();
}

} // namespace rebind
