// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real widgets of the GUI under QT_QPA_PLATFORM=offscreen: keys, clicks and shortcuts
// go through QTest, dialogs are the ones the controller and the main window open.

#include "AboutDialog.h"
#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "BindingDialog.h"
#include "BindingFilterModel.h"
#include "BindingTableModel.h"
#include "Catalog.h"
#include "ChangePassphraseDialog.h"
#include "ChecklistDialog.h"
#include "ChecklistModel.h"
#include "DisplayText.h"
#include "FileDialogs.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "NumberDialog.h"
#include "NumberOverview.h"
#include "NumberPanel.h"
#include "OptionalDateEdit.h"
#include "PassphraseFields.h"
#include "PassphraseStrength.h"
#include "PeopleModel.h"
#include "PersonDialog.h"
#include "RememberOption.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "ServiceText.h"
#include "SettingsDialog.h"
#include "StepsDialog.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "UrlOpener.h"
#include "Vault.h"
#include "Vocabulary.h"
#include "WalkthroughDialog.h"

#include <memory>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");
const QString kNewPassphrase = QStringLiteral("copper meadow violin tundra 77");

// What a test vault holds (ids as stored).
struct Sample
{
    qint64 personId = 0;
    qint64 numberId = 0;
    qint64 wechat = 0;
    qint64 alipay = 0;
    qint64 bank = 0;
};

QModelIndex proxyIndexOf(NumberPanel* panel, const QString& service)
{
    for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
        const QModelIndex index = panel->proxy()->index(row, BindingTableModel::ServiceColumn);
        if (index.data().toString() == service) {
            return index;
        }
    }
    return QModelIndex();
}

QStringList serviceColumn(NumberPanel* panel)
{
    QStringList out;
    for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
        out << panel->proxy()->index(row, BindingTableModel::ServiceColumn).data().toString();
    }
    return out;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private:
    QString vaultFile(const QString& name = QStringLiteral("test.vault")) const
    {
        return m_dir->filePath(name);
    }
    Sample makeVault(const QString& path, const QString& passphrase = kPassphrase);
    bool activate(QWidget* window);

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createAddLockUnlock();
    void keychainUnavailableIsExplained();
    void firstRunRefusesBadPassphrases();
    void firstRunChoosesFileAndOpensExisting();
    void wrongPassphraseKeepsUnlockDialogOpen();
    void deleteBindingAsksAndUndoRestores();
    void deletePersonAsks();
    void filterAndSort();
    void editByDoubleClickAndF2();
    void numberDialogValidates();
    void bindingDialogReusesServices();
    void rememberedKeyLifecycle();
    void changePassphrase();
    void settingsSavesLanguage();
    void quitWipes();
    void checklistAddsTickedServices();
    void checklistCustomServiceAndPublicEntries();
    void serviceDetailsAndStepOverride();
    void unverifiedStepsAreMarked();
    void aboutShowsCatalogAttribution();
    void walkthroughResumesAfterLock();
};

void TestGui::initTestCase()
{
    quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    Appearance::apply(*qApp);
    MessageBox::setUnattended(true);
    UrlOpener::setCapture(true);
    ServiceText::setLanguage(QStringLiteral("en"));
    QVERIFY(Catalog::builtIn().problems().isEmpty());
    QVERIFY(PassphraseStrength::estimate(kPassphrase).acceptable());
    QVERIFY(PassphraseStrength::estimate(kNewPassphrase).acceptable());
}

void TestGui::init()
{
    resetStandardLocations();
    MessageBox::resetLog();
    FileDialogs::reset();
    UrlOpener::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGui::cleanup()
{
    m_dir.reset();
    resetStandardLocations();
}

Sample TestGui::makeVault(const QString& path, const QString& passphrase)
{
    Sample s;
    auto vault = Vault::create(path, passphrase, fastKdf());
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
    number.cancelDate = QDate(2031, 6, 30);
    s.numberId = *inventory.addNumber(number);

    const auto add = [&](const QString& service, const QString& account, const QString& notes,
                         const QDate& due) {
        Service wanted;
        wanted.name = service;
        Binding binding;
        binding.numberId = s.numberId;
        binding.serviceId = inventory.ensureService(wanted)->id;
        binding.account = account;
        binding.notes = notes;
        binding.due = due;
        binding.roles = BindingRole::Login;
        return *inventory.addBinding(binding);
    };
    s.wechat =
        add(QStringLiteral("WeChat"), QStringLiteral("wx_lixiuying"), QString(), QDate(2031, 5, 1));
    s.alipay = add(QStringLiteral("Alipay"), QStringLiteral("li@example.com"), QString(), QDate());
    s.bank = add(QStringLiteral("ICBC bank"), QStringLiteral("card 6217"),
                 QStringLiteral("Pension is paid here; reserved number"), QDate(2031, 4, 1));
    return s;
}

bool TestGui::activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// The walk the issue asks for: first run → person, number, binding → lock → unlock.
void TestGui::createAddLockUnlock()
{
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.start();

    FirstRunDialog* first = controller.firstRunDialog();
    QVERIFY(first != nullptr);
    QVERIFY(first->isVisible());
    QVERIFY(!QFileInfo::exists(AppSettings::defaultVaultPath()));
    QTest::keyClicks(first->passphraseFields()->firstEdit(), kPassphrase);
    QTest::keyClicks(first->passphraseFields()->secondEdit(), kPassphrase);
    QVERIFY(first->passphraseFields()->meter()->value() > 0);
    QTest::mouseClick(first->createButton(), Qt::LeftButton);

    QVERIFY(controller.isUnlocked());
    QVERIFY(QFileInfo::exists(AppSettings::defaultVaultPath()));
    QTRY_VERIFY(controller.firstRunDialog() == nullptr);
    MainWindow* window = controller.mainWindow();
    QVERIFY(window->isVisible());
    QVERIFY(activate(window));
    QVERIFY(window->messageTitle()->text().contains(QStringLiteral("Add a person")));
    QVERIFY(!window->addNumberAction()->isEnabled());

    // A person, through Ctrl+Shift+P.
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto* person = waitForChild<PersonDialog>(window);
    QVERIFY(person != nullptr);
    QCOMPARE(QApplication::activeModalWidget(), person);
    QTest::keyClicks(person->nameEdit(), QStringLiteral("Zhang Wei"));
    person->relationCombo()->setCurrentIndex(
        person->relationCombo()->findData(QStringLiteral("father")));
    QTest::mouseClick(person->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!person->isVisible());
    PeopleModel* people = window->peopleModel();
    QCOMPARE(people->rowCount(), 1);
    QVERIFY(people->index(0, 0).data().toString().contains(QStringLiteral("Zhang Wei")));
    QVERIFY(people->index(0, 0).data().toString().contains(
        Vocabulary::relationLabel(QStringLiteral("father"))));

    // A number, through Ctrl+Shift+N, typed with dashes.
    QVERIFY(window->addNumberAction()->isEnabled());
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* number = waitForChild<NumberDialog>(window);
    QVERIFY(number != nullptr);
    QTest::keyClicks(number->numberEdit(), QStringLiteral("138-0013-8000"));
    QVERIFY(number->numberHint()->text().contains(QStringLiteral("138 0013 8000")));
    QTest::keyClicks(number->cancelDateEdit()->lineEdit(), QStringLiteral("2030-01-31"));
    QTest::mouseClick(number->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!number->isVisible());
    const QModelIndex numberItem = people->index(0, 0, people->index(0, 0));
    QVERIFY(numberItem.isValid());
    QVERIFY(numberItem.data().toString().contains(QStringLiteral("138 0013 8000")));
    QCOMPARE(window->peopleView()->currentIndex(), numberItem);
    QCOMPARE(window->pages()->currentWidget(), window->numberPanel());
    QCOMPARE(window->numberPanel()->titleLabel()->text(), QStringLiteral("138 0013 8000"));
    // The overview comes first; Alt+S (the tab's mnemonic; Alt+V is the Vault menu) shows the
    // services.
    QCOMPARE(window->numberPanel()->tabs()->currentWidget(), window->numberPanel()->overview());
    QVERIFY(!window->numberPanel()->overview()->headline()->text().isEmpty());
    QTest::keyClick(window, Qt::Key_S, Qt::AltModifier);
    QVERIFY(window->numberPanel()->servicesShown());
    QVERIFY(window->numberPanel()->hintLabel()->isVisible()); // no services yet

    // A binding, through Ctrl+N, with a new service.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto* binding = waitForChild<BindingDialog>(window);
    QVERIFY(binding != nullptr);
    QCOMPARE(binding->dueEdit()->date(), QDate(2030, 1, 17)); // two weeks before cancelling
    QTest::keyClicks(binding->serviceCombo()->lineEdit(), QStringLiteral("WeChat"));
    // Typed by name, the service is the catalog's (with its steps), not a new custom one.
    QVERIFY(binding->catalogMatchBox()->isVisible());
    QVERIFY(binding->catalogMatchBox()->isChecked());
    QCOMPARE(binding->catalogId(), QStringLiteral("wechat"));
    QVERIFY(!binding->isNewService());
    QTest::keyClicks(binding->accountEdit(), QStringLiteral("wx_zhangwei"));
    QTest::mouseClick(binding->roleBox(BindingRole::SmsLogin), Qt::LeftButton);
    QVERIFY(binding->roleBox(BindingRole::SmsLogin)->isChecked());
    QTest::mouseClick(binding->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!binding->isVisible());

    NumberPanel* panel = window->numberPanel();
    QCOMPARE(panel->proxy()->rowCount(), 1);
    const auto cell = [panel](int column) {
        return panel->proxy()->index(0, column).data().toString();
    };
    QCOMPARE(cell(BindingTableModel::ServiceColumn), QStringLiteral("WeChat"));
    QCOMPARE(cell(BindingTableModel::AccountColumn), QStringLiteral("wx_zhangwei"));
    QVERIFY(
        cell(BindingTableModel::RolesColumn).contains(Vocabulary::label(BindingRole::SmsLogin)));
    QVERIFY(cell(BindingTableModel::RolesColumn).contains(Vocabulary::label(BindingRole::Login)));
    QCOMPARE(cell(BindingTableModel::StatusColumn), Vocabulary::label(BindingStatus::ToDo));
    QCOMPARE(cell(BindingTableModel::DueColumn), QStringLiteral("2030-01-17"));
    QVERIFY(!panel->hintLabel()->isVisible());
    QVERIFY(!window->countsLabel()->text().isEmpty());

    // Lock with Ctrl+L: nothing decrypted may remain in the window.
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!controller.isUnlocked());
    QVERIFY(controller.vault() == nullptr);
    QVERIFY(!window->isVisible());
    QVERIFY(controller.unlockDialog() != nullptr);
    QVERIFY(controller.unlockDialog()->isVisible());
    QCOMPARE(window->peopleModel()->rowCount(), 0);
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(panel->proxy()->rowCount(), 0);
    const QStringList secrets = {QStringLiteral("138 0013 8000"), QStringLiteral("13800138000"),
                                 QStringLiteral("Zhang Wei"), QStringLiteral("WeChat"),
                                 QStringLiteral("wx_zhangwei")};
    for (QWidget* top : QApplication::topLevelWidgets()) {
        for (const QString& text : visibleTexts(top)) {
            for (const QString& secret : secrets) {
                QVERIFY2(!text.contains(secret),
                         qPrintable(QStringLiteral("“%1” still shows “%2” in %3")
                                        .arg(text, secret, top->objectName())));
            }
        }
    }
    QVERIFY(!window->lockAction()->isEnabled());
    QVERIFY(!window->addPersonAction()->isEnabled());

    // Unlock through the dialog: the data is back.
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QTRY_VERIFY(controller.unlockDialog() == nullptr);
    QVERIFY(window->isVisible());
    QCOMPARE(people->rowCount(), 1);
    QVERIFY(people->index(0, 0).data().toString().contains(QStringLiteral("Zhang Wei")));
    QCOMPARE(window->pages()->currentWidget(), window->numberPanel());
    QCOMPARE(panel->titleLabel()->text(), QStringLiteral("138 0013 8000"));
    QCOMPARE(panel->proxy()->rowCount(), 1);
    QCOMPARE(cell(BindingTableModel::ServiceColumn), QStringLiteral("WeChat"));
}

