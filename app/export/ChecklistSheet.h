// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Person.h"
#include "Plan.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace rebind {

// One line of a printed checklist: a plan item with everything the reader needs beside it.
struct ChecklistEntry
{
    PlanItem item;
    QString title;      // in the chosen language
    QString otherTitle; // the other language, printed small; empty when the same
    QString instruction;
    QString stepsTitle; // where the steps are done ("In the app"), when there is more than one way
    QStringList steps;
    struct Way
    {
        QString title;
        QStringList steps;
    };
    QList<Way> otherWays; // the catalog's other channels: the counter after the app, …
    QString unverified;   // set when the catalog's steps are not confirmed by a source
    QString note;
    // Why it cannot be done now, as typed in the walk-through ("Can't do it now"), and since
    // when; set only while the item waits.
    QString waitingReason;
    QDate waitingSince;
    QStringList warnings;
    QString url;     // the official page, printed and as a QR code
    QString account; // only when accounts were asked for
};

// One number's checklist: who, which number, the verdict, and the plan in order.
struct ChecklistSheet
{
    Person person;
    NumberRecord number;
    Plan plan;
    QList<ChecklistEntry> entries;
};

} // namespace rebind
