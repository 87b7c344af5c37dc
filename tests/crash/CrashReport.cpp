// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashReport.h"

#include <QTextStream>

namespace rebind::crash {

namespace {

QString tally(const std::map<QString, int>& counts, const QString& empty)
{
    QStringList parts;
    for (const auto& [what, count] : counts) {
        parts << QStringLiteral("%1 ×%2").arg(what).arg(count);
    }
    return parts.isEmpty() ? empty : parts.join(QStringLiteral(", "));
}

} // namespace

QString CrashReport::testName() const
{
    return QStringLiteral("crash_") + QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
}

void CrashReport::print(QTextStream& out) const
{
    out << testName()
        << QStringLiteral(": seed %1; %2 trials (%3 random, %4 at system calls); ")
               .arg(seed)
               .arg(trials())
               .arg(randomTrials)
               .arg(syscallTrials)
        << QStringLiteral("%1 killed, %2 inside a write; %3 failures; %4 s  %5\n")
               .arg(killed)
               .arg(inside)
               .arg(failures)
               .arg(double(wallMs) / 1000.0, 0, 'f', 1)
               .arg(passed() ? QStringLiteral("ok") : QStringLiteral("FAILED"));
    out << QStringLiteral("  unkilled run (median): %1 ms; state after each trial: %2\n")
               .arg(double(unkilledUs) / 1000.0, 0, 'f', 1)
               .arg(tally(outcomes, QStringLiteral("-")));
    out << QStringLiteral("  random moments: %1 killed, %2 inside a write\n")
               .arg(randomKilled)
               .arg(randomInside);
    QStringList calls;
    for (const auto& [call, counts] : syscalls) {
        calls << QStringLiteral("%1 %2 (%3 tried, %4 killed, %5 inside)")
                     .arg(call)
                     .arg(counts.occurrences)
                     .arg(counts.tried)
                     .arg(counts.killed)
                     .arg(counts.inside);
    }
    out << QStringLiteral("  system calls in an unkilled run, each killed in turn: %1\n")
               .arg(calls.isEmpty() ? QStringLiteral("none") : calls.join(QStringLiteral(", ")));
    out << QStringLiteral("  beside the vault after re-opening (trials): %1\n")
               .arg(tally(leftovers, QStringLiteral("nothing")));
    if (!schemaVersions.empty()) {
        out << QStringLiteral("  schema version in the file right after a kill: %1\n")
                   .arg(tally(schemaVersions, QStringLiteral("-")));
    }
    if (followUps > 0) {
        out << QStringLiteral("  rebind-cli run again after a kill that left the lock file: %1\n")
                   .arg(followUps);
    }
    for (const QString& problem : problems) {
        out << QStringLiteral("  FAILURE ") << problem << '\n';
    }
    out.flush();
}

} // namespace rebind::crash
