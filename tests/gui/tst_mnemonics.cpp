// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// No two things a person can reach with the same Alt key in one window or one menu: with a
// clash, Alt+letter only moves the focus between them (or opens the wrong one), so every dialog
// and menu is opened for real, in both languages, over a real vault, and its mnemonics compared.

#include "AboutDialog.h"
#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "BindingDialog.h"
#include "BindingHistoryDialog.h"
#include "ChangePassphraseDialog.h"
#include "ChecklistDialog.h"
#include "DiscoveryDialog.h"
#include "ExportDialog.h"
#include "FirstRunDialog.h"
#include "FormDialog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewOwnerDialog.h"
#include "NullKeyStore.h"
#include "NumberDialog.h"
#include "NumberPanel.h"
#include "PassphraseFields.h"
#include "PersonDialog.h"
#include "RestoreBackupDialog.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "ServiceText.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "StepsDialog.h"
#include "Translator.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "UrlOpener.h"
#include "Vault.h"
#include "VaultBackups.h"
#include "WalkthroughDialog.h"

#include <memory>
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");

// How much was looked at, so that the test cannot pass by finding no windows or no mnemonics.
int g_windowsChecked = 0;
int g_mnemonicsSeen = 0;

// The key Qt binds to Alt for a text: the character after the first '&' that is not "&&".
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

struct Owner
{
    QString text;
    QString kind;
};

// Collects who holds which key; a second holder of a key is a clash, told with both texts.
class KeyTable
{
public:
    void add(const QString& text, const QString& kind)
    {
        const QChar key = mnemonicOf(text);
        if (!key.isNull()) {
            ++g_mnemonicsSeen;
            m_keys[key].append({text, kind});
        }
    }

    QStringList clashes(const QString& where) const
    {
        QStringList out;
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            if (it->size() < 2) {
                continue;
            }
            QStringList holders;
            for (const Owner& owner : *it) {
                holders << QStringLiteral("\"%1\" (%2)").arg(owner.text, owner.kind);
            }
            out << QStringLiteral("%1: Alt+%2 is %3")
                       .arg(where, QString(it.key()), holders.join(QStringLiteral(" and ")));
        }
        return out;
    }

private:
    QMap<QChar, QList<Owner>> m_keys;
};

QString describe(const QWidget* window, const QString& name)
{
    return QStringLiteral("%1 window \"%2\" [%3]")
        .arg(QString::fromLatin1(window->metaObject()->className()), window->windowTitle(), name);
}

// The mnemonics of one menu: its visible actions, enabled or not (the selection enables them).
void checkMenu(QMenu* menu, const QString& where, QSet<QString>& problems)
{
    KeyTable table;
    const auto actions = menu->actions();
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        table.add(action->text(), QStringLiteral("menu item"));
        if (action->menu() != nullptr) {
            checkMenu(action->menu(), where + QStringLiteral(" > ") + action->text(), problems);
        }
    }
    const QString here = where + QStringLiteral(", menu \"") + menu->title() + QLatin1Char('"');
    for (const QString& clash : table.clashes(here)) {
        problems.insert(clash);
    }
}

// The mnemonics reachable in window as it is shown now. Disabled widgets count too: they are
// disabled only until something is typed or chosen, and then the clash is there.
void checkShownWindow(QWidget* window, const QString& where, QSet<QString>& problems)
{
    KeyTable table;
    const auto widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->window() != window || !widget->isVisible()) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            table.add(button->text(), QString::fromLatin1(widget->metaObject()->className()));
        } else if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->buddy() != nullptr) {
                table.add(label->text(), QStringLiteral("label"));
            }
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            table.add(group->title(), QStringLiteral("group box"));
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i)) {
                    table.add(tabs->tabText(i), QStringLiteral("tab"));
                }
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            const auto actions = bar->actions();
            for (QAction* action : actions) {
                if (action->isVisible()) {
                    table.add(action->text(), QStringLiteral("menu title"));
                }
            }
        }
    }
    for (const QString& clash : table.clashes(where)) {
        problems.insert(clash);
    }
}

