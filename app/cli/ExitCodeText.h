// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rebind::cli {

// What each exit status means, in the words `rebind-cli --help` prints. The README's table
// says the same (tst_cli compares the two), so this is the one place to change a meaning.
class ExitCodeText
{
    Q_DECLARE_TR_FUNCTIONS(ExitCodeText)

public:
    static QList<ExitCode> all();
    static QString meaning(ExitCode code);
    // "Exit status, the same for every command:" and one line per code, wrapped to width.
    static QString help(int width);
};

} // namespace rebind::cli
