// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rebind FILE and double-clicked files: a vault given at start, a hand-off file imported after
// the unlock, and files sent by a later start (the real rebind binary, a second process) to the
// running window, which asks before leaving the open vault. Also the default vault's name.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "Exporter.h"
#include "FileDialogs.h"
#include "FileToOpen.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "PersonDialog.h"
#include "SingleInstance.h"
#include "UnlockDialog.h"
#include "Vault.h"
#include "VaultLock.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");
const QString kHandoffPassphrase = QStringLiteral("copper meadow violin tundra 77");
// Generous: these wait for another process, never for a fixed time.
constexpr int kWaitMs = 20000;

QStringList peopleNames(const Inventory& inventory)
{
    QStringList names;
    const auto people = inventory.people();
    if (people) {
        for (const Person& person : *people) {
            names << person.name;
        }
    }
    names.sort();
    return names;
}

} // namespace

class TestOpenFile : public QObject
{
    Q_OBJECT

private:
    QString file(const QString& name) const { return m_dir->filePath(name); }
    // A vault holding one person of that name.
    bool makeVault(const QString& path, const QString& person);
    // A hand-off file made by the real Exporter from a vault holding Zhang Wei.
    bool makeHandoff(const QString& path);
    // The app as main.cpp starts it: the controller, and the socket later starts talk to.
    std::unique_ptr<AppSession> startApp(const QString& vaultPath);
    // The real rebind binary started as a later start with these arguments; true when it found
    // this process's socket, handed over and exited 0.
    bool secondStart(const QStringList& arguments, const QString& workingFolder = QString());
    // Runs the event loop until the controller has shown one more message than before.
    bool waitForMessage(int before);

    NullKeyStore m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SingleInstance> m_instance;
    int m_prompts = 0;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void localPathTakesRelativeAbsoluteAndUrls();
    void vaultGivenAtStartIsUnlocked();
    void handoffGivenAtStartImportsAfterUnlock();
    void handoffImportsOnlyWhenConfirmed();
    void secondStartWithAnotherVaultAsksFirst();
    void secondStartWithTheSameVaultOnlyRaises();
    void secondStartWithoutFileRaises();
    void handoffSentToRunningWindowImports();
    void handoffSentWhileLockedWaitsForUnlock();
    void badFilesAreReportedAndNothingChanges();
    void badFileAtStartThenUsualStart();
    void defaultVaultIsVaultRebind();
    void existingRebindVaultKeepsBeingUsed();
    void newVaultsGetRebindSuffix();
};

void TestOpenFile::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    Appearance::apply(*qApp);
    MessageBox::setUnattended(true);
    QVERIFY(QFileInfo::exists(QStringLiteral(REBIND_GUI_PATH)));
    MainWindow::setPassphrasePrompt([this](QWidget*) -> std::optional<QString> {
        ++m_prompts;
        return kHandoffPassphrase;
    });
    // This process and the second starts share a private runtime folder, so that no other
    // Rebind of this user (or another test) answers.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    const QString runtime = m_home->filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    QVERIFY(SingleInstance::serverName().startsWith(runtime));
}

