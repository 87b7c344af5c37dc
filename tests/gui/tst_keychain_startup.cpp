// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A keychain that does not answer: a Secret Service that owns org.freedesktop.secrets and never
// replies (silent_secret_service, a real process on the private session bus that
// dbus-run-session gives this test; CTest runs it so).
// The first window is up while the keychain is still being asked, "Remember" is turned off with
// the reason when it does not answer in time, a remembered key that cannot be read falls back
// to the passphrase, and nothing on screen quotes D-Bus.

#include "AppController.h"
#include "AppSettings.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "KeychainError.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PassphraseFields.h"
#include "RememberOption.h"
#include "SystemKeyStore.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");
// Short, so that the test does not wait long; far below D-Bus' 25 s.
constexpr int kTimeoutMs = 1500;

// The keychain's own words that must never reach the screen.
QStringList rawWords(const QStringList& texts)
{
    QStringList found;
    for (const QString& text : texts) {
        if (text.contains(QLatin1String("/org/freedesktop")) ||
            text.contains(QLatin1String("org.freedesktop.")) ||
            text.contains(QLatin1String("GDBus")) || text.contains(QLatin1String("D-Bus"))) {
            found << text;
        }
    }
    return found;
}

// The real Secret Service client, except that its probe answers at once, like a service that
// answers the first question and then hangs: reading a remembered key is what waits.
class ProbeAnswersStore : public KeyStore
{
public:
    SystemKeyStore real{QStringLiteral("RebindStartupTest")};
    Result<void> probe() override { return {}; }
    Result<void> store(const QString& id, const SecureBytes& key) override
    {
        return real.store(id, key);
    }
    Result<SecureBytes> load(const QString& id) override { return real.load(id); }
    Result<void> remove(const QString& id) override { return real.remove(id); }
};

// A probe that answers when the test says so (after the timeout), and then says yes.
class LateStore : public MemoryKeyStore
{
public:
    QSemaphore answer;
    Result<void> probe() override
    {
        answer.acquire();
        return MemoryKeyStore::probe();
    }
};

} // namespace

class TestKeychainStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunIsShownWhileTheKeychainIsAsked();
    void unlockIsShownWhileTheKeychainIsAsked();
    void rememberedKeyThatCannotBeReadAsksForThePassphrase();
    void lateAnswerTurnsRememberOn();
    void failureIsSaidInWords();

private:
    QString vaultFile() const { return m_dir->filePath(QStringLiteral("startup.vault")); }
    void startSilentService();

    QProcess m_silent;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeychainStartup::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    MessageBox::setUnattended(true);
    resetStandardLocations();

    // A bus of its own (the bus must outlive this process: GLib ends a program whose session
    // bus goes away), so that nothing of the machine's keyring is touched.
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run it inside dbus-run-session");
    m_silent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

void TestKeychainStartup::startSilentService()
{
    m_silent.start(QStringLiteral(REBIND_SILENT_SECRET_SERVICE_PATH), QStringList());
    QVERIFY(m_silent.waitForStarted());
    QTRY_VERIFY(m_silent.canReadLine());
    QCOMPARE(m_silent.readLine().trimmed(), QByteArray("ready"));
}

void TestKeychainStartup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    startSilentService();
}

void TestKeychainStartup::cleanup()
{
    // Calls still waiting for it fail at once when it goes, which frees the keychain thread.
    m_silent.kill();
    m_silent.waitForFinished();
    resetStandardLocations();
}

void TestKeychainStartup::firstRunIsShownWhileTheKeychainIsAsked()
{
    SystemKeyStore keys(QStringLiteral("RebindStartupTest"));
    UiContext context(keys, fastKdf);
    context.setKeychainTimeout(kTimeoutMs);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();

    FirstRunDialog* first = controller.firstRunDialog();
    QVERIFY(first != nullptr);
    QVERIFY(first->isVisible());
    QVERIFY(context.isCheckingKeychain());
    RememberOption* remember = first->rememberOption();
    QVERIFY(!remember->checkBox()->isEnabled());
    QVERIFY(remember->explanation()->text().contains(QStringLiteral("Checking")));

    // The probe gives up long before D-Bus does; the box says why it is off.
    QTRY_VERIFY_WITH_TIMEOUT(!context.isCheckingKeychain(), 3 * kTimeoutMs);
    QVERIFY(!context.keychainAvailable());
    QVERIFY(!remember->checkBox()->isEnabled());
    QVERIFY(remember->explanation()->isVisible());
    QCOMPARE(
        remember->explanation()->text(),
        KeychainError::make(KeychainError::Problem::NotAnswering, KeychainError::Operation::Probe)
            .message);
    QVERIFY(remember->explanation()->text().contains(QStringLiteral("did not answer")));
    QVERIFY2(rawWords(visibleTexts(first)).isEmpty(),
             qPrintable(rawWords(visibleTexts(first)).join(u'\n')));

    // Creating the vault works as usual, and nothing is remembered.
    QTest::keyClicks(first->passphraseFields()->firstEdit(), kPassphrase);
    QTest::keyClicks(first->passphraseFields()->secondEdit(), kPassphrase);
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QVERIFY(controller.isUnlocked());
    QVERIFY(!controller.isKeyRemembered());
}

