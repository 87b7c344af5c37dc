// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of the vault's promises: Vault → Restore a backup… (with a backup made by an
// import first), and the passphrase change on a full disk and on a read-only file system (a real
// tmpfs of the test's own, see tests/with-tmpfs.sh): it fails with a clear message and the old
// passphrase still opens the vault.
#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "ChangePassphraseDialog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "PassphraseFields.h"
#include "PeopleModel.h"
#include "PhoneNumber.h"
#include "RestoreBackupDialog.h"
#include "SqliteDatabase.h"
#include "UiContext.h"
#include "Vault.h"
#include "VaultBackups.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <sys/mount.h>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("orchid lantern seventy walrus");
const QString kNewPassphrase = QStringLiteral("granite pepper ocean thirteen");

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

int bindingCount(const QString& path, const QString& passphrase)
{
    Vault::OpenOptions options;
    options.access = Vault::Access::ReadOnly;
    auto vault = Vault::open(path, passphrase, options);
    if (!vault) {
        return -1;
    }
    auto count = (*vault)->database().scalar(QStringLiteral("SELECT count(*) FROM binding"));
    return count ? count->toInt() : -1;
}

} // namespace

class TestVaultGuiSafety : public QObject
{
    Q_OBJECT

private:
    NullKeyStore m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    qint64 m_numberId = 0;

    static Person personNamed(const QString& name)
    {
        Person person;
        person.name = name;
        return person;
    }

    QString vaultFile() const { return m_folder + QStringLiteral("/gui.vault"); }

    bool makeVault(int services)
    {
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        if (!vault) {
            qWarning() << vault.message();
            return false;
        }
        Inventory inventory((*vault)->database());
        Person person;
        person.name = QStringLiteral("Mum");
        auto personId = inventory.addPerson(person);
        NumberRecord number;
        number.personId = *personId;
        number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        auto numberId = inventory.addNumber(number);
        m_numberId = *numberId;
        for (int i = 0; i < services; ++i) {
            Service service;
            service.name = QStringLiteral("Service %1").arg(i);
            Binding binding;
            binding.numberId = *numberId;
            binding.serviceId = inventory.ensureService(service)->id;
            binding.roles = BindingRole::Login;
            if (!inventory.addBinding(binding)) {
                return false;
            }
        }
        return true;
    }

    using Session = AppSession;

    std::unique_ptr<Session> openSession()
    {
        return openAppSession(m_keys, vaultFile(), kPassphrase);
    }

