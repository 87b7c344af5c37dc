// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-lock and small secrets (issue 10, items 4 and 7) on the real widgets: the idle timer with
// an injected clock, real D-Bus signals on the private session bus tests/with-keyring.sh starts,
// minimising, drafts sealed across a lock, what a lock leaves in the widgets, the clipboard, and
// a keychain that answers late.

#include "AppController.h"
#include "AppSettings.h"
#include "AutoLock.h"
#include "BindingDialog.h"
#include "BindingTableModel.h"
#include "ChecklistDialog.h"
#include "ChecklistModel.h"
#include "DBusSessionLockMonitor.h"
#include "DraftKeeper.h"
#include "FileDialogs.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "IdleLockTimer.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewOwnerDialog.h"
#include "NullKeyStore.h"
#include "NumberDialog.h"
#include "NumberPanel.h"
#include "PeopleModel.h"
#include "PersonDialog.h"
#include "RememberOption.h"
#include "SensitiveClipboard.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "SettingsDialog.h"
#include "StepsDialog.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"

#include <memory>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");
constexpr qint64 kMinute = 60 * 1000;

struct Sample
{
    qint64 personId = 0;
    qint64 numberId = 0;
    qint64 receivedId = 0;
    qint64 wechat = 0;
};

// A clock the test moves by hand.
struct FakeClock
{
    qint64 now = 1'700'000'000'000;
    std::function<qint64()> function()
    {
        return [this] { return now; };
    }
};

// A keychain whose probe answers only when the test says so, like a Secret Service that hangs.
class SlowKeyStore : public MemoryKeyStore
{
public:
    QSemaphore answer;
    Result<void> probe() override
    {
        answer.acquire();
        return MemoryKeyStore::probe();
    }
};

