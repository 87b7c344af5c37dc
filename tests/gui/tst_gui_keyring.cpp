// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Remember on this computer" against the real Secret Service: tests/with-keyring.sh runs this
// inside a private D-Bus session with an unlocked gnome-keyring.

#include "AppController.h"
#include "AppSettings.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PassphraseFields.h"
#include "PeopleModel.h"
#include "RememberOption.h"
#include "SystemKeyStore.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace rebind;
using namespace rebind::test;

namespace {
const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");
}

class TestGuiKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rememberLockUnlockWithoutPassphrase();
};

void TestGuiKeyring::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    MessageBox::setUnattended(true);
    resetStandardLocations();
}

void TestGuiKeyring::cleanup()
{
    resetStandardLocations();
}

void TestGuiKeyring::rememberLockUnlockWithoutPassphrase()
{
    SystemKeyStore keys(QStringLiteral("RebindGuiTest"));
    // Every keychain call goes through the context, the first one being its probe, as in the
    // application: QtKeychain queues all jobs of a process through an object on the first job's
    // thread, so a probe on a thread that then ended left every later call (the remembered-key
    // unlock below, Forget) waiting for ever, and calls from two threads crash it.
    UiContext context(keys, fastKdf);
    QString vaultId;
    {
        AppController controller(context);
        controller.start();
        FirstRunDialog* first = controller.firstRunDialog();
        QVERIFY(first != nullptr);
        // The keychain is asked on a worker thread; the dialog is up before it answers.
        QTRY_VERIFY(first->rememberOption()->checkBox()->isEnabled());
        QTest::keyClicks(first->passphraseFields()->firstEdit(), kPassphrase);
        QTest::keyClicks(first->passphraseFields()->secondEdit(), kPassphrase);
        clickCheckBox(first->rememberOption()->checkBox());
        QVERIFY(first->rememberRequested());
        QTest::mouseClick(first->createButton(), Qt::LeftButton);
        QVERIFY(controller.isUnlocked());
        QVERIFY2(controller.isKeyRemembered(), qPrintable(MessageBox::lastText()));
        vaultId = controller.vault()->vaultId();
        auto stored = context.loadKey(vaultId);
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        QVERIFY(stored->equals(controller.vault()->key()));

        // Lock, then unlock with the key from gnome-keyring: no passphrase typed.
        QTest::keyClick(controller.mainWindow(), Qt::Key_L, Qt::ControlModifier);
        if (controller.isUnlocked()) {
            controller.lock(); // the window was not active: the shortcut is not what is tested
        }
        QVERIFY(!controller.isUnlocked());
        UnlockDialog* unlock = controller.unlockDialog();
        QVERIFY(unlock != nullptr);
        QVERIFY(unlock->rememberedKeyButton()->isVisible());
        QVERIFY(unlock->passphraseEdit()->text().isEmpty());
        QTest::mouseClick(unlock->rememberedKeyButton(), Qt::LeftButton);
        QVERIFY2(controller.isUnlocked(), qPrintable(unlock->errorLabel()->text()));
        QVERIFY(unlock->usedRememberedKey());
    }
    // A new start opens with the remembered key as soon as the keychain answers.
    {
        AppController controller(context);
        controller.start();
        QTRY_VERIFY(controller.isUnlocked());
        QVERIFY(controller.unlockDialog() == nullptr);

        // Forget removes the keychain entry.
        controller.mainWindow()->forgetKeyAction()->trigger();
        QCOMPARE(context.loadKey(vaultId).code(), ErrorCode::NotFound);
    }
    {
        AppController controller(context);
        controller.start();
        QTRY_VERIFY(!context.isCheckingKeychain());
        QVERIFY(!controller.isUnlocked());
        QVERIFY(controller.unlockDialog() != nullptr);
        QVERIFY(!controller.unlockDialog()->rememberedKeyButton()->isVisible());
    }
}

QTEST_MAIN(TestGuiKeyring)
#include "tst_gui_keyring.moc"
