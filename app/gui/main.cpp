// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rebind: the desktop front end. Everything but process set-up lives in the rebind_ui library.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "SingleInstance.h"
#include "SystemKeyStore.h"
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
    disableCoreDumps();
    QApplication app(argc, argv);
    rebind::AppSettings::setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("rebind"));

    rebind::AppSettings settings;
    rebind::Translator::install(settings.language());
    // Window managers show it after each window's title.
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Rebind"));
    rebind::Appearance::apply(app);

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
    parser.process(app);

    const QString vaultPath = parser.isSet(vaultOption)
                                  ? QDir::current().absoluteFilePath(parser.value(vaultOption))
                                  : settings.vaultPath();
    // A second start on the same vault shows the first one's window instead.
    rebind::SingleInstance instance(vaultPath);
    if (instance.askRunningToRaise() != rebind::SingleInstance::Answer::NoneRunning) {
        return 0;
    }
    instance.listen();

    rebind::SystemKeyStore keyStore;
    rebind::UiContext context(keyStore);
    rebind::AppController controller(context);
    controller.setVaultPath(vaultPath);
    QObject::connect(&instance, &rebind::SingleInstance::raiseRequested, &controller,
                     &rebind::AppController::raiseWindow);
    QObject::connect(&controller, &rebind::AppController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