// The text of every editable or item-showing widget below root, for what a lock leaves behind.
QStringList fieldTexts(QWidget* root)
{
    QStringList texts;
    const auto lines = root->findChildren<QLineEdit*>();
    for (QLineEdit* line : lines) {
        texts << line->text();
    }
    const auto plains = root->findChildren<QPlainTextEdit*>();
    for (QPlainTextEdit* plain : plains) {
        texts << plain->toPlainText();
    }
    const auto riches = root->findChildren<QTextEdit*>();
    for (QTextEdit* rich : riches) {
        texts << rich->toPlainText();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestAutoLock : public QObject
{
    Q_OBJECT

private:
    QString vaultFile(const QString& name = QStringLiteral("test.vault")) const
    {
        return m_dir->filePath(name);
    }
    Sample makeVault(const QString& path);

    using Session = AppSession;
    std::unique_ptr<Session> openSession(const QString& path);

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;
    Sample m_sample;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void idleLocksAfterTimeoutAndInputResetsIt();
    void idleNeverLocksWhenSetToNever();
    void settingsRoundTrip();
    void screenSaverSignalLocks();
    void screenLockIgnoredWhenTurnedOff();
    void prepareForSleepLocks();
    void minimizeLocksOnlyWhenEnabled();
    void lockKeepsEditAsSealedDraft();
    void newRecordDraftsComeBack();
    void draftDroppedForAnotherKeyAndOnQuit();
    void unchangedFormKeepsNoDraft();
    void lockClosesDialogsAndClearsWidgets();
    void manualLockAsksAboutChangesItCannotKeep();
    void autoLockWaitsForQuestionToEnd();
    void clipboardMarkedAndClearedAfterAMinute();
    void clipboardKeepsWhatWasCopiedSince();
    void clipboardClearedOnLock();
    void keychainProbeDoesNotBlockTheWindow();
};

void TestAutoLock::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    MessageBox::setUnattended(true);
}

void TestAutoLock::init()
{
    resetStandardLocations();
    MessageBox::resetLog();
    FileDialogs::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sample = makeVault(vaultFile());
    QVERIFY(m_sample.wechat != 0);
}

void TestAutoLock::cleanup()
{
    m_dir.reset();
    SensitiveClipboard::instance().clear();
    SensitiveClipboard::instance().setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    QGuiApplication::clipboard()->clear();
    resetStandardLocations();
}

Sample TestAutoLock::makeVault(const QString& path)
{
    Sample s;
    auto vault = Vault::create(path, kPassphrase, fastKdf());
    if (!vault) {
        qWarning() << vault.message();
        return s;
    }
    Inventory inventory((*vault)->database());
    Person person;
    person.name = QStringLiteral("Li Xiuying");
    person.relation = QStringLiteral("mother");
    s.personId = *inventory.addPerson(person);
    NumberRecord number;
    number.personId = s.personId;
    number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
    s.numberId = *inventory.addNumber(number);
    NumberRecord received;
    received.personId = s.personId;
    received.number = *PhoneNumber::parse(QStringLiteral("17700001234"));
    received.status = NumberStatus::Received;
    s.receivedId = *inventory.addNumber(received);
    Service wechat;
    wechat.name = QStringLiteral("WeChat");
    Binding binding;
    binding.numberId = s.numberId;
    binding.serviceId = inventory.ensureService(wechat)->id;
    binding.account = QStringLiteral("wx_lixiuying");
    binding.roles = BindingRole::Login;
    s.wechat = *inventory.addBinding(binding);
    return s;
}

std::unique_ptr<TestAutoLock::Session> TestAutoLock::openSession(const QString& path)
{
    return openAppSession(m_nullKeys, path, kPassphrase);
}

// ---- idle ----------------------------------------------------------------------------------

void TestAutoLock::idleLocksAfterTimeoutAndInputResetsIt()
{
    AppSettings().setAutoLockMinutes(10);
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    IdleLockTimer* idle = controller.autoLock()->idleTimer();
    QCOMPARE(idle->timeoutMinutes(), 10);
    QVERIFY(idle->isWatching());
    FakeClock clock;
    idle->setClock(clock.function());
    idle->setTickInterval(10);

    // Just under ten minutes: still open.
    clock.now += 10 * kMinute - 1000;
    idle->check();
    QVERIFY(controller.isUnlocked());

    // A key press in the window starts the wait again; so does typing in a dialog.
    QTest::keyClick(controller.mainWindow()->peopleView(), Qt::Key_Down);
    QCOMPARE(idle->lastInput(), clock.now);
    clock.now += 9 * kMinute;
    idle->check();
    QVERIFY(controller.isUnlocked());
    PersonDialog* person = controller.mainWindow()->addPerson();
    QVERIFY(person != nullptr);
    QTest::keyClicks(person->nameEdit(), QStringLiteral("x"));
    QCOMPARE(idle->lastInput(), clock.now);
    clock.now += 5 * kMinute;
    QTest::mouseClick(person->okButton(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(idle->lastInput(), clock.now);
    clock.now += 9 * kMinute;
    idle->check();
    QVERIFY(controller.isUnlocked());

    // Ten minutes without input: the tick locks it.
    clock.now += kMinute;
    QTRY_VERIFY(!controller.isUnlocked());
    QVERIFY(controller.unlockDialog() != nullptr);
    QVERIFY(!idle->isWatching());

    // Unlocking starts a fresh wait.
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QVERIFY(idle->isWatching());
    idle->setClock(clock.function());
    clock.now += 10 * kMinute - 1;
    idle->check();
    QVERIFY(controller.isUnlocked());
}

void TestAutoLock::idleNeverLocksWhenSetToNever()
{
    AppSettings().setAutoLockMinutes(0);
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    IdleLockTimer* idle = session->controller.autoLock()->idleTimer();
    QCOMPARE(idle->timeoutMinutes(), 0);
    FakeClock clock;
    idle->setClock(clock.function());
    clock.now += 365LL * 24 * 60 * kMinute;
    idle->check();
    QVERIFY(session->controller.isUnlocked());
}

void TestAutoLock::settingsRoundTrip()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    SettingsDialog* settings = controller.openSettings();
    QVERIFY(settings != nullptr);
    // The defaults: ten minutes, on screen lock, not on minimise.
    QCOMPARE(settings->autoLockCombo()->currentData().toInt(), 10);
    QVERIFY(settings->lockOnScreenLockBox()->isChecked());
    QVERIFY(!settings->lockOnMinimizeBox()->isChecked());
    // Labelled, with a mnemonic that reaches the combo box.
    QLabel* label = nullptr;
    for (QLabel* candidate : settings->findChildren<QLabel*>()) {
        if (candidate->buddy() == settings->autoLockCombo()) {
            label = candidate;
        }
    }
    QVERIFY(label != nullptr);
    QVERIFY(label->text().contains(QLatin1Char('&')));
    QCOMPARE(settings->autoLockCombo()->itemText(0), QStringLiteral("Never"));

    // Choose five minutes with the keyboard, and lock on minimise.
    settings->autoLockCombo()->setFocus();
    for (int i = 0; i < 8 && settings->autoLockCombo()->currentData().toInt() != 5; ++i) {
        QTest::keyClick(settings->autoLockCombo(), Qt::Key_Up);
    }
    QCOMPARE(settings->autoLockCombo()->currentData().toInt(), 5);
    clickCheckBox(settings->lockOnMinimizeBox());
    clickCheckBox(settings->lockOnScreenLockBox());
    settings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!settings->isVisible());
    QCOMPARE(AppSettings().autoLockMinutes(), 5);
    QVERIFY(AppSettings().lockOnMinimize());
    QVERIFY(!AppSettings().lockOnScreenLock());
    // In force at once.
    QCOMPARE(controller.autoLock()->idleTimer()->timeoutMinutes(), 5);

    // Shown again as saved; "Never" saves 0.
    settings = controller.openSettings();
    QCOMPARE(settings->autoLockCombo()->currentData().toInt(), 5);
    QVERIFY(settings->lockOnMinimizeBox()->isChecked());
    QVERIFY(!settings->lockOnScreenLockBox()->isChecked());
    settings->autoLockCombo()->setCurrentIndex(0);
    settings->accept();
    QCOMPARE(AppSettings().autoLockMinutes(), 0);
    QCOMPARE(controller.autoLock()->idleTimer()->timeoutMinutes(), 0);
}

// ---- session lock and suspend over D-Bus ----------------------------------------------------

namespace {

// Another connection to the session bus that owns a service name, as the desktop's screen saver
// or logind would; the monitor only listens to the names' owners.
class FakeService
{
public:
    explicit FakeService(const QString& name)
        : m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, name)),
          m_name(name)
    {
        m_owned = m_connection.isConnected() && m_connection.registerService(name);
    }
    ~FakeService()
    {
        m_connection.unregisterService(m_name);
        QDBusConnection::disconnectFromBus(m_name);
    }
    bool owned() const { return m_owned; }
    bool send(const QString& path, const QString& interface, const QString& signal, bool value)
    {
        QDBusMessage message = QDBusMessage::createSignal(path, interface, signal);
        message << value;
        return m_connection.send(message);
    }

private:
    QDBusConnection m_connection;
    QString m_name;
    bool m_owned = false;
};

} // namespace

