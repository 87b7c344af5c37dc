// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard (number and person overviews), a binding's history with undo, the new-owner
// checklist and the large-text mode, on real widgets over a real vault.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "BindingHistoryDialog.h"
#include "Catalog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewOwnerDialog.h"
#include "NewOwnerGuide.h"
#include "NullKeyStore.h"
#include "NumberOverview.h"
#include "NumberPanel.h"
#include "PersonOverview.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "UrlOpener.h"
#include "Vault.h"

#include <memory>
#include <QAction>
#include <QClipboard>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QWindow>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple 1962");

struct Sample
{
    qint64 personId = 0;
    qint64 numberId = 0;
    qint64 freshId = 0;
    qint64 receivedId = 0;
    QHash<QString, qint64> bindings; // catalog id → binding id
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QString vaultFile() const { return m_dir->filePath(QStringLiteral("dashboard.vault")); }

    // A mother with a number being cancelled in 60 days (WeChat and Alipay need the old number,
    // the gym's notices are low risk and overdue) and a received (recycled) number.
    Sample makeVault()
    {
        Sample s;
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        if (!vault) {
            return s;
        }
        Inventory inventory((*vault)->database());
        const MothersNumber mother = addMothersNumber(inventory, 60);
        s.personId = mother.personId;
        s.numberId = mother.numberId;
        s.bindings = mother.bindings;
        // A service of the user's own, only notified on the number: low risk, not a blocker.
        Service gym;
        gym.name = QStringLiteral("Gym");
        Binding late;
        late.numberId = s.numberId;
        late.serviceId = inventory.ensureService(gym)->id;
        late.roles = BindingRole::Notifications;
        late.due = QDate::currentDate().addDays(-3);
        s.bindings.insert(QStringLiteral("gym"), *inventory.addBinding(late));
        NumberRecord fresh; // the new number: in use, nothing listed on it yet
        fresh.personId = s.personId;
        fresh.number = *PhoneNumber::parse(QStringLiteral("13800138000"));
        s.freshId = *inventory.addNumber(fresh);
        NumberRecord received;
        received.personId = s.personId;
        received.number = *PhoneNumber::parse(QStringLiteral("17700001234"));
        received.status = NumberStatus::Received;
        s.receivedId = *inventory.addNumber(received);
        return s;
    }

    // The app on the sample vault, unlocked with the passphrase.
    using Session = AppSession;
    std::unique_ptr<Session> openSession()
    {
        return openAppSession(m_nullKeys, vaultFile(), kPassphrase);
    }