void TestGui::keychainUnavailableIsExplained()
{
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.start();
    FirstRunDialog* first = controller.firstRunDialog();
    QVERIFY(first != nullptr);
    RememberOption* remember = first->rememberOption();
    // The keychain is asked in the background: the dialog shows at once and says so meanwhile.
    QTRY_VERIFY(!context.isCheckingKeychain());
    QVERIFY(!remember->checkBox()->isEnabled());
    QVERIFY(!remember->checkBox()->isChecked());
    QVERIFY(remember->explanation()->isVisible());
    QCOMPARE(remember->explanation()->text(), m_nullKeys.probe().message());
    QVERIFY(!remember->explanation()->text().isEmpty());

    // The passphrase path still works, and the unlock dialog says the same.
    QTest::keyClicks(first->passphraseFields()->firstEdit(), kPassphrase);
    QTest::keyClicks(first->passphraseFields()->secondEdit(), kPassphrase);
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QVERIFY(controller.isUnlocked());
    QVERIFY(!controller.isKeyRemembered());
    QVERIFY(!controller.mainWindow()->forgetKeyAction()->isEnabled());
    controller.lock();
    UnlockDialog* unlock = controller.unlockDialog();
    QVERIFY(unlock != nullptr);
    QVERIFY(!unlock->rememberOption()->checkBox()->isEnabled());
    QVERIFY(unlock->rememberOption()->explanation()->isVisible());
    QCOMPARE(unlock->rememberOption()->explanation()->text(), m_nullKeys.probe().message());
    QVERIFY(!unlock->rememberedKeyButton()->isVisible());
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
}

void TestGui::firstRunRefusesBadPassphrases()
{
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.start();
    FirstRunDialog* first = controller.firstRunDialog();
    QVERIFY(first != nullptr);
    PassphraseFields* fields = first->passphraseFields();
    QLabel* problem = fields->problemLabel();

    // Empty.
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(first->isVisible());

    // Too weak, even typed twice.
    QTest::keyClicks(fields->firstEdit(), QStringLiteral("abc123"));
    QTest::keyClicks(fields->secondEdit(), QStringLiteral("abc123"));
    QVERIFY(!PassphraseStrength::estimate(QStringLiteral("abc123")).acceptable());
    QCOMPARE(fields->strengthLabel()->text(),
             PassphraseStrength::estimate(QStringLiteral("abc123")).label());
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("too easy")));
    QVERIFY(first->isVisible());
    QVERIFY(!controller.isUnlocked());

    // Strong but different in the two boxes.
    fields->clear();
    QTest::keyClicks(fields->firstEdit(), kPassphrase);
    QTest::keyClicks(fields->secondEdit(), kPassphrase + QLatin1Char('x'));
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("different")));
    QCOMPARE(first->focusWidget(), fields->secondEdit());
    QVERIFY(!controller.isUnlocked());
    QVERIFY(!QFileInfo::exists(AppSettings::defaultVaultPath()));

    // Fixed: created. (The wrong repetition is selected for retyping; drop the last letter only.)
    QCOMPARE(fields->secondEdit()->selectedText(), kPassphrase + QLatin1Char('x'));
    QTest::keyClick(fields->secondEdit(), Qt::Key_End);
    QTest::keyClick(fields->secondEdit(), Qt::Key_Backspace);
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    QVERIFY(controller.isUnlocked());
    QVERIFY(QFileInfo::exists(AppSettings::defaultVaultPath()));
}

void TestGui::firstRunChoosesFileAndOpensExisting()
{
    // Choose another place for a new vault.
    {
        UiContext context(m_nullKeys, fastKdf);
        AppController controller(context);
        controller.start();
        FirstRunDialog* first = controller.firstRunDialog();
        QVERIFY(first != nullptr);
        // No ending typed: new vaults get .rebind (older .vault files still open).
        FileDialogs::setNextFileName(vaultFile(QStringLiteral("family")));
        QTest::mouseClick(first->findChild<QPushButton*>(QStringLiteral("chooseLocationButton")),
                          Qt::LeftButton);
        QCOMPARE(first->path(), vaultFile(QStringLiteral("family.rebind")));
        QVERIFY(first->findChild<QLabel*>(QStringLiteral("vaultPathLabel"))
                    ->text()
                    .contains(QStringLiteral("family.rebind")));
        QTest::keyClicks(first->passphraseFields()->firstEdit(), kPassphrase);
        QTest::keyClicks(first->passphraseFields()->secondEdit(), kPassphrase);
        QTest::mouseClick(first->createButton(), Qt::LeftButton);
        QVERIFY(controller.isUnlocked());
        QVERIFY(QFileInfo::exists(vaultFile(QStringLiteral("family.rebind"))));
        QVERIFY(!QFileInfo::exists(AppSettings::defaultVaultPath()));
        QCOMPARE(AppSettings().vaultPath(), vaultFile(QStringLiteral("family.rebind")));
    }
    // Open an existing file instead of creating one.
    resetStandardLocations();
    const Sample sample = makeVault(vaultFile(QStringLiteral("other.vault")));
    QVERIFY(sample.numberId != 0);
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.start();
    FirstRunDialog* first = controller.firstRunDialog();
    QVERIFY(first != nullptr);
    FileDialogs::setNextFileName(vaultFile(QStringLiteral("other.vault")));
    QTest::mouseClick(first->openExistingButton(), Qt::LeftButton);
    QVERIFY(controller.unlockDialog() != nullptr);
    QCOMPARE(controller.unlockDialog()->path(), vaultFile(QStringLiteral("other.vault")));
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QCOMPARE(controller.mainWindow()->peopleModel()->rowCount(), 1);
    QCOMPARE(AppSettings().vaultPath(), vaultFile(QStringLiteral("other.vault")));
}

