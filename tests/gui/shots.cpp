// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// rebind_gui_shots OUTDIR [LANGUAGE [TEXT_SCALE]]: renders the first-run and unlock dialogs, the
// main window (empty and with sample data) and every edit dialog to OUTDIR/<language>_<name>.png,
// so that layouts can be looked at in both languages. Uses QStandardPaths' test mode and a
// temporary vault; touches nothing of the user's. With REBIND_SHOTS_DARK=1 in the environment,
// everything is shot under a dark palette (test::darkPalette), to OUTDIR/dark_<language>_....

#include "AboutDialog.h"
#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "BindingDialog.h"
#include "BindingFilterModel.h"
#include "BindingHistoryDialog.h"
#include "ChangePassphraseDialog.h"
#include "ChecklistDialog.h"
#include "DiscoveryDialog.h"
#include "ExportDialog.h"
#include "FirstRunDialog.h"
#include "GuideWindow.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "IosBackupGenerator.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewOwnerDialog.h"
#include "NullKeyStore.h"
#include "NumberDialog.h"
#include "NumberPanel.h"
#include "PassphraseFields.h"
#include "PersonDialog.h"
#include "ReadOnlyBanner.h"
#include "RestoreBackupDialog.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "ServiceText.h"
#include "SettingsDialog.h"
#include "StepsDialog.h"
#include "Translator.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "UrlOpener.h"
#include "Vault.h"
#include "VaultBackups.h"
#include "WalkthroughDialog.h"

#include <algorithm>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace rebind;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");

QString g_out;
QString g_lang;
QString g_prefix;
qint64 g_receivedId = 0;

void shoot(QWidget* widget, const QString& name)
{
    widget->show();
    (void)QTest::qWaitForWindowExposed(widget);
    QTest::qWait(150);
    const QString file = QDir(g_out).filePath(g_prefix + name + QStringLiteral(".png"));
    widget->grab().save(file);
    qInfo("%s (%dx%d)", qPrintable(file), widget->width(), widget->height());
}

struct Data
{
    QString person1, person2, notes1;
    QStringList services;
    QStringList accounts;
    QStringList notes;
};

Data sampleData(bool chinese)
{
    if (chinese) {
        return {QStringLiteral("王秀英"),
                QStringLiteral("张伟"),
                QStringLiteral("妈妈的老号码，六月底注销"),
                {QStringLiteral("微信"), QStringLiteral("支付宝"), QStringLiteral("中国工商银行"),
                 QStringLiteral("12306 铁路"), QStringLiteral("淘宝"), QStringLiteral("社保"),
                 QStringLiteral("滴滴出行")},
                {QStringLiteral("wx_wangxy"), QStringLiteral("wang@example.com"),
                 QStringLiteral("尾号 6217"), QString(), QStringLiteral("王秀英1962"), QString(),
                 QString()},
                {QString(), QString(), QStringLiteral("退休金在这里发；预留手机号"), QString(),
                 QString(), QStringLiteral("需要带身份证去柜台"), QString()}};
    }
    return {QStringLiteral("Wang Xiuying"),
            QStringLiteral("Zhang Wei"),
            QStringLiteral("Mum's old number, to be cancelled at the end of June"),
            {QStringLiteral("WeChat"), QStringLiteral("Alipay"),
             QStringLiteral("ICBC (Industrial and Commercial Bank)"),
             QStringLiteral("12306 Railway"), QStringLiteral("Taobao"),
             QStringLiteral("Social security"), QStringLiteral("Didi")},
            {QStringLiteral("wx_wangxy"), QStringLiteral("wang@example.com"),
             QStringLiteral("card ending 6217"), QString(), QStringLiteral("wangxy1962"), QString(),
             QString()},
            {QString(), QString(), QStringLiteral("Pension is paid here; reserved number"),
             QString(), QString(), QStringLiteral("Needs ID card at the counter"), QString()}};
}

