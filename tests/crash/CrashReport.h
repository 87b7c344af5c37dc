// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <QString>
#include <QStringList>

class QTextStream;

namespace rebind::crash {

// What the kills of one command found.
struct CrashReport
{
    struct Syscall
    {
        int occurrences = 0; // in an unkilled run under strace
        int tried = 0;       // all, or a sample of calls repeated on the same file
        int killed = 0;
        int inside = 0;
    };

    QString name;
    quint64 seed = 0;
    int randomTrials = 0;
    int syscallTrials = 0;
    int killed = 0;
    int inside = 0; // kills that left a journal or a temporary file: the write was under way
    int randomKilled = 0;
    int randomInside = 0;
    int failures = 0;
    int followUps = 0;
    qint64 unkilledUs = 0;
    qint64 wallMs = 0;
    std::map<QString, int> outcomes;       // before / after
    std::map<QString, int> leftovers;      // files beside the vault after re-opening
    std::map<QString, int> schemaVersions; // in the file right after a kill (the migration)
    std::map<QString, Syscall> syscalls;
    QStringList problems; // failures, and why the harness could not run the command at all

    int trials() const { return randomTrials + syscallTrials; }
    bool passed() const { return failures == 0 && problems.isEmpty(); }
    QString testName() const;
    void print(QTextStream& out) const;
};

} // namespace rebind::crash
