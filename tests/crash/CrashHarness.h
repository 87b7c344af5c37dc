// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CrashReport.h"
#include "CrashScenario.h"
#include "Result.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace rebind::crash {

class CliRunner;
class VaultInspector;

struct CrashOptions
{
    quint64 seed = 0;
    // Kills at random moments; -1: as many as bring the trials to kMinTrials with the
    // system-call ones (at least kMinRandom), or kLongRandom with longRun.
    int randomTrials = -1;
    bool longRun = false;
    bool verbose = false;
    // rebind-cli runs again after at most this many kills that left the lock file (-1: all).
    int followUps = 10;
    QString strace = QStringLiteral("strace");

    static constexpr int kMinTrials = 50;
    static constexpr int kMinRandom = 20;
    static constexpr int kLongRandom = 500;
    // Without longRun, occurrences of one call on one file beyond this many are sampled.
    static constexpr int kPerRepeatedCall = 4;
};

// Runs one writing command of the real rebind-cli again and again, each time on a fresh copy of
// its starting vault, and kills it: at random moments within an unkilled run's duration, and
// under strace at each occurrence of every commit-critical system call (a sample of those that
// repeat on the same file, unless longRun). After every kill the
// vault must open with the expected passphrase (for a passphrase change: exactly one of the two),
// pass PRAGMA integrity_check and hold exactly the state before or the state after the command.
class CrashHarness
{
public:
    static const QStringList kSyscalls;

    CrashHarness(const CliRunner& cli, VaultInspector& inspector, CrashOptions options,
                 QString workDir, QTextStream& log);

    CrashReport run(const CrashScenario& scenario);

private:
    struct Trial
    {
        QString label;
        // Random trials: when to kill, as a fraction of an unkilled run's duration.
        double moment = -1;
        QStringList wrapper;
        QString syscall;
        QString call; // what that occurrence did in the unkilled run
    };
    struct States
    {
        QStringList before;
        QStringList after;
    };
    struct Check
    {
        QString problem; // empty: the vault is sound and in one of the two states
        QString outcome;
        QString openedWith;
    };

    // Which occurrences (1-based) of one system call to kill at.
    static QList<int> sampled(const QStringList& occurrences);
    QString trialDir(const CrashScenario& scenario) const;
    Result<QString> freshVault(const CrashScenario& scenario) const;
    Result<QStringList> stateOf(const QString& vault, const QString& passphrase);
    Result<States> references(const CrashScenario& scenario);
    Result<QList<Trial>> syscallTrials(const CrashScenario& scenario, const States& states,
                                       CrashReport& report);
    Check check(const CrashScenario& scenario, const QString& vault, const States& states);
    void runTrial(const CrashScenario& scenario, const Trial& trial, const States& states,
                  CrashReport& report);
    void fail(const CrashScenario& scenario, CrashReport& report, const QString& problem);

    const CliRunner& m_cli;
    VaultInspector& m_inspector;
    CrashOptions m_options;
    QString m_work;
    QTextStream& m_log;
    // Durations of unkilled runs (the references, and random trials that ended before their
    // kill): their median bounds the random kill moments, so that it follows the machine's load.
    qint64 medianDuration() const;
    QList<qint64> m_durations;
    int m_followUps = 0;
    int m_keptFailures = 0;
};

} // namespace rebind::crash
