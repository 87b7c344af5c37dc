// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Find services in my messages…": scanning a real SMS backup and a password export off the UI
// thread, the results (grouped, already-listed marks, masked excerpts), adding the ticked ones
// with inferred roles, and stopping a long scan.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "DiscoveryDialog.h"
#include "FileDialogs.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "IosBackupGenerator.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "ServiceText.h"
#include "SmsBackupGenerator.h"
#include "Translator.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("discovery dialog passphrase 1962");

QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& start)
{
    for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
        if ((*it)->text(0).startsWith(start)) {
            return *it;
        }
    }
    return nullptr;
}

} // namespace

class TestDiscoveryDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    NullKeyStore m_keys;
    qint64 m_numberId = 0;

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
        FileDialogs::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto vault =
            Vault::create(m_dir->filePath(QStringLiteral("d.vault")), kPassphrase, fastKdf());
        QVERIFY(vault.ok());
        Inventory inventory((*vault)->database());
        Person person;
        person.name = QStringLiteral("Zhang Wei");
        NumberRecord number;
        number.personId = *inventory.addPerson(person);
        number.number = *PhoneNumber::parse(QStringLiteral("13800138000"));
        m_numberId = *inventory.addNumber(number);
        Service alipay;
        alipay.catalogId = QStringLiteral("alipay");
        alipay.name = QStringLiteral("Alipay");
        Binding listed;
        listed.numberId = m_numberId;
        listed.serviceId = inventory.ensureService(alipay)->id;
        QVERIFY(inventory.addBinding(listed).ok());
    }

    void cleanup() { m_dir.reset(); }

    void scanAddAndStop()
    {
        UiContext context(m_keys, fastKdf);
        AppController controller(context);
        controller.setVaultPath(m_dir->filePath(QStringLiteral("d.vault")));
        controller.start();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        MainWindow* window = controller.mainWindow();
        window->selectNumber(m_numberId);
        QVERIFY(window->discoverAction()->isEnabled());
        DiscoveryDialog* dialog = window->discoverServices();
        QVERIFY(dialog != nullptr);

        // The SMS backup, chosen through the file chooser, read off the UI thread.
        FileDialogs::setNextFileName(
            QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-backup.xml"));
        QTest::mouseClick(dialog->chooseButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isScanning());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("service")),
                 qPrintable(dialog->statusLabel()->text()));
        QTreeWidget* results = dialog->results();
        QTreeWidgetItem* bank = itemNamed(results, QStringLiteral("China Merchants Bank"));
        QVERIFY(bank != nullptr);
        QCOMPARE(bank->checkState(0), Qt::Checked);
        QVERIFY(itemNamed(results, QStringLiteral("Alipay (already listed)")) != nullptr);
        // Excerpts never show a digit (codes, amounts, card endings).
        for (QTreeWidgetItemIterator it(results); *it != nullptr; ++it) {
            QVERIFY2(!(*it)->text(3).contains(QRegularExpression(QStringLiteral("\\d"))),
                     qPrintable((*it)->text(3)));
        }
        // People are not services.
        for (QTreeWidgetItemIterator it(results); *it != nullptr; ++it) {
            QVERIFY(!(*it)->text(1).contains(QStringLiteral("13700137000")));
        }

        const int before = static_cast<int>(controller.inventory()->bindings(m_numberId)->size());
        QVERIFY(dialog->addButton()->isEnabled());
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        const QList<Binding> after = *controller.inventory()->bindings(m_numberId);
        QVERIFY(after.size() > before);
        bool bankAdded = false;
        for (const Binding& binding : after) {
            const Service service = *controller.inventory()->service(binding.serviceId);
            if (service.catalogId == QLatin1String("cmb")) {
                bankAdded = true;
                QVERIFY(binding.roles.testFlag(BindingRole::BankReserved));
                QVERIFY(binding.notes.startsWith(QStringLiteral("Found by scanning")));
                QVERIFY(!binding.notes.contains(QStringLiteral("尾号"))); // no message text
            }
        }
        QVERIFY(bankAdded);
        QVERIFY(itemNamed(results, QStringLiteral("China Merchants Bank (CMB) (already listed)")) !=
                nullptr);

        // A password export: the number is the login at Taobao.
        dialog->scan(QStringLiteral(REBIND_TEST_FIXTURES "/passwords/chrome.csv"));
        QTRY_VERIFY(!dialog->isScanning());
        QTreeWidgetItem* taobao = itemNamed(results, QStringLiteral("Taobao"));
        QVERIFY2(taobao != nullptr, qPrintable(dialog->statusLabel()->text()));
        QVERIFY(taobao->text(1).contains(QStringLiteral("your number is the login")));

        // A long backup: Stop ends the reading early, with what was found so far.
        const QString big = m_dir->filePath(QStringLiteral("big.xml"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(SmsBackupGenerator().write(file, 60000));
        }
        dialog->scan(big);
        QVERIFY(dialog->isScanning());
        QVERIFY(dialog->cancelButton()->isVisible());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isScanning());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Stopped")),
                 qPrintable(dialog->statusLabel()->text()));
        dialog->reject();
    }

    void scanIphoneBackupFolder()
    {
        // A backup folder as Finder, iTunes or 爱思助手 leave it, chosen through the folder
        // chooser; JD, Google and Taobao wrote their messages only into attributedBody.
        const QString backup =
            m_dir->filePath(QStringLiteral("MobileSync/Backup/00008110-001A2B3C4D5E801E"));
        QVERIFY(QDir().mkpath(backup));
        QVERIFY(IosBackupGenerator::write(backup));
        const QString encrypted = m_dir->filePath(QStringLiteral("encrypted"));
        QVERIFY(QDir().mkpath(encrypted));
        IosBackupGenerator::Options options;
        options.encrypted = true;
        QVERIFY(IosBackupGenerator::write(encrypted, options));

        UiContext context(m_keys, fastKdf);
        AppController controller(context);
        controller.setVaultPath(m_dir->filePath(QStringLiteral("d.vault")));
        controller.start();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        MainWindow* window = controller.mainWindow();
        window->selectNumber(m_numberId);
        DiscoveryDialog* dialog = window->discoverServices();
        QVERIFY(dialog != nullptr);

        // The help names the backup folder and where Finder and iTunes keep it.
        const auto* help = dialog->findChild<QLabel*>(QStringLiteral("discoveryIphoneHelp"));
        QVERIFY(help != nullptr && help->isVisible());
        for (const char* part :
             {"iPhone", "Encrypt local backup", "~/Library/Application Support/MobileSync/Backup",
              "%APPDATA%\\Apple Computer\\MobileSync\\Backup", "爱思助手"}) {
            QVERIFY2(help->text().contains(QString::fromUtf8(part)), part);
        }

        QPushButton* chooseFolder = dialog->chooseFolderButton();
        QVERIFY(chooseFolder->isVisible() && chooseFolder->isEnabled());
        FileDialogs::setNextFileName(backup);
        QTest::mouseClick(chooseFolder, Qt::LeftButton);
        QVERIFY(!FileDialogs::hasPendingAnswer());
        QTRY_VERIFY(!dialog->isScanning());
        QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("11 messages read.")),
                 qPrintable(dialog->statusLabel()->text()));
        QTreeWidget* results = dialog->results();
        for (const QString& name :
             {QStringLiteral("China Merchants Bank"), QStringLiteral("JD.com"),
              QStringLiteral("Google Account"), QStringLiteral("Taobao"),
              QStringLiteral("Alipay (already listed)")}) {
            QVERIFY2(itemNamed(results, name) != nullptr, qPrintable(name));
        }
        for (QTreeWidgetItemIterator it(results); *it != nullptr; ++it) {
            QVERIFY(!(*it)->text(1).contains(QStringLiteral("13912345678")));
            QVERIFY(!(*it)->text(1).contains(QStringLiteral("friend@icloud.com")));
        }
        QVERIFY(dialog->addButton()->isEnabled());

        // An encrypted backup: said so, with what to do, and nothing listed.
        FileDialogs::setNextFileName(encrypted);
        QTest::mouseClick(chooseFolder, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isScanning());
        const QString status = dialog->statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("encrypted")) &&
                     status.contains(QStringLiteral("“Encrypt local backup”")),
                 qPrintable(status));
        QCOMPARE(results->topLevelItemCount(), 0);
        QVERIFY(chooseFolder->isEnabled());
        dialog->reject();
    }
};

QTEST_MAIN(TestDiscoveryDialog)
#include "tst_discovery_dialog.moc"
