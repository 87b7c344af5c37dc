// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export… from the main window: the dialog's choices, saving through the file-dialog seam,
// the privacy note, and printing from the same renderer (to a PDF printer, read back).

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "ExportDialog.h"
#include "FileDialogs.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "PassphraseFields.h"
#include "PeopleModel.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("export dialog passphrase 1962");

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    NullKeyStore m_keys;
    qint64 m_numberId = 0;
    qint64 m_personId = 0;

    QString vaultFile() const { return m_dir->filePath(QStringLiteral("export.vault")); }

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        ServiceText::setLanguage(QStringLiteral("en"));
        Translator::install(QStringLiteral("en"));
    }

    void init()
    {
        resetStandardLocations();
        MessageBox::resetLog();
        FileDialogs::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        QVERIFY(vault.ok());
        Inventory inventory((*vault)->database());
        Person person;
        person.name = QStringLiteral("Li Xiuying");
        m_personId = *inventory.addPerson(person);
        NumberRecord number;
        number.personId = m_personId;
        number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        number.cancelDate = QDate::currentDate().addDays(30);
        m_numberId = *inventory.addNumber(number);
        NumberRecord second = number;
        second.number = *PhoneNumber::parse(QStringLiteral("13700137000"));
        QVERIFY(inventory.addNumber(second).ok());
        Service wechat;
        wechat.catalogId = QStringLiteral("wechat");
        wechat.name = QStringLiteral("WeChat");
        Binding binding;
        binding.numberId = m_numberId;
        binding.serviceId = inventory.ensureService(wechat)->id;
        binding.account = QStringLiteral("lixy_1962");
        QVERIFY(inventory.addBinding(binding).ok());
    }

    void cleanup() { m_dir.reset(); }

    void saveLargePrintPdfAndPrint()
    {
        UiContext context(m_keys, fastKdf);
        AppController controller(context);
        controller.setVaultPath(vaultFile());
        controller.start();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        MainWindow* window = controller.mainWindow();
        window->selectNumber(m_numberId);
        QVERIFY(window->exportAction()->isEnabled());

        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        ExportDialog* dialog = waitForChild<ExportDialog>(window);
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->scopeButton(ExportScope::Kind::Number)->isChecked());
        QVERIFY(dialog->privacyLabel()->text().contains(QStringLiteral("not encrypted")));
        dialog->formatBox()->setCurrentIndex(1); // large print
        QVERIFY(dialog->previewButton()->isEnabled());

        // Cancelled in the file chooser: nothing is written.
        FileDialogs::setNextFileName(QString());
        QVERIFY(dialog->save().isEmpty());

        const QString path = m_dir->filePath(QStringLiteral("mum"));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const QString written = path + QStringLiteral(".pdf"); // the suffix is added
        QVERIFY(QFile::exists(written));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not encrypted")));
        const QString text = pdfText(written);
        QVERIFY2(text.contains(QStringLiteral("139 **** 5678")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("WeChat")));
        QVERIFY(!text.contains(QStringLiteral("137")));
        QVERIFY(!text.contains(QStringLiteral("lixy_1962")));

        // Everyone, with numbers and accounts: both numbers, the account.
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        dialog = waitForChild<ExportDialog>(window);
        QVERIFY(dialog != nullptr);
        dialog->scopeButton(ExportScope::Kind::All)->setChecked(true);
        dialog->showNumbersBox()->setChecked(true);
        dialog->accountsBox()->setChecked(true);

        // The print preview paints through the same renderer: print to a PDF file.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir->filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        const auto pages = dialog->printTo(printer);
        QVERIFY(pages.ok());
        QVERIFY(*pages >= 2); // one sheet per number
        const QString printedText = pdfText(printed);
        QVERIFY(printedText.contains(QStringLiteral("139 1234 5678")));
        QVERIFY(printedText.contains(QStringLiteral("137 0013 7000")));
        QVERIFY(printedText.contains(QStringLiteral("lixy_1962")));

        // Calendar: no paper, no preview.
        dialog->formatBox()->setCurrentIndex(3);
        QVERIFY(!dialog->previewButton()->isEnabled());
        QVERIFY(!dialog->paperBox()->isEnabled());
        FileDialogs::setNextFileName(m_dir->filePath(QStringLiteral("reminders.ics")));
        QVERIFY(dialog->save().endsWith(QStringLiteral("reminders.ics")));
        dialog->reject();
    }

    void handoffFromOneVaultIntoAnother()
    {
        const QString handoff = m_dir->filePath(QStringLiteral("mum.rebindhandoff"));
        {
            UiContext context(m_keys, fastKdf);
            AppController controller(context);
            controller.setVaultPath(vaultFile());
            controller.start();
            QVERIFY(unlockWithPassphrase(controller, kPassphrase));
            MainWindow* window = controller.mainWindow();
            window->selectPerson(m_personId);
            ExportDialog* dialog = window->exportData();
            QVERIFY(dialog != nullptr);
            QVERIFY(dialog->scopeButton(ExportScope::Kind::Person)->isChecked());
            dialog->selectFormat(ExportFormat::Handoff);
            QVERIFY(dialog->handoffPassphrase()->isVisible());
            // No passphrase yet: nothing is written, the fields say why.
            FileDialogs::setNextFileName(handoff);
            QVERIFY(dialog->save().isEmpty());
            QVERIFY(FileDialogs::hasPendingAnswer()); // the file chooser was not even asked
            FileDialogs::reset();
            const QString secret = QStringLiteral("hand-off to my sister 1962 tulip");
            dialog->handoffPassphrase()->firstEdit()->setText(secret);
            dialog->handoffPassphrase()->secondEdit()->setText(secret);
            FileDialogs::setNextFileName(handoff);
            QCOMPARE(dialog->save(), handoff);
            QVERIFY(MessageBox::lastText().contains(QStringLiteral("encrypted")));
            dialog->reject();
        }
        QVERIFY(QFile::exists(handoff));

        // Another vault (another computer): Import… merges it after the passphrase.
        const QString otherVault = m_dir->filePath(QStringLiteral("sister.vault"));
        QVERIFY(Vault::create(otherVault, kPassphrase, fastKdf()).ok());
        UiContext context(m_keys, fastKdf);
        AppController controller(context);
        controller.setVaultPath(otherVault);
        controller.start();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        MainWindow* window = controller.mainWindow();
        QVERIFY(window->importAction()->isEnabled());

        // A wrong passphrase: a clear error, nothing imported.
        MainWindow::setPassphrasePrompt([](QWidget*) { return QStringLiteral("wrong"); });
        FileDialogs::setNextFileName(handoff);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window->importData();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(controller.inventory()->people()->size(), 0);

        MainWindow::setPassphrasePrompt(
            [](QWidget*) { return QStringLiteral("hand-off to my sister 1962 tulip"); });
        FileDialogs::setNextFileName(handoff);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window->importData();
        MainWindow::setPassphrasePrompt({});
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Added 1 person")),
                 qPrintable(MessageBox::lastText()));
        const auto people = controller.inventory()->people();
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().name, QStringLiteral("Li Xiuying"));
        QCOMPARE(controller.inventory()->numbers()->size(), 2);
        QCOMPARE(window->peopleModel()->rowCount(), 1); // the window shows it at once
    }

    // The paper follows the locale (LC_PAPER here; ctest sets LC_ALL=C.UTF-8); on a checklist
    // the number box is about the old number, "hide the new one too" masks both, and large
    // print leaves out the other language unless asked.
    void paperAndNumberChoices()
    {
        const QByteArray all = qgetenv("LC_ALL");
        qunsetenv("LC_ALL");
        qputenv("LC_PAPER", "en_US.UTF-8");
        const auto us = std::make_unique<ExportDialog>(nullptr, 1, 1, QStringLiteral("139"),
                                                       QStringLiteral("Mum"));
        qputenv("LC_PAPER", "en_GB.UTF-8");
        const auto gb = std::make_unique<ExportDialog>(nullptr, 1, 1, QStringLiteral("139"),
                                                       QStringLiteral("Mum"));
        qunsetenv("LC_PAPER");
        qputenv("LC_ALL", all);
        QCOMPARE(us->request(QString()).options.paper, QPageSize::Letter);
        QCOMPARE(gb->request(QString()).options.paper, QPageSize::A4);

        ExportDialog& dialog = *gb;
        dialog.selectFormat(ExportFormat::Pdf);
        QVERIFY(dialog.showNumbersBox()->text().contains(QStringLiteral("old")));
        QVERIFY(dialog.bothLanguagesBox()->isChecked());
        ChecklistOptions o = dialog.request(QString()).options;
        QVERIFY(!o.showsOldNumber() && o.showsNewNumber() && o.showsOtherLanguage());
        dialog.selectFormat(ExportFormat::Pdf, true);
        QVERIFY(!dialog.bothLanguagesBox()->isChecked());
        QVERIFY(!dialog.request(QString()).options.showsOtherLanguage());
        dialog.showNumbersBox()->setChecked(true);
        QVERIFY(dialog.request(QString()).options.showsOldNumber());
        dialog.maskNewBox()->setChecked(true);
        QVERIFY(!dialog.showNumbersBox()->isEnabled());
        o = dialog.request(QString()).options;
        QVERIFY(!o.showsOldNumber() && !o.showsNewNumber());
        if (const QString dir = qEnvironmentVariable("REBIND_TEST_OUTPUT"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog.png"))));
        }
        // The calendar: one box for both numbers; the checklist's boxes are off.
        dialog.selectFormat(ExportFormat::Ics);
        QVERIFY(dialog.showNumbersBox()->isEnabled());
        QVERIFY(!dialog.maskNewBox()->isEnabled());
        QVERIFY(!dialog.bothLanguagesBox()->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
