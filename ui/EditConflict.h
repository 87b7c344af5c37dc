// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "NumberRecord.h"
#include "Person.h"
#include "Service.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class QWidget;

namespace rebind {

// When an edit form saves a record that another program changed or removed since the form
// showed it (rebind-cli while the window was read-only or locked, a file synchronised from
// another computer), the form says what changed there instead of overwriting it, and asks.
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    enum class Choice
    {
        KeepMine,   // save the form, overwriting the other change (or add the record again)
        UseTheirs,  // drop the form's changes and show what the vault holds
        KeepEditing // neither yet: the form stays open
    };

    // One line per field that differs between before and now ("Status: Done (was: Waiting)");
    // empty when they are the same.
    static QStringList differences(const Person& before, const Person& now);
    static QStringList differences(const NumberRecord& before, const NumberRecord& now,
                                   const QList<Person>& people);
    static QStringList differences(const Binding& before, const Binding& now,
                                   const QHash<qint64, Service>& services);

    // what: the record as the person knows it ("WeChat (wx_li)").
    static Choice askChanged(QWidget* parent, const QString& what, const QStringList& changes);
    // removed: "This service was removed by another program."
    static Choice askRemoved(QWidget* parent, const QString& removed);
};

} // namespace rebind
