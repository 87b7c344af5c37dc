// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "NumberRecord.h"
#include "Person.h"
#include "Result.h"
#include "Service.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QTreeView;

namespace rebind {

class AboutDialog;
class GuideWindow;
class ShortcutsDialog;
class BindingHistoryDialog;
class ExportDialog;
class DiscoveryDialog;
class NewOwnerDialog;
class PersonOverview;
class ReadOnlyBanner;
class BindingDialog;
class ChecklistDialog;
class FormDialog;
class Inventory;
class NumberDialog;
class NumberPanel;
class PeopleModel;
class PersonDialog;
class ServiceDetailDialog;
class WalkthroughDialog;

// The inventory of an unlocked vault: people and their numbers on the left, the selected
// number's services on the right. Every change goes through Inventory; dialogs open window-
// modal and return at once (the methods hand them back, so tests can fill them in). wipe()
// removes every decrypted value from the window when the vault locks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Target
    {
        None,
        Person,
        Number,
        Binding
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the vault's content; inventory must outlive the window's use of it (until wipe()).
    void setInventory(Inventory* inventory, const QString& vaultPath);
    // Drops every decrypted value: models, labels, filter text, undo history, open dialogs.
    void wipe();
    void reload();
    void setKeyRemembered(bool remembered);
    // Open without the vault's lock because holder (VaultLock::describe) has it: every editing
    // action and button is disabled, and a banner and the title say so. Viewing and exporting
    // still work.
    void setReadOnly(bool readOnly, const QString& holder = QString());
    bool isReadOnly() const { return m_readOnly; }
    ReadOnlyBanner* readOnlyBanner() const { return m_readOnlyBanner; }
    // The same vault through another Inventory (opened again, for writing): what is shown stays.
    void replaceInventory(Inventory* inventory);

    // Words an attacker would try first, for judging a new passphrase.
    QStringList personalWords() const;

    PersonDialog* addPerson();
    NumberDialog* addNumber();
    // serviceName: a new service's name to start with; parent: the dialog to open it over.
    BindingDialog* addBinding(const QString& serviceName = QString(), QWidget* parent = nullptr);
    // The discovery checklist for the selected number.
    ChecklistDialog* findServices();
    // What to do for the selected binding's service (steps, warnings, official page).
    ServiceDetailDialog* showServiceDetails();
    // One item of the selected number's plan at a time, resuming at the first open one.
    WalkthroughDialog* walkThrough();
    // The selected binding's history, with undo of its last change.
    BindingHistoryDialog* showHistory();
    // The new-owner checklist of the selected number (one marked "received").
    NewOwnerDialog* newOwnerChecks();
    // Checklist PDF / picture / calendar / spreadsheet of the selection, or of everyone.
    ExportDialog* exportData();
    // Finds services in the person's own SMS backup or password export for the selected number.
    DiscoveryDialog* discoverServices();
    // Merges a JSON export or a hand-off file (asks for its passphrase) into the vault.
    void importData();
    // The same for a file already chosen (rebind FILE, a double-click): asks for the hand-off
    // passphrase and confirms before anything is merged.
    void importFile(const QString& path);
    // Test seam: answers the hand-off passphrase prompt (nullopt: cancelled).
    using PassphrasePrompt = std::function<std::optional<QString>(QWidget* parent)>;
    static void setPassphrasePrompt(PassphrasePrompt prompt);
    // Keeps an encrypted backup of the vault (reason: a VaultBackups key) before a merge writes.
    using BackupMaker = std::function<Result<void>(const QString& reason)>;
    void setBackupMaker(BackupMaker maker) { m_backupMaker = std::move(maker); }
    AboutDialog* about();
    // Help → User guide (F1): one window, raised when already open.
    GuideWindow* userGuide();
    // Help → Keyboard shortcuts.
    ShortcutsDialog* showShortcuts();
    // Edits what the keyboard focus points at (a binding in the table, else the tree item).
    FormDialog* editSelected();
    // The edit form of one record (also how a draft kept while locked is reopened).
    FormDialog* editPerson(qint64 id);
    FormDialog* editNumber(qint64 id);
    FormDialog* editBinding(qint64 id);
    void deleteSelected();
    void undo();
    Target target() const;

    void selectPerson(qint64 id);
    void selectNumber(qint64 id);

    QTreeView* peopleView() const { return m_tree; }
    PeopleModel* peopleModel() const { return m_peopleModel; }
    NumberPanel* numberPanel() const { return m_numberPanel; }
    PersonOverview* personOverview() const { return m_personOverview; }
    QStackedWidget* pages() const { return m_pages; }
    QLabel* messageTitle() const { return m_messageTitle; }
    QLabel* countsLabel() const { return m_counts; }

    QAction* addPersonAction() const { return m_addPerson; }
    QAction* addNumberAction() const { return m_addNumber; }
    QAction* addBindingAction() const { return m_addBinding; }
    QAction* findServicesAction() const { return m_findServices; }
    QAction* detailsAction() const { return m_details; }
    QAction* walkthroughAction() const { return m_walkthrough; }
    QAction* historyAction() const { return m_history; }
    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    QAction* discoverAction() const { return m_discover; }
    QAction* newOwnerAction() const { return m_newOwner; }
    QAction* aboutAction() const { return m_about; }
    QAction* userGuideAction() const { return m_guide; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* undoAction() const { return m_undo; }
    QAction* lockAction() const { return m_lock; }
    QAction* changePassphraseAction() const { return m_changePassphrase; }
    QAction* restoreBackupAction() const { return m_restoreBackup; }
    QAction* forgetKeyAction() const { return m_forgetKey; }
    QAction* settingsAction() const { return m_settings; }
    QToolBar* mainToolBar() const { return m_tools; }

Q_SIGNALS:
    void lockRequested();
    void changePassphraseRequested();
    void restoreBackupRequested();
    void forgetKeyRequested();
    void settingsRequested();
    void closeRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QMetaObject::Connection m_focusWatch;
    // One step of Edit → Undo: a deleted service to bring back, or (numberBefore.id != 0) an
    // edit of a number to revert while the number is still as that edit left it.
    struct Removed
    {
        Binding binding;
        QString serviceName;
        NumberRecord numberBefore;
        NumberRecord numberAfter;
    };

    void createActions();
    void createMenus();
    void createWidgets();
    // Keeps Lock on the toolbar at every text size: the toolbar's other actions (all in the
    // menus too) leave it, least needed first, when they would not fit beside it.
    void fitToolBar();
    // The people list as wide as its longest line, within two fifths of the window (growOnly:
    // never narrower than it is, so that a width the person chose stays).
    void fitSidebar(bool growOnly = false);
    void updateRightSide();
    void showNumberPage(const NumberRecord& record, const Person& owner);
    void showPersonPage(const Person& person);
    void updateActions();
    void showMessage(const QString& title, const QString& text, bool offerPerson, bool offerNumber,
                     bool offerEditPerson);
    void showError(const Result<void>& result);
    void showError(const QString& message);
    template <typename D> D* openDialog(D* dialog);

    const Person* personById(qint64 id) const;
    const NumberRecord* numberById(qint64 id) const;
    qint64 currentPersonId() const;
    qint64 currentNumberId() const;

    void deletePerson(qint64 id);
    void deleteNumber(qint64 id);
    void deleteBinding();
    // original: the binding as the edit form showed it, to notice changes made meanwhile.
    Result<void> saveBinding(BindingDialog* dialog, qint64 numberId,
                             const std::optional<Binding>& original = std::nullopt);
    void bindingsAdded(qint64 numberId, const QList<qint64>& ids, const QStringList& names);

    Inventory* m_inventory = nullptr;
    QString m_vaultPath;
    QList<Person> m_people;
    QList<NumberRecord> m_numbers;
    QHash<qint64, Service> m_services;
    QHash<qint64, int> m_bindingCounts;
    QList<Removed> m_removed;
    bool m_readOnly = false;

    QSplitter* m_splitter = nullptr;
    QToolBar* m_tools = nullptr;
    QAction* m_toolSeparator = nullptr;
    QAction* m_toolSpacer = nullptr;
    QToolButton* m_toolProbe = nullptr;
    QList<QAction*> m_toolShown;
    QTreeView* m_tree = nullptr;
    PeopleModel* m_peopleModel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_messagePage = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageText = nullptr;
    QPushButton* m_messageAddPerson = nullptr;
    QPushButton* m_messageAddNumber = nullptr;
    QPushButton* m_messageEditPerson = nullptr;
    NumberPanel* m_numberPanel = nullptr;
    PersonOverview* m_personOverview = nullptr;
    QLabel* m_counts = nullptr;
    ReadOnlyBanner* m_readOnlyBanner = nullptr;

    QAction* m_addPerson = nullptr;
    QAction* m_addNumber = nullptr;
    QAction* m_addBinding = nullptr;
    QAction* m_findServices = nullptr;
    QAction* m_details = nullptr;
    QAction* m_walkthrough = nullptr;
    QAction* m_history = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QAction* m_discover = nullptr;
    QAction* m_newOwner = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_changePassphrase = nullptr;
    QAction* m_restoreBackup = nullptr;
    BackupMaker m_backupMaker;
    QAction* m_forgetKey = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_guide = nullptr;
    QPointer<GuideWindow> m_guideWindow;
    QAction* m_shortcuts = nullptr;
};

} // namespace rebind
