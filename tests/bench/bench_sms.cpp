// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole "rebind-cli scan" of a large "SMS Backup & Restore" file, end to end, next to
// xmllint --stream --noout on the same file, both timed in this one run:
//
//   bench_sms [COUNT] [RUNS]   COUNT defaults to 200000 messages (about 73 MB), RUNS to 5
//
// Each command runs as its own process, from its start until it has exited (the scan's JSON
// written to /dev/null), RUNS times, alternating, after one warm-up run each (the file is then
// in the page cache for both); the medians are compared. Peak memory is the scan process's own
// (its ru_maxrss). Targets: scan at most twice xmllint's time, at most 100 MiB.
//
// Also printed, for telling the parts apart: AndroidSmsBackupReader alone, in this process, on
// the same file and on one with emoji written the app's way (surrogate references, which only
// our reader accepts).
#include "AndroidSmsBackupReader.h"
#include "BenchTiming.h"
#include "SmsBackupGenerator.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace rebind;
using bench::median;
using bench::msSince;

namespace {

struct Run
{
    bool ok = false;
    double ms = 0;
    double peakMiB = 0; // the child's ru_maxrss
};

// Runs program with arguments, stdout to outputPath (stderr stays ours), and waits for it.
Run runProcess(const QString& program, const QStringList& arguments, const QString& outputPath)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString& argument : arguments) {
        storage.append(QFile::encodeName(argument));
    }
    std::vector<char*> argv;
    for (QByteArray& item : storage) {
        argv.push_back(item.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray output = QFile::encodeName(outputPath);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[0], std::strerror(spawned));
        return run;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    run.ms = msSince(timer);
    run.peakMiB = double(usage.ru_maxrss) / 1024.0; // Linux gives KiB
    run.ok = waited == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!run.ok) {
        std::fprintf(stderr, "%s failed (status %d)\n", argv[0], status);
    }
    return run;
}

// Writes count messages to path; false when that fails.
bool generate(const QString& path, qint64 count, SmsBackupGenerator::Emoji emoji)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && SmsBackupGenerator(20231114, emoji).write(out, count);
}

// Reads path with AndroidSmsBackupReader in this process; the time in ms, or -1 when not every
// message came.
double timeReader(const QString& path, qint64 count)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return -1;
    }
    qint64 seen = 0;
    QElapsedTimer timer;
    timer.start();
    const auto summary = AndroidSmsBackupReader::read(in, [&](const SmsMessage&) {
        ++seen;
        return true;
    });
    const double ms = msSince(timer);
    if (!summary || seen != count) {
        std::fprintf(stderr, "read %lld of %lld: %s\n", static_cast<long long>(seen),
                     static_cast<long long>(count), qPrintable(summary.message()));
        return -1;
    }
    return ms;
}

// The scan's JSON, checked: an array that found something.
bool scanOutputLooksRight(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    if (!json.isArray() || json.array().isEmpty()) {
        std::fprintf(stderr, "the scan's output is not a JSON array of findings\n");
        return false;
    }
    std::printf("rebind-cli scan --json: %lld services found\n",
                static_cast<long long>(json.array().size()));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 200000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    // The CLI built with this benchmark (CMake puts every program in one bin folder).
    const QString cli =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("rebind-cli"));
    if (!QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "%s not found: build the rebind-cli target\n", qPrintable(cli));
        return 1;
    }
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty()) {
        std::fprintf(stderr, "xmllint not found (Debian: libxml2-utils; packaging/install-deps.sh "
                             "installs it)\n");
        return 1;
    }

    QTemporaryDir dir;
    // Well-formed XML (emoji as UTF-8), so that xmllint reads all of it too; and the app's own
    // style (emoji as surrogate references), which only our reader accepts.
    const QString path = dir.filePath(QStringLiteral("sms-bench.xml"));
    const QString appStyle = dir.filePath(QStringLiteral("sms-bench-app-style.xml"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(path, count, SmsBackupGenerator::Emoji::Utf8) ||
        !generate(appStyle, count, SmsBackupGenerator::Emoji::SurrogateReferences)) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 1;
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    std::printf("generated 2 x %lld messages (%.1f MB, %.1f MB app style) in %.0f ms\n",
                static_cast<long long>(count), megabytes, double(QFileInfo(appStyle).size()) / 1e6,
                msSince(timer));

    const double readerMs = timeReader(path, count);
    const double appStyleMs = timeReader(appStyle, count);
    if (readerMs < 0 || appStyleMs < 0) {
        return 1;
    }
    std::printf("AndroidSmsBackupReader::read alone, in process: %.0f ms (%.0f MB/s); app-style "
                "file: %.0f ms\n",
                readerMs, megabytes / readerMs * 1000.0, appStyleMs);

    const QStringList xmllintArguments{QStringLiteral("--stream"), QStringLiteral("--noout"), path};
    const QStringList scanArguments{QStringLiteral("scan"), path, QStringLiteral("--json")};
    const QString devNull = QStringLiteral("/dev/null");
    const QString scanOutput = dir.filePath(QStringLiteral("scan.json"));
    // Warm-up: the page cache, and a check that the scan does its job.
    if (!runProcess(xmllint, xmllintArguments, devNull).ok ||
        !runProcess(cli, scanArguments, scanOutput).ok || !scanOutputLooksRight(scanOutput)) {
        return 1;
    }
    std::vector<double> xmllintMs;
    std::vector<double> scanMs;
    double scanPeak = 0;
    double xmllintPeak = 0;
    for (int i = 0; i < runs; ++i) {
        const Run lint = runProcess(xmllint, xmllintArguments, devNull);
        const Run scan = runProcess(cli, scanArguments, devNull);
        if (!lint.ok || !scan.ok) {
            return 1;
        }
        xmllintMs.push_back(lint.ms);
        scanMs.push_back(scan.ms);
        xmllintPeak = std::max(xmllintPeak, lint.peakMiB);
        scanPeak = std::max(scanPeak, scan.peakMiB);
    }
    const double lint = median(xmllintMs);
    const double scan = median(scanMs);
    const double ratio = scan / lint;
    std::printf("xmllint --stream --noout FILE:           median %.0f ms of %d runs (min %.0f), "
                "peak %.1f MiB\n",
                lint, runs, *std::min_element(xmllintMs.begin(), xmllintMs.end()), xmllintPeak);
    std::printf("rebind-cli scan FILE --json > /dev/null: median %.0f ms of %d runs (min %.0f), "
                "peak %.1f MiB\n",
                scan, runs, *std::min_element(scanMs.begin(), scanMs.end()), scanPeak);
    std::printf("scan / xmllint = %.2f (target 2.00 or less: %s); scan peak RSS %.1f MiB (target "
                "100 or less: %s)\n",
                ratio, ratio <= 2.0 ? "met" : "MISSED", scanPeak,
                scanPeak <= 100.0 ? "met" : "MISSED");
    return 0;
}
