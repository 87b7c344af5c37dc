// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebind {

struct Person
{
    qint64 id = 0;
    QString uid; // stable across vaults, for hand-off merges
    QString name;
    QString relation = QStringLiteral("self"); // a Vocabulary relation key, or the user's own word
    QString notes;
};

} // namespace rebind