qint64 fill(Inventory& inv, const Data& d)
{
    Person mum;
    mum.name = d.person1;
    mum.relation = QStringLiteral("mother");
    mum.notes = d.notes1;
    const qint64 mumId = *inv.addPerson(mum);
    Person me;
    me.name = d.person2;
    me.relation = QStringLiteral("self");
    const qint64 meId = *inv.addPerson(me);

    NumberRecord old;
    old.personId = mumId;
    old.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
    old.status = NumberStatus::Cancelling;
    old.cancelDate = QDate::currentDate().addDays(45);
    old.replacement = *PhoneNumber::parse(QStringLiteral("15000001111"));
    old.carrier = g_lang == QLatin1String("zh_CN") ? QStringLiteral("中国移动")
                                                   : QStringLiteral("China Mobile");
    const qint64 oldId = *inv.addNumber(old);
    NumberRecord fresh;
    fresh.personId = mumId;
    fresh.number = *PhoneNumber::parse(QStringLiteral("15000001111"));
    (void)inv.addNumber(fresh);
    NumberRecord mine;
    mine.personId = meId;
    mine.number = *PhoneNumber::parse(QStringLiteral("+86 138 0013 8000"));
    (void)inv.addNumber(mine);

    const QList<BindingRoles> roles = {
        BindingRole::Login | BindingRole::SmsLogin,
        BindingRole::Login | BindingRole::BankReserved | BindingRole::TwoFactor,
        BindingRole::BankReserved | BindingRole::Notifications,
        BindingRole::Login | BindingRole::SmsLogin | BindingRole::Recovery,
        BindingRole::Login,
        BindingRole::Notifications,
        BindingRole::SmsLogin};
    const QList<BindingStatus> statuses = {BindingStatus::Done,     BindingStatus::InProgress,
                                           BindingStatus::ToDo,     BindingStatus::ToDo,
                                           BindingStatus::Waiting,  BindingStatus::ToDo,
                                           BindingStatus::NotNeeded};
    const QList<BindingAction> actions = {
        BindingAction::Rebind, BindingAction::Rebind, BindingAction::Rebind, BindingAction::Rebind,
        BindingAction::Unbind, BindingAction::Rebind, BindingAction::Close};
    for (int i = 0; i < d.services.size(); ++i) {
        Service s;
        s.name = d.services.at(i);
        Binding b;
        b.numberId = oldId;
        b.serviceId = inv.ensureService(s)->id;
        b.account = d.accounts.at(i);
        b.notes = d.notes.at(i);
        b.roles = roles.at(i);
        b.status = statuses.at(i);
        b.action = actions.at(i);
        if (i % 3 != 2) {
            b.due = QDate::currentDate().addDays(i * 9 - 12);
        }
        const qint64 id = *inv.addBinding(b);
        if (i == 1) {
            // Some history to look at: two edits of Alipay.
            Binding edited = *inv.binding(id);
            edited.due = QDate::currentDate().addDays(20);
            (void)inv.updateBinding(edited);
            edited.notes = d.notes.at(2);
            edited.status = BindingStatus::Waiting;
            (void)inv.updateBinding(edited);
        }
    }
    // A number received from the carrier (recycled), with a few new-owner checks done.
    NumberRecord received;
    received.personId = meId;
    received.number = *PhoneNumber::parse(QStringLiteral("17700001234"));
    received.status = NumberStatus::Received;
    g_receivedId = *inv.addNumber(received);
    (void)inv.setNewOwnerCheck(g_receivedId, QStringLiteral("wechat"), NewOwnerResult::SomeoneElse);
    (void)inv.setNewOwnerCheck(g_receivedId, QStringLiteral("alipay"), NewOwnerResult::Free);
    (void)inv.setNewOwnerCheck(g_receivedId, QStringLiteral("qq"), NewOwnerResult::Mine);
    return oldId;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qCritical("usage: rebind_gui_shots OUTDIR [LANGUAGE [TEXT_SCALE]]");
        return 1;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    g_lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    // A text scale (1.5 = 150 %) shoots everything at that size, the main window on a
    // 1366x768 screen, the smallest common laptop screen.
    const double scale = argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble() : 1.0;
    g_prefix = g_lang + QLatin1Char('_');
    // As a dark system theme would: the palette is there before any window.
    if (qEnvironmentVariableIntValue("REBIND_SHOTS_DARK") == 1) {
        QApplication::setPalette(test::darkPalette());
        g_prefix.prepend(QStringLiteral("dark_"));
    }
    if (scale > 1.0) {
        g_prefix += QString::number(qRound(scale * 100)) + QLatin1Char('_');
    }
    QDir().mkpath(g_out);
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    test::resetStandardLocations();
    Translator::install(g_lang);
    ServiceText::setLanguage(g_lang);
    UrlOpener::setCapture(true);
    Appearance::apply(app);
    if (scale > 1.0) {
        Appearance::setTextScale(scale);
    }
    MessageBox::setUnattended(true);
    const Data data = sampleData(g_lang == QLatin1String("zh_CN"));

    QTemporaryDir dir;
    NullKeyStore nullKeys;
    test::MemoryKeyStore memoryKeys;
    UiContext context(nullKeys, test::fastKdf);
    context.probeKeychain();
    UiContext memoryContext(memoryKeys, test::fastKdf);
    memoryContext.probeKeychain();
    // The keychain answers on a worker thread: wait for both, so the pictures show the answer.
    while (context.isCheckingKeychain() || memoryContext.isCheckingKeychain()) {
        QTest::qWait(10);
    }

    // First run: strength meter, then the mismatch message. The dialog only shows the path until
    // it creates the vault, so the user guide's picture shows a typical default instead of a
    // temporary folder.
    {
        FirstRunDialog first(memoryContext,
                             QStringLiteral("/home/you/.local/share/rebind/vault.rebind"));
        first.passphraseFields()->firstEdit()->setText(kPassphrase);
        shoot(&first, QStringLiteral("firstrun"));
        first.passphraseFields()->secondEdit()->setText(QStringLiteral("lantern"));
        first.passphraseFields()->check();
        shoot(&first, QStringLiteral("firstrun_mismatch"));
        FirstRunDialog noKeychain(context, dir.filePath(QStringLiteral("vault.rebind")));
        shoot(&noKeychain, QStringLiteral("firstrun_nokeychain"));
    }

    const QString path = dir.filePath(QStringLiteral("family.vault"));
    qint64 numberId = 0;
    {
        auto vault = Vault::create(path, kPassphrase, test::fastKdf());
        Inventory inventory((*vault)->database());
        numberId = fill(inventory, data);
    }

    // Unlock: a wrong passphrase, and the remembered-key variant.
    {
        UnlockDialog unlock(context, path, false);
        unlock.passphraseEdit()->setText(QStringLiteral("wrong"));
        unlock.show();
        unlock.accept();
        shoot(&unlock, QStringLiteral("unlock_error"));
        UnlockDialog remembered(memoryContext, path, true);
        shoot(&remembered, QStringLiteral("unlock_remembered"));
    }

    // Main window, empty.
    {
        const QString emptyPath = dir.filePath(QStringLiteral("empty.vault"));
        (void)Vault::create(emptyPath, kPassphrase, test::fastKdf());
        AppController controller(context);
        controller.setVaultPath(emptyPath);
        controller.start();
        controller.unlockDialog()->passphraseEdit()->setText(kPassphrase);
        controller.unlockDialog()->accept();
        shoot(controller.mainWindow(), QStringLiteral("main_empty"));
    }

    // Main window with data, and every dialog on top of it.
    AppController controller(context);
    controller.setVaultPath(path);
    controller.start();
    controller.unlockDialog()->passphraseEdit()->setText(kPassphrase);
    controller.unlockDialog()->accept();
    MainWindow* window = controller.mainWindow();
    if (scale > 1.0) {
        window->resize(1366, 768 - 48);
    }
    window->selectNumber(numberId);
    shoot(window, QStringLiteral("main"));
    window->numberPanel()->showServices();
    window->numberPanel()->table()->selectRow(1);
    shoot(window, QStringLiteral("main_services"));
    if (BindingHistoryDialog* history = window->showHistory(); history != nullptr) {
        shoot(history, QStringLiteral("history"));
        history->undoButton()->click();
        shoot(history, QStringLiteral("history_undone"));
        history->reject();
    }
    window->selectNumber(g_receivedId);
    window->numberPanel()->showOverview();
    shoot(window, QStringLiteral("main_received"));
    if (NewOwnerDialog* owner = window->newOwnerChecks(); owner != nullptr) {
        owner->serviceList()->setCurrentRow(0);
        shoot(owner, QStringLiteral("newowner"));
        owner->tabs()->setCurrentIndex(1);
        shoot(owner, QStringLiteral("newowner_routes"));
        owner->tabs()->setCurrentIndex(2);
        shoot(owner, QStringLiteral("newowner_statement"));
        owner->reject();
    }
    window->peopleView()->setCurrentIndex(window->peopleView()->model()->index(0, 0));
    shoot(window, QStringLiteral("main_person"));
    // The mother's page, whatever the order of the people (the guide's "helping a relative").
    for (int row = 0; row < window->peopleView()->model()->rowCount(); ++row) {
        const QModelIndex index = window->peopleView()->model()->index(row, 0);
        if (index.data().toString().startsWith(data.person1)) {
            window->peopleView()->setCurrentIndex(index);
            shoot(window, QStringLiteral("main_mother"));
        }
    }
    window->selectNumber(numberId);
    window->numberPanel()->filterEdit()->setText(QStringLiteral("zzz"));
    shoot(window, QStringLiteral("main_nomatch"));
    window->numberPanel()->filterEdit()->clear();

    PersonDialog* person = window->addPerson();
    shoot(person, QStringLiteral("person"));
    person->reject();
    NumberDialog* number = window->addNumber();
    number->numberEdit()->setText(QStringLiteral("138-0013-800"));
    shoot(number, QStringLiteral("number_invalid"));
    number->numberEdit()->setText(QStringLiteral("186-0000-2222"));
    shoot(number, QStringLiteral("number"));
    number->reject();
    window->selectNumber(numberId);
    BindingDialog* binding = window->addBinding();
    binding->serviceCombo()->setEditText(
        g_lang == QLatin1String("zh_CN") ? QStringLiteral("京东") : QStringLiteral("JD.com"));
    shoot(binding, QStringLiteral("binding"));
    binding->reject();
    // The discovery checklist: the common services, a search, a category with a ticked bank.
    window->selectNumber(numberId);
    ChecklistDialog* checklist = window->findServices();
    shoot(checklist, QStringLiteral("checklist"));
    checklist->searchEdit()->setText(QStringLiteral("wx"));
    checklist->setTicked(QStringLiteral("wechat"), true);
    shoot(checklist, QStringLiteral("checklist_search"));
    checklist->showCategory(QStringLiteral("banking"));
    checklist->setTicked(QStringLiteral("cmb"), true);
    checklist->selectService(QStringLiteral("cmb"));
    shoot(checklist, QStringLiteral("checklist_banking"));
    // Ways without the old number (Alipay), and the phone line itself (a carrier).
    checklist->showCategory(QStringLiteral("payments"));
    checklist->selectService(QStringLiteral("alipay"));
    shoot(checklist, QStringLiteral("checklist_alipay"));
    checklist->showCategory(QStringLiteral("telecom"));
    checklist->selectService(QStringLiteral("china-mobile"));
    shoot(checklist, QStringLiteral("checklist_carrier"));
    checklist->publicToggle()->setChecked(true);
    checklist->showCategory(QStringLiteral("email-cloud"));
    checklist->searchEdit()->setText(QStringLiteral("proton"));
    shoot(checklist, QStringLiteral("checklist_public"));
    checklist->addTicked();

    // The details of a listed catalog service, its step editor, and the edited mark.
    window->selectNumber(numberId);
    for (int row = 0; row < window->numberPanel()->proxy()->rowCount(); ++row) {
        window->numberPanel()->table()->selectRow(row);
        const Binding* current = window->numberPanel()->currentBinding();
        if (current != nullptr && current->roles.testFlag(BindingRole::BankReserved) &&
            window->numberPanel()->currentServiceName().contains(
                g_lang == QLatin1String("zh_CN") ? QStringLiteral("招商")
                                                 : QStringLiteral("Merchants"))) {
            break;
        }
    }
    shoot(window, QStringLiteral("main_added"));
    ServiceDetailDialog* details = window->showServiceDetails();
    if (details != nullptr) {
        shoot(details, QStringLiteral("details"));
        StepsDialog* steps = details->panel()->editSteps();
        steps->edit(StepKind::Rebind)
            ->appendPlainText(g_lang == QLatin1String("zh_CN")
                                  ? QStringLiteral("带上身份证和银行卡")
                                  : QStringLiteral("Bring the ID card and the bank card"));
        shoot(steps, QStringLiteral("details_edit_steps"));
        steps->accept();
        shoot(details, QStringLiteral("details_edited"));
        details->reject();
    }
    // The walk-through: the first item, then a catalog service after Done (with Verify offered).
    window->selectNumber(numberId);
    if (WalkthroughDialog* walk = window->walkThrough(); walk != nullptr) {
        shoot(walk, QStringLiteral("walkthrough_start"));
        walk->markDone();
        walk->markDone();
        shoot(walk, QStringLiteral("walkthrough"));
        walk->reject();
    }
    // Large text (settings: text size 160 %): the dashboard and the walk-through.
    Appearance::setTextScale(1.6);
    window->selectNumber(numberId);
    window->numberPanel()->showOverview();
    shoot(window, QStringLiteral("main_large"));
    if (WalkthroughDialog* walk = window->walkThrough(); walk != nullptr) {
        shoot(walk, QStringLiteral("walkthrough_large"));
        walk->reject();
    }
    Appearance::setTextScale(std::max(scale, 1.0));
    window->selectNumber(numberId);
    if (DiscoveryDialog* discovery = window->discoverServices(); discovery != nullptr) {
        discovery->scan(QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-backup.xml"));
        for (int waited = 0; discovery->isScanning() && waited < 10000; waited += 50) {
            QTest::qWait(50);
        }
        shoot(discovery, QStringLiteral("discovery"));
        discovery->reject();
    }
    // An iPhone backup folder, as Finder, iTunes or 爱思助手 leave it.
    if (DiscoveryDialog* discovery = window->discoverServices(); discovery != nullptr) {
        const QString backup =
            dir.filePath(QStringLiteral("MobileSync/Backup/00008110-001A2B3C4D5E801E"));
        if (QDir().mkpath(backup) && IosBackupGenerator::write(backup)) {
            discovery->scan(backup);
            for (int waited = 0; discovery->isScanning() && waited < 10000; waited += 50) {
                QTest::qWait(50);
            }
        }
        shoot(discovery, QStringLiteral("discovery_ios"));
        discovery->reject();
    }
    // A .vmsg file, as the Messages app of many Android phones sold in China exports it.
    if (DiscoveryDialog* discovery = window->discoverServices(); discovery != nullptr) {
        discovery->scan(QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-export.vmsg"));
        for (int waited = 0; discovery->isScanning() && waited < 10000; waited += 50) {
            QTest::qWait(50);
        }
        shoot(discovery, QStringLiteral("discovery_vmsg"));
        discovery->reject();
    }
    window->selectNumber(numberId);
    if (ExportDialog* exporter = window->exportData(); exporter != nullptr) {
        exporter->formatBox()->setCurrentIndex(1);
        shoot(exporter, QStringLiteral("export"));
        exporter->reject();
    }
    // The hand-off file, with its own passphrase.
    if (ExportDialog* exporter = window->exportData(); exporter != nullptr) {
        exporter->selectFormat(ExportFormat::Handoff);
        shoot(exporter, QStringLiteral("export_handoff"));
        exporter->reject();
    }
    AboutDialog* about = window->about();
    shoot(about, QStringLiteral("about"));
    about->showLicences();
    shoot(about, QStringLiteral("about_licences"));
    QDialog* licence =
        about->showLicence(QStringLiteral("2fa.directory"), AboutDialog::twoFactorLicencePath());
    shoot(licence, QStringLiteral("about_licence"));
    licence->reject();
    about->reject();
    // Help → User guide: the top, a section with a picture, and at the large text size.
    if (GuideWindow* guide = window->userGuide(); guide != nullptr) {
        guide->resize(1000, 700);
        shoot(guide, QStringLiteral("guide"));
        // "The first start": its text and the first picture.
        if (guide->anchors().size() > 2) {
            guide->followLink(QUrl(QLatin1Char('#') + guide->anchors().at(2)));
        }
        shoot(guide, QStringLiteral("guide_section"));
        Appearance::setTextScale(1.6);
        shoot(guide, QStringLiteral("guide_large"));
        Appearance::setTextScale(std::max(scale, 1.0));
        guide->close();
    }

    auto* change = controller.changePassphrase();
    shoot(change, QStringLiteral("change_passphrase"));
    change->reject();
    auto* settings = controller.openSettings();
    shoot(settings, QStringLiteral("settings"));
    settings->reject();
    // Vault → Restore a backup…, with two backups made as an import and a passphrase change do.
    (void)controller.vault()->backup(VaultBackups::kImport);
    (void)controller.vault()->backup(VaultBackups::kPassphrase);
    auto* restore = controller.restoreBackup();
    shoot(restore, QStringLiteral("restore_backup"));
    restore->reject();

    // A vault double-clicked while this one is open: asked before leaving it (answered No).
    {
        const QString other = dir.filePath(QStringLiteral("other.rebind"));
        (void)Vault::create(other, kPassphrase, test::fastKdf());
        MessageBox::setUnattended(false);
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shoot(box, QStringLiteral("open_other_vault"));
                box->button(QMessageBox::No)->click();
            }
        });
        controller.openFile(other);
        MessageBox::setUnattended(true);
    }

    // A second window on the vault this one holds: "in use", then read-only, then released.
    {
        AppController second(context);
        second.setVaultPath(path);
        second.start();
        second.unlockDialog()->passphraseEdit()->setText(kPassphrase);
        second.unlockDialog()->accept();
        shoot(second.unlockDialog(), QStringLiteral("unlock_in_use"));
        second.unlockDialog()->openReadOnly();
        second.mainWindow()->selectNumber(numberId);
        shoot(second.mainWindow(), QStringLiteral("main_read_only"));
        controller.lock();
        (void)QTest::qWaitFor(
            [&second] {
                return second.mainWindow()->readOnlyBanner()->switchButton()->isVisible();
            },
            15000);
        shoot(second.mainWindow(), QStringLiteral("main_read_only_released"));
    }
    // The number marked cancelled with items still open: the after-cancellation overview.
    {
        AppController third(context);
        third.setVaultPath(path);
        third.start();
        third.unlockDialog()->passphraseEdit()->setText(kPassphrase);
        third.unlockDialog()->accept();
        MainWindow* cancelled = third.mainWindow();
        if (auto* edit = qobject_cast<NumberDialog*>(cancelled->editNumber(numberId))) {
            edit->statusCombo()->setCurrentIndex(
                edit->statusCombo()->findData(static_cast<int>(NumberStatus::Cancelled)));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            edit->okButton()->click();
        }
        cancelled->selectNumber(numberId);
        cancelled->numberPanel()->showOverview();
        shoot(cancelled, QStringLiteral("main_cancelled"));
    }
    test::resetStandardLocations();
    return 0;
}