void TestAutoLock::screenSaverSignalLocks()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "run under tests/with-keyring.sh (a private D-Bus session)");
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    // The session bus stands in for the system bus too.
    auto monitor = std::make_unique<DBusSessionLockMonitor>(QDBusConnection::sessionBus(),
                                                            QDBusConnection::sessionBus());
    QCOMPARE(monitor->subscriptions(), 6);
    QSignalSpy fired(monitor.get(), &SessionLockMonitor::lockRequested);
    controller.autoLock()->setSessionLockMonitor(std::move(monitor));

    FakeService saver(QStringLiteral("org.freedesktop.ScreenSaver"));
    QVERIFY(saver.owned());
    // Unlocking the screen says false: nothing happens. The bus keeps one sender's order, so
    // once the true that follows has arrived, the false was seen first.
    QVERIFY(saver.send(QStringLiteral("/org/freedesktop/ScreenSaver"),
                       QStringLiteral("org.freedesktop.ScreenSaver"),
                       QStringLiteral("ActiveChanged"), false));
    QVERIFY(saver.send(QStringLiteral("/org/freedesktop/ScreenSaver"),
                       QStringLiteral("org.freedesktop.ScreenSaver"),
                       QStringLiteral("ActiveChanged"), true));
    QTRY_VERIFY(!controller.isUnlocked());
    QCOMPARE(fired.count(), 1);

    // GNOME's own screen saver interface too.
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    FakeService gnome(QStringLiteral("org.gnome.ScreenSaver"));
    QVERIFY(gnome.owned());
    QVERIFY(gnome.send(QStringLiteral("/org/gnome/ScreenSaver"),
                       QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"),
                       true));
    QTRY_VERIFY(!controller.isUnlocked());
    QCOMPARE(fired.count(), 2);
}

