// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "CliApp.h"
#include "Console.h"
#include "PassphraseReader.h"
#include "ProcessHardening.h"
#include "Translator.h"

#include <cstdio>
#include <cstring>
#include <memory>
#include <QGuiApplication>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Whether the command paints (export: PDF, PNG), which needs a QGuiApplication. Only then is
// one made: it costs start-up time and talks to the platform, which the other commands do not
// need. The command is the first argument that is neither an option nor --vault's value.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--vault") == 0) {
            ++i;
        } else if (argv[i][0] != '-') {
            return std::strcmp(argv[i], "export") == 0;
        }
    }
    return false;
}

// stderr carries this tool's own messages (errors as values, "rebind-cli: …"). Qt's internal
// chatter (for example "XDG_RUNTIME_DIR not set" on servers) would only confuse people and
// scripts that read it; it is shown when REBIND_CLI_DEBUG is set.
void quietQt(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg ||
        qEnvironmentVariableIsSet("REBIND_CLI_DEBUG")) {
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')),
                   stderr);
    }
}

// A command runs once and exits, so memory it frees need not go back to the system before it
// ends. glibc hands large blocks out as their own mappings and gives freed memory back at once;
// the PDF writer grows and drops such buffers all the time, and the fresh pages (each one
// faulted in and zeroed) cost a sixth of a 1,000-item export (1.75 s against 1.41 s). Peak
// memory stays the same: the blocks are reused instead of mapped again.
void keepFreedMemory()
{
#if defined(__GLIBC__)
    constexpr int kBytes = 256 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, kBytes);
    mallopt(M_TRIM_THRESHOLD, kBytes);
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    keepFreedMemory();
    rebind::cli::ProcessHardening::apply();
    qInstallMessageHandler(quietQt);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // A command-line tool never shows a window and must work without a display (over SSH,
        // from cron), hence the offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    rebind::AppSettings::setApplicationIdentity();
    // Follows the system's UI languages (LANGUAGE, LC_MESSAGES, LANG); also picks the
    // language of the catalog's names and steps.
    const QString language = rebind::Translator::install(QString());

    rebind::cli::Console console;
    rebind::cli::PassphraseReader passphrases(console);
    rebind::cli::CliApp cli(console, passphrases, language);
    const int code = cli.run(QCoreApplication::arguments());
    console.flush();
    return code;
}
