// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QDate>
#include <QPageSize>
#include <QString>

namespace rebind {

// How a printed or pictured checklist is made.
struct ChecklistOptions
{
    bool largePrint = false; // for elderly readers: big type, full width, no English beside
    // The old number in full; otherwise 138 **** 8000. The new number is printed in full
    // unless maskNew: the reader has to type it into every app.
    bool showNumbers = false;
    bool maskNew = false;         // both numbers masked, whatever showNumbers says
    bool includeAccounts = false; // account labels are left out unless asked for
    // Service names also in the other language; unset: only in the standard checklist, since
    // a small foreign name beside every large-print title is noise for its reader.
    std::optional<bool> otherLanguage;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString language;    // "zh_CN" or "en"; empty: the installed translation's
    QDate today;         // the date printed and the base of "overdue"
    bool qrCodes = true; // off for the phone picture: nobody scans their own screen

    bool showsOldNumber() const { return showNumbers && !maskNew; }
    bool showsNewNumber() const { return !maskNew; }
    bool showsOtherLanguage() const { return otherLanguage.value_or(!largePrint); }
};

} // namespace rebind
