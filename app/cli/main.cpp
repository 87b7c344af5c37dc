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
    rebind::Translator::install(QString());

    rebind::cli::Console console;
    rebind::cli::PassphraseReader passphrases(console);
    rebind::cli::CliApp cli(console, passphrases);
    const int code = cli.run(QCoreApplication::arguments());
    console.flush();
    return code;
}
