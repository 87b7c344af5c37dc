#include "AppSettings.h"
#include "CliApp.h"
#include "Console.h"
#include "PassphraseReader.h"
#include "ProcessHardening.h"
#include "Translator.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    rebind::cli::ProcessHardening::apply();
    QCoreApplication app(argc, argv);
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