void TestAutoLock::screenLockIgnoredWhenTurnedOff()
{
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    AppSettings().setLockOnScreenLock(false);
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    auto monitor = std::make_unique<DBusSessionLockMonitor>(QDBusConnection::sessionBus(),
                                                            QDBusConnection::sessionBus());
    QSignalSpy fired(monitor.get(), &SessionLockMonitor::lockRequested);
    session->controller.autoLock()->setSessionLockMonitor(std::move(monitor));
    FakeService saver(QStringLiteral("org.freedesktop.ScreenSaver"));
    QVERIFY(saver.send(QStringLiteral("/org/freedesktop/ScreenSaver"),
                       QStringLiteral("org.freedesktop.ScreenSaver"),
                       QStringLiteral("ActiveChanged"), true));
    QTRY_COMPARE(fired.count(), 1);
    QVERIFY(session->controller.isUnlocked());
}

void TestAutoLock::prepareForSleepLocks()
{
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    auto monitor = std::make_unique<DBusSessionLockMonitor>(QDBusConnection::sessionBus(),
                                                            QDBusConnection::sessionBus());
    QSignalSpy fired(monitor.get(), &SessionLockMonitor::lockRequested);
    controller.autoLock()->setSessionLockMonitor(std::move(monitor));

    FakeService logind(QStringLiteral("org.freedesktop.login1"));
    QVERIFY(logind.owned());
    const auto send = [&logind](bool sleeping) {
        return logind.send(QStringLiteral("/org/freedesktop/login1"),
                           QStringLiteral("org.freedesktop.login1.Manager"),
                           QStringLiteral("PrepareForSleep"), sleeping);
    };
    // false is "woke up"; true is "about to sleep".
    QVERIFY(send(false));
    QVERIFY(send(true));
    QTRY_VERIFY(!controller.isUnlocked());
    QCOMPARE(fired.count(), 1);
}

// ---- minimise -------------------------------------------------------------------------------

void TestAutoLock::minimizeLocksOnlyWhenEnabled()
{
    {
        auto session = openSession(vaultFile());
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        window->showMinimized();
        QVERIFY(window->isMinimized());
        // The lock would be queued from the state change: let it run if it were coming.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(session->controller.isUnlocked());
    }
    AppSettings().setLockOnMinimize(true);
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    MainWindow* window = session->controller.mainWindow();
    window->showMinimized();
    QTRY_VERIFY(!session->controller.isUnlocked());
    QVERIFY(!window->isVisible());
    // Unlocking shows the window again, not minimised.
    QVERIFY(unlockWithPassphrase(session->controller, kPassphrase));
    QVERIFY(!window->isMinimized());
}

// ---- drafts ---------------------------------------------------------------------------------