    void setStatus(Inventory* inventory, qint64 bindingId, BindingStatus status)
    {
        Binding binding = *inventory->binding(bindingId);
        binding.status = status;
        QVERIFY(inventory->updateBinding(binding).ok());
    }

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        UrlOpener::setCapture(true);
        ServiceText::setLanguage(QStringLiteral("en"));
        // As the app does at start: English plurals come from the en catalogue.
        Translator::install(QStringLiteral("en"));
    }

    void init()
    {
        resetStandardLocations();
        MessageBox::resetLog();
        UrlOpener::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        Appearance::setTextScale(1.0);
        m_dir.reset();
        resetStandardLocations();
    }

    void overviewShowsVerdictProgressAndChanges()
    {
        const Sample sample = makeVault();
        QVERIFY(sample.numberId != 0);
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        MainWindow* window = controller.mainWindow();
        Inventory* inventory = controller.inventory();

        // The person's page: one card per number, each with its verdict.
        window->selectPerson(sample.personId);
        QCOMPARE(window->pages()->currentWidget(), window->personOverview());
        QCOMPARE(window->personOverview()->cards().size(), 3);
        // Nothing listed is not "safe": no progress, and no next step but listing services.
        const QWidget* freshCard = window->personOverview()->cards().at(1);
        QCOMPARE(freshCard->findChild<QLabel*>(QStringLiteral("cardVerdict"))->text(),
                 QStringLiteral("Nothing listed yet"));
        QVERIFY(!freshCard->findChild<QLabel*>(QStringLiteral("cardMore"))->isVisibleTo(freshCard));
        const QWidget* firstCard = window->personOverview()->cards().first();
        QCOMPARE(firstCard->findChild<QLabel*>(QStringLiteral("cardVerdict"))->text(),
                 QStringLiteral("Not yet safe to cancel"));
        QVERIFY(firstCard->findChild<QLabel*>(QStringLiteral("cardDetail"))
                    ->text()
                    .contains(QStringLiteral("1 overdue")));
        const QString more = firstCard->findChild<QLabel*>(QStringLiteral("cardMore"))->text();
        QVERIFY2(more.contains(QStringLiteral("Next: Make sure the new number works")),
                 qPrintable(more));
        QVERIFY(more.contains(QStringLiteral("Last change:")));
        QVERIFY(more.contains(QStringLiteral("Added")));
        QCOMPARE(window->personOverview()
                     ->cards()
                     .last()
                     ->findChild<QLabel*>(QStringLiteral("cardVerdict"))
                     ->text(),
                 QStringLiteral("You received this number"));
        // "Open" on the card goes to the number.
        QTest::mouseClick(firstCard->findChild<QPushButton*>(QStringLiteral("cardOpen")),
                          Qt::LeftButton);
        QCOMPARE(window->pages()->currentWidget(), window->numberPanel());
        QCOMPARE(window->numberPanel()->numberId(), sample.numberId);

        NumberOverview* overview = window->numberPanel()->overview();
        QCOMPARE(window->numberPanel()->tabs()->currentWidget(), overview);
        QCOMPARE(overview->headline()->text(), QStringLiteral("Not yet safe to cancel"));
        // Blockers: the new number, WeChat (old number) and Alipay (critical: it has ways
        // without the old number); the gym is not one.
        const QString blockers = overview->blockerList()->text();
        QVERIFY(blockers.contains(QStringLiteral("WeChat — needs the old number")));
        QVERIFY2(blockers.contains(QStringLiteral("Alipay — critical")), qPrintable(blockers));
        QVERIFY(blockers.contains(QStringLiteral("new number not checked")));
        QVERIFY(!blockers.contains(QStringLiteral("Gym")));
        QVERIFY(overview->overdueList()->isVisible());
        QVERIFY(overview->overdueList()->text().contains(QStringLiteral("Gym")));
        QVERIFY(!overview->overdueList()->text().contains(QStringLiteral("WeChat")));
        QVERIFY(overview->nextList()->text().contains(
            QStringLiteral("Make sure the new number works")));
        QCOMPARE(overview->progress()->value(), 0);
        QCOMPARE(overview->progress()->maximum(), 7); // check, three services, three closing steps
        QVERIFY(overview->recentList()->text().contains(QStringLiteral("Added")));

        // Marking the blockers done turns the verdict; progress and recent changes follow.
        setStatus(inventory, sample.bindings.value(QStringLiteral("wechat")), BindingStatus::Done);
        setStatus(inventory, sample.bindings.value(QStringLiteral("alipay")),
                  BindingStatus::NotNeeded);
        PlanStepState checked;
        checked.step = QStringLiteral("check-new-number");
        checked.status = BindingStatus::Verified;
        QVERIFY(inventory->setPlanStep(sample.numberId, checked).ok());
        window->reload();
        window->selectNumber(sample.numberId);
        QCOMPARE(overview->headline()->text(), QStringLiteral("Safe to cancel"));
        QVERIFY(!overview->blockerList()->isVisible());
        QCOMPARE(overview->progress()->value(), 3);
        const QString recent = overview->recentList()->text();
        QVERIFY(recent.contains(QStringLiteral("Status: To do → Not needed")));
        QVERIFY(recent.indexOf(QStringLiteral("Alipay")) <
                recent.indexOf(QStringLiteral("WeChat")));
        // The gym is still overdue (it is not a blocker, but it is late).
        QVERIFY(overview->overdueList()->text().contains(QStringLiteral("Gym")));

        // "See all services" shows the table.
        QTest::mouseClick(overview->findChild<QPushButton*>(QStringLiteral("overviewServices")),
                          Qt::LeftButton);
        QVERIFY(window->numberPanel()->servicesShown());
        QVERIFY(window->numberPanel()->table()->hasFocus());
    }

    void historyListsChangesAndUndoesTheLast()
    {
        const Sample sample = makeVault();
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        MainWindow* window = controller.mainWindow();
        Inventory* inventory = controller.inventory();
        const qint64 alipay = sample.bindings.value(QStringLiteral("alipay"));
        setStatus(inventory, alipay, BindingStatus::InProgress);
        setStatus(inventory, alipay, BindingStatus::Done);
        window->reload();
        window->selectNumber(sample.numberId);

        NumberPanel* panel = window->numberPanel();
        panel->selectBinding(alipay);
        QVERIFY(!window->historyAction()->isEnabled()); // the table is on the other tab
        panel->showServices();
        panel->table()->setFocus();
        QVERIFY(window->historyAction()->isEnabled());
        QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
        BindingHistoryDialog* history = waitForChild<BindingHistoryDialog>(window);
        QVERIFY(history != nullptr);
        QCOMPARE(history->list()->topLevelItemCount(), 3);
        QCOMPARE(history->list()->topLevelItem(0)->text(1),
                 QStringLiteral("Status: In progress → Done"));
        QCOMPARE(history->list()->topLevelItem(2)->text(1), QStringLiteral("Added"));
        QVERIFY(history->undoButton()->isEnabled());

        QTest::mouseClick(history->undoButton(), Qt::LeftButton);
        QCOMPARE(inventory->binding(alipay)->status, BindingStatus::InProgress);
        QCOMPARE(history->list()->topLevelItemCount(), 4);
        QCOMPARE(history->list()->topLevelItem(0)->text(1),
                 QStringLiteral("Undo: Status: Done → In progress"));
        // The main window follows at once.
        QCOMPARE(panel->currentBinding()->status, BindingStatus::InProgress);

        QTest::mouseClick(history->undoButton(), Qt::LeftButton);
        QCOMPARE(inventory->binding(alipay)->status, BindingStatus::ToDo);
        QVERIFY(!history->undoButton()->isEnabled());
        QCOMPARE(history->undoLabel()->text(), QStringLiteral("Nothing to undo."));
        history->reject();

        // The undos survive locking: they are in the vault's log.
        window->wipe();
        controller.lock();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        const Binding stored = *controller.inventory()->binding(alipay);
        QCOMPARE(stored.status, BindingStatus::ToDo);
        QCOMPARE(controller.inventory()->events(stored.uid)->size(), 5);
    }

    void newOwnerChecksPersist()
    {
        const Sample sample = makeVault();
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        MainWindow* window = controller.mainWindow();

        window->selectNumber(sample.numberId);
        QVERIFY(!window->newOwnerAction()->isEnabled()); // only for received numbers
        QVERIFY(!window->numberPanel()->overview()->newOwnerButton()->isVisible());
        window->selectNumber(sample.receivedId);
        NumberOverview* overview = window->numberPanel()->overview();
        QCOMPARE(overview->headline()->text(), QStringLiteral("You received this number"));
        QVERIFY(overview->newOwnerButton()->isVisible());
        QVERIFY(window->newOwnerAction()->isEnabled());

        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        NewOwnerDialog* dialog = waitForChild<NewOwnerDialog>(window);
        QVERIFY(dialog != nullptr);
        const int services = static_cast<int>(NewOwnerGuide::builtIn().services.size());
        QCOMPARE(dialog->serviceList()->count(), services);
        QCOMPARE(dialog->currentService(), QStringLiteral("wechat"));
        QVERIFY(dialog->answerButton(std::nullopt)->isChecked());
        QVERIFY(!dialog->releaseText()->isVisible());

        // WeChat: someone else's, by keyboard (Alt+2); the release path and official page show.
        dialog->windowHandle()->requestActivate();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(dialog, Qt::Key_2, Qt::AltModifier);
        // A mnemonic "clicks" the button after a short animation.
        QTRY_VERIFY(dialog->answerButton(NewOwnerResult::SomeoneElse)->isChecked());
        QVERIFY(dialog->releaseText()->isVisible());
        QVERIFY(dialog->releaseText()->text().contains(QStringLiteral("二次号码焕新")));
        QVERIFY(dialog->officialPageButton()->isVisible());
        QTest::mouseClick(dialog->officialPageButton(), Qt::LeftButton);
        QCOMPARE(UrlOpener::captured().size(), 1);
        QCOMPARE(UrlOpener::captured().first().toString(),
                 Catalog::builtIn().find(QStringLiteral("wechat"))->helpUrl);
        // Alipay: free, by mouse.
        const auto rowOf = [&dialog](const QString& id) {
            for (int row = 0; row < dialog->serviceList()->count(); ++row) {
                if (dialog->serviceList()->item(row)->data(Qt::UserRole).toString() == id) {
                    return row;
                }
            }
            return -1;
        };
        dialog->serviceList()->setCurrentRow(rowOf(QStringLiteral("alipay")));
        clickCheckBox(dialog->answerButton(NewOwnerResult::Free));
        QVERIFY(dialog->summary()->text().startsWith(QStringLiteral("2 of %1").arg(services)));
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("1 still used")));
        QVERIFY(dialog->serviceList()->item(0)->text().endsWith(QStringLiteral("someone else's")));

        // The official routes and the statement for debt callers, with the number filled in.
        QVERIFY(dialog->routes()->toPlainText().contains(QStringLiteral("二次号码焕新")));
        QVERIFY(dialog->routes()->toPlainText().contains(QStringLiteral("一证通查")));
        dialog->sinceEdit()->setDate(QDate(2026, 9, 1));
        const QString statement = dialog->statement()->toPlainText();
        QVERIFY(statement.contains(QStringLiteral("177 0000 1234")));
        QVERIFY(statement.contains(QStringLiteral("2026-09-01")));
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), statement);
        QApplication::clipboard()->clear();
        dialog->reject();

        // Stored in the vault: the overview counts them, and they are back after locking.
        QVERIFY(overview->findChild<QLabel*>(QStringLiteral("overviewProgressText"))
                    ->text()
                    .startsWith(QStringLiteral("2 of %1").arg(services)));
        QVERIFY(overview->blockerList()->text().contains(QStringLiteral("WeChat")));
        window->selectPerson(sample.personId);
        const QString card = window->personOverview()
                                 ->cards()
                                 .last()
                                 ->findChild<QLabel*>(QStringLiteral("cardDetail"))
                                 ->text();
        QVERIFY2(card.startsWith(QStringLiteral("2 of %1 services checked").arg(services)),
                 qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("1 still used by someone else")));
        controller.lock();
        QVERIFY(unlockWithPassphrase(controller, kPassphrase));
        window = controller.mainWindow();
        window->selectNumber(sample.receivedId);
        dialog = window->newOwnerChecks();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->answerButton(NewOwnerResult::SomeoneElse)->isChecked()); // WeChat
        dialog->serviceList()->setCurrentRow(rowOf(QStringLiteral("alipay")));
        QVERIFY(dialog->answerButton(NewOwnerResult::Free)->isChecked());
        // "Not checked yet" forgets an answer.
        clickCheckBox(dialog->answerButton(std::nullopt));
        QCOMPARE(controller.inventory()->newOwnerChecks(sample.receivedId)->size(), 1);
        dialog->reject();
    }

    void largeTextScalesOpenWindows()
    {
        const Sample sample = makeVault();
        auto session = openSession();
        QVERIFY(session != nullptr);
        AppController& controller = session->controller;
        MainWindow* window = controller.mainWindow();
        window->selectNumber(sample.numberId);
        NumberPanel* panel = window->numberPanel();
        const double tree = window->peopleView()->font().pointSizeF();
        const double title = panel->titleLabel()->font().pointSizeF();
        const double headline = panel->overview()->headline()->font().pointSizeF();
        QVERIFY(title > tree);

        // Already open windows follow at once: plain widgets, styled item views and titles.
        Appearance::setTextScale(2.0);
        QCOMPARE(window->peopleView()->font().pointSizeF(), tree * 2.0);
        QCOMPARE(panel->titleLabel()->font().pointSizeF(), title * 2.0);
        QCOMPARE(panel->overview()->headline()->font().pointSizeF(), headline * 2.0);
        QVERIFY(panel->overview()->headline()->font().bold());
        // The window still fits on a 1280-pixel-wide screen.
        QVERIFY2(window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        Appearance::setTextScale(1.0);
        QCOMPARE(panel->titleLabel()->font().pointSizeF(), title);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
