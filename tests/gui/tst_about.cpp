// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About Rebind → Licences: GPL-3.0-or-later with its statement, the full GPL text, and the
// third-party notices read from the compiled-in resource, which is the repository's
// THIRD-PARTY-NOTICES and names every library the real rebind and rebind-cli binaries link;
// readable at 200 % text. Real widgets over a real vault, offscreen, in English and Chinese.

#include "AboutDialog.h"
#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "ServiceText.h"
#include "Translator.h"
#include "Vault.h"

#include <memory>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple 1962");

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The entry of one library in the notices: from its name at the start of a line to the next
// blank line.
QString noticeOf(const QString& notices, const QString& name)
{
    const QRegularExpression heading(QStringLiteral("^") + QRegularExpression::escape(name) +
                                         QStringLiteral("$"),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(notices);
    if (!match.hasMatch()) {
        return QString();
    }
    const qsizetype end = notices.indexOf(QStringLiteral("\n\n"), match.capturedStart());
    return notices.mid(match.capturedStart(), end < 0 ? -1 : end - match.capturedStart());
}

// The libraries an ELF binary names as NEEDED, as readelf prints them.
QStringList neededLibraries(const QString& binary)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
    if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0) {
        return {};
    }
    QStringList needed;
    const QRegularExpression line(QStringLiteral(R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])"));
    auto matches = line.globalMatch(QString::fromLocal8Bit(readelf.readAllStandardOutput()));
    while (matches.hasNext()) {
        needed << matches.next().captured(1);
    }
    return needed;
}

// The heading in THIRD-PARTY-NOTICES that covers a shared library, by its soname; empty for a
// library the notices do not know.
QString noticeNameFor(const QString& soname)
{
    static const QList<std::pair<QString, QString>> prefixes = {
        {QStringLiteral("libQt6"), QStringLiteral("Qt 6 (Core, Gui, Widgets, PrintSupport, "
                                                  "Network, DBus)")},
        {QStringLiteral("libqt6keychain."), QStringLiteral("QtKeychain")},
        {QStringLiteral("libsqlcipher."), QStringLiteral("SQLCipher")},
        {QStringLiteral("libsodium."), QStringLiteral("libsodium")},
        {QStringLiteral("libphonenumber."), QStringLiteral("libphonenumber")},
        {QStringLiteral("libqrencode."), QStringLiteral("libqrencode")},
        {QStringLiteral("libzxcvbn."), QStringLiteral("zxcvbn-c")},
        {QStringLiteral("libxml2."), QStringLiteral("libxml2")},
        {QStringLiteral("libc."), QStringLiteral("The C and C++ runtime")},
        {QStringLiteral("libm."), QStringLiteral("The C and C++ runtime")},
        {QStringLiteral("libstdc++."), QStringLiteral("The C and C++ runtime")},
        {QStringLiteral("libgcc_s."), QStringLiteral("The C and C++ runtime")},
        {QStringLiteral("ld-linux"), QStringLiteral("The C and C++ runtime")},
    };
    for (const auto& [prefix, name] : prefixes) {
        if (soname.startsWith(prefix)) {
            return name;
        }
    }
    return QString();
}

} // namespace

class TestAbout : public QObject
{
    Q_OBJECT

private:
    QString vaultFile() const { return m_dir->filePath(QStringLiteral("about.rebind")); }

    void setLanguage(const QString& language)
    {
        Translator::install(language);
        ServiceText::setLanguage(language);
    }