void TestAutoLock::lockKeepsEditAsSealedDraft()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    MainWindow* window = controller.mainWindow();
    QPointer<BindingDialog> dialog =
        qobject_cast<BindingDialog*>(window->editBinding(m_sample.wechat));
    QVERIFY(dialog != nullptr);
    const QString account = QStringLiteral("draft_account_4471");
    const QString notes = QStringLiteral("Changed the card on Tuesday");
    dialog->accountEdit()->clear();
    QTest::keyClicks(dialog->accountEdit(), account);
    QTest::keyClicks(dialog->notesEdit(), notes);
    dialog->statusCombo()->setCurrentIndex(2);
    const int status = dialog->statusCombo()->currentData().toInt();

    controller.lock();
    QVERIFY(!controller.isUnlocked());
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!controller.drafts().isEmpty());
    // Only ciphertext is held: the typed text appears in it in no encoding.
    const QByteArray held = controller.drafts().heldBytes();
    for (const QString& typed : {account, notes}) {
        QVERIFY(!held.contains(typed.toUtf8()));
        QByteArray littleEndian;
        QByteArray bigEndian;
        for (const QChar c : typed) {
            littleEndian += static_cast<char>(c.cell());
            littleEndian += static_cast<char>(c.row());
            bigEndian += static_cast<char>(c.row());
            bigEndian += static_cast<char>(c.cell());
        }
        QVERIFY(!held.contains(littleEndian));
        QVERIFY(!held.contains(bigEndian));
    }
    for (QWidget* top : QApplication::topLevelWidgets()) {
        for (const QString& text : visibleTexts(top) + fieldTexts(top)) {
            QVERIFY2(!text.contains(account) && !text.contains(notes), qPrintable(text));
        }
    }

    // The same vault and key: the form is back with what was typed, and says so.
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QVERIFY(controller.drafts().isEmpty());
    auto* back = waitForChild<BindingDialog>(window);
    QVERIFY(back != nullptr);
    QCOMPARE(back->accountEdit()->text(), account);
    QCOMPARE(back->notesEdit()->toPlainText(), notes);
    QCOMPARE(back->statusCombo()->currentData().toInt(), status);
    QCOMPARE(back->serviceCombo()->currentText(), QStringLiteral("WeChat"));
    QVERIFY(back->noteLabel()->isVisible());
    QCOMPARE(back->noteLabel()->text(),
             QStringLiteral("Your unsaved changes were kept while Rebind was locked."));
    // And it saves as if never interrupted.
    QTest::mouseClick(back->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!back->isVisible());
    auto saved = controller.inventory()->binding(m_sample.wechat);
    QVERIFY(saved.ok());
    QCOMPARE(saved->account, account);
    QCOMPARE(saved->notes, notes);
    QCOMPARE(static_cast<int>(saved->status), status);
}

void TestAutoLock::newRecordDraftsComeBack()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    MainWindow* window = controller.mainWindow();

    // A new number for the person, half typed; and a new service for the first number.
    window->selectPerson(m_sample.personId);
    NumberDialog* number = window->addNumber();
    QVERIFY(number != nullptr);
    QTest::keyClicks(number->numberEdit(), QStringLiteral("186 0000 7777"));
    number->carrierCombo()->setEditText(QStringLiteral("China Unicom"));
    window->selectNumber(m_sample.numberId);
    BindingDialog* binding = window->addBinding();
    QVERIFY(binding != nullptr);
    QTest::keyClicks(binding->serviceCombo()->lineEdit(), QStringLiteral("My local gym"));
    QTest::keyClicks(binding->accountEdit(), QStringLiteral("member 5521"));
    binding->urlEdit()->setText(QStringLiteral("https://gym.example"));
    QVERIFY(binding->isNewService());

    // A new person, over the others.
    PersonDialog* person = window->addPerson();
    QVERIFY(person != nullptr);
    QTest::keyClicks(person->nameEdit(), QStringLiteral("Wang Fang"));
    person->relationCombo()->setEditText(QStringLiteral("neighbour"));

    controller.lock();
    QVERIFY(!controller.drafts().isEmpty());
    QVERIFY(!controller.drafts().heldBytes().contains("Wang Fang"));
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));

    auto* backPerson = waitForChild<PersonDialog>(window);
    QVERIFY(backPerson != nullptr);
    QCOMPARE(backPerson->nameEdit()->text(), QStringLiteral("Wang Fang"));
    QCOMPARE(backPerson->relationCombo()->currentText(), QStringLiteral("neighbour"));
    QVERIFY(backPerson->noteLabel()->isVisible());
    auto* backNumber = waitForChild<NumberDialog>(window);
    QVERIFY(backNumber != nullptr);
    QCOMPARE(backNumber->numberEdit()->text(), QStringLiteral("186 0000 7777"));
    QCOMPARE(backNumber->carrierCombo()->currentText(), QStringLiteral("China Unicom"));
    QCOMPARE(backNumber->ownerCombo()->currentData().toLongLong(), m_sample.personId);
    QVERIFY(backNumber->noteLabel()->isVisible());
    auto* backBinding = waitForChild<BindingDialog>(window);
    QVERIFY(backBinding != nullptr);
    QCOMPARE(backBinding->serviceCombo()->currentText(), QStringLiteral("My local gym"));
    QCOMPARE(backBinding->accountEdit()->text(), QStringLiteral("member 5521"));
    QCOMPARE(backBinding->urlEdit()->text(), QStringLiteral("https://gym.example"));
    QVERIFY(backBinding->isNewService());
    // It is the new service of the first number: saving adds it there.
    backPerson->reject();
    backNumber->reject();
    QTest::mouseClick(backBinding->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!backBinding->isVisible());
    auto bindings = controller.inventory()->bindings(m_sample.numberId);
    QVERIFY(bindings.ok());
    QCOMPARE(bindings->size(), 2);
}