// The window as shown, then with each page of each of its tab widgets in front, and its menus.
void checkWindow(QWidget* window, const QString& name, QSet<QString>& problems)
{
    if (window == nullptr) {
        problems.insert(QStringLiteral("[%1] did not open").arg(name));
        return;
    }
    window->show();
    (void)QTest::qWaitForWindowExposed(window);
    QCoreApplication::processEvents();
    const QString where = describe(window, name);
    ++g_windowsChecked;
    checkShownWindow(window, where, problems);
    const auto tabWidgets = window->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        if (tabs->window() != window || !tabs->isVisible()) {
            continue;
        }
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current || !tabs->isTabEnabled(i)) {
                continue;
            }
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            checkShownWindow(
                window, where + QStringLiteral(", tab \"") + tabs->tabText(i) + QLatin1Char('"'),
                problems);
        }
        tabs->setCurrentIndex(current);
    }
    if (auto* bar = window->findChild<QMenuBar*>(); bar != nullptr && bar->window() == window) {
        const auto actions = bar->actions();
        for (QAction* action : actions) {
            if (action->menu() != nullptr) {
                checkMenu(action->menu(), where, problems);
            }
        }
    }
}

// Every state an export can be in changes which options show: check each format.
void checkExport(ExportDialog* exporter, const QString& name, QSet<QString>& problems)
{
    if (exporter == nullptr) {
        problems.insert(QStringLiteral("[%1] did not open").arg(name));
        return;
    }
    for (int i = 0; i < exporter->formatBox()->count(); ++i) {
        exporter->formatBox()->setCurrentIndex(i);
        checkWindow(exporter, name + QLatin1Char(' ') + exporter->formatBox()->itemText(i),
                    problems);
    }
    exporter->reject();
}

