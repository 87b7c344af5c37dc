// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPageSize>

namespace rebind {

// The paper a checklist is printed on by default: US Letter where the locale's territory uses
// it, A4 everywhere else. Qt knows a locale's measurement system but not its paper (Canada and
// Mexico are metric and print on Letter), so the territories come from CLDR's paperSize data.
class ChecklistPaper
{
public:
    static QPageSize::PageSizeId forLocale(const QLocale& locale);
    // The system's locale for paper: LC_PAPER counts as POSIX says (after LC_ALL, before
    // LANG), which QLocale::system() does not read.
    static QLocale systemLocale();
};

} // namespace rebind