void TestAutoLock::draftDroppedForAnotherKeyAndOnQuit()
{
    // Another vault (same passphrase, its own salt, so another key): the draft does not open.
    makeVault(vaultFile(QStringLiteral("other.vault")));
    {
        auto session = openSession(vaultFile());
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        PersonDialog* person = controller.mainWindow()->addPerson();
        QTest::keyClicks(person->nameEdit(), QStringLiteral("Only for the first vault"));
        controller.lock();
        QVERIFY(!controller.drafts().isEmpty());
        FileDialogs::setNextFileName(vaultFile(QStringLiteral("other.vault")));
        controller.unlockDialog()->openAnotherFile();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        QCOMPARE(controller.vault()->path(), vaultFile(QStringLiteral("other.vault")));
        QVERIFY(controller.drafts().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(controller.mainWindow()->findChildren<PersonDialog*>().isEmpty());
    }
    // Quitting forgets it.
    {
        auto session = openSession(vaultFile());
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        PersonDialog* person = controller.mainWindow()->addPerson();
        QTest::keyClicks(person->nameEdit(), QStringLiteral("Lost on quit"));
        controller.lock();
        QVERIFY(!controller.drafts().isEmpty());
        controller.quit();
        QVERIFY(controller.drafts().isEmpty());
    }
}

void TestAutoLock::unchangedFormKeepsNoDraft()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    FormDialog* form = controller.mainWindow()->editPerson(m_sample.personId);
    QVERIFY(form != nullptr);
    QVERIFY(!form->hasChanges());
    controller.lock();
    QVERIFY(controller.drafts().isEmpty());
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QCoreApplication::processEvents();
    QVERIFY(controller.mainWindow()->findChildren<FormDialog*>().isEmpty());
}

// ---- what a lock leaves ---------------------------------------------------------------------

void TestAutoLock::lockClosesDialogsAndClearsWidgets()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    MainWindow* window = controller.mainWindow();
    window->selectNumber(m_sample.numberId);
    window->numberPanel()->showServices();
    QTest::keyClicks(window->numberPanel()->filterEdit(), QStringLiteral("wx_li"));
    QVERIFY(window->numberPanel()->filterEdit()->isUndoAvailable());
    window->numberPanel()->selectBinding(m_sample.wechat);
    QPointer<ServiceDetailDialog> details = window->showServiceDetails();
    QVERIFY(details != nullptr);
    QPointer<ChecklistDialog> checklist = window->findServices();
    QVERIFY(checklist != nullptr);
    QTest::keyClicks(checklist->searchEdit(), QStringLiteral("wechat"));
    // Dialogs' fields are emptied before the dialogs go (their memory is then reused sooner).
    QSignalSpy searchChanged(checklist->searchEdit(), &QLineEdit::textChanged);
    window->selectNumber(m_sample.receivedId);
    QPointer<NewOwnerDialog> newOwner = window->newOwnerChecks();
    QVERIFY(newOwner != nullptr);
    QPointer<QPlainTextEdit> statement = newOwner->statement();
    QVERIFY(statement->toPlainText().contains(QStringLiteral("177 0000 1234")));

    // Automatic, as the idle timer or a screen lock would.
    controller.autoLock()->request();
    QVERIFY(!controller.isUnlocked());
    QTRY_VERIFY(details.isNull() && checklist.isNull() && newOwner.isNull());
    QVERIFY(!searchChanged.isEmpty());
    QCOMPARE(searchChanged.last().at(0).toString(), QString());
    QVERIFY(window->findChildren<QDialog*>().isEmpty());
    QCOMPARE(window->peopleModel()->rowCount(), 0);
    QCOMPARE(window->numberPanel()->model()->rowCount(), 0);

    // No text in any field, and no undo history that could bring one back.
    QCOMPARE(fieldTexts(window), QStringList());
    for (QLineEdit* line : window->findChildren<QLineEdit*>()) {
        QVERIFY2(!line->isUndoAvailable(), qPrintable(line->objectName()));
    }
    for (QPlainTextEdit* plain : window->findChildren<QPlainTextEdit*>()) {
        QVERIFY(!plain->document()->isUndoAvailable());
    }
    for (QTextEdit* rich : window->findChildren<QTextEdit*>()) {
        QVERIFY(!rich->document()->isUndoAvailable());
    }
    const QStringList secrets = {QStringLiteral("Li Xiuying"), QStringLiteral("139 1234 5678"),
                                 QStringLiteral("177 0000 1234"), QStringLiteral("wx_lixiuying"),
                                 QStringLiteral("wx_li")};
    for (QWidget* top : QApplication::topLevelWidgets()) {
        for (const QString& text : visibleTexts(top) + fieldTexts(top)) {
            for (const QString& secret : secrets) {
                QVERIFY2(!text.contains(secret), qPrintable(text));
            }
        }
    }
}

