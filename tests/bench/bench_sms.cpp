// Prints how fast AndroidSmsBackupReader reads a large "SMS Backup & Restore" file, next to
// xmllint --stream on the same file, and the peak memory of the whole run.
//
//   bench_sms [COUNT]      COUNT defaults to 200000 messages (about 70 MB)
//
// Targets: at most twice xmllint's time, at most 100 MB peak (VmHWM).
#include "AndroidSmsBackupReader.h"
#include "SmsBackupGenerator.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rebind;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The process's peak resident set so far, in MiB (-1 where /proc is not there).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // readAll: /proc files say they are empty, so atEnd() would hold from the start.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return double(line.mid(6).trimmed().split(' ').first().toLongLong()) / 1024.0;
        }
    }
    return -1;
}

// Writes count messages to path; false when that fails.
bool generate(const QString& path, qint64 count, SmsBackupGenerator::Emoji emoji)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && SmsBackupGenerator(20231114, emoji).write(out, count);
}

// Reads path with AndroidSmsBackupReader; the time in ms, or -1 when not every message came.
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 200000;
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
    std::printf("generated 2 x %lld messages (%.1f MB, %.1f MB app style): %.0f ms, peak so far "
                "%.1f MiB\n",
                static_cast<long long>(count), megabytes, double(QFileInfo(appStyle).size()) / 1e6,
                msSince(timer), peakMiB());

    const double readerMs = timeReader(path, count);
    const double appStyleMs = timeReader(appStyle, count);
    if (readerMs < 0 || appStyleMs < 0) {
        return 1;
    }
    std::printf("AndroidSmsBackupReader::read: %.0f ms (%.0f MB/s); app-style file: %.0f ms\n",
                readerMs, megabytes / readerMs * 1000.0, appStyleMs);
    std::printf("peak RSS (VmHWM) of the whole run: %.1f MiB (target 100 or less)\n", peakMiB());

    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty()) {
        std::printf("xmllint not found (Debian: libxml2-utils); no comparison\n");
        return 0;
    }
    QProcess process;
    timer.restart();
    process.start(xmllint, {QStringLiteral("--stream"), QStringLiteral("--noout"), path});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "xmllint failed: %s\n", process.readAllStandardError().constData());
        return 1;
    }
    const double xmllintMs = msSince(timer);
    std::printf("xmllint --stream --noout, same file: %.0f ms; reader / xmllint = %.2f (target "
                "2.00 or less)\n",
                xmllintMs, readerMs / xmllintMs);
    return 0;
}
