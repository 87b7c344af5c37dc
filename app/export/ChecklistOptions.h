#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>

namespace rebind {

// How a printed or pictured checklist is made.
struct ChecklistOptions
{
    bool largePrint = false;      // for elderly readers: big type, a few items per page
    bool showNumbers = false;     // numbers in full; otherwise 138 **** 8000
    bool includeAccounts = false; // account labels are left out unless asked for
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString language;    // "zh_CN" or "en"; empty: the installed translation's
    QDate today;         // the date printed and the base of "overdue"
    bool qrCodes = true; // off for the phone picture: nobody scans their own screen
};

} // namespace rebind
