// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

namespace rebind::crash {

QString CliResult::describe() const
{
    if (!started) {
        return QStringLiteral("did not start");
    }
    const QString how =
        normalExit ? QStringLiteral("exit %1").arg(exitCode) : QStringLiteral("killed by a signal");
    const QString message = QString::fromUtf8(err).trimmed();
    return message.isEmpty() ? how : how + QStringLiteral(": ") + message;
}

CliRunner::CliRunner(QString cliPath, const QString& home)
    : m_cli(std::move(cliPath)), m_env(QProcessEnvironment::systemEnvironment())
{
    const QDir dir(home);
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral(".config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral(".local/share")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral(".cache")));
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // No keychain, no desktop session: the CLI must not reach anything outside its home.
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
}

CliResult CliRunner::run(const QString& vaultPath, const QStringList& args, const QByteArray& input,
                         qint64 killAfterUs, const QStringList& wrapper) const
{
    QStringList full = wrapper.isEmpty() ? QStringList{} : wrapper.mid(1);
    if (!wrapper.isEmpty()) {
        full << m_cli;
    }
    full << QStringLiteral("--vault") << vaultPath << args;
    const QString program = wrapper.isEmpty() ? m_cli : wrapper.constFirst();

    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_env.value(QStringLiteral("HOME")));
    QElapsedTimer clock;
    clock.start();
    process.start(program, full);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    process.write(input);
    process.waitForBytesWritten(5000);
    process.closeWriteChannel();
    if (killAfterUs >= 0) {
        // A plain sleep, not waitForFinished: the child is not reaped meanwhile, so the pid
        // cannot be reused and a child that ended early only receives a harmless signal.
        const qint64 remaining = killAfterUs - clock.nsecsElapsed() / 1000;
        if (remaining > 0) {
            QThread::usleep(static_cast<unsigned long>(remaining));
        }
        process.kill();
    }
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(10000);
        result.err = "timed out after 180 s";
        return result;
    }
    result.elapsedUs = clock.nsecsElapsed() / 1000;
    result.normalExit = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool CliRunner::ok(const QString& vaultPath, const QStringList& args, const QByteArray& input,
                   QString* error) const
{
    const CliResult result = run(vaultPath, args, input);
    if (!result.succeeded() && error) {
        *error =
            QStringLiteral("rebind-cli %1: %2").arg(args.join(QLatin1Char(' ')), result.describe());
    }
    return result.succeeded();
}

} // namespace rebind::crash
