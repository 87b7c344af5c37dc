// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberOwner.h"

namespace rebind {

NumberOwner NumberOwner::of(const Person& person)
{
    NumberOwner owner;
    owner.m_relation = person.relation.trimmed();
    owner.m_name = person.name.trimmed();
    return owner;
}

QString NumberOwner::noun() const
{
    // The relation keys of Vocabulary::relationKeys(); the labels there are titles ("Mother"),
    // these are what a sentence says about someone the reader looks after.
    if (isSelf()) {
        return {};
    }
    if (m_relation == QLatin1String("mother")) {
        return tr("your mother", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("father")) {
        return tr("your father", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("spouse")) {
        return tr("your spouse", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("child")) {
        return tr("your child", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("sibling")) {
        return tr("your brother or sister", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("grandparent")) {
        return tr("your grandparent", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("relative")) {
        return tr("your relative", "owner of the number, in a sentence");
    }
    if (m_relation == QLatin1String("friend")) {
        return tr("your friend", "owner of the number, in a sentence");
    }
    if (!m_name.isEmpty()) {
        return m_name;
    }
    return tr("the number's owner", "owner of the number, in a sentence");
}

} // namespace rebind