void TestGui::wrongPassphraseKeepsUnlockDialogOpen()
{
    const QString path = vaultFile();
    QVERIFY(makeVault(path).numberId != 0);
    const QString expected = Vault::open(path, QStringLiteral("not the passphrase")).message();
    QVERIFY(!expected.isEmpty());

    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(path);
    controller.start();
    UnlockDialog* unlock = controller.unlockDialog();
    QVERIFY(unlock != nullptr);
    QVERIFY(controller.firstRunDialog() == nullptr);
    QVERIFY(!unlock->errorLabel()->isVisible());

    QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton); // nothing typed
    QVERIFY(unlock->errorLabel()->isVisible());
    QVERIFY(unlock->isVisible());

    QTest::keyClicks(unlock->passphraseEdit(), QStringLiteral("not the passphrase"));
    QTest::keyClick(unlock->passphraseEdit(), Qt::Key_Return);
    QVERIFY(!controller.isUnlocked());
    QVERIFY(unlock->isVisible());
    QCOMPARE(controller.unlockDialog(), unlock);
    QVERIFY(unlock->errorLabel()->isVisible());
    QCOMPARE(unlock->errorLabel()->text(), expected);
    QCOMPARE(unlock->passphraseEdit()->selectedText(), QStringLiteral("not the passphrase"));

    // Retry in the same dialog: typing replaces the selected wrong passphrase.
    QTest::keyClicks(unlock->passphraseEdit(), kPassphrase);
    QVERIFY(!unlock->errorLabel()->isVisible());
    QTest::keyClick(unlock->passphraseEdit(), Qt::Key_Return);
    QVERIFY(controller.isUnlocked());
    QCOMPARE(controller.mainWindow()->peopleModel()->rowCount(), 1);

    // A damaged file says so.
    controller.lock();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 100));
    }
    QTest::keyClicks(controller.unlockDialog()->passphraseEdit(), kPassphrase);
    QTest::mouseClick(controller.unlockDialog()->unlockButton(), Qt::LeftButton);
    QVERIFY(!controller.isUnlocked());
    QCOMPARE(controller.unlockDialog()->errorLabel()->text(),
             Vault::open(path, kPassphrase).message());
    QVERIFY(controller.unlockDialog()->errorLabel()->text().contains(QStringLiteral("damaged")));
}

void TestGui::deleteBindingAsksAndUndoRestores()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    NumberPanel* panel = window->numberPanel();
    window->selectNumber(sample.numberId);
    QCOMPARE(panel->proxy()->rowCount(), 3);

    panel->selectBinding(sample.wechat);
    panel->table()->setFocus();
    // The table is on the Services tab: while the overview shows, Delete has no binding to act on.
    QCOMPARE(window->target(), MainWindow::Target::None);
    panel->showServices();
    panel->table()->setFocus();
    QCOMPARE(window->target(), MainWindow::Target::Binding);
    QVERIFY(window->deleteAction()->isEnabled());

    // Answered "No": nothing happens.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(panel->table(), Qt::Key_Delete);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("WeChat")));
    QCOMPARE(panel->proxy()->rowCount(), 3);
    QCOMPARE(controller.inventory()->bindings(sample.numberId)->size(), 3);
    QVERIFY(!window->undoAction()->isEnabled());

    // Answered "Yes": gone, from the table and the vault.
    const Binding before = *controller.inventory()->binding(sample.wechat);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(panel->table(), Qt::Key_Delete);
    QCOMPARE(MessageBox::shownCount(), 2);
    QCOMPARE(panel->proxy()->rowCount(), 2);
    QVERIFY(!proxyIndexOf(panel, QStringLiteral("WeChat")).isValid());
    QCOMPARE(controller.inventory()->bindings(sample.numberId)->size(), 2);
    QVERIFY(window->undoAction()->isEnabled());
    QVERIFY(window->undoAction()->text().contains(QStringLiteral("WeChat")));

    // Ctrl+Z brings it back, same entry (uid, account, history).
    QTest::keyClick(panel->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(panel->proxy()->rowCount(), 3);
    const QModelIndex back = proxyIndexOf(panel, QStringLiteral("WeChat"));
    QVERIFY(back.isValid());
    QCOMPARE(panel->table()->currentIndex().row(), back.row());
    const Binding* restored = panel->currentBinding();
    QVERIFY(restored != nullptr);
    QCOMPARE(restored->uid, before.uid);
    QCOMPARE(restored->account, before.account);
    auto events = controller.inventory()->events(before.uid);
    QVERIFY(events.ok());
    QCOMPARE(events->last().field, QStringLiteral("restored"));
    QVERIFY(!window->undoAction()->isEnabled());
}

void TestGui::deletePersonAsks()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectPerson(sample.personId);
    window->peopleView()->setFocus();
    QCOMPARE(window->target(), MainWindow::Target::Person);

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(window->peopleView(), Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Li Xiuying")));
    QCOMPARE(window->peopleModel()->rowCount(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(window->peopleView(), Qt::Key_Delete);
    QCOMPARE(window->peopleModel()->rowCount(), 0);
    QCOMPARE(controller.inventory()->people()->size(), 0);
    QCOMPARE(window->pages()->currentWidget()->objectName(), QStringLiteral("messagePage"));
    QVERIFY(window->messageTitle()->text().contains(QStringLiteral("Add a person")));
}

void TestGui::filterAndSort()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectNumber(sample.numberId);
    NumberPanel* panel = window->numberPanel();
    QLineEdit* filter = panel->filterEdit();
    QCOMPARE(panel->proxy()->rowCount(), 3);

    // Ctrl+F goes to the filter box.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);

    QTest::keyClicks(filter, QStringLiteral("wECh")); // service, any case
    QCOMPARE(serviceColumn(panel), QStringList{QStringLiteral("WeChat")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("EXAMPLE.com")); // account
    QCOMPARE(serviceColumn(panel), QStringList{QStringLiteral("Alipay")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("pension")); // notes
    QCOMPARE(serviceColumn(panel), QStringList{QStringLiteral("ICBC bank")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("(nothing"));
    QCOMPARE(panel->proxy()->rowCount(), 0);
    QVERIFY(panel->hintLabel()->isVisible());
    QVERIFY(panel->hintLabel()->text().contains(QStringLiteral("(nothing")));
    filter->clear();
    QCOMPARE(panel->proxy()->rowCount(), 3);
    QVERIFY(!panel->hintLabel()->isVisible());

    // Sorted by service by default; clicking the Due header sorts by date, undated last.
    QCOMPARE(serviceColumn(panel),
             (QStringList{QStringLiteral("Alipay"), QStringLiteral("ICBC bank"),
                          QStringLiteral("WeChat")}));
    QHeaderView* header = panel->table()->horizontalHeader();
    const int dueX = header->sectionViewportPosition(BindingTableModel::DueColumn) +
                     header->sectionSize(BindingTableModel::DueColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(dueX, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(BindingTableModel::DueColumn));
    const QStringList byDue = serviceColumn(panel);
    const QStringList ascending = {QStringLiteral("ICBC bank"), QStringLiteral("WeChat"),
                                   QStringLiteral("Alipay")};
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QVERIFY2(byDue == ascending || byDue == descending, qPrintable(byDue.join(QLatin1Char(','))));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(dueX, header->height() / 2));
    QCOMPARE(serviceColumn(panel), byDue == ascending ? descending : ascending);
}

void TestGui::editByDoubleClickAndF2()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectNumber(sample.numberId);
    NumberPanel* panel = window->numberPanel();

    // Double-click a row: its binding opens, filled in.
    const QModelIndex alipay = proxyIndexOf(panel, QStringLiteral("Alipay"));
    QVERIFY(alipay.isValid());
    const QRect rect = panel->table()->visualRect(alipay);
    QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel->table()->viewport(), Qt::LeftButton, {}, rect.center());
    auto* dialog = waitForChild<BindingDialog>(window);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->serviceCombo()->currentText(), QStringLiteral("Alipay"));
    QCOMPARE(dialog->accountEdit()->text(), QStringLiteral("li@example.com"));
    QVERIFY(!dialog->isNewService());
    dialog->statusCombo()->setCurrentIndex(
        dialog->statusCombo()->findData(static_cast<int>(BindingStatus::Done)));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(controller.inventory()->binding(sample.alipay)->status, BindingStatus::Done);
    const QModelIndex edited = proxyIndexOf(panel, QStringLiteral("Alipay"));
    QCOMPARE(edited.siblingAtColumn(BindingTableModel::StatusColumn).data().toString(),
             Vocabulary::label(BindingStatus::Done));

    // F2 on the person in the tree edits the person.
    window->selectPerson(sample.personId);
    window->peopleView()->setFocus();
    QVERIFY(window->editAction()->isEnabled());
    QTest::keyClick(window->peopleView(), Qt::Key_F2);
    auto* person = waitForChild<PersonDialog>(window);
    QVERIFY(person != nullptr);
    QCOMPARE(person->nameEdit()->text(), QStringLiteral("Li Xiuying"));
    QCOMPARE(person->relationCombo()->currentText(),
             Vocabulary::relationLabel(QStringLiteral("mother")));
    person->nameEdit()->selectAll();
    QTest::keyClicks(person->nameEdit(), QStringLiteral("Li Xiuying (Mum)"));
    QTest::keyClick(person->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!person->isVisible());
    QCOMPARE(controller.inventory()->person(sample.personId)->name,
             QStringLiteral("Li Xiuying (Mum)"));
    QCOMPARE(controller.inventory()->person(sample.personId)->relation, QStringLiteral("mother"));
    QVERIFY(window->peopleModel()->index(0, 0).data().toString().contains(QStringLiteral("Mum")));

    // F2 on a number edits the number.
    window->selectNumber(sample.numberId);
    window->peopleView()->setFocus();
    QTest::keyClick(window->peopleView(), Qt::Key_F2);
    auto* number = waitForChild<NumberDialog>(window);
    QVERIFY(number != nullptr);
    QCOMPARE(number->numberEdit()->text(), QStringLiteral("139 1234 5678"));
    QCOMPARE(number->cancelDateEdit()->date(), QDate(2031, 6, 30));
    QTest::keyClicks(number->replacementEdit(), QStringLiteral("+86 150 0000 1111"));
    QTest::mouseClick(number->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!number->isVisible());
    QCOMPARE(controller.inventory()->number(sample.numberId)->replacement.e164(),
             QStringLiteral("+8615000001111"));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("numberReplacement"))
                ->text()
                .contains(QStringLiteral("150 0000 1111")));
}

