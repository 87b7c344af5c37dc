// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace rebind {

// How dates, people and numbers read on screen, the same in every window.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // yyyy-MM-dd: unambiguous in Chinese and English alike. Empty for an invalid date.
    static QString date(const QDate& date);
    // 2026-12-06 20:19, in local time.
    static QString dateTime(const QDateTime& at);
    // "in 3 days", "today", "5 days ago", relative to today.
    static QString relativeDays(const QDate& date, const QDate& today = QDate::currentDate());
    // "Zhang Wei (Mother)"
    static QString person(const Person& person);
    // "138 0013 8000 · Being cancelled"
    static QString numberLine(const NumberRecord& record);
};

} // namespace rebind
