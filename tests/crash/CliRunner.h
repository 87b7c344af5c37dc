// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rebind::crash {

// One run of rebind-cli as the harness saw it.
struct CliResult
{
    bool started = false;
    bool normalExit = false; // false: ended by a signal (our SIGKILL, or strace's injected one)
    int exitCode = -1;
    qint64 elapsedUs = 0;
    QByteArray out;
    QByteArray err;

    bool succeeded() const { return started && normalExit && exitCode == 0; }
    QString describe() const;
};

// Starts the real rebind-cli binary, with the passphrases as lines on stdin (what it reads when
// stdin is not a terminal), in a home of its own (XDG folders inside it, no session bus, so that
// nothing outside the harness's folder is read or written).
class CliRunner
{
public:
    CliRunner(QString cliPath, const QString& home);

    const QString& cliPath() const { return m_cli; }

    // --vault vaultPath, then args. killAfterUs >= 0: SIGKILL that long after the start unless
    // it has ended by then. wrapper: a program and its arguments that run the CLI (strace).
    CliResult run(const QString& vaultPath, const QStringList& args, const QByteArray& input,
                  qint64 killAfterUs = -1, const QStringList& wrapper = {}) const;
    // The same, exit 0 expected; otherwise the run's description in *error.
    bool ok(const QString& vaultPath, const QStringList& args, const QByteArray& input,
            QString* error) const;

private:
    QString m_cli;
    QProcessEnvironment m_env;
};

} // namespace rebind::crash