void TestGui::numberDialogValidates()
{
    makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    NumberDialog* dialog = window->addNumber();
    QVERIFY(dialog != nullptr);

    QTest::keyClicks(dialog->numberEdit(), QStringLiteral("12345"));
    const QString invalid = PhoneNumber::parse(QStringLiteral("12345")).message();
    QVERIFY(!invalid.isEmpty());
    QCOMPARE(dialog->numberHint()->text(), invalid);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problemLabel()->text(), invalid);

    dialog->numberEdit()->clear();
    QTest::keyClicks(dialog->numberEdit(), QStringLiteral("0086 138 0013 8000"));
    QVERIFY(dialog->numberHint()->text().contains(QStringLiteral("138 0013 8000")));
    QTest::keyClicks(dialog->replacementEdit(), QStringLiteral("99"));
    QVERIFY(!dialog->replacementHint()->text().isEmpty());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->replacementEdit());

    dialog->replacementEdit()->clear();
    QTest::keyClicks(dialog->replacementEdit(), QStringLiteral("13800138000"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("differ")));

    // A number already in the vault: the Inventory error goes to a message box, the dialog stays.
    dialog->replacementEdit()->clear();
    dialog->numberEdit()->clear();
    QTest::keyClicks(dialog->numberEdit(), QStringLiteral("139 1234 5678"));
    const int shown = MessageBox::shownCount();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("139 1234 5678")));
    QVERIFY(dialog->isVisible());

    dialog->numberEdit()->clear();
    QTest::keyClicks(dialog->numberEdit(), QStringLiteral("+86 138 0013 8000"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(controller.inventory()->numbers(0)->size(), 2);
}

void TestGui::bindingDialogReusesServices()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectNumber(sample.numberId);
    const qsizetype servicesBefore = controller.inventory()->services()->size();

    // An existing service typed in another case is reused; its details are shown, read-only.
    BindingDialog* dialog = window->addBinding();
    QVERIFY(dialog != nullptr);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton); // no service yet
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problemLabel()->isVisible());
    QTest::keyClicks(dialog->serviceCombo()->lineEdit(), QStringLiteral("wechat"));
    QVERIFY(!dialog->isNewService());
    QVERIFY(!dialog->categoryCombo()->isEnabled());
    QTest::keyClicks(dialog->accountEdit(), QStringLiteral("second account"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(controller.inventory()->services()->size(), servicesBefore);

    // A new name becomes a custom service with its category and address.
    dialog = window->addBinding();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->serviceCombo()->lineEdit(), QStringLiteral("Didi"));
    // The catalog knows DiDi; untick its offer to keep a custom service of one's own.
    QVERIFY(dialog->catalogMatchBox()->isChecked());
    QVERIFY(!dialog->categoryCombo()->isEnabled());
    QTest::mouseClick(dialog->catalogMatchBox(), Qt::LeftButton);
    QVERIFY(!dialog->catalogMatchBox()->isChecked());
    QVERIFY(dialog->isNewService());
    QVERIFY(dialog->categoryCombo()->isEnabled());
    dialog->categoryCombo()->setCurrentIndex(
        dialog->categoryCombo()->findData(QStringLiteral("travel")));
    QTest::keyClicks(dialog->urlEdit(), QStringLiteral("https://www.didiglobal.com"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const auto services = *controller.inventory()->services();
    QCOMPARE(services.size(), servicesBefore + 1);
    const auto didi = std::find_if(services.cbegin(), services.cend(), [](const Service& s) {
        return s.name == QLatin1String("Didi");
    });
    QVERIFY(didi != services.cend());
    QCOMPARE(didi->category, QStringLiteral("travel"));
    QCOMPARE(didi->url, QStringLiteral("https://www.didiglobal.com"));
    QVERIFY(didi->isCustom());
    QCOMPARE(window->numberPanel()->proxy()->rowCount(), 5);
    QCOMPARE(window->numberPanel()->currentServiceName(), QStringLiteral("Didi"));

    // The picker uses the catalog search: initials find the catalog's service and its steps.
    dialog = window->addBinding();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->serviceCombo()->lineEdit(), QStringLiteral("zfb"));
    QVERIFY(dialog->catalogMatchBox()->isVisible());
    QVERIFY(dialog->catalogMatchBox()->text().contains(QStringLiteral("Alipay")));
    QVERIFY(dialog->catalogMatchBox()->isChecked());
    QCOMPARE(dialog->service().catalogId, QStringLiteral("alipay"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const auto after = *controller.inventory()->services();
    QVERIFY(std::any_of(after.cbegin(), after.cend(),
                        [](const Service& s) { return s.key() == QLatin1String("alipay"); }));
    QCOMPARE(window->numberPanel()->proxy()->rowCount(), 6);
}

void TestGui::rememberedKeyLifecycle()
{
    MemoryKeyStore keys;
    UiContext context(keys, fastKdf);
    QString vaultId;
    {
        AppController controller(context);
        controller.start();
        FirstRunDialog* first = controller.firstRunDialog();
        QVERIFY(first != nullptr);
        QTRY_VERIFY(first->rememberOption()->checkBox()->isEnabled());
        QTest::keyClicks(first->passphraseFields()->firstEdit(), kPassphrase);
        QTest::keyClicks(first->passphraseFields()->secondEdit(), kPassphrase);
        clickCheckBox(first->rememberOption()->checkBox());
        QTest::mouseClick(first->createButton(), Qt::LeftButton);
        QVERIFY(controller.isUnlocked());
        vaultId = controller.vault()->vaultId();
        QVERIFY(keys.entries.contains(vaultId));
        QVERIFY(controller.isKeyRemembered());
        QVERIFY(controller.mainWindow()->forgetKeyAction()->isEnabled());

        // After locking, the remembered key opens it without the passphrase.
        controller.lock();
        UnlockDialog* unlock = controller.unlockDialog();
        QVERIFY(unlock != nullptr);
        QVERIFY(unlock->rememberedKeyButton()->isVisible());
        QVERIFY(unlock->rememberOption()->checkBox()->isChecked());
        QTest::mouseClick(unlock->rememberedKeyButton(), Qt::LeftButton);
        QVERIFY(controller.isUnlocked());
    }
    // The next start opens with the remembered key as soon as the keychain answers.
    {
        AppController controller(context);
        controller.start();
        QTRY_VERIFY(controller.isUnlocked());
        QVERIFY(controller.unlockDialog() == nullptr);
        QVERIFY(controller.mainWindow()->isVisible());
    }
    // A remembered key that no longer fits is forgotten, and the passphrase is asked for.
    keys.entries.insert(vaultId, QByteArray(32, 'x'));
    {
        AppController controller(context);
        controller.start();
        QVERIFY(!controller.isUnlocked());
        UnlockDialog* unlock = controller.unlockDialog();
        QVERIFY(unlock != nullptr);
        // The remembered key is tried in the background; the notice follows its failure.
        QTRY_VERIFY(unlock->noticeLabel()->isVisible());
        QVERIFY(unlock->noticeLabel()->text().contains(QStringLiteral("forgotten")));
        QVERIFY(!keys.entries.contains(vaultId));
        QVERIFY(!unlock->rememberedKeyButton()->isVisible());
        QVERIFY(!unlock->rememberOption()->checkBox()->isChecked());
        // Tick it again while unlocking with the passphrase.
        clickCheckBox(unlock->rememberOption()->checkBox());
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        QVERIFY(keys.entries.contains(vaultId));

        // Forget: the entry goes, the menu item turns off, and the next start asks.
        QVERIFY(controller.mainWindow()->forgetKeyAction()->isEnabled());
        controller.mainWindow()->forgetKeyAction()->trigger();
        QVERIFY(!keys.entries.contains(vaultId));
        QVERIFY(!controller.mainWindow()->forgetKeyAction()->isEnabled());
    }
    {
        AppController controller(context);
        controller.start();
        QVERIFY(!controller.isUnlocked());
        QVERIFY(controller.unlockDialog() != nullptr);
        QVERIFY(!controller.unlockDialog()->noticeLabel()->isVisible());
        // Unlocking with the box cleared leaves nothing behind.
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        QVERIFY(keys.entries.isEmpty());
    }
}

void TestGui::changePassphrase()
{
    MemoryKeyStore keys;
    makeVault(vaultFile());
    UiContext context(keys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QTRY_VERIFY(controller.unlockDialog()->rememberOption()->checkBox()->isEnabled());
    clickCheckBox(controller.unlockDialog()->rememberOption()->checkBox());
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    const QString oldId = controller.vault()->vaultId();
    QVERIFY(keys.entries.contains(oldId));

    controller.mainWindow()->changePassphraseAction()->trigger();
    auto* dialog = waitForChild<ChangePassphraseDialog>(controller.mainWindow());
    QVERIFY(dialog != nullptr);

    // A new passphrase made of what is in the vault is judged weaker.
    QTest::keyClicks(dialog->passphraseFields()->firstEdit(),
                     QStringLiteral("LiXiuying13912345678"));
    const int withNames = dialog->passphraseFields()->meter()->value();
    QVERIFY(withNames <
            PassphraseStrength::estimate(QStringLiteral("LiXiuying13912345678")).percent());
    dialog->passphraseFields()->clear();

    // Wrong current passphrase: said so, dialog stays.
    QTest::keyClicks(dialog->currentEdit(), QStringLiteral("wrong one"));
    QTest::keyClicks(dialog->passphraseFields()->firstEdit(), kNewPassphrase);
    QTest::keyClicks(dialog->passphraseFields()->secondEdit(), kNewPassphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(controller.vault()->vaultId(), oldId);

    dialog->currentEdit()->clear();
    QTest::keyClicks(dialog->currentEdit(), kPassphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("changed")));
    const QString newId = controller.vault()->vaultId();
    QVERIFY(newId != oldId);
    QVERIFY(!keys.entries.contains(oldId));
    QVERIFY(keys.entries.contains(newId));

    // The old passphrase no longer opens it; the new one does.
    controller.lock();
    UnlockDialog* unlock = controller.unlockDialog();
    QTest::keyClicks(unlock->passphraseEdit(), kPassphrase);
    QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton);
    QVERIFY(!controller.isUnlocked());
    unlock->passphraseEdit()->clear();
    QVERIFY(unlockWithPassphrase(controller, kNewPassphrase));
    QCOMPARE(controller.mainWindow()->peopleModel()->rowCount(), 1);
}

void TestGui::settingsSavesLanguage()
{
    makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    QVERIFY(AppSettings().language().isEmpty());
    controller.mainWindow()->settingsAction()->trigger();
    auto* dialog = waitForChild<SettingsDialog>(controller.mainWindow());
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->chosenLanguage(), QString());
    dialog->languageCombo()->setCurrentIndex(
        dialog->languageCombo()->findData(QStringLiteral("zh_CN")));
    QCOMPARE(dialog->languageCombo()->currentText(), QStringLiteral("简体中文"));
    dialog->accept();
    QCOMPARE(AppSettings().language(), QStringLiteral("zh_CN"));
    // Nothing personal reaches the settings file.
    QFile file(AppSettings::settingsFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settings = file.readAll();
    QVERIFY(!settings.contains("Li Xiuying"));
    QVERIFY(!settings.contains("13912345678"));
}

void TestGui::quitWipes()
{
    makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    QSignalSpy quit(&controller, &AppController::quitRequested);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    controller.mainWindow()->close();
    QCOMPARE(quit.count(), 1);
    QVERIFY(!controller.isUnlocked());
    QCOMPARE(controller.mainWindow()->peopleModel()->rowCount(), 0);
    QVERIFY(controller.unlockDialog() == nullptr);

    // Quitting from the unlock dialog asks to quit as well.
    AppController again(context);
    QSignalSpy quitAgain(&again, &AppController::quitRequested);
    again.setVaultPath(vaultFile());
    again.start();
    QVERIFY(again.unlockDialog() != nullptr);
    QTest::mouseClick(again.unlockDialog()->findChild<QPushButton*>(QStringLiteral("quitButton")),
                      Qt::LeftButton);
    QCOMPARE(quitAgain.count(), 1);
}

// ---- catalog: discovery checklist and service details ------------------------------------------

namespace {

// Types term into the checklist's search box, goes down into the results and ticks the first one
// with Space, as a keyboard user would. Returns the id ticked.
QString tickFirstFound(ChecklistDialog* checklist, const QString& term)
{
    checklist->searchEdit()->setFocus();
    checklist->searchEdit()->clear();
    QTest::keyClicks(checklist->searchEdit(), term);
    QTest::keyClick(checklist->searchEdit(), Qt::Key_Down);
    QListView* list = checklist->serviceList();
    if (list->currentIndex().row() != 0) {
        return QString();
    }
    QTest::keyClick(list, Qt::Key_Space);
    return list->currentIndex().data(ChecklistModel::IdRole).toString();
}

// The catalog ids of a number's bindings, with each binding's roles.
QHash<QString, BindingRoles> catalogBindings(Inventory* inventory, qint64 numberId)
{
    QHash<QString, BindingRoles> out;
    QHash<qint64, QString> ids;
    const auto services = inventory->services();
    const auto bindings = inventory->bindings(numberId);
    if (!services || !bindings) {
        return out;
    }
    for (const Service& service : *services) {
        ids.insert(service.id, service.catalogId);
    }
    for (const Binding& binding : *bindings) {
        const QString id = ids.value(binding.serviceId);
        if (!id.isEmpty()) {
            out.insert(id, binding.roles);
        }
    }
    return out;
}

} // namespace

void TestGui::checklistAddsTickedServices()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectNumber(sample.numberId);
    QVERIFY(window->findServicesAction()->isEnabled());

    // Ctrl+Shift+F opens the checklist for the selected number, ready to search.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ChecklistDialog> checklist = waitForChild<ChecklistDialog>(window);
    QVERIFY(checklist != nullptr);
    QTRY_COMPARE(QApplication::focusWidget(), checklist->searchEdit());
    ChecklistModel* model = checklist->model();

    // First view: every curated service, none of the public ones, the riskiest first.
    QCOMPARE(checklist->currentCategory(), ChecklistDialog::allCommonKey());
    const QStringList common = checklist->shownIds();
    QVERIFY(common.size() >= 100);
    for (const QString& id : common) {
        QVERIFY2(Catalog::builtIn().find(id)->isCurated(), qPrintable(id));
    }
    QCOMPARE(common.first(), QStringLiteral("wechat"));
    QCOMPARE(common.at(1), QStringLiteral("alipay"));
    QVERIFY(!checklist->addButton()->isEnabled());
    // Each row: the badge and both names.
    const QModelIndex firstRow = model->index(0);
    QVERIFY(!firstRow.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(firstRow.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // "wx" finds WeChat first; Down and Space tick it.
    QCOMPARE(tickFirstFound(checklist, QStringLiteral("wx")), QStringLiteral("wechat"));
    QCOMPARE(checklist->shownIds().first(), QStringLiteral("wechat"));
    QVERIFY(model->isTicked(QStringLiteral("wechat")));
    QCOMPARE(checklist->detailPanel()->serviceKey(), QStringLiteral("wechat"));
    QVERIFY(checklist->roleBox(BindingRole::Login)->isEnabled());
    QCOMPARE(tickFirstFound(checklist, QStringLiteral("zfb")), QStringLiteral("alipay"));
    QCOMPARE(tickFirstFound(checklist, QStringLiteral("taobao.com")), QStringLiteral("taobao"));
    QCOMPARE(tickFirstFound(checklist, QStringLiteral("95555")), QStringLiteral("cmb"));

    // 12306 through its category, ticked with the mouse on its tick box; one role changed.
    checklist->showCategory(QStringLiteral("travel"));
    QCOMPARE(checklist->currentCategory(), QStringLiteral("travel"));
    QVERIFY(checklist->searchEdit()->text().isEmpty());
    QVERIFY(checklist->shownIds().contains(QStringLiteral("railway-12306")));
    QVERIFY(checklist->selectService(QStringLiteral("railway-12306")));
    QListView* list = checklist->serviceList();
    const QModelIndex railway = list->currentIndex();
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualRect(railway);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    option.decorationSize = list->iconSize();
    const QRect check =
        list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, check.center());
    QVERIFY(model->isTicked(QStringLiteral("railway-12306")));
    const CatalogEntry* railwayEntry = Catalog::builtIn().find(QStringLiteral("railway-12306"));
    QCheckBox* notifications = checklist->roleBox(BindingRole::Notifications);
    QVERIFY(notifications->isEnabled());
    QVERIFY(!notifications->isChecked());
    clickCheckBox(notifications);
    QCOMPARE(model->roles(QStringLiteral("railway-12306")),
             railwayEntry->defaultRoles() | BindingRole::Notifications);

    // Unticking and ticking again starts from the catalog's roles.
    QCOMPARE(model->tickedIds().size(), 5);
    QVERIFY(checklist->addButton()->isEnabled());
    QVERIFY(checklist->addButton()->text().contains(QLatin1Char('5')));

    // Add: five bindings, each with its catalog id and roles.
    QTest::mouseClick(checklist->addButton(), Qt::LeftButton);
    QTRY_VERIFY(checklist.isNull() || !checklist->isVisible());
    const QHash<QString, BindingRoles> added =
        catalogBindings(controller.inventory(), sample.numberId);
    const QStringList ids = {QStringLiteral("wechat"), QStringLiteral("alipay"),
                             QStringLiteral("taobao"), QStringLiteral("cmb"),
                             QStringLiteral("railway-12306")};
    QCOMPARE(added.size(), 5);
    for (const QString& id : ids) {
        QVERIFY2(added.contains(id), qPrintable(id));
        const BindingRoles expected =
            id == QLatin1String("railway-12306")
                ? railwayEntry->defaultRoles() | BindingRole::Notifications
                : Catalog::builtIn().find(id)->defaultRoles();
        QVERIFY2(added.value(id) == expected, qPrintable(id));
    }
    QCOMPARE(controller.inventory()->bindings(sample.numberId)->size(), 3 + 5);
    QCOMPARE(window->numberPanel()->proxy()->rowCount(), 3 + 5);
    QVERIFY(proxyIndexOf(window->numberPanel(), QStringLiteral("China Merchants Bank (CMB)"))
                .isValid());
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("WeChat")));
    // Alipay, a money service, carries the payment / reserved-number role from the catalog.
    QVERIFY(added.value(QStringLiteral("alipay")).testFlag(BindingRole::BankReserved));

    // Reopened: the five show as Added and cannot be ticked again.
    QVERIFY(activate(window));
    checklist = window->findServices();
    QVERIFY(checklist != nullptr);
    model = checklist->model();
    for (const QString& id : ids) {
        QVERIFY2(model->isAdded(id), qPrintable(id));
    }
    QTest::keyClicks(checklist->searchEdit(), QStringLiteral("wx"));
    const QModelIndex wechat = model->index(0);
    QCOMPARE(wechat.data(ChecklistModel::IdRole).toString(), QStringLiteral("wechat"));
    QVERIFY(wechat.data(ChecklistModel::AddedRole).toBool());
    QCOMPARE(wechat.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!model->flags(wechat).testFlag(Qt::ItemIsUserCheckable));
    QTest::keyClick(checklist->searchEdit(), Qt::Key_Down);
    QTest::keyClick(checklist->serviceList(), Qt::Key_Space);
    QVERIFY(model->tickedIds().isEmpty());
    QVERIFY(!checklist->addButton()->isEnabled());
    QVERIFY(checklist->rolesHint()->text().contains(QStringLiteral("Already")));
    // Nothing ticked: Escape closes without asking.
    const int asked = MessageBox::shownCount();
    QTest::keyClick(checklist->serviceList(), Qt::Key_Escape);
    QTRY_VERIFY(checklist.isNull() || !checklist->isVisible());
    QCOMPARE(MessageBox::shownCount(), asked);
}

void TestGui::checklistCustomServiceAndPublicEntries()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectNumber(sample.numberId);
    QTest::mouseClick(window->numberPanel()->findServicesButton(), Qt::LeftButton);
    QPointer<ChecklistDialog> checklist = waitForChild<ChecklistDialog>(window);
    QVERIFY(checklist != nullptr);

    // Public entries stay out of the categories until asked for; a search always finds them.
    const auto publicCount = [&checklist] {
        int count = 0;
        for (const QString& id : checklist->shownIds()) {
            count += Catalog::builtIn().find(id)->isCurated() ? 0 : 1;
        }
        return count;
    };
    checklist->showCategory(QStringLiteral("email-cloud"));
    const int curatedOnly = static_cast<int>(checklist->shownIds().size());
    QCOMPARE(publicCount(), 0);
    QTest::mouseClick(checklist->publicToggle(), Qt::LeftButton);
    QVERIFY(checklist->publicToggle()->isChecked());
    QCOMPARE(checklist->currentCategory(), QStringLiteral("email-cloud"));
    QVERIFY(publicCount() > 0);
    QVERIFY(checklist->shownIds().size() > curatedOnly);
    // Curated ones stay on top.
    QVERIFY(Catalog::builtIn().find(checklist->shownIds().first())->isCurated());
    QTest::mouseClick(checklist->publicToggle(), Qt::LeftButton);
    QCOMPARE(publicCount(), 0);
    const CatalogEntry* publicEntry = nullptr;
    for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
        if (!entry.isCurated() && !entry.domains.isEmpty()) {
            publicEntry = &entry;
            break;
        }
    }
    QVERIFY(publicEntry != nullptr);
    QTest::keyClicks(checklist->searchEdit(), publicEntry->domains.first());
    QVERIFY(checklist->shownIds().contains(publicEntry->id));
    QVERIFY(checklist->selectService(publicEntry->id));
    QVERIFY(checklist->detailPanel()->confidenceLabel()->text().contains(
        QStringLiteral("2fa.directory")));

    // A ticked service and "Not in the list?": the custom form opens over the checklist with
    // what was searched, and the ticks survive it.
    checklist->searchEdit()->clear();
    QVERIFY(tickFirstFound(checklist, QStringLiteral("wx")) == QStringLiteral("wechat"));
    checklist->searchEdit()->setText(QStringLiteral("Grandma's pharmacy"));
    QTest::mouseClick(checklist->customButton(), Qt::LeftButton);
    auto* custom = waitForChild<BindingDialog>(checklist);
    QVERIFY(custom != nullptr);
    QCOMPARE(custom->serviceCombo()->currentText(), QStringLiteral("Grandma's pharmacy"));
    QVERIFY(custom->isNewService());
    QTest::mouseClick(custom->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!custom->isVisible());
    QVERIFY(proxyIndexOf(window->numberPanel(), QStringLiteral("Grandma's pharmacy")).isValid());
    QVERIFY(checklist->isVisible());
    QVERIFY(checklist->model()->isTicked(QStringLiteral("wechat")));

    // Closing with something ticked asks first; "No" keeps the checklist.
    MessageBox::setNextAnswer(QMessageBox::No);
    checklist->reject();
    QVERIFY(MessageBox::lastText().contains(QLatin1Char('1')));
    QVERIFY(checklist->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    checklist->reject();
    QTRY_VERIFY(checklist.isNull() || !checklist->isVisible());
    QVERIFY(catalogBindings(controller.inventory(), sample.numberId).isEmpty());
}

