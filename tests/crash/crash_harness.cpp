// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills the real rebind-cli with SIGKILL in the middle of each writing command and checks that
// the vault survives: see CrashHarness. One CTest test per command (tests/crash/CMakeLists.txt).
//
//   crash_harness --command NAME|all [--seed N] [--long] [--random N] [--verbose]
//                 [--shared DIR] [--work DIR] [--cli PATH] [--fixtures DIR]
//   crash_harness --prepare --shared DIR     (the 200-binding vault and files several commands use)
//   crash_harness --dump VAULT < passphrase   (what the checks compare)

#include "CliRunner.h"
#include "CrashHarness.h"
#include "ScenarioBuilder.h"
#include "VaultInspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextStream>

using namespace rebind::crash;

namespace {

#ifndef REBIND_CLI_PATH
#define REBIND_CLI_PATH ""
#endif
#ifndef REBIND_TEST_FIXTURES
#define REBIND_TEST_FIXTURES ""
#endif

int usage(QTextStream& err, const QString& message)
{
    err << message << '\n';
    err.flush();
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kills rebind-cli during writing commands and checks the vault."));
    parser.addHelpOption();
    const QCommandLineOption command(
        QStringLiteral("command"),
        QStringLiteral("A command to kill (%1), or all; may be repeated.")
            .arg(ScenarioBuilder::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the random kill moments."),
                                  QStringLiteral("N"));
    const QCommandLineOption longRun(
        QStringLiteral("long"),
        QStringLiteral("%1 random kills per command instead of enough for %2 trials, and a kill "
                       "at every occurrence of a system call repeated on the same file (else %3 "
                       "of them).")
            .arg(CrashOptions::kLongRandom)
            .arg(CrashOptions::kMinTrials)
            .arg(CrashOptions::kPerRepeatedCall));
    const QCommandLineOption random(QStringLiteral("random"),
                                    QStringLiteral("Exactly N random kills per command."),
                                    QStringLiteral("N"));
    const QCommandLineOption followUps(
        QStringLiteral("follow-ups"),
        QStringLiteral("Run rebind-cli again after at most N kills that left the lock file "
                       "(default 10, all with --long)."),
        QStringLiteral("N"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("One line per trial."));
    const QCommandLineOption prepare(
        QStringLiteral("prepare"),
        QStringLiteral("Only (re)make the shared vaults and files in --shared."));
    const QCommandLineOption shared(QStringLiteral("shared"),
                                    QStringLiteral("Folder of the shared vaults and files (made "
                                                   "when missing; default WORK/shared)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Working folder (default $HOME/crash); failed "
                                                 "trials are kept there."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("The rebind-cli to kill."),
                                 QStringLiteral("PATH"), QStringLiteral(REBIND_CLI_PATH));
    const QCommandLineOption fixtures(QStringLiteral("fixtures"),
                                      QStringLiteral("tests/fixtures (vault-v1.rebind)."),
                                      QStringLiteral("DIR"), QStringLiteral(REBIND_TEST_FIXTURES));
    const QCommandLineOption dump(
        QStringLiteral("dump"),
        QStringLiteral("Print the canonical dump the checks compare of the vault at PATH (for a "
                       "kept failed trial), opened with the passphrase on stdin."),
        QStringLiteral("PATH"));
    parser.addOptions({command, seed, longRun, random, followUps, verbose, prepare, shared, work,
                       cli, fixtures, dump});
    parser.process(app);

    if (parser.isSet(dump)) {
        const QString passphrase = QTextStream(stdin).readLine();
        VaultInspector inspector;
        auto vault = inspector.open(parser.value(dump), passphrase);
        if (!vault) {
            err << vault.message() << '\n';
            return 1;
        }
        const auto integrity = VaultInspector::integrity(**vault);
        out << QStringLiteral("integrity_check: ") << (integrity ? *integrity : integrity.message())
            << '\n';
        const auto lines = VaultInspector::dump(**vault);
        out << (lines ? lines->join(QLatin1Char('\n')) : lines.message()) << '\n';
        return lines ? 0 : 1;
    }

    const QString workDir =
        QDir(parser.isSet(work) ? parser.value(work)
                                : QDir::home().filePath(QStringLiteral("crash")))
            .absolutePath();
    const QString sharedDir =
        QDir(parser.isSet(shared) ? parser.value(shared)
                                  : QDir(workDir).filePath(QStringLiteral("shared")))
            .absolutePath();
    const QString cliPath = parser.value(cli);
    if (!QFileInfo(cliPath).isExecutable()) {
        return usage(err, QStringLiteral("rebind-cli not found at “%1” (--cli).").arg(cliPath));
    }
    const QString home = QDir(workDir).filePath(QStringLiteral("home"));
    if (!QDir().mkpath(home)) {
        return usage(err, QStringLiteral("cannot create %1").arg(home));
    }
    const CliRunner runner(cliPath, home);
    const ScenarioBuilder builder(runner, parser.value(fixtures), sharedDir);

    QElapsedTimer clock;
    clock.start();
    if (parser.isSet(prepare)) {
        if (auto made = builder.prepareShared(); !made) {
            err << QStringLiteral("could not prepare %1: %2\n").arg(sharedDir, made.message());
            return 1;
        }
        out << QStringLiteral("prepared %1 in %2 s\n")
                   .arg(sharedDir)
                   .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
        return 0;
    }

    QStringList names = parser.values(command);
    if (names.isEmpty()) {
        return usage(err, QStringLiteral("Name a --command (or --command all)."));
    }
    if (names.contains(QStringLiteral("all"))) {
        names = ScenarioBuilder::names();
    }
    CrashOptions options;
    options.longRun = parser.isSet(longRun);
    options.verbose = parser.isSet(verbose);
    options.followUps = options.longRun ? -1 : options.followUps;
    bool valid = true;
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&valid);
    } else {
        options.seed = QRandomGenerator::system()->generate64();
    }
    if (valid && parser.isSet(random)) {
        options.randomTrials = parser.value(random).toInt(&valid);
        valid = valid && options.randomTrials >= 0;
    }
    if (valid && parser.isSet(followUps)) {
        options.followUps = parser.value(followUps).toInt(&valid);
    }
    if (!valid) {
        return usage(err, QStringLiteral("--seed, --random and --follow-ups take numbers."));
    }
    options.strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (options.strace.isEmpty()) {
        return usage(err, QStringLiteral("strace is not installed (packaging/install-deps.sh "
                                         "installs it)."));
    }

    VaultInspector inspector;
    CrashHarness harness(runner, inspector, options, workDir, out);
    int failed = 0;
    for (const QString& name : names) {
        if (ScenarioBuilder::needsShared(name) && !builder.sharedReady()) {
            out << QStringLiteral("preparing the shared vaults in %1 …\n").arg(sharedDir);
            out.flush();
            if (auto made = builder.prepareShared(); !made) {
                err << QStringLiteral("could not prepare %1: %2\n").arg(sharedDir, made.message());
                return 1;
            }
        }
        auto scenario =
            builder.build(name, QDir(workDir).filePath(name + QStringLiteral("/template")));
        if (!scenario) {
            err << QStringLiteral("%1: %2\n").arg(name, scenario.message());
            ++failed;
            continue;
        }
        const CrashReport report = harness.run(*scenario);
        report.print(out);
        failed += report.passed() ? 0 : 1;
    }
    if (names.size() > 1) {
        out << QStringLiteral("%1 of %2 commands failed; %3 s in all\n")
                   .arg(failed)
                   .arg(names.size())
                   .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    }
    return failed == 0 ? 0 : 1;
}