void fill(Inventory& inv, qint64& numberId, qint64& receivedId, qint64& personId)
{
    Person mum;
    mum.name = QStringLiteral("王秀英");
    mum.relation = QStringLiteral("mother");
    personId = *inv.addPerson(mum);
    NumberRecord old;
    old.personId = personId;
    old.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
    old.status = NumberStatus::Cancelling;
    old.cancelDate = QDate::currentDate().addDays(45);
    old.replacement = *PhoneNumber::parse(QStringLiteral("15000001111"));
    numberId = *inv.addNumber(old);
    for (const QString& id : {QStringLiteral("wechat"), QStringLiteral("cmb")}) {
        Service wanted;
        wanted.catalogId = id;
        wanted.name = id;
        Binding binding;
        binding.numberId = numberId;
        binding.serviceId = inv.ensureService(wanted)->id;
        binding.roles = BindingRole::Login | BindingRole::SmsLogin;
        const qint64 bindingId = *inv.addBinding(binding);
        Binding edited = *inv.binding(bindingId);
        edited.status = BindingStatus::InProgress;
        (void)inv.updateBinding(edited); // history to show
    }
    NumberRecord received;
    received.personId = personId;
    received.number = *PhoneNumber::parse(QStringLiteral("17700001234"));
    received.status = NumberStatus::Received;
    receivedId = *inv.addNumber(received);
    (void)inv.setNewOwnerCheck(receivedId, QStringLiteral("wechat"), NewOwnerResult::SomeoneElse);
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        UrlOpener::setCapture(true);
    }

    void cleanup()
    {
        Translator::install(QStringLiteral("en"));
        ServiceText::setLanguage(QStringLiteral("en"));
        resetStandardLocations();
    }

    void noWindowOrMenuSharesAMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void noWindowOrMenuSharesAMnemonic()
    {
        QFETCH(QString, language);
        resetStandardLocations();
        QCOMPARE(Translator::install(language), language);
        ServiceText::setLanguage(language);
        QSet<QString> problems;
        g_windowsChecked = 0;
        g_mnemonicsSeen = 0;

        QTemporaryDir dir;
        NullKeyStore nullKeys;
        MemoryKeyStore memoryKeys;
        UiContext context(nullKeys, fastKdf);
        context.probeKeychain();
        UiContext memoryContext(memoryKeys, fastKdf);
        memoryContext.probeKeychain();
        QVERIFY(QTest::qWaitFor(
            [&] { return !context.isCheckingKeychain() && !memoryContext.isCheckingKeychain(); }));

        {
            FirstRunDialog first(memoryContext, dir.filePath(QStringLiteral("first.vault")));
            first.passphraseFields()->firstEdit()->setText(kPassphrase);
            first.passphraseFields()->secondEdit()->setText(kPassphrase);
            checkWindow(&first, QStringLiteral("first run"), problems);
            FirstRunDialog noKeychain(context, dir.filePath(QStringLiteral("first.vault")));
            checkWindow(&noKeychain, QStringLiteral("first run, no keychain"), problems);
        }

        const QString path = dir.filePath(QStringLiteral("family.vault"));
        qint64 numberId = 0;
        qint64 receivedId = 0;
        qint64 personId = 0;
        {
            auto vault = Vault::create(path, kPassphrase, fastKdf());
            QVERIFY(vault.ok());
            Inventory inventory((*vault)->database());
            fill(inventory, numberId, receivedId, personId);
        }
        {
            UnlockDialog unlock(context, path, false);
            checkWindow(&unlock, QStringLiteral("unlock"), problems);
            UnlockDialog remembered(memoryContext, path, true);
            checkWindow(&remembered, QStringLiteral("unlock, remembered"), problems);
        }
        {
            const QString emptyPath = dir.filePath(QStringLiteral("empty.vault"));
            QVERIFY(Vault::create(emptyPath, kPassphrase, fastKdf()).ok());
            AppController empty(context);
            empty.setVaultPath(emptyPath);
            empty.start();
            QVERIFY(unlockWithPassphrase(empty, kPassphrase));
            checkWindow(empty.mainWindow(), QStringLiteral("main, empty vault"), problems);
        }

        AppController controller(context);
        controller.setVaultPath(path);
        controller.start();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        MainWindow* window = controller.mainWindow();

        window->selectPerson(personId);
        checkWindow(window, QStringLiteral("main, person"), problems);
        window->selectNumber(receivedId);
        checkWindow(window, QStringLiteral("main, received number"), problems);
        window->selectNumber(numberId);
        window->numberPanel()->showOverview();
        checkWindow(window, QStringLiteral("main, number"), problems);
        window->numberPanel()->showServices();
        window->numberPanel()->table()->selectRow(0);
        window->numberPanel()->table()->setFocus();
        checkWindow(window, QStringLiteral("main, service selected"), problems);

        if (auto* dialog = window->showHistory()) {
            checkWindow(dialog, QStringLiteral("history"), problems);
            dialog->reject();
        } else {
            problems.insert(QStringLiteral("[history] did not open"));
        }
        if (auto* dialog = window->showServiceDetails()) {
            checkWindow(dialog, QStringLiteral("service details"), problems);
            StepsDialog* steps = dialog->panel()->editSteps();
            checkWindow(steps, QStringLiteral("steps editor"), problems);
            if (steps != nullptr) {
                steps->reject();
            }
            dialog->reject();
        } else {
            problems.insert(QStringLiteral("[service details] did not open"));
        }
        if (auto* dialog = window->editSelected()) {
            checkWindow(dialog, QStringLiteral("edit service"), problems);
            dialog->reject();
        }
        window->selectNumber(receivedId);
        if (auto* dialog = window->newOwnerChecks()) {
            dialog->serviceList()->setCurrentRow(0);
            checkWindow(dialog, QStringLiteral("new-owner checks"), problems);
            dialog->reject();
        } else {
            problems.insert(QStringLiteral("[new-owner checks] did not open"));
        }

        PersonDialog* person = window->addPerson();
        checkWindow(person, QStringLiteral("add person"), problems);
        person->reject();
        window->selectPerson(personId);
        if (auto* dialog = window->editSelected()) {
            checkWindow(dialog, QStringLiteral("edit person"), problems);
            dialog->reject();
        }
        NumberDialog* number = window->addNumber();
        checkWindow(number, QStringLiteral("add number"), problems);
        number->reject();
        window->selectNumber(numberId);
        if (auto* dialog = window->editSelected()) {
            checkWindow(dialog, QStringLiteral("edit number"), problems);
            dialog->reject();
        }
        BindingDialog* binding = window->addBinding();
        checkWindow(binding, QStringLiteral("add service"), problems);
        binding->reject();

        window->selectNumber(numberId);
        if (ChecklistDialog* checklist = window->findServices()) {
            checklist->showCategory(QStringLiteral("banking"));
            checklist->setTicked(QStringLiteral("icbc"), true);
            checklist->selectService(QStringLiteral("icbc"));
            checkWindow(checklist, QStringLiteral("find services"), problems);
            checklist->reject();
        } else {
            problems.insert(QStringLiteral("[find services] did not open"));
        }
        window->selectNumber(numberId);
        if (WalkthroughDialog* walk = window->walkThrough()) {
            checkWindow(walk, QStringLiteral("walk-through"), problems);
            walk->markDone();
            checkWindow(walk, QStringLiteral("walk-through, second item"), problems);
            walk->reject();
        } else {
            problems.insert(QStringLiteral("[walk-through] did not open"));
        }
        window->selectNumber(numberId);
        if (DiscoveryDialog* discovery = window->discoverServices()) {
            checkWindow(discovery, QStringLiteral("discovery"), problems);
            discovery->scan(QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-backup.xml"));
            QVERIFY(QTest::qWaitFor([discovery] { return !discovery->isScanning(); }, 20000));
            checkWindow(discovery, QStringLiteral("discovery, found"), problems);
            discovery->reject();
        } else {
            problems.insert(QStringLiteral("[discovery] did not open"));
        }
        window->selectNumber(numberId);
        checkExport(window->exportData(), QStringLiteral("export number"), problems);
        window->selectPerson(personId);
        checkExport(window->exportData(), QStringLiteral("export person"), problems);

        AboutDialog* about = window->about();
        checkWindow(about, QStringLiteral("about"), problems);
        QDialog* licence = about->showLicence(QStringLiteral("2fa.directory"),
                                              AboutDialog::twoFactorLicencePath());
        checkWindow(licence, QStringLiteral("about, licence"), problems);
        licence->reject();
        about->reject();
        ShortcutsDialog* shortcuts = window->showShortcuts();
        checkWindow(shortcuts, QStringLiteral("keyboard shortcuts"), problems);
        shortcuts->reject();

        auto* change = controller.changePassphrase();
        checkWindow(change, QStringLiteral("change passphrase"), problems);
        change->reject();
        auto* settings = controller.openSettings();
        checkWindow(settings, QStringLiteral("settings"), problems);
        settings->reject();
        QVERIFY(controller.vault()->backup(VaultBackups::kImport).ok());
        auto* restore = controller.restoreBackup();
        checkWindow(restore, QStringLiteral("restore backup"), problems);
        restore->reject();

        {
            // A second window on the held vault: the "in use" choice, then read-only.
            AppController second(context);
            second.setVaultPath(path);
            second.start();
            second.unlockDialog()->passphraseEdit()->setText(kPassphrase);
            second.unlockDialog()->accept();
            checkWindow(second.unlockDialog(), QStringLiteral("unlock, in use"), problems);
            second.unlockDialog()->openReadOnly();
            if (second.mainWindow() != nullptr) {
                second.mainWindow()->selectNumber(numberId);
                checkWindow(second.mainWindow(), QStringLiteral("main, read-only"), problems);
            }
        }

        qInfo("%d windows, %d mnemonics", g_windowsChecked, g_mnemonicsSeen);
        QVERIFY2(g_windowsChecked >= 30, qPrintable(QString::number(g_windowsChecked)));
        QVERIFY2(g_mnemonicsSeen >= 300, qPrintable(QString::number(g_mnemonicsSeen)));
        QStringList sorted = problems.values();
        sorted.sort();
        // QVERIFY2 cuts long messages: each clash on a line of its own first.
        for (const QString& clash : std::as_const(sorted)) {
            qWarning("%s", qPrintable(clash));
        }
        QVERIFY2(sorted.isEmpty(), qPrintable(QStringLiteral("%1 mnemonic clash(es) in %2:\n  ")
                                                  .arg(sorted.size())
                                                  .arg(language) +
                                              sorted.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