// Steps no source confirms carry the warning where people act on them; confirmed ones do not.
void TestGui::unverifiedStepsAreMarked()
{
    const CatalogEntry* unsourced = nullptr;
    const CatalogEntry* sourced = nullptr;
    for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
        if (entry.isCurated() && entry.confidence == QLatin1String("low") && !unsourced) {
            unsourced = &entry;
        }
        if (entry.isCurated() && entry.confidence == QLatin1String("high") && !sourced) {
            sourced = &entry;
        }
    }
    QVERIFY(unsourced != nullptr && sourced != nullptr);
    ServiceDetailPanel panel;
    panel.showEntry(*unsourced);
    QVERIFY(panel.unverifiedLabel()->isVisibleTo(&panel));
    QVERIFY(panel.unverifiedLabel()->text().contains(QStringLiteral("Steps not verified")));
    panel.showEntry(*sourced);
    QVERIFY(!panel.unverifiedLabel()->isVisibleTo(&panel));
}

void TestGui::serviceDetailsAndStepOverride()
{
    const Sample sample = makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    NumberPanel* panel = window->numberPanel();
    window->selectNumber(sample.numberId);

    const CatalogEntry* cmb = Catalog::builtIn().find(QStringLiteral("cmb"));
    QVERIFY(cmb != nullptr);
    // The app first, the counter as the way without the old number.
    QVERIFY(!cmb->inPerson);
    QVERIFY(cmb->channels.size() >= 2);
    const QStringList catalogSteps = cmb->steps.value(StepKind::Rebind).en;
    QVERIFY(!catalogSteps.isEmpty());

    // In the checklist: cmb's details show the branch-visit warning and its steps.
    QPointer<ChecklistDialog> checklist = window->findServices();
    QVERIFY(checklist != nullptr);
    QCOMPARE(tickFirstFound(checklist, QStringLiteral("95555")), QStringLiteral("cmb"));
    ServiceDetailPanel* inChecklist = checklist->detailPanel();
    QCOMPARE(inChecklist->serviceKey(), QStringLiteral("cmb"));
    QVERIFY(inChecklist->warningsLabel()->isVisible());
    // The sample number is the mother's: the warning names her ID card, not the reader's.
    QVERIFY(inChecklist->warningsLabel()->text().contains(
        QStringLiteral("a visit to a counter with your mother's ID card")));
    QVERIFY(!inChecklist->warningsLabel()->text().contains(QStringLiteral("your ID card")));
    QVERIFY(!inChecklist->warningsLabel()->text().contains(
        QStringLiteral("Needs a visit to a branch with")));
    QVERIFY(inChecklist->otherWaysLabel()->isVisible());
    QVERIFY(inChecklist->otherWaysLabel()->text().contains(QStringLiteral("Or at a counter")));
    QVERIFY(inChecklist->stepsLabel(StepKind::Rebind)->isVisible());
    QCOMPARE(inChecklist->shownSteps(StepKind::Rebind), catalogSteps);
    QVERIFY(inChecklist->stepsLabel(StepKind::Rebind)
                ->text()
                .contains(catalogSteps.first().toHtmlEscaped()));
    QVERIFY(inChecklist->lostNumberLabel()->isVisible());
    QVERIFY(!inChecklist->editedLabel()->isVisible());
    QTest::mouseClick(checklist->addButton(), Qt::LeftButton);
    QTRY_VERIFY(checklist.isNull() || !checklist->isVisible());

    // In the main window: the cmb binding's details through Ctrl+I.
    QVERIFY(activate(window));
    const QModelIndex row = proxyIndexOf(panel, cmb->name(QStringLiteral("en")));
    QVERIFY(row.isValid());
    panel->table()->setCurrentIndex(row);
    panel->table()->selectRow(row.row());
    panel->table()->setFocus();
    QVERIFY(window->detailsAction()->isEnabled());
    QVERIFY(panel->detailsButton()->isEnabled());
    QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier);
    QPointer<ServiceDetailDialog> details = waitForChild<ServiceDetailDialog>(window);
    QVERIFY(details != nullptr);
    ServiceDetailPanel* detail = details->panel();
    QCOMPARE(detail->serviceKey(), QStringLiteral("cmb"));
    QVERIFY(detail->warningsLabel()->text().contains(QStringLiteral("counter")));
    QCOMPARE(detail->shownSteps(StepKind::Rebind), catalogSteps);
    QVERIFY(detail->confidenceLabel()->text().contains(DisplayText::date(cmb->lastReviewed)));

    // "Open the official page" hands the catalog's address to the browser seam: the help page,
    // or the service's own site where the catalog knows no help page.
    QVERIFY(detail->officialButton()->isVisible());
    QTest::mouseClick(detail->officialButton(), Qt::LeftButton);
    QCOMPARE(UrlOpener::captured().size(), 1);
    QCOMPARE(UrlOpener::captured().first(),
             QUrl(cmb->helpUrl.isEmpty() ? QStringLiteral("https://") + cmb->domains.first()
                                         : cmb->helpUrl));

    // Own steps: saved in the vault, shown instead, marked.
    QVERIFY(!detail->resetStepsButton()->isVisible());
    QTest::mouseClick(detail->editStepsButton(), Qt::LeftButton);
    auto* steps = waitForChild<StepsDialog>(details);
    QVERIFY(steps != nullptr);
    QCOMPARE(steps->steps(StepKind::Rebind), catalogSteps);
    QVERIFY(steps->kinds().contains(StepKind::Close));
    steps->edit(StepKind::Rebind)->clear();
    QTest::keyClicks(steps->edit(StepKind::Rebind), QStringLiteral("Go to the branch on Main St"));
    QTest::keyClick(steps->edit(StepKind::Rebind), Qt::Key_Return);
    QTest::keyClick(steps->edit(StepKind::Rebind), Qt::Key_Return);
    QTest::keyClicks(steps->edit(StepKind::Rebind), QStringLiteral("  Bring the ID card  "));
    QTest::mouseClick(steps->okButton(), Qt::LeftButton);
    QVERIFY2(steps->problemLabel()->isHidden(), qPrintable(steps->problemLabel()->text()));
    QVERIFY2(MessageBox::lastIcon() != QMessageBox::Critical, qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(!steps->isVisible());
    const QStringList own = {QStringLiteral("Go to the branch on Main St"),
                             QStringLiteral("Bring the ID card")};
    QCOMPARE(detail->shownSteps(StepKind::Rebind), own);
    QVERIFY(detail->isEdited());
    QVERIFY(detail->editedLabel()->isVisible());
    QVERIFY(detail->editedLabel()->text().contains(QStringLiteral("Edited by you")));
    QVERIFY(detail->resetStepsButton()->isVisible());
    QCOMPARE(*controller.inventory()->stepOverride(QStringLiteral("cmb"), QStringLiteral("rebind")),
             own);
    // The close steps were left as the catalog has them: no override for them.
    QVERIFY(controller.inventory()
                ->stepOverride(QStringLiteral("cmb"), QStringLiteral("close"))
                ->isEmpty());

    // Closed with Escape, then locked with Ctrl+L; unlocking brings the own steps back.
    QTest::keyClick(detail->editStepsButton(), Qt::Key_Escape);
    QTRY_VERIFY(details.isNull());
    QVERIFY(activate(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!controller.isUnlocked());
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    window->selectNumber(sample.numberId);
    const QModelIndex again = proxyIndexOf(panel, cmb->name(QStringLiteral("en")));
    QVERIFY(again.isValid());
    panel->table()->setCurrentIndex(again);
    panel->table()->selectRow(again.row());
    QVERIFY(window->detailsAction()->isEnabled());
    QTest::mouseClick(panel->detailsButton(), Qt::LeftButton);
    details = waitForChild<ServiceDetailDialog>(window);
    QVERIFY(details != nullptr);
    detail = details->panel();
    QVERIFY(detail->isEdited());
    QVERIFY(detail->editedLabel()->isVisible());
    QCOMPARE(detail->shownSteps(StepKind::Rebind), own);
    QVERIFY(detail->stepsLabel(StepKind::Rebind)->text().contains(QStringLiteral("Main St")));

    // Reset, after a "No" that changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(detail->resetStepsButton(), Qt::LeftButton);
    QVERIFY(detail->isEdited());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(detail->resetStepsButton(), Qt::LeftButton);
    QVERIFY(!detail->isEdited());
    QVERIFY(!detail->editedLabel()->isVisible());
    QVERIFY(!detail->resetStepsButton()->isVisible());
    QCOMPARE(detail->shownSteps(StepKind::Rebind), catalogSteps);
    QVERIFY(controller.inventory()->overriddenServices()->isEmpty());

    // A custom service: its own steps only, under custom:<uid>.
    details->reject();
    panel->selectBinding(sample.wechat);
    details = window->showServiceDetails();
    QVERIFY(details != nullptr);
    detail = details->panel();
    QVERIFY(detail->serviceKey().startsWith(QStringLiteral("custom:")));
    QVERIFY(!detail->warningsLabel()->isVisible());
    QVERIFY(!detail->officialButton()->isEnabled());
    StepsDialog* customSteps = detail->editSteps();
    QVERIFY(customSteps != nullptr);
    QCOMPARE(customSteps->kinds().size(), 3);
    QTest::keyClicks(customSteps->edit(StepKind::Rebind), QStringLiteral("Ask Zhang Wei"));
    QTest::mouseClick(customSteps->okButton(), Qt::LeftButton);
    QCOMPARE(detail->shownSteps(StepKind::Rebind), QStringList{QStringLiteral("Ask Zhang Wei")});
    QCOMPARE(*controller.inventory()->overriddenServices(), QStringList{detail->serviceKey()});
}

void TestGui::aboutShowsCatalogAttribution()
{
    makeVault(vaultFile());
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->aboutAction()->trigger();
    auto* about = waitForChild<AboutDialog>(window);
    QVERIFY(about != nullptr);
    const QString attribution = about->attributionLabel()->text();
    for (const char* word :
         {"2fa.directory", "2factorauth/twofactorauth", "JustDeleteMe", "jdm-contrib/jdm", "MIT"}) {
        QVERIFY2(attribution.contains(QLatin1String(word)), word);
    }
    for (QPushButton* button :
         {about->twoFactorLicenceButton(), about->justDeleteMeLicenceButton()}) {
        QTest::mouseClick(button, Qt::LeftButton);
        auto* text = waitForChild<QPlainTextEdit>(about);
        QVERIFY(text != nullptr);
        QVERIFY(text->toPlainText().contains(QStringLiteral("MIT License")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("Permission is hereby granted")));
        text->window()->close();
        QTRY_VERIFY(waitForChild<QPlainTextEdit>(about, 0) == nullptr);
    }
}

QTEST_MAIN(TestGui)
// The walk-through: Done on three items updates the vault and the plan; lock and unlock, and it
// resumes at the fourth; Back, Skip, Verify and "Can't do it now" with a reason.
void TestGui::walkthroughResumesAfterLock()
{
    qint64 numberId = 0;
    {
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        QVERIFY(vault);
        Inventory inventory((*vault)->database());
        Person person;
        person.name = QStringLiteral("Wang Fang");
        const qint64 personId = *inventory.addPerson(person);
        NumberRecord number;
        number.personId = personId;
        number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        number.replacement = *PhoneNumber::parse(QStringLiteral("13800138000"));
        number.status = NumberStatus::Cancelling;
        number.cancelDate = QDate::currentDate().addDays(60);
        numberId = *inventory.addNumber(number);
        for (const QString& id : {QStringLiteral("wechat"), QStringLiteral("alipay"),
                                  QStringLiteral("cmb"), QStringLiteral("taobao")}) {
            const CatalogEntry* entry = Catalog::builtIn().find(id);
            QVERIFY2(entry != nullptr, qPrintable(id));
            Service wanted;
            wanted.catalogId = id;
            wanted.name = entry->name(QStringLiteral("en"));
            Binding binding;
            binding.numberId = numberId;
            binding.serviceId = inventory.ensureService(wanted)->id;
            binding.roles = BindingRole::Login;
            QVERIFY(inventory.addBinding(binding));
        }
    }
    UiContext context(m_nullKeys, fastKdf);
    AppController controller(context);
    controller.setVaultPath(vaultFile());
    controller.start();
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    MainWindow* window = controller.mainWindow();
    window->selectNumber(numberId);
    QVERIFY(window->walkthroughAction()->isEnabled());
    QVERIFY(window->numberPanel()->overview()->walkthroughButton()->isVisible());

    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<WalkthroughDialog> walk = waitForChild<WalkthroughDialog>(window);
    QVERIFY(walk != nullptr);
    const QList<PlanItem> items = walk->plan().items;
    QCOMPARE(items.size(), 8); // check the new number, four services, three closing steps
    QCOMPARE(walk->currentIndex(), 0);
    QCOMPARE(walk->currentItem()->key, QStringLiteral("check-new-number"));
    QCOMPARE(walk->progressLabel()->text(), QStringLiteral("1 of 8"));
    QVERIFY(walk->whatLabel()->text().contains(QStringLiteral("138 0013 8000")) ||
            walk->whatLabel()->text().contains(QStringLiteral("13800138000")));
    QVERIFY(!walk->backButton()->isEnabled());
    QCOMPARE(items.at(1).kind, PlanItem::Kind::Binding);
    QCOMPARE(items.at(2).kind, PlanItem::Kind::Binding);
    QCOMPARE(items.at(3).kind, PlanItem::Kind::Binding);

    Inventory* inventory = controller.inventory();
    const auto statusOf = [&](const PlanItem& item) {
        if (item.kind == PlanItem::Kind::Binding) {
            return inventory->binding(item.bindingId)->status;
        }
        for (const PlanStepState& state : *inventory->planSteps(numberId)) {
            if (state.step == item.key) {
                return state.status;
            }
        }
        return BindingStatus::ToDo;
    };

    // Done on three items: each is stored, the plan and the progress follow.
    QTest::mouseClick(walk->doneButton(), Qt::LeftButton);
    QCOMPARE(statusOf(items.at(0)), BindingStatus::Done);
    QCOMPARE(walk->currentIndex(), 1);
    QCOMPARE(walk->titleLabel()->text(), items.at(1).serviceName);
    QVERIFY(walk->whatLabel()->text().startsWith(QStringLiteral("Change the number here to")));
    QCOMPARE(walk->detailPanel()->serviceKey(), items.at(1).serviceKey);
    QVERIFY(walk->detailPanel()->isVisible());
    QVERIFY(!walk->verifyButton()->isVisible()); // a plan step has nothing to verify

    QTest::mouseClick(walk->doneButton(), Qt::LeftButton);
    QCOMPARE(statusOf(items.at(1)), BindingStatus::Done);
    QVERIFY(walk->verifyButton()->isVisible());
    QVERIFY(walk->verifyLabel()->text().contains(items.at(1).serviceName));
    QVERIFY(walk->verifyLabel()->text().contains(QStringLiteral("log in again")));
    QTest::mouseClick(walk->verifyButton(), Qt::LeftButton);
    QCOMPARE(statusOf(items.at(1)), BindingStatus::Verified);
    QCOMPARE(walk->currentIndex(), 2);

    QCOMPARE(walk->doneButton()->shortcut(),
             QKeySequence(QKeySequence::mnemonic(QStringLiteral("&Done"))));
    walk->doneButton()->setFocus();
    QTest::keyClick(walk->doneButton(), Qt::Key_Space); // keyboard only
    QCOMPARE(statusOf(items.at(2)), BindingStatus::Done);
    QCOMPARE(walk->currentIndex(), 3);
    QCOMPARE(walk->plan().doneCount(), 3);
    QCOMPARE(walk->progressLabel()->text(), QStringLiteral("4 of 8"));
    QCOMPARE(walk->progressBar()->value(), 3);
    QCOMPARE(statusOf(items.at(3)), BindingStatus::ToDo);
    // The main window's list shows the new statuses.
    QCOMPARE(window->numberPanel()->proxy()->rowCount(), 4);

    // Close, lock and unlock: the dialog is gone, and it resumes at the fourth item.
    walk->reject();
    QTRY_VERIFY(walk.isNull() || !walk->isVisible());
    QVERIFY(activate(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!controller.isUnlocked());
    QTRY_VERIFY(walk.isNull());
    QVERIFY(unlockWithPassphrase(controller, kPassphrase));
    window = controller.mainWindow();
    inventory = controller.inventory();
    window->selectNumber(numberId);
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    walk = waitForChild<WalkthroughDialog>(window);
    QVERIFY(walk != nullptr);
    QCOMPARE(walk->currentIndex(), 3);
    QCOMPARE(walk->currentItem()->key, items.at(3).key);
    QCOMPARE(walk->titleLabel()->text(), items.at(3).serviceName);
    QCOMPARE(walk->progressLabel()->text(), QStringLiteral("4 of 8"));

    // Back shows the previous item (already done); Skip moves on without changing it.
    QTest::mouseClick(walk->backButton(), Qt::LeftButton);
    QCOMPARE(walk->currentIndex(), 2);
    QVERIFY(walk->whatLabel()->text().contains(QStringLiteral("Already marked")));
    QTest::mouseClick(walk->skipButton(), Qt::LeftButton);
    QCOMPARE(walk->currentIndex(), 3);
    QCOMPARE(statusOf(items.at(2)), BindingStatus::Done);

    // Can't do it now: cancelling the question changes nothing; a reason makes it "waiting".
    WalkthroughDialog::setReasonAsker([](QWidget*) { return std::optional<QString>(); });
    QTest::mouseClick(walk->cannotButton(), Qt::LeftButton);
    QCOMPARE(walk->currentIndex(), 3);
    QCOMPARE(statusOf(items.at(3)), BindingStatus::ToDo);
    const QString reason = QStringLiteral("The bank branch is closed until Monday");
    WalkthroughDialog::setReasonAsker(
        [reason](QWidget*) { return std::optional<QString>(reason); });
    QTest::mouseClick(walk->cannotButton(), Qt::LeftButton);
    WalkthroughDialog::setReasonAsker({});
    QCOMPARE(statusOf(items.at(3)), BindingStatus::Waiting);
    QVERIFY(inventory->binding(items.at(3).bindingId)->notes.contains(reason));
    QCOMPARE(walk->currentIndex(), 4);

    // Not needed, then Skip: status stays as it was.
    QTest::mouseClick(walk->notNeededButton(), Qt::LeftButton);
    QCOMPARE(statusOf(items.at(4)), BindingStatus::NotNeeded);
    QCOMPARE(walk->currentIndex(), 5);
    QTest::mouseClick(walk->skipButton(), Qt::LeftButton);
    QCOMPARE(walk->currentIndex(), 6);
    QCOMPARE(statusOf(items.at(5)), BindingStatus::ToDo);
    walk->reject();
}

#include "tst_gui.moc"