    // Types into the change-passphrase dialog and presses Change; the dialog is returned.
    static ChangePassphraseDialog* tryChange(AppController& controller)
    {
        controller.mainWindow()->changePassphraseAction()->trigger();
        auto* dialog = waitForChild<ChangePassphraseDialog>(controller.mainWindow());
        if (dialog == nullptr) {
            return nullptr;
        }
        QTest::keyClicks(dialog->currentEdit(), kPassphrase);
        QTest::keyClicks(dialog->passphraseFields()->firstEdit(), kNewPassphrase);
        QTest::keyClicks(dialog->passphraseFields()->secondEdit(), kNewPassphrase);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")),
                          Qt::LeftButton);
        return dialog;
    }

    QStringList leftovers() const
    {
        return QDir(m_folder).entryList({QStringLiteral("gui.vault.*.tmp*")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
    }

    void init()
    {
        resetStandardLocations();
        MessageBox::resetLog();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->path();
    }

    void cleanup()
    {
        m_dir.reset();
        resetStandardLocations();
    }

    void restoreABackupFromTheMenu()
    {
        QVERIFY(makeVault(3));
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        MainWindow* window = controller.mainWindow();
        // A backup, as the app makes before an import; then a change to tell the states apart.
        QVERIFY(controller.vault()->backup(VaultBackups::kImport).ok());
        Service extra;
        extra.name = QStringLiteral("Added later");
        Binding binding = controller.inventory()->bindings(m_numberId)->first();
        binding.id = 0;
        binding.serviceId = controller.inventory()->ensureService(extra)->id;
        QVERIFY(controller.inventory()->addBinding(binding).ok());
        window->reload();
        QCOMPARE(controller.inventory()->bindings(m_numberId)->size(), 4);

        QVERIFY(window->restoreBackupAction()->isEnabled());
        window->restoreBackupAction()->trigger();
        auto* dialog = waitForChild<RestoreBackupDialog>(window);
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QVERIFY(dialog->list()->topLevelItem(0)->text(1).contains(QStringLiteral("import")));
        if (qEnvironmentVariableIsSet("REBIND_TEST_OUTPUT")) {
            dialog->grab().save(qEnvironmentVariable("REBIND_TEST_OUTPUT") +
                                QStringLiteral("/restore_dialog.png"));
        }
        // "No" to the confirmation: nothing happens.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(controller.inventory()->bindings(m_numberId)->size(), 4);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("newest backup")),
                 qPrintable(MessageBox::lastText()));
        // The window shows the restored vault, and the connection writes to the new file.
        QCOMPARE(controller.inventory()->bindings(m_numberId)->size(), 3);
        QVERIFY(controller.inventory()->addPerson(personNamed(QStringLiteral("Dad"))).ok());
        const auto backups = controller.vault()->backups().list();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, VaultBackups::kRestore);
        controller.lock();
        QCOMPARE(bindingCount(vaultFile(), kPassphrase), 3);
    }

    void passphraseChangeOnAFullDiskChangesNothing()
    {
        if (!qEnvironmentVariableIsSet("REBIND_TMPFS")) {
            QSKIP("needs the private tmpfs of tests/with-tmpfs.sh");
        }
        m_folder = qEnvironmentVariable("REBIND_TMPFS") + QStringLiteral("/full");
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(makeVault(40));
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        const qint64 vaultSize = QFileInfo(vaultFile()).size();
        // Fill the file system, leaving room for the backup but not for the re-encrypted copy.
        {
            QFile filler(m_folder + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
            QVERIFY(filler.resize(qMax<qint64>(0, filler.size() - vaultSize - 3 * 4096)));
        }
        const QByteArray before = sha256(vaultFile());
        ChangePassphraseDialog* dialog = tryChange(controller);
        QVERIFY(dialog != nullptr);
        QTRY_VERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("disk is full")),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("old passphrase still")));
        QCOMPARE(sha256(vaultFile()), before);
        QCOMPARE(leftovers(), QStringList());
        // Still usable, and still the old passphrase.
        QVERIFY(controller.inventory()->addPerson(personNamed(QStringLiteral("Dad"))).ok());
        dialog->reject();
        controller.lock();
        QFile::remove(m_folder + QStringLiteral("/filler"));
        QCOMPARE(bindingCount(vaultFile(), kPassphrase), 40);
        QCOMPARE(bindingCount(vaultFile(), kNewPassphrase), -1);
    }

    void passphraseChangeOnAReadOnlyFileSystemChangesNothing()
    {
        if (!qEnvironmentVariableIsSet("REBIND_TMPFS")) {
            QSKIP("needs the private tmpfs of tests/with-tmpfs.sh");
        }
        const QString mountPoint = qEnvironmentVariable("REBIND_TMPFS");
        m_folder = mountPoint + QStringLiteral("/readonly");
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(makeVault(3));
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        const QByteArray before = sha256(vaultFile());
        // The folder turns read-only under the open vault (a read-only bind mount over it: what
        // was open stays open, nothing new can be written there, not even by root).
        const QByteArray folder = QFile::encodeName(m_folder);
        QCOMPARE(::mount(folder.constData(), folder.constData(), nullptr, MS_BIND, nullptr), 0);
        QCOMPARE(::mount(nullptr, folder.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY,
                         nullptr),
                 0);
        ChangePassphraseDialog* dialog = tryChange(controller);
        QVERIFY(dialog != nullptr);
        QTRY_VERIFY(dialog->errorLabel()->isVisible());
        const QString error = dialog->errorLabel()->text();
        qInfo("read-only folder: %s", qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no changes")) ||
                     error.contains(QStringLiteral("old passphrase still")),
                 qPrintable(error));
        dialog->reject();
        controller.lock();
        QCOMPARE(::umount(folder.constData()), 0);
        QCOMPARE(sha256(vaultFile()), before);
        QCOMPARE(bindingCount(vaultFile(), kPassphrase), 3);
        QCOMPARE(bindingCount(vaultFile(), kNewPassphrase), -1);
    }
};

QTEST_MAIN(TestVaultGuiSafety)
#include "tst_vault_gui_safety.moc"