    // Help → About Rebind in the unlocked app, with its Licences tab in front (Alt+L, as a
    // person would press it).
    AboutDialog* openLicences(MainWindow* window)
    {
        window->aboutAction()->trigger();
        auto* about = waitForChild<AboutDialog>(window);
        if (about == nullptr) {
            return nullptr;
        }
        (void)QTest::qWaitForWindowExposed(about);
        about->activateWindow();
        QTest::keyClick(about, Qt::Key_L, Qt::AltModifier);
        if (!QTest::qWaitFor([about] { return about->noticesView()->isVisible(); }, 3000)) {
            return nullptr;
        }
        return about;
    }

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        resetStandardLocations();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(Vault::create(vaultFile(), kPassphrase, fastKdf()));
    }

    void cleanup()
    {
        Appearance::setTextScale(1.0);
        setLanguage(QStringLiteral("en"));
    }

    // The compiled-in files are the repository's, byte for byte.
    void resourcesAreTheRepositoryFiles()
    {
        const QString licence = readFile(AboutDialog::licencePath());
        QVERIFY(
            licence.startsWith(QStringLiteral("                    GNU GENERAL PUBLIC LICENSE\n"
                                              "                       Version 3, 29 June 2007")));
        QCOMPARE(licence, readFile(QStringLiteral(REBIND_SOURCE_DIR "/LICENSE")));
        const QString notices = readFile(AboutDialog::noticesPath());
        QVERIFY(!notices.isEmpty());
        QCOMPARE(notices, readFile(QStringLiteral(REBIND_SOURCE_DIR "/THIRD-PARTY-NOTICES")));
    }

    // Every shared library the real binaries name as NEEDED has an entry in the notices, with
    // its use, upstream, licence and copyright; a new dependency fails here until it is listed.
    void noticesCoverEveryLinkedLibrary()
    {
        const QString notices = readFile(AboutDialog::noticesPath());
        for (const QString& binary :
             {QStringLiteral(REBIND_GUI_PATH), QStringLiteral(REBIND_CLI_PATH)}) {
            const QStringList needed = neededLibraries(binary);
            QVERIFY2(needed.size() >= 8, qPrintable(binary));
            for (const QString& soname : needed) {
                const QString name = noticeNameFor(soname);
                QVERIFY2(!name.isEmpty(),
                         qPrintable(soname + QStringLiteral(" is linked but not in the notices")));
                const QString entry = noticeOf(notices, name);
                QVERIFY2(!entry.isEmpty(), qPrintable(name));
                if (name != QStringLiteral("The C and C++ runtime")) {
                    for (const char* field : {"Used for:", "Upstream:", "Licence:", "Copyright:"}) {
                        QVERIFY2(entry.contains(QLatin1String(field)),
                                 qPrintable(name + QLatin1Char(' ') + QLatin1String(field)));
                    }
                }
            }
        }
    }

    void licencesShowGplAndTheLibraries_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void licencesShowGplAndTheLibraries()
    {
        QFETCH(QString, language);
        setLanguage(language);
        auto session = openAppSession(m_nullKeys, vaultFile(), kPassphrase);
        QVERIFY(session != nullptr);
        AboutDialog* about = openLicences(session->controller.mainWindow());
        QVERIFY(about != nullptr);

        const QString shown = about->noticesView()->toPlainText();
        QVERIFY(shown.startsWith(AboutDialog::licenceStatement()));
        QVERIFY(AboutDialog::licenceStatement().contains(QStringLiteral("GPL-3.0-or-later")));
        // All of the file, with only its line breaks reflowed (minus the headings' underlines).
        QString file = readFile(AboutDialog::noticesPath());
        file.remove(QRegularExpression(QStringLiteral(R"(^(=+|-+)$)"),
                                       QRegularExpression::MultilineOption));
        QVERIFY(file.size() > 1000);
        QVERIFY(shown.simplified().contains(file.simplified()));
        for (const char* name :
             {"Qt 6", "QtKeychain", "SQLCipher", "libsodium", "libphonenumber", "libqrencode",
              "zxcvbn", "libxml2", "2fa.directory", "JustDeleteMe"}) {
            QVERIFY2(shown.contains(QLatin1String(name)), name);
        }
        for (const char* spdx : {"LGPL-3.0-only", "BSD-2-Clause", "BSD-3-Clause", "ISC",
                                 "Apache-2.0", "LGPL-2.1-or-later", "MIT"}) {
            QVERIFY2(shown.contains(QLatin1String(spdx)), spdx);
        }

        // The full text, one click away.
        QVERIFY(about->gplButton()->isVisible());
        QTest::mouseClick(about->gplButton(), Qt::LeftButton);
        auto* text = waitForChild<QPlainTextEdit>(about);
        QVERIFY(text != nullptr);
        QCOMPARE(text->toPlainText(), readFile(QStringLiteral(REBIND_SOURCE_DIR "/LICENSE")));
        QVERIFY(text->window() != about);
        text->window()->close();
        QTRY_VERIFY(waitForChild<QPlainTextEdit>(about, 0) == nullptr);
        about->reject();
    }

    void licencesReadableInLargeText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // At 200 % the notices are drawn at twice the base size, wrap instead of scrolling
    // sideways, keep several lines in view, and the dialog with its buttons fits a laptop's screen.
    void licencesReadableInLargeText()
    {
        QFETCH(QString, language);
        setLanguage(language);
        Appearance::setTextScale(2.0);
        auto session = openAppSession(m_nullKeys, vaultFile(), kPassphrase);
        QVERIFY(session != nullptr);
        AboutDialog* about = openLicences(session->controller.mainWindow());
        QVERIFY(about != nullptr);
        QTest::qWait(50);

        QTextBrowser* view = about->noticesView();
        QVERIFY2(view->font().pointSizeF() >= 2 * Appearance::kBasePointSize - 0.5,
                 qPrintable(QString::number(view->font().pointSizeF())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QVERIFY2(view->viewport()->height() >= 4 * view->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(view->viewport()->height())));
        // Nothing needs more than a 1366×768 laptop screen less a panel (offscreen's own screen
        // is smaller than any real one).
        const QSize laptop(1366, 728);
        const QSize least = about->minimumSizeHint();
        QVERIFY2(least.width() <= laptop.width() && least.height() <= laptop.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(least.width()).arg(least.height())));
        about->resize(about->size().boundedTo(laptop));
        QTest::qWait(50);
        for (QPushButton* button : {about->gplButton()}) {
            const QRect inDialog(button->mapTo(about, QPoint(0, 0)), button->size());
            QVERIFY2(about->rect().contains(inDialog), qPrintable(button->text()));
            QVERIFY(button->width() >= button->sizeHint().width());
        }
        // The About tab scrolls when it must; its buttons are whole, side to side.
        about->tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        for (QPushButton* button :
             {about->twoFactorLicenceButton(), about->justDeleteMeLicenceButton()}) {
            QVERIFY(button->isVisible());
            const QRect inDialog(button->mapTo(about, QPoint(0, 0)), button->size());
            QVERIFY2(inDialog.left() >= 0 && inDialog.right() < about->width(),
                     qPrintable(button->text()));
            QVERIFY(button->width() >= button->sizeHint().width());
        }
        about->reject();
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