void TestAutoLock::manualLockAsksAboutChangesItCannotKeep()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    MainWindow* window = controller.mainWindow();
    window->selectNumber(m_sample.numberId);
    window->numberPanel()->showServices();
    window->numberPanel()->selectBinding(m_sample.wechat);
    ServiceDetailDialog* details = window->showServiceDetails();
    QVERIFY(details != nullptr);
    StepsDialog* steps = details->panel()->editSteps();
    QVERIFY(steps != nullptr);
    QVERIFY(steps->subject().kind.isEmpty()); // steps are not kept as a draft
    QTest::keyClicks(steps->edit(steps->kinds().first()), QStringLiteral("Call the bank"));
    QCOMPARE(DraftKeeper::unkeptChanges(window), QStringList{steps->windowTitle()});

    // Ctrl+L asks; "No" keeps everything open.
    MessageBox::setNextAnswer(QMessageBox::No);
    window->lockAction()->trigger();
    QVERIFY(MessageBox::lastText().contains(steps->windowTitle()));
    QVERIFY(controller.isUnlocked());
    QVERIFY(steps->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window->lockAction()->trigger();
    QVERIFY(!controller.isUnlocked());

    // Services ticked in the checklist but not added are such changes too.
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    window->selectNumber(m_sample.numberId);
    ChecklistDialog* checklist = window->findServices();
    QVERIFY(checklist != nullptr);
    QVERIFY(DraftKeeper::unkeptChanges(window).isEmpty());
    checklist->setTicked(QStringLiteral("alipay"), true);
    QVERIFY(!checklist->model()->tickedIds().isEmpty());
    QCOMPARE(DraftKeeper::unkeptChanges(window), QStringList{checklist->windowTitle()});
    MessageBox::setNextAnswer(QMessageBox::No);
    window->lockAction()->trigger();
    QVERIFY(controller.isUnlocked());
}

// A question runs its own event loop, and the code after it expects the vault still open: an
// automatic lock ends the question (as "No") and locks once that code has returned.
void TestAutoLock::autoLockWaitsForQuestionToEnd()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    AppController& controller = session->controller;
    MainWindow* window = controller.mainWindow();
    QEventLoop main; // stands in for QApplication::exec()
    bool openWhileAsking = false;
    bool openAfterAnswer = false;
    int answer = -1;
    connect(&controller, &AppController::locked, &main, &QEventLoop::quit);
    QTimer::singleShot(0, &main, [&] {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Delete person"),
                        QStringLiteral("Delete Li Xiuying?"), QMessageBox::Yes | QMessageBox::No,
                        window);
        QTimer::singleShot(0, &box, [&] {
            controller.autoLock()->request();
            openWhileAsking = controller.isUnlocked();
        });
        answer = box.exec();
        openAfterAnswer = controller.isUnlocked();
    });
    QTimer::singleShot(5000, &main, &QEventLoop::quit);
    main.exec();
    QVERIFY(openWhileAsking);
    QVERIFY(answer != QMessageBox::Yes);
    QVERIFY(openAfterAnswer);
    QVERIFY(!controller.isUnlocked());
}

// ---- clipboard ------------------------------------------------------------------------------