void TestOpenFile::init()
{
    resetStandardLocations();
    MessageBox::resetLog();
    FileDialogs::reset();
    m_prompts = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOpenFile::cleanup()
{
    m_instance.reset();
    m_dir.reset();
    resetStandardLocations();
}

bool TestOpenFile::makeVault(const QString& path, const QString& person)
{
    auto vault = Vault::create(path, kPassphrase, fastKdf());
    if (!vault) {
        qWarning() << vault.message();
        return false;
    }
    Inventory inventory((*vault)->database());
    Person someone;
    someone.name = person;
    return inventory.addPerson(someone).ok();
}

bool TestOpenFile::makeHandoff(const QString& path)
{
    const QString source = file(QStringLiteral("helper.rebind"));
    if (!makeVault(source, QStringLiteral("Zhang Wei"))) {
        return false;
    }
    auto vault = Vault::open(source, kPassphrase);
    if (!vault) {
        return false;
    }
    Inventory inventory((*vault)->database());
    Exporter::Request request;
    request.format = ExportFormat::Handoff;
    request.path = path;
    request.passphrase = kHandoffPassphrase;
    request.kdf = fastKdf();
    const auto written = Exporter::run(inventory, request);
    if (!written) {
        qWarning() << written.message();
    }
    return written.ok();
}

std::unique_ptr<AppSession> TestOpenFile::startApp(const QString& vaultPath)
{
    auto session = std::make_unique<AppSession>(m_keys);
    m_instance = std::make_unique<SingleInstance>();
    if (m_instance->askRunningToRaise() != SingleInstance::Answer::NoneRunning ||
        !m_instance->listen()) {
        return nullptr;
    }
    connect(m_instance.get(), &SingleInstance::raiseRequested, &session->controller,
            &AppController::raiseWindow);
    connect(m_instance.get(), &SingleInstance::openRequested, &session->controller,
            &AppController::openFile, Qt::QueuedConnection);
    session->controller.setVaultPath(vaultPath);
    return session;
}

bool TestOpenFile::secondStart(const QStringList& arguments, const QString& workingFolder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), qEnvironmentVariable("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    QProcess second;
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(workingFolder.isEmpty() ? m_home->path() : workingFolder);
    second.start(QStringLiteral(REBIND_GUI_PATH), arguments);
    if (!second.waitForStarted(kWaitMs)) {
        return false;
    }
    // The event loop runs meanwhile: this process answers it.
    for (int waited = 0; second.state() != QProcess::NotRunning && waited < kWaitMs; waited += 20) {
        QTest::qWait(20);
    }
    if (second.state() != QProcess::NotRunning) {
        // It did not find this process and opened a window of its own.
        second.kill();
        second.waitForFinished(kWaitMs);
        return false;
    }
    if (second.exitStatus() != QProcess::NormalExit || second.exitCode() != 0) {
        qWarning() << "the second start failed:" << second.exitStatus() << second.exitCode()
                   << second.readAllStandardError();
        return false;
    }
    return true;
}

bool TestOpenFile::waitForMessage(int before)
{
    for (int waited = 0; MessageBox::shownCount() <= before && waited < kWaitMs; waited += 20) {
        QTest::qWait(20);
    }
    return MessageBox::shownCount() > before;
}

void TestOpenFile::localPathTakesRelativeAbsoluteAndUrls()
{
    const QString folder = m_dir->path();
    const QString target = file(QStringLiteral("family.rebind"));
    QCOMPARE(FileToOpen::localPath(QStringLiteral("family.rebind"), folder), target);
    QCOMPARE(FileToOpen::localPath(QStringLiteral("./sub/../family.rebind"), folder), target);
    QCOMPARE(FileToOpen::localPath(target, QStringLiteral("/elsewhere")), target);
    QCOMPARE(FileToOpen::localPath(QUrl::fromLocalFile(target).toString(), QStringLiteral("/")),
             target);
    // Spaces and Chinese names arrive percent-encoded in a URL.
    const QString chinese = file(QStringLiteral("妈妈 的.rebind"));
    const QString url = QString::fromLatin1(QUrl::fromLocalFile(chinese).toEncoded());
    QVERIFY(url.contains(QLatin1Char('%')));
    QCOMPARE(FileToOpen::localPath(url, QStringLiteral("/")), chinese);
    // Not a local file: left as it is, and inspect() says why it cannot be opened.
    const QString web = QStringLiteral("https://example.com/family.rebind");
    QCOMPARE(FileToOpen::localPath(web, folder), web);
    const auto inspected = FileToOpen::inspect(web);
    QVERIFY(!inspected);
    QVERIFY2(inspected.message().contains(QStringLiteral("only files on this computer")),
             qPrintable(inspected.message()));
}

// (a) rebind FILE with a vault: that vault's unlock dialog, whatever the settings say.
void TestOpenFile::vaultGivenAtStartIsUnlocked()
{
    const QString usual = file(QStringLiteral("usual.rebind"));
    const QString given = file(QStringLiteral("family.vault"));
    QVERIFY(makeVault(usual, QStringLiteral("Li Xiuying")));
    QVERIFY(makeVault(given, QStringLiteral("Wang Fang")));
    auto app = startApp(usual);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.openFile(FileToOpen::localPath(QStringLiteral("family.vault"), m_dir->path()));
    QCOMPARE(MessageBox::shownCount(), 0);
    controller.start();
    QVERIFY(controller.unlockDialog() != nullptr);
    QCOMPARE(controller.unlockDialog()->path(), given);
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QCOMPARE(controller.vault()->path(), given);
    QCOMPARE(peopleNames(*controller.inventory()), QStringList{QStringLiteral("Wang Fang")});
    QCOMPARE(m_prompts, 0);
}

// (b) rebind FILE with a hand-off file: the usual vault's unlock, then the import (passphrase,
// confirmation), into that vault.
void TestOpenFile::handoffGivenAtStartImportsAfterUnlock()
{
    const QString vault = file(QStringLiteral("family.rebind"));
    const QString handoff = file(QStringLiteral("from helper.rebindhandoff"));
    QVERIFY(makeVault(vault, QStringLiteral("Li Xiuying")));
    QVERIFY(makeHandoff(handoff));
    auto app = startApp(vault);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.openFile(handoff);
    controller.start();
    QVERIFY(controller.unlockDialog() != nullptr);
    QCOMPARE(controller.unlockDialog()->path(), vault);
    QCOMPARE(m_prompts, 0);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Merge … into this vault?"
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts, 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        peopleNames(*controller.inventory()),
        QStringList({QStringLiteral("Li Xiuying"), QStringLiteral("Zhang Wei")}), kWaitMs);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information); // the import's summary
    // Once: locking and unlocking again does not import it a second time.
    controller.lock();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QCoreApplication::processEvents();
    QCOMPARE(m_prompts, 1);
}