void TestKeychainStartup::unlockIsShownWhileTheKeychainIsAsked()
{
    QVERIFY(Vault::create(vaultFile(), kPassphrase, fastKdf()).ok());
    SystemKeyStore keys(QStringLiteral("RebindStartupTest"));
    UiContext context(keys, fastKdf);
    context.setKeychainTimeout(kTimeoutMs);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();

    UnlockDialog* unlock = controller.unlockDialog();
    QVERIFY(unlock != nullptr);
    QVERIFY(unlock->isVisible());
    QVERIFY(context.isCheckingKeychain());
    QVERIFY(unlock->passphraseEdit()->isEnabled());
    QVERIFY(!unlock->rememberOption()->checkBox()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!context.isCheckingKeychain(), 3 * kTimeoutMs);
    QVERIFY(!unlock->rememberOption()->checkBox()->isEnabled());
    QVERIFY(
        unlock->rememberOption()->explanation()->text().contains(QStringLiteral("did not answer")));
    QVERIFY(!unlock->rememberedKeyButton()->isVisible());
    QVERIFY2(rawWords(visibleTexts(unlock)).isEmpty(),
             qPrintable(rawWords(visibleTexts(unlock)).join(u'\n')));
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
}

void TestKeychainStartup::rememberedKeyThatCannotBeReadAsksForThePassphrase()
{
    QVERIFY(Vault::create(vaultFile(), kPassphrase, fastKdf()).ok());
    ProbeAnswersStore keys;
    UiContext context(keys, fastKdf);
    context.setKeychainTimeout(kTimeoutMs);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QPointer<UnlockDialog> unlock = controller.unlockDialog();
    QVERIFY(unlock != nullptr);
    QVERIFY(unlock->isVisible());

    // The probe says yes, the read of the remembered key hangs: after the timeout the dialog
    // says so in words, and the passphrase is the way in.
    QTRY_VERIFY_WITH_TIMEOUT(unlock->noticeLabel()->isVisible(), 3 * kTimeoutMs);
    QCOMPARE(
        unlock->noticeLabel()->text(),
        KeychainError::make(KeychainError::Problem::NotAnswering, KeychainError::Operation::Load)
            .message);
    QVERIFY(unlock->noticeLabel()->text().contains(QStringLiteral("type your passphrase")));
    QVERIFY(!unlock->isBusy());
    QVERIFY(!controller.isUnlocked());
    QVERIFY(!unlock->rememberedKeyButton()->isVisible());
    // A keychain that did not answer is not offered for remembering either.
    QVERIFY(!context.keychainAvailable());
    QVERIFY(!unlock->rememberOption()->checkBox()->isEnabled());
    QVERIFY(
        unlock->rememberOption()->explanation()->text().contains(QStringLiteral("did not answer")));
    QVERIFY2(rawWords(visibleTexts(unlock)).isEmpty(),
             qPrintable(rawWords(visibleTexts(unlock)).join(u'\n')));
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
}

void TestKeychainStartup::lateAnswerTurnsRememberOn()
{
    LateStore keys;
    UiContext context(keys, fastKdf);
    context.setKeychainTimeout(300);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    FirstRunDialog* first = controller.firstRunDialog();
    QVERIFY(first != nullptr);
    QTRY_VERIFY(!context.isCheckingKeychain());
    QVERIFY(!first->rememberOption()->checkBox()->isEnabled());
    QVERIFY(
        first->rememberOption()->explanation()->text().contains(QStringLiteral("did not answer")));

    keys.answer.release();
    QTRY_VERIFY(first->rememberOption()->checkBox()->isEnabled());
    QVERIFY(context.keychainAvailable());
    QVERIFY(
        !first->rememberOption()->explanation()->text().contains(QStringLiteral("did not answer")));
}

void TestKeychainStartup::failureIsSaidInWords()
{
    // A write waits on the silent service, which then goes away without replying: the failure
    // that comes back is said in words, and says what still works.
    SystemKeyStore keys(QStringLiteral("RebindStartupTest"));
    UiContext context(keys, fastKdf);
    context.setKeychainTimeout(20000);
    SecureBytes key(32);
    QTimer::singleShot(500, this, [this] { m_silent.kill(); });
    const Result<void> stored = context.storeKey(QStringLiteral("words"), key);
    QVERIFY(!stored.ok());
    QVERIFY2(rawWords({stored.message()}).isEmpty(), qPrintable(stored.message()));
    QVERIFY2(stored.message().contains(QStringLiteral("not remembered")),
             qPrintable(stored.message()));
}

QTEST_MAIN(TestKeychainStartup)
#include "tst_keychain_startup.moc"