void TestAutoLock::clipboardMarkedAndClearedAfterAMinute()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    MainWindow* window = session->controller.mainWindow();
    SensitiveClipboard& sensitive = SensitiveClipboard::instance();
    FakeClock clock;
    sensitive.setClock(clock.function());
    sensitive.setTickInterval(10);

    window->selectNumber(m_sample.receivedId);
    NewOwnerDialog* dialog = window->newOwnerChecks();
    QVERIFY(dialog != nullptr);
    const QString statement = dialog->statement()->toPlainText();
    QVERIFY(statement.contains(QStringLiteral("177 0000 1234")));
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime != nullptr);
    QCOMPARE(mime->text(), statement);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(sensitive.isPending());

    clock.now += SensitiveClipboard::kLifetimeMs - 1000;
    sensitive.check();
    QCOMPARE(QGuiApplication::clipboard()->text(), statement);
    clock.now += 1000;
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!sensitive.isPending());
}

void TestAutoLock::clipboardKeepsWhatWasCopiedSince()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    MainWindow* window = session->controller.mainWindow();
    SensitiveClipboard& sensitive = SensitiveClipboard::instance();
    FakeClock clock;
    sensitive.setClock(clock.function());
    sensitive.setTickInterval(10);

    window->selectNumber(m_sample.receivedId);
    NewOwnerDialog* dialog = window->newOwnerChecks();
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QVERIFY(sensitive.isPending());
    QGuiApplication::clipboard()->setText(QStringLiteral("a shopping list"));
    clock.now += SensitiveClipboard::kLifetimeMs;
    QTRY_VERIFY(!sensitive.isPending());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a shopping list"));
    // Nor does locking take it.
    session->controller.lock();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a shopping list"));
}

void TestAutoLock::clipboardClearedOnLock()
{
    auto session = openSession(vaultFile());
    QVERIFY(session != nullptr);
    MainWindow* window = session->controller.mainWindow();
    FakeClock clock;
    SensitiveClipboard::instance().setClock(clock.function());
    window->selectNumber(m_sample.receivedId);
    NewOwnerDialog* dialog = window->newOwnerChecks();
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("177 0000 1234")));
    session->controller.lock();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!SensitiveClipboard::instance().isPending());
}

// ---- keychain -------------------------------------------------------------------------------

void TestAutoLock::keychainProbeDoesNotBlockTheWindow()
{
    SlowKeyStore keys;
    UiContext context(keys, fastKdf);
    // First run: the dialog is up before the keychain answers; "Remember" follows the answer.
    {
        AppController controller(context);
        controller.setVaultPath(vaultFile(QStringLiteral("new.vault")));
        controller.start();
        FirstRunDialog* first = controller.firstRunDialog();
        QVERIFY(first != nullptr);
        QVERIFY(first->isVisible());
        QVERIFY(context.isCheckingKeychain());
        QVERIFY(!first->rememberOption()->checkBox()->isEnabled());
        QVERIFY(
            first->rememberOption()->explanation()->text().contains(QStringLiteral("Checking")));
        keys.answer.release();
        QTRY_VERIFY(first->rememberOption()->checkBox()->isEnabled());
        QVERIFY(!context.isCheckingKeychain());
    }
    // An existing vault with a remembered key: the unlock dialog is up at once, and the key
    // opens the vault when the keychain answers.
    {
        auto vault = Vault::open(vaultFile(), kPassphrase);
        QVERIFY(vault.ok());
        QVERIFY(keys.store((*vault)->vaultId(), (*vault)->key()).ok());
    }
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QPointer<UnlockDialog> unlock = controller.unlockDialog();
    QVERIFY(unlock != nullptr);
    QVERIFY(unlock->isVisible());
    QVERIFY(!unlock->rememberedKeyButton()->isVisible());
    QVERIFY(!controller.isUnlocked());
    keys.answer.release();
    QTRY_VERIFY(controller.isUnlocked());
    QVERIFY(controller.unlockDialog() == nullptr);
    QTRY_VERIFY(unlock.isNull());
    QVERIFY(controller.isKeyRemembered());
    QVERIFY(controller.mainWindow()->isVisible());
}

QTEST_MAIN(TestAutoLock)
#include "tst_autolock.moc"