void TestOpenFile::handoffImportsOnlyWhenConfirmed()
{
    const QString vault = file(QStringLiteral("family.rebind"));
    const QString handoff = file(QStringLiteral("h.rebindhandoff"));
    QVERIFY(makeVault(vault, QStringLiteral("Li Xiuying")));
    QVERIFY(makeHandoff(handoff));
    auto app = startApp(vault);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.openFile(handoff);
    controller.start();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts, 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QStringLiteral("Merge")), kWaitMs);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("h.rebindhandoff")));
    QCoreApplication::processEvents();
    QCOMPARE(peopleNames(*controller.inventory()), QStringList{QStringLiteral("Li Xiuying")});
}

// (c) A later start with another vault: the running window asks; No keeps the open vault (and
// the form being edited), Yes closes it and shows the other one's unlock dialog.
void TestOpenFile::secondStartWithAnotherVaultAsksFirst()
{
    const QString family = file(QStringLiteral("family.rebind"));
    const QString other = file(QStringLiteral("other.rebind"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    QVERIFY(makeVault(other, QStringLiteral("Wang Fang")));
    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    PersonDialog* person = controller.mainWindow()->addPerson();
    QVERIFY(person != nullptr);
    QTest::keyClicks(person->nameEdit(), QStringLiteral("Half typed"));

    // No (and the default): nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    int before = MessageBox::shownCount();
    QVERIFY(secondStart({QStringLiteral("other.rebind")}, m_dir->path()));
    QVERIFY(waitForMessage(before));
    const QString question = MessageBox::lastText();
    QVERIFY2(question.startsWith(QStringLiteral("Close family.rebind and open other.rebind?")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("will be lost")), qPrintable(question));
    // The file names only: no folder, nothing from inside the vault.
    QVERIFY(!question.contains(m_dir->path()));
    QVERIFY(!question.contains(QStringLiteral("Half typed")));
    QVERIFY(!question.contains(QStringLiteral("Li Xiuying")));
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Question);
    QVERIFY(controller.isUnlocked());
    QCOMPARE(controller.vault()->path(), family);
    QVERIFY(person->isVisible());
    QCOMPARE(person->nameEdit()->text(), QStringLiteral("Half typed"));

    // Unattended: the default button is No.
    before = MessageBox::shownCount();
    QVERIFY(secondStart({QStringLiteral("--vault"), other}));
    QVERIFY(waitForMessage(before));
    QCOMPARE(controller.vault()->path(), family);

    // Yes: the open vault is closed (the form with it) and the other one's dialog asks.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    before = MessageBox::shownCount();
    QVERIFY(secondStart({QStringLiteral("--vault"), other}));
    QVERIFY(waitForMessage(before));
    QTRY_VERIFY_WITH_TIMEOUT(controller.unlockDialog() != nullptr, kWaitMs);
    QVERIFY(!controller.isUnlocked());
    QCOMPARE(controller.unlockDialog()->path(), other);
    QVERIFY(controller.unlockDialog()->isVisible());
    QVERIFY(!controller.mainWindow()->isVisible());
    QVERIFY(controller.drafts().isEmpty());
    QVERIFY(controller.mainWindow()->findChildren<PersonDialog*>().isEmpty());
    // The first vault is let go.
    QVERIFY(!VaultLock::holder(family).has_value());
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QCOMPARE(controller.vault()->path(), other);
    QCOMPARE(peopleNames(*controller.inventory()), QStringList{QStringLiteral("Wang Fang")});
    QCOMPARE(AppSettings().vaultPath(), other);

    // While locked too: asked, then the unlock dialog is for the new one.
    controller.lock();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    before = MessageBox::shownCount();
    QVERIFY(secondStart({family}));
    QVERIFY(waitForMessage(before));
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("Close other.rebind and open family.rebind?")),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(controller.unlockDialog() != nullptr &&
                                 controller.unlockDialog()->path() == family,
                             kWaitMs);
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QCOMPARE(controller.vault()->path(), family);
}

