// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rebind: the desktop front end. Everything but process set-up lives in the rebind_ui library.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "FileToOpen.h"
#include "SingleInstance.h"
#include "StartupTrace.h"
#include "SystemKeyStore.h"
#include "TerminationSignals.h"
#include "Translator.h"
#include "UiContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace {

// Decrypted data and key material must never reach a core file.
void disableCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0UL, 0UL, 0UL, 0UL);
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    rebind::StartupTrace::begin();
    disableCoreDumps();
    QApplication app(argc, argv);
    rebind::StartupTrace::watchWindows();
    rebind::StartupTrace::mark("application");
    // SIGTERM (logging out, `kill`) ends the event loop, and the destructors run; a signal that
    // comes before the loop starts is handled as soon as it does.
    rebind::TerminationSignals termination;
    QObject::connect(&termination, &rebind::TerminationSignals::received, &app,
                     &QCoreApplication::quit);
    rebind::AppSettings::setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.rebindapp.Rebind"));

    rebind::AppSettings settings;
    rebind::Translator::install(settings.language());
    rebind::StartupTrace::mark("settings, translations");
    // Window managers show it after each window's title.
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Rebind"));
    rebind::Appearance::apply(app);
    rebind::StartupTrace::mark("appearance");

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Keeps a private list of the services tied to your phone numbers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QCoreApplication::translate("main",
                                    "Open the vault file at PATH instead of the usual one."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(vaultOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate(
            "main", "A vault to open (*.rebind, *.vault) or a hand-off file to import."),
        QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        parser.showHelp(1);
    }

    const QString vaultPath = parser.isSet(vaultOption)
                                  ? QDir::current().absoluteFilePath(parser.value(vaultOption))
                                  : settings.vaultPath();
    // Resolved here: a running Rebind has a working folder of its own.
    const QString file = parser.positionalArguments().isEmpty()
                             ? QString()
                             : rebind::FileToOpen::localPath(
                                   parser.positionalArguments().constFirst(), QDir::currentPath());
    // Rebind already runs (for this user): it gets the file, or --vault's, or shows its window.
    rebind::SingleInstance instance;
    const QString toSend = !file.isEmpty()             ? file
                           : parser.isSet(vaultOption) ? vaultPath
                                                       : QString();
    auto answer =
        toSend.isEmpty() ? instance.askRunningToRaise() : instance.askRunningToOpen(toSend);
    if (answer == rebind::SingleInstance::Answer::Refused) {
        // Longer than any path the system allows: not worth sending.
        answer = instance.askRunningToRaise();
    }
    if (answer != rebind::SingleInstance::Answer::NoneRunning) {
        return 0;
    }
    instance.listen();
    rebind::StartupTrace::mark("single instance");

    rebind::SystemKeyStore keyStore;
    rebind::UiContext context(keyStore);
    rebind::AppController controller(context);
    rebind::StartupTrace::mark("controller");
    controller.setVaultPath(vaultPath);
    if (!file.isEmpty()) {
        // A vault replaces vaultPath; a hand-off file waits for the unlock; anything else is
        // reported before the usual start.
        controller.openFile(file);
    }
    QObject::connect(&instance, &rebind::SingleInstance::raiseRequested, &controller,
                     &rebind::AppController::raiseWindow);
    // Queued: the later start gets its answer before any question is asked here.
    QObject::connect(&instance, &rebind::SingleInstance::openRequested, &controller,
                     &rebind::AppController::openFile, Qt::QueuedConnection);
    QObject::connect(&controller, &rebind::AppController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    controller.start();
    rebind::StartupTrace::mark("first window");
    return QApplication::exec();
}
