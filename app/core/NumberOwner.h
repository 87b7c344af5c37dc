// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// Whose number a text speaks about. Plan and catalog texts speak to the reader, and for the
// reader's own number "your ID card" is right; for a number they look after for someone else
// it would send the helper to the counter with the wrong card. Those texts take this value and
// name the owner instead: "your mother's ID card", "母亲的身份证". Built once from the Person.
class NumberOwner
{
    Q_DECLARE_TR_FUNCTIONS(NumberOwner)

public:
    // The reader's own number.
    NumberOwner() = default;
    static NumberOwner of(const Person& person);

    bool isSelf() const { return m_relation == QLatin1String("self"); }
    QString relation() const { return m_relation; }
    QString name() const { return m_name; }

    // The owner in the middle of a sentence: "your mother", or the name where the relation says
    // nothing a sentence can use (other, none, the user's own word); in Chinese "母亲", "王秀英".
    // Sentences add the possessive themselves ("%1's ID card", "%1的身份证", "%1名下"), so that
    // Chinese can leave out 的 where it reads better without. Empty for the reader's own number.
    QString noun() const;

private:
    QString m_relation = QStringLiteral("self");
    QString m_name;
};

} // namespace rebind
