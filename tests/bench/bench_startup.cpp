// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The start of the real rebind binary with an existing vault, up to its unlock window:
//
//   bench_startup [RUNS] [--session-bus] [--platform NAME]   RUNS defaults to 5
//
// Each run starts rebind as a new process (offscreen, in a private HOME whose default vault
// exists; no session bus, so no keychain answers, unless --session-bus keeps the caller's, as in
// `dbus-run-session -- bench_startup --session-bus`; --platform xcb under xvfb-run for an X
// server, whose platform theme makes the main window's icons far dearer) and waits for the line
// "shown unlockDialog" that rebind writes on the logging category rebind.startup (StartupTrace)
// once the window is painted and takes input. Then SIGTERM tells it to quit, as a logout would, and
// the time until the process has exited is taken too. One warm-up run first, so the binaries are in
// the page cache: "cold" means a new process, not an empty cache. Printed: the medians, and the
// median of each step rebind reports on the way (milliseconds since its main() began), including
// the main window it builds once the unlock window is up (in the runs where that began before the
// SIGTERM). Target: shown within 300 ms.
#include "BenchTiming.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <map>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <vector>

using rebind::bench::median;
using rebind::bench::msSince;

namespace {

constexpr int kWaitMs = 20000;
const QString kPassphrase = QStringLiteral("bench-pass-123");

struct Run
{
    bool ok = false;
    double shownMs = 0;
    double exitMs = 0;
    // What rebind reported, in its own order: step → ms since its main() began.
    std::vector<std::pair<QString, double>> steps;
};

QProcessEnvironment environmentFor(const QTemporaryDir& home, bool sessionBus,
                                   const QString& platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (!sessionBus) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    }
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("rebind.startup.info=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
    return env;
}

bool createVault(const QString& cli, const QProcessEnvironment& env, const QString& path)
{
    QProcess init;
    init.setProcessEnvironment(env);
    init.start(cli, {QStringLiteral("--vault"), path, QStringLiteral("init"),
                     QStringLiteral("--decryption-time"), QStringLiteral("100")});
    init.write((kPassphrase + QLatin1Char('\n') + kPassphrase + QLatin1Char('\n')).toUtf8());
    init.closeWriteChannel();
    if (!init.waitForFinished(kWaitMs) || init.exitCode() != 0) {
        std::fprintf(stderr, "rebind-cli init failed: %s\n",
                     init.readAllStandardError().constData());
        return false;
    }
    return true;
}

Run startOnce(const QString& program, const QProcessEnvironment& env)
{
    static const QRegularExpression step(
        QStringLiteral("^rebind\\.startup:\\s+([0-9.]+) ms\\s+(.*)$"));
    Run run;
    QProcess rebind;
    rebind.setProcessEnvironment(env);
    rebind.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    rebind.start(program, QStringList());
    QByteArray pending;
    QString shown; // the first window rebind reported shown
    // Takes the complete lines read so far: the steps rebind reports.
    const auto takeLines = [&] {
        pending += rebind.readAllStandardError();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            const auto match = step.match(line);
            if (!match.hasMatch()) {
                continue;
            }
            const QString what = match.captured(2);
            run.steps.emplace_back(what, match.captured(1).toDouble());
            if (shown.isEmpty() && what.startsWith(QLatin1String("shown "))) {
                shown = what;
                run.shownMs = msSince(timer);
            }
        }
    };
    while (shown.isEmpty() && timer.elapsed() < kWaitMs) {
        if (!rebind.waitForReadyRead(kWaitMs) && rebind.state() == QProcess::NotRunning) {
            break;
        }
        takeLines();
    }
    if (shown != QLatin1String("shown unlockDialog")) {
        std::fprintf(stderr, "expected the unlock window to be shown, got: %s\n",
                     shown.isEmpty() ? "nothing" : qPrintable(shown));
        rebind.kill();
        rebind.waitForFinished(kWaitMs);
        return run;
    }
    ::kill(static_cast<pid_t>(rebind.processId()), SIGTERM);
    if (!rebind.waitForFinished(kWaitMs) || rebind.exitStatus() != QProcess::NormalExit ||
        rebind.exitCode() != 0) {
        std::fprintf(stderr, "rebind did not quit cleanly on SIGTERM\n");
        return run;
    }
    takeLines(); // what it did after the window was shown (the main window built meanwhile)
    run.exitMs = msSince(timer);
    run.ok = true;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool sessionBus = arguments.removeAll(QStringLiteral("--session-bus")) > 0;
    QString platform = QStringLiteral("offscreen");
    const qsizetype platformAt = arguments.indexOf(QStringLiteral("--platform"));
    if (platformAt >= 0 && platformAt + 1 < arguments.size()) {
        platform = arguments.at(platformAt + 1);
        arguments.remove(platformAt, 2);
    }
    const int runs = std::max(1, arguments.isEmpty() ? 5 : arguments.constFirst().toInt());
    const QString bin = QCoreApplication::applicationDirPath();
    const QString program = bin + QStringLiteral("/rebind");
    const QString cli = bin + QStringLiteral("/rebind-cli");
    if (!QFileInfo::exists(program) || !QFileInfo::exists(cli)) {
        std::fprintf(stderr, "rebind and rebind-cli are expected beside bench_startup\n");
        return 1;
    }

    QTemporaryDir home;
    // Private to this user, as the single-instance socket needs.
    if (!home.isValid() || !QDir(home.path()).mkpath(QStringLiteral("run")) ||
        !QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner |
                                                                         QFileDevice::WriteOwner |
                                                                         QFileDevice::ExeOwner)) {
        std::fprintf(stderr, "cannot make a private home\n");
        return 1;
    }
    const QProcessEnvironment env = environmentFor(home, sessionBus, platform);
    // Where rebind looks when no vault was chosen (AppSettings::defaultVaultPath()).
    const QString vault = home.filePath(QStringLiteral("data/rebind/vault.rebind"));
    if (!QDir().mkpath(QFileInfo(vault).path()) || !createVault(cli, env, vault)) {
        return 1;
    }

    (void)startOnce(program, env); // warm-up: binaries and fonts into the page cache
    std::vector<double> shown;
    std::vector<double> exited;
    std::vector<double> quitting;
    std::vector<QString> order;
    std::map<QString, std::vector<double>> steps;
    for (int i = 0; i < runs; ++i) {
        const Run run = startOnce(program, env);
        if (!run.ok) {
            return 1;
        }
        shown.push_back(run.shownMs);
        exited.push_back(run.exitMs);
        quitting.push_back(run.exitMs - run.shownMs);
        for (const auto& [what, ms] : run.steps) {
            if (steps.find(what) == steps.end()) {
                order.push_back(what);
            }
            steps[what].push_back(ms);
        }
    }
    std::printf("rebind's own steps (median ms since its main() began; [n of %d runs]):\n", runs);
    for (const QString& what : order) {
        std::printf("  %7.1f  %s [%zu]\n", median(steps[what]), qPrintable(what),
                    steps[what].size());
    }
    std::printf("unlock window shown: %.0f ms median of %d (min %.0f, max %.0f) (target <= 300)\n",
                median(shown), runs, *std::min_element(shown.begin(), shown.end()),
                *std::max_element(shown.begin(), shown.end()));
    std::printf("quit right after (SIGTERM) until exited: %.0f ms median from start, %.0f ms "
                "after shown\n",
                median(exited), median(quitting));
    return 0;
}
