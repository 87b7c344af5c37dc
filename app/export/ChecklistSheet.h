#pragma once

#include "NumberRecord.h"
#include "Person.h"
#include "Plan.h"

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
    QStringList steps;
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