void TestOpenFile::secondStartWithTheSameVaultOnlyRaises()
{
    const QString family = file(QStringLiteral("family.rebind"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    controller.mainWindow()->showMinimized();
    QVERIFY(secondStart({QStringLiteral("./family.rebind")}, m_dir->path()));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.mainWindow()->isMinimized(), kWaitMs);
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(controller.isUnlocked());
    QCOMPARE(controller.vault()->path(), family);
}

void TestOpenFile::secondStartWithoutFileRaises()
{
    const QString family = file(QStringLiteral("family.rebind"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    controller.mainWindow()->showMinimized();
    QVERIFY(secondStart({}));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.mainWindow()->isMinimized(), kWaitMs);
    QCOMPARE(MessageBox::shownCount(), 0);
}

// (d) A hand-off file double-clicked while Rebind runs (sent as a file:// URL here, as a file
// manager may): the open vault's import.
void TestOpenFile::handoffSentToRunningWindowImports()
{
    const QString family = file(QStringLiteral("family.rebind"));
    const QString handoff = file(QStringLiteral("from helper.rebindhandoff"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    QVERIFY(makeHandoff(handoff));
    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(secondStart({QUrl::fromLocalFile(handoff).toString()}));
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts, 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        peopleNames(*controller.inventory()),
        QStringList({QStringLiteral("Li Xiuying"), QStringLiteral("Zhang Wei")}), kWaitMs);
    QCOMPARE(controller.vault()->path(), family);
}

void TestOpenFile::handoffSentWhileLockedWaitsForUnlock()
{
    const QString family = file(QStringLiteral("family.rebind"));
    const QString handoff = file(QStringLiteral("h.rebindhandoff"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    QVERIFY(makeHandoff(handoff));
    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    controller.lock();
    QVERIFY(secondStart({handoff}));
    QCoreApplication::processEvents();
    QCOMPARE(m_prompts, 0);
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(controller.unlockDialog() != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts, 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(peopleNames(*controller.inventory()).size(), 2, kWaitMs);
}

// (e) Random bytes named like a hand-off file, random bytes named like a vault, a folder, a
// missing file: a message naming it, and the open vault stays as it was.
void TestOpenFile::badFilesAreReportedAndNothingChanges()
{
    const QString family = file(QStringLiteral("family.rebind"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    QRandomGenerator random(14);
    QByteArray noise(4096, '\0');
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    for (const QString& name : {QStringLiteral("x.rebindhandoff"), QStringLiteral("y.rebind")}) {
        QFile bad(file(name));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QCOMPARE(bad.write(noise), noise.size());
    }
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.rebind")));

    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));

    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("x.rebindhandoff"), QStringLiteral("not a Rebind hand-off file")},
        {QStringLiteral("y.rebind"), QStringLiteral("not a Rebind vault")},
        {QStringLiteral("folder.rebind"), QStringLiteral("it is a folder")},
        {QStringLiteral("missing.rebind"), QStringLiteral("there is no such file")},
    };
    for (const auto& [name, why] : cases) {
        const int before = MessageBox::shownCount();
        QVERIFY(secondStart({name}, m_dir->path()));
        QVERIFY2(waitForMessage(before), qPrintable(name));
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
        QVERIFY2(MessageBox::lastText().contains(name), qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(why), qPrintable(MessageBox::lastText()));
        QCoreApplication::processEvents();
        QCOMPARE(MessageBox::shownCount(), before + 1);
        QVERIFY(controller.isUnlocked());
        QCOMPARE(controller.vault()->path(), family);
        QCOMPARE(m_prompts, 0);
    }
    QCOMPARE(peopleNames(*controller.inventory()), QStringList{QStringLiteral("Li Xiuying")});
}

void TestOpenFile::badFileAtStartThenUsualStart()
{
    const QString family = file(QStringLiteral("family.rebind"));
    QVERIFY(makeVault(family, QStringLiteral("Li Xiuying")));
    auto app = startApp(family);
    QVERIFY(app != nullptr);
    AppController& controller = app->controller;
    controller.openFile(file(QStringLiteral("gone.rebind")));
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("gone.rebind")));
    controller.start();
    QVERIFY(controller.unlockDialog() != nullptr);
    QCOMPARE(controller.unlockDialog()->path(), family);
}

// (f) New vaults are vault.rebind; an existing rebind.vault in the same folder is still used,
// with its lock file and backups beside it under its own name.
void TestOpenFile::defaultVaultIsVaultRebind()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(AppSettings().vaultPath(), folder + QStringLiteral("/vault.rebind"));
    auto session = std::make_unique<AppSession>(m_keys);
    session->controller.start();
    QVERIFY(session->controller.firstRunDialog() != nullptr);
    QCOMPARE(session->controller.firstRunDialog()->path(),
             folder + QStringLiteral("/vault.rebind"));
}

void TestOpenFile::existingRebindVaultKeepsBeingUsed()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString older = folder + QStringLiteral("/rebind.vault");
    QVERIFY(makeVault(older, QStringLiteral("Li Xiuying")));
    QCOMPARE(AppSettings().vaultPath(), older);
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/vault.rebind")));
    {
        auto session = openAppSession(m_keys, QString(), kPassphrase);
        QVERIFY(session != nullptr);
        QCOMPARE(session->controller.vault()->path(), older);
        QVERIFY(QFileInfo::exists(older + QStringLiteral(".lock")));
        QVERIFY(session->controller.vault()->backup(VaultBackups::kImport).ok());
        QVERIFY(QFileInfo(older + QStringLiteral(".backups")).isDir());
        QCOMPARE(session->controller.vault()->backups().list().size(), 1);
    }
    // Nothing was renamed, and the settings still name no path (it is the default).
    QVERIFY(QFileInfo::exists(older));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/vault.rebind")));
    QCOMPARE(AppSettings().vaultPath(), older);
}

void TestOpenFile::newVaultsGetRebindSuffix()
{
    auto session = std::make_unique<AppSession>(m_keys);
    session->controller.start();
    FirstRunDialog* first = session->controller.firstRunDialog();
    QVERIFY(first != nullptr);
    FileDialogs::setNextFileName(file(QStringLiteral("mine")));
    first->chooseLocation();
    QCOMPARE(first->path(), file(QStringLiteral("mine.rebind")));
    // An ending typed on purpose is kept.
    FileDialogs::setNextFileName(file(QStringLiteral("old.vault")));
    first->chooseLocation();
    QCOMPARE(first->path(), file(QStringLiteral("old.vault")));
}

QTEST_MAIN(TestOpenFile)
#include "tst_open_file.moc"
