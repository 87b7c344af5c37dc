// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "Appearance.h"
#include "BindingDialog.h"
#include "BindingHistoryDialog.h"
#include "BindingTableModel.h"
#include "CancellationCheck.h"
#include "ChecklistDialog.h"
#include "DiscoveryDialog.h"
#include "DisplayText.h"
#include "EditConflict.h"
#include "ElidingStatusBar.h"
#include "ExportDialog.h"
#include "FileDialogs.h"
#include "GuideWindow.h"
#include "Importer.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "NewOwnerDialog.h"
#include "NewOwnerGuide.h"
#include "NumberDialog.h"
#include "NumberOverview.h"
#include "NumberPanel.h"
#include "PeopleModel.h"
#include "PersonDialog.h"
#include "PersonOverview.h"
#include "ReadOnlyBanner.h"
#include "ServiceDetailDialog.h"
#include "ServiceText.h"
#include "ShortcutsDialog.h"
#include "VaultBackups.h"
#include "VaultPlan.h"
#include "Vocabulary.h"
#include "WalkthroughDialog.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rebind {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rebind"));
    createActions();
    createWidgets();
    createMenus();
    QSize size(1240, 780);
    if (const QScreen* current = screen()) {
        size = size.boundedTo(current->availableGeometry().size() - QSize(40, 40));
    }
    resize(size);
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this] { updateActions(); });
    wipe();
}

MainWindow::~MainWindow()
{
    // Destroying the child widgets moves focus; by then this is no longer a MainWindow.
    disconnect(m_focusWatch);
}

// ---- construction ------------------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const QKeySequence& shortcut, const QString& icon,
                             const char* name) {
        auto* action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        addAction(action); // shortcuts work even while the menu bar is hidden
        return action;
    };
    m_addPerson = make(tr("Add a &person…"), QKeySequence(tr("Ctrl+Shift+P")),
                       QStringLiteral("contact-new"), "addPersonAction");
    m_addNumber = make(tr("Add a &number…"), QKeySequence(tr("Ctrl+Shift+N")),
                       QStringLiteral("list-add"), "addNumberAction");
    m_addBinding = make(tr("Add a &service…"), QKeySequence(tr("Ctrl+N")),
                        QStringLiteral("document-new"), "addBindingAction");
    m_findServices = make(tr("Find services to &add…"), QKeySequence(tr("Ctrl+Shift+F")),
                          QStringLiteral("edit-find"), "findServicesAction");
    m_details = make(tr("Service deta&ils…"), QKeySequence(tr("Ctrl+I")),
                     QStringLiteral("help-contents"), "detailsAction");
    m_walkthrough = make(tr("&Walk me through it…"), QKeySequence(tr("Ctrl+Shift+W")),
                         QStringLiteral("go-next"), "walkthroughAction");
    m_history = make(tr("&History of this service…"), QKeySequence(tr("Ctrl+H")),
                     QStringLiteral("document-open-recent"), "historyAction");
    m_newOwner = make(tr("New-&owner checks…"), QKeySequence(tr("Ctrl+Shift+O")), QString(),
                      "newOwnerAction");
    m_export = make(tr("&Export…"), QKeySequence(tr("Ctrl+E")), QStringLiteral("document-export"),
                    "exportAction");
    m_import =
        make(tr("&Import…"), QKeySequence(), QStringLiteral("document-import"), "importAction");
    m_discover = make(tr("Find services in my &messages…"), QKeySequence(tr("Ctrl+Shift+M")),
                      QStringLiteral("edit-find"), "discoverAction");
    m_edit =
        make(tr("&Edit…"), QKeySequence(Qt::Key_F2), QStringLiteral("document-edit"), "editAction");
    m_delete = make(tr("&Delete…"), QKeySequence(QKeySequence::Delete),
                    QStringLiteral("edit-delete"), "deleteAction");
    m_undo = make(tr("&Undo"), QKeySequence(QKeySequence::Undo), QStringLiteral("edit-undo"),
                  "undoAction");
    m_find = make(tr("&Find…"), QKeySequence(QKeySequence::Find), QStringLiteral("edit-find"),
                  "findAction");
    m_lock = make(tr("&Lock"), QKeySequence(tr("Ctrl+L")), QStringLiteral("system-lock-screen"),
                  "lockAction");
    m_changePassphrase =
        make(tr("Change &passphrase…"), QKeySequence(), QString(), "changePassphraseAction");
    m_restoreBackup =
        make(tr("&Restore a backup…"), QKeySequence(), QString(), "restoreBackupAction");
    m_forgetKey =
        make(tr("&Forget the remembered passphrase"), QKeySequence(), QString(), "forgetKeyAction");
    m_settings = make(tr("&Settings…"), QKeySequence(tr("Ctrl+,")),
                      QStringLiteral("preferences-system"), "settingsAction");
    m_quit = make(tr("&Quit"), QKeySequence(QKeySequence::Quit), QStringLiteral("application-exit"),
                  "quitAction");
    m_about = make(tr("&About Rebind"), QKeySequence(), QString(), "aboutAction");
    m_guide = make(tr("&User guide"), QKeySequence(Qt::Key_F1), QStringLiteral("help-contents"),
                   "userGuideAction");
    // No shortcut: no platform-wide key opens a list of shortcuts (GNOME's Ctrl+? is its own).
    m_shortcuts = make(tr("&Keyboard shortcuts"), QKeySequence(),
                       QStringLiteral("preferences-desktop-keyboard-shortcuts"), "shortcutsAction");

    m_addPerson->setStatusTip(tr("Add someone whose numbers you look after"));
    m_addNumber->setStatusTip(tr("Add a phone number for the selected person"));
    m_addBinding->setStatusTip(tr("Add an app, bank or website that uses the selected number"));
    m_findServices->setStatusTip(
        tr("Tick the services you use from the built-in list and add them all at once"));
    m_details->setStatusTip(tr("The steps, warnings and official page of the selected service"));
    m_walkthrough->setStatusTip(
        tr("Go through the selected number's plan one item at a time, in large text"));
    m_history->setStatusTip(
        tr("What changed for the selected service, and undo of its last change"));
    m_newOwner->setStatusTip(
        tr("For a number you received: which services still use it for someone else"));
    m_lock->setStatusTip(tr("Lock the vault and hide everything until the passphrase is typed"));

    connect(m_addPerson, &QAction::triggered, this, [this] { addPerson(); });
    connect(m_addNumber, &QAction::triggered, this, [this] { addNumber(); });
    connect(m_addBinding, &QAction::triggered, this, [this] { addBinding(); });
    connect(m_findServices, &QAction::triggered, this, [this] { findServices(); });
    connect(m_details, &QAction::triggered, this, [this] { showServiceDetails(); });
    connect(m_walkthrough, &QAction::triggered, this, [this] { walkThrough(); });
    connect(m_history, &QAction::triggered, this, [this] { showHistory(); });
    connect(m_export, &QAction::triggered, this, [this] { exportData(); });
    connect(m_import, &QAction::triggered, this, &MainWindow::importData);
    connect(m_discover, &QAction::triggered, this, [this] { discoverServices(); });
    connect(m_newOwner, &QAction::triggered, this, [this] { newOwnerChecks(); });
    connect(m_edit, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_numberPanel) {
            m_numberPanel->showServices();
            m_numberPanel->filterEdit()->setFocus();
            m_numberPanel->filterEdit()->selectAll();
        }
    });
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_changePassphrase, &QAction::triggered, this, &MainWindow::changePassphraseRequested);
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackupRequested);
    connect(m_forgetKey, &QAction::triggered, this, &MainWindow::forgetKeyRequested);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_about, &QAction::triggered, this, [this] { about(); });
    connect(m_guide, &QAction::triggered, this, [this] { userGuide(); });
    connect(m_shortcuts, &QAction::triggered, this, [this] { showShortcuts(); });
}

void MainWindow::createMenus()
{
    QMenu* vault = menuBar()->addMenu(tr("&Vault"));
    vault->addAction(m_lock);
    vault->addAction(m_changePassphrase);
    vault->addAction(m_restoreBackup);
    vault->addAction(m_forgetKey);
    vault->addSeparator();
    vault->addAction(m_export);
    vault->addAction(m_import);
    vault->addSeparator();
    vault->addAction(m_settings);
    vault->addSeparator();
    vault->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addSeparator();
    edit->addAction(m_addPerson);
    edit->addAction(m_addNumber);
    edit->addAction(m_findServices);
    edit->addAction(m_discover);
    edit->addAction(m_addBinding);
    edit->addSeparator();
    edit->addAction(m_details);
    edit->addAction(m_walkthrough);
    edit->addAction(m_history);
    edit->addAction(m_newOwner);
    edit->addAction(m_edit);
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guide);
    help->addAction(m_shortcuts);
    help->addAction(m_about);

    QToolBar* tools = addToolBar(tr("Main tools"));
    m_tools = tools;
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setFloatable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_addPerson);
    tools->addAction(m_addNumber);
    tools->addAction(m_findServices);
    tools->addAction(m_addBinding);
    m_toolSeparator = tools->addSeparator();
    tools->addAction(m_edit);
    tools->addAction(m_delete);
    tools->addAction(m_undo);
    auto* spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolSpacer = tools->addWidget(spacer);
    tools->addAction(m_lock);
    // Measures a button for an action that is not on the toolbar just now.
    m_toolProbe = new QToolButton(tools);
    m_toolProbe->setObjectName(QStringLiteral("toolProbe"));
    m_toolProbe->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolProbe->hide();
    m_toolShown = {m_addPerson, m_addNumber, m_findServices, m_addBinding,
                   m_edit,      m_delete,    m_undo};
}

namespace {
// A menu text as a toolbar button reads it: no mnemonic ("&Lock", "锁定(&L)") and no ellipsis.
QString toolText(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    QString result = text;
    result.remove(mnemonic);
    result.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (result.endsWith(QChar(0x2026))) {
        result.chop(1);
    } else if (result.endsWith(QLatin1String("..."))) {
        result.chop(3);
    }
    return result.trimmed();
}
} // namespace

void MainWindow::fitToolBar()
{
    if (m_tools == nullptr || m_toolProbe == nullptr) {
        return;
    }
    // In the order they stand on the toolbar; the first to leave when space runs out is last.
    const QList<QAction*> order = {m_addPerson, m_addNumber, m_findServices, m_addBinding,
                                   m_edit,      m_delete,    m_undo};
    const QList<QAction*> leaving = {m_undo,      m_delete,     m_edit,        m_addPerson,
                                     m_addNumber, m_addBinding, m_findServices};
    for (QAction* action : order) {
        action->setIconText(toolText(action->text()));
    }
    m_lock->setIconText(toolText(m_lock->text()));
    const QStyle* style = m_tools->style();
    const int spacing = style->pixelMetric(QStyle::PM_ToolBarItemSpacing, nullptr, m_tools);
    const int margins = 2 * (style->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, m_tools) +
                             style->pixelMetric(QStyle::PM_ToolBarFrameWidth, nullptr, m_tools));
    const int separator =
        style->pixelMetric(QStyle::PM_ToolBarSeparatorExtent, nullptr, m_tools) + spacing;
    m_toolProbe->setFont(m_tools->font());
    const auto buttonWidth = [this](const QAction* action) {
        m_toolProbe->setText(action->iconText());
        m_toolProbe->setIcon(action->icon());
        m_toolProbe->ensurePolished();
        return m_toolProbe->sizeHint().width();
    };
    QHash<const QAction*, int> widths;
    for (QAction* action : order) {
        widths.insert(action, buttonWidth(action));
    }
    // A little room to spare: the layout rounds, and the extension button must never appear.
    const int available = m_tools->width() - margins - buttonWidth(m_lock) - spacing - 8;
    QList<QAction*> shown = order;
    const auto needed = [&] {
        int sum = 0;
        bool left = false;
        bool right = false;
        for (const QAction* action : std::as_const(shown)) {
            sum += widths.value(action) + spacing;
            (action == m_edit || action == m_delete || action == m_undo ? right : left) = true;
        }
        return sum + (left && right ? separator : 0);
    };
    for (QAction* action : leaving) {
        if (needed() <= available) {
            break;
        }
        shown.removeOne(action);
    }
    if (shown == m_toolShown) {
        return;
    }
    m_toolShown = shown;
    for (QAction* action : order) {
        m_tools->removeAction(action);
    }
    m_tools->removeAction(m_toolSeparator);
    bool separated = false;
    for (QAction* action : std::as_const(shown)) {
        const bool right = action == m_edit || action == m_delete || action == m_undo;
        if (right && !separated && shown.first() != action) {
            m_tools->insertAction(m_toolSpacer, m_toolSeparator);
            separated = true;
        }
        m_tools->insertAction(m_toolSpacer, action);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
    if (m_inventory != nullptr) {
        fitSidebar(true);
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Once every child has the new font and style.
        QTimer::singleShot(0, this, [this] {
            fitToolBar();
            fitSidebar();
        });
    }
}

void MainWindow::createWidgets()
{
    m_peopleModel = new PeopleModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("peopleTree"));
    m_tree->setModel(m_peopleModel);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setMinimumWidth(240);
    m_tree->setAccessibleName(tr("People and their numbers"));

    m_messagePage = new QWidget(this);
    m_messagePage->setObjectName(QStringLiteral("messagePage"));
    m_messageTitle = new QLabel(m_messagePage);
    m_messageTitle->setObjectName(QStringLiteral("messageTitle"));
    m_messageTitle->setTextFormat(Qt::PlainText);
    Appearance::setScaledFont(m_messageTitle, 1.5, true);
    m_messageTitle->setWordWrap(true);
    m_messageText = new QLabel(m_messagePage);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setWordWrap(true);
    // Long lines are hard to follow: keep the explanation to a comfortable measure.
    m_messageText->setMaximumWidth(m_messageText->fontMetrics().averageCharWidth() * 80);
    m_messageAddPerson = new QPushButton(tr("Add a person…"), m_messagePage);
    m_messageAddPerson->setObjectName(QStringLiteral("messageAddPerson"));
    m_messageAddNumber = new QPushButton(tr("Add a number…"), m_messagePage);
    m_messageAddNumber->setObjectName(QStringLiteral("messageAddNumber"));
    m_messageEditPerson = new QPushButton(tr("Edit person…"), m_messagePage);
    m_messageEditPerson->setObjectName(QStringLiteral("messageEditPerson"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_messageAddPerson);
    buttons->addWidget(m_messageAddNumber);
    buttons->addWidget(m_messageEditPerson);
    buttons->addStretch();
    auto* messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setContentsMargins(32, 32, 32, 32);
    messageLayout->setSpacing(16);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageText);
    messageLayout->addLayout(buttons);
    messageLayout->addStretch();
    connect(m_messageAddPerson, &QPushButton::clicked, this, [this] { addPerson(); });
    connect(m_messageAddNumber, &QPushButton::clicked, this, [this] { addNumber(); });
    connect(m_messageEditPerson, &QPushButton::clicked, this,
            [this] { editPerson(currentPersonId()); });

    m_numberPanel = new NumberPanel(this);
    m_personOverview = new PersonOverview(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(m_numberPanel);
    m_pages->addWidget(m_personOverview);
    connect(m_personOverview, &PersonOverview::numberChosen, this,
            [this](qint64 id) { selectNumber(id); });
    connect(m_personOverview, &PersonOverview::addNumberRequested, this, [this] { addNumber(); });
    connect(m_personOverview, &PersonOverview::editPersonRequested, this,
            [this] { editPerson(currentPersonId()); });

    auto* splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({290, 950});
    m_readOnlyBanner = new ReadOnlyBanner(this);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    setStatusBar(new ElidingStatusBar(this));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_counts);

    setTabOrder(m_tree, m_numberPanel->filterEdit());
    setTabOrder(m_numberPanel->filterEdit(), m_numberPanel->table());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateRightSide(); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (PeopleModel::kindOf(index) == PeopleModel::PersonKind) {
            editPerson(PeopleModel::idOf(index));
        } else if (PeopleModel::kindOf(index) == PeopleModel::NumberKind) {
            editNumber(PeopleModel::idOf(index));
        }
    });
    connect(m_numberPanel, &NumberPanel::bindingActivated, this,
            [this](qint64 id) { editBinding(id); });
    connect(m_numberPanel, &NumberPanel::currentBindingChanged, this, &MainWindow::updateActions);
    connect(m_numberPanel, &NumberPanel::addBindingRequested, this, [this] { addBinding(); });
    connect(m_numberPanel, &NumberPanel::findServicesRequested, this, [this] { findServices(); });
    connect(m_numberPanel, &NumberPanel::detailsRequested, this, [this] { showServiceDetails(); });
    connect(m_numberPanel, &NumberPanel::walkthroughRequested, this, [this] { walkThrough(); });
    connect(m_numberPanel, &NumberPanel::editNumberRequested, this,
            [this] { editNumber(m_numberPanel->numberId()); });
    connect(m_numberPanel, &NumberPanel::newOwnerRequested, this, [this] { newOwnerChecks(); });
    connect(m_numberPanel, &NumberPanel::exportRequested, this, [this] { exportData(); });
    connect(m_numberPanel, &NumberPanel::discoverRequested, this, [this] { discoverServices(); });
    // The buttons below the table hide at large text sizes in a short window: the same
    // actions stay a right click away (and in the Edit menu).
    QTableView* table = m_numberPanel->table();
    const auto separator = [table] {
        auto* action = new QAction(table);
        action->setSeparator(true);
        return action;
    };
    table->addActions({m_details, m_history, m_edit, m_delete});
    table->addAction(separator());
    table->addActions({m_findServices, m_discover, m_addBinding, m_walkthrough});
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

// ---- session -----------------------------------------------------------------------------------

void MainWindow::setInventory(Inventory* inventory, const QString& vaultPath)
{
    m_inventory = inventory;
    m_vaultPath = vaultPath;
    // The name last: window managers append the application's name unless the title ends with it.
    setWindowTitle(tr("%1 — Rebind").arg(QFileInfo(vaultPath).fileName()));
    m_tree->setCurrentIndex(QModelIndex());
    reload();
    fitSidebar();
    m_tree->setFocus();
}

void MainWindow::fitSidebar(bool growOnly)
{
    // Wide enough for the longest "number · status" line, within two fifths of the window;
    // where that is too narrow (large text), numbers take two lines. Measured with the list's
    // own fonts, so that it follows the text size.
    m_tree->ensurePolished();
    const int total = std::max(width(), 800);
    const int most = total * 2 / 5;
    const auto wanted = [this](bool twoLines) {
        int widest = 0;
        const auto measure = [&](const QModelIndex& index, const QString& text, int depth) {
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : m_tree->font());
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                // 6 pixels of padding each side (the application's style sheet).
                widest = std::max(widest, metrics.horizontalAdvance(line) + 12 +
                                              depth * m_tree->indentation());
            }
        };
        for (int row = 0; row < m_peopleModel->rowCount(); ++row) {
            const QModelIndex person = m_peopleModel->index(row, 0);
            measure(person, person.data().toString(), 0);
            for (int child = 0; child < m_peopleModel->rowCount(person); ++child) {
                const QModelIndex number = m_peopleModel->index(child, 0, person);
                QString line = number.data(PeopleModel::LineRole).toString();
                if (twoLines) {
                    line.replace(line.indexOf(QStringLiteral(" · ")), 3, QLatin1Char('\n'));
                }
                measure(number, line, 1);
            }
        }
        return widest + m_tree->indentation() + 2 * m_tree->frameWidth() +
               m_tree->verticalScrollBar()->sizeHint().width() + 8;
    };
    int left = wanted(false);
    const bool twoLines = left > most;
    if (twoLines) {
        left = wanted(true);
    }
    left = std::clamp(left, 240, most);
    m_peopleModel->setTwoLines(twoLines);
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && (sizes.first() == left || (growOnly && sizes.first() > left))) {
        return;
    }
    m_splitter->setSizes({left, std::max(width(), m_splitter->width()) - left});
}

void MainWindow::wipe()
{
    // Edit dialogs hold decrypted values in their fields: close and destroy them now.
    const auto dialogs = findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog* dialog : dialogs) {
        dialog->hide();
        delete dialog;
    }
    m_inventory = nullptr;
    m_people.clear();
    m_numbers.clear();
    m_services.clear();
    m_bindingCounts.clear();
    m_removed.clear();
    m_peopleModel->wipe();
    m_numberPanel->wipe();
    m_personOverview->wipe();
    m_messageTitle->setText(QString());
    m_messageText->setText(QString());
    m_messageAddPerson->hide();
    m_messageAddNumber->hide();
    m_messageEditPerson->hide();
    m_pages->setCurrentWidget(m_messagePage);
    m_counts->setText(QString());
    statusBar()->clearMessage();
    setWindowTitle(tr("Rebind"));
    updateActions();
}

void MainWindow::setKeyRemembered(bool remembered)
{
    m_forgetKey->setEnabled(remembered);
}

namespace {

// The buttons that change the vault: on the window's pages (the actions are handled in
// updateActions), and in the dialogs that are also for looking (history, service details).
const QStringList& pageEditingButtons()
{
    static const QStringList names = {
        QStringLiteral("messageAddPerson"),    QStringLiteral("messageAddNumber"),
        QStringLiteral("messageEditPerson"),   QStringLiteral("panelAddBinding"),
        QStringLiteral("panelEditNumber"),     QStringLiteral("panelFindServices"),
        QStringLiteral("panelDiscover"),       QStringLiteral("panelWalkthrough"),
        QStringLiteral("overviewWalkthrough"), QStringLiteral("overviewNewOwner"),
        QStringLiteral("personAddNumber"),     QStringLiteral("personEdit"),
        QStringLiteral("emptyFindServices"),   QStringLiteral("emptyDiscover")};
    return names;
}

const QStringList& dialogEditingButtons()
{
    static const QStringList names = {QStringLiteral("undoChange"),
                                      QStringLiteral("editStepsButton"),
                                      QStringLiteral("resetStepsButton")};
    return names;
}

void enableButtons(QWidget* root, const QStringList& names, bool enabled)
{
    const auto buttons = root->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (names.contains(button->objectName())) {
            button->setEnabled(enabled);
        }
    }
}

} // namespace

void MainWindow::setReadOnly(bool readOnly, const QString& holder)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_readOnlyBanner->showHeld(holder);
    } else {
        m_readOnlyBanner->hide();
    }
    if (m_inventory != nullptr) {
        const QString name = QFileInfo(m_vaultPath).fileName();
        setWindowTitle(readOnly ? tr("%1 (read-only) — Rebind").arg(name)
                                : tr("%1 — Rebind").arg(name));
    }
    enableButtons(m_pages, pageEditingButtons(), !readOnly);
    updateActions();
}

void MainWindow::replaceInventory(Inventory* inventory)
{
    // Open dialogs hold the Inventory that is going away.
    const auto dialogs = findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog* dialog : dialogs) {
        dialog->hide();
        delete dialog;
    }
    m_inventory = inventory;
    reload();
}

void MainWindow::reload()
{
    if (m_inventory == nullptr) {
        return;
    }
    const QModelIndex current = m_tree->currentIndex();
    const PeopleModel::Kind kind = PeopleModel::kindOf(current);
    const qint64 id = PeopleModel::idOf(current);

    auto people = m_inventory->people();
    auto numbers = m_inventory->numbers(0);
    auto services = m_inventory->services();
    for (const QString& message : {people.message(), numbers.message(), services.message()}) {
        if (!message.isEmpty()) {
            showError(message);
            return;
        }
    }
    m_people = *people;
    m_numbers = *numbers;
    m_services.clear();
    for (const Service& service : *services) {
        m_services.insert(service.id, service);
    }
    m_bindingCounts.clear();
    int bindingTotal = 0;
    for (const NumberRecord& record : m_numbers) {
        auto bindings = m_inventory->bindings(record.id);
        const int count = bindings ? static_cast<int>(bindings->size()) : 0;
        m_bindingCounts.insert(record.id, count);
        bindingTotal += count;
    }

    m_peopleModel->load(m_people, m_numbers);
    m_tree->expandAll();
    QModelIndex restore =
        kind != PeopleModel::NoKind ? m_peopleModel->find(kind, id) : QModelIndex();
    if (!restore.isValid() && !m_numbers.isEmpty()) {
        restore = m_peopleModel->find(PeopleModel::NumberKind, m_numbers.first().id);
    }
    if (!restore.isValid() && m_peopleModel->rowCount() > 0) {
        restore = m_peopleModel->index(0, 0);
    }
    if (restore.isValid()) {
        m_tree->setCurrentIndex(restore);
    }
    updateRightSide();

    m_counts->setText(tr("%1 · %2 · %3", "people · numbers · services")
                          .arg(tr("%n person(s)", "", static_cast<int>(m_people.size())),
                               tr("%n number(s)", "", static_cast<int>(m_numbers.size())),
                               tr("%n service(s) listed", "", bindingTotal)));
    updateActions();
}

// ---- what is shown -----------------------------------------------------------------------------

void MainWindow::showMessage(const QString& title, const QString& text, bool offerPerson,
                             bool offerNumber, bool offerEditPerson)
{
    m_numberPanel->wipe();
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageAddPerson->setVisible(offerPerson);
    m_messageAddNumber->setVisible(offerNumber);
    m_messageEditPerson->setVisible(offerEditPerson);
    m_pages->setCurrentWidget(m_messagePage);
}

void MainWindow::updateRightSide()
{
    if (m_inventory == nullptr) {
        return;
    }
    const QModelIndex current = m_tree->currentIndex();
    const PeopleModel::Kind kind = PeopleModel::kindOf(current);
    if (m_people.isEmpty()) {
        showMessage(tr("Add a person to start"),
                    tr("Start with yourself or the relative you are helping. Then add their "
                       "phone numbers, and for each number the apps, banks and other services "
                       "that use it."),
                    true, false, false);
    } else if (kind == PeopleModel::NumberKind) {
        const NumberRecord* record = numberById(PeopleModel::idOf(current));
        const Person* owner = record != nullptr ? personById(record->personId) : nullptr;
        if (record == nullptr || owner == nullptr) {
            return;
        }
        showNumberPage(*record, *owner);
    } else if (kind == PeopleModel::PersonKind) {
        const Person* person = personById(PeopleModel::idOf(current));
        if (person == nullptr) {
            return;
        }
        showPersonPage(*person);
    } else {
        showMessage(tr("Choose a person or a number"),
                    tr("Choose someone on the left to see their numbers."), false, false, false);
    }
    updateActions();
}

void MainWindow::showNumberPage(const NumberRecord& record, const Person& owner)
{
    auto bindings = m_inventory->bindings(record.id);
    if (!bindings) {
        showError(bindings.message());
        return;
    }
    NumberOverview::Content overview;
    overview.record = record;
    overview.services = m_services;
    overview.today = QDate::currentDate();
    overview.owner = NumberOwner::of(owner);
    auto plan = VaultPlan::build(*m_inventory, record, overview.today);
    auto recent = m_inventory->recentEvents(record.id, NumberOverview::kRecentShown);
    auto checks = m_inventory->newOwnerChecks(record.id);
    if (!plan || !recent || !checks) {
        showError(!plan ? plan.message() : !recent ? recent.message() : checks.message());
        return;
    }
    overview.plan = *std::move(plan);
    overview.recent = *std::move(recent);
    overview.newOwnerChecks = *std::move(checks);
    overview.newOwnerServices = static_cast<int>(NewOwnerGuide::builtIn().services.size());
    m_numberPanel->showNumber(record, owner, *bindings, m_services);
    m_numberPanel->overview()->show(overview);
    m_pages->setCurrentWidget(m_numberPanel);
}

void MainWindow::showPersonPage(const Person& person)
{
    const QDate today = QDate::currentDate();
    QList<PersonOverview::Row> rows;
    for (const NumberRecord& record : std::as_const(m_numbers)) {
        if (record.personId != person.id) {
            continue;
        }
        auto plan = VaultPlan::build(*m_inventory, record, today);
        auto checks = m_inventory->newOwnerChecks(record.id);
        auto last = m_inventory->recentEvents(record.id, 1);
        if (!plan || !checks || !last) {
            showError(!plan ? plan.message() : !checks ? checks.message() : last.message());
            return;
        }
        PersonOverview::Row row;
        row.record = record;
        row.plan = *std::move(plan);
        row.checked = static_cast<int>(checks->size());
        row.toCheck = static_cast<int>(NewOwnerGuide::builtIn().services.size());
        row.someoneElse = static_cast<int>(
            std::count_if(checks->cbegin(), checks->cend(), [](const NewOwnerCheck& c) {
                return c.result == NewOwnerResult::SomeoneElse;
            }));
        if (!last->isEmpty()) {
            row.lastChange = last->first();
        }
        rows.append(row);
    }
    m_numberPanel->wipe();
    m_personOverview->show(person, rows, m_services, today);
    m_pages->setCurrentWidget(m_personOverview);
}

MainWindow::Target MainWindow::target() const
{
    if (m_inventory == nullptr) {
        return Target::None;
    }
    // The window's own focus child: unlike QApplication::focusWidget() it stays put while a
    // menu is open, so Edit → Delete acts on what had the focus before the menu opened.
    const QWidget* focus = focusWidget();
    if (m_pages->currentWidget() == m_numberPanel && focus != nullptr &&
        m_numberPanel->isAncestorOf(focus)) {
        return m_numberPanel->servicesShown() && m_numberPanel->currentBinding() != nullptr
                   ? Target::Binding
                   : Target::None;
    }
    switch (PeopleModel::kindOf(m_tree->currentIndex())) {
    case PeopleModel::PersonKind:
        return Target::Person;
    case PeopleModel::NumberKind:
        return Target::Number;
    case PeopleModel::NoKind:
        break;
    }
    return Target::None;
}

void MainWindow::updateActions()
{
    const bool open = m_inventory != nullptr;
    const bool writable = open && !m_readOnly;
    m_addPerson->setEnabled(writable);
    m_addNumber->setEnabled(writable && !m_people.isEmpty());
    m_addBinding->setEnabled(writable && m_pages->currentWidget() == m_numberPanel &&
                             m_numberPanel->numberId() != 0);
    m_findServices->setEnabled(m_addBinding->isEnabled());
    m_discover->setEnabled(m_addBinding->isEnabled());
    m_walkthrough->setEnabled(m_addBinding->isEnabled());
    m_details->setEnabled(open && m_pages->currentWidget() == m_numberPanel &&
                          m_numberPanel->currentBinding() != nullptr);
    m_history->setEnabled(m_details->isEnabled() && m_numberPanel->servicesShown());
    const NumberRecord* shown =
        m_pages->currentWidget() == m_numberPanel ? numberById(m_numberPanel->numberId()) : nullptr;
    m_newOwner->setEnabled(writable && shown != nullptr && shown->status == NumberStatus::Received);
    m_numberPanel->setDetailsEnabled(m_details->isEnabled());
    m_lock->setEnabled(open);
    m_export->setEnabled(open && !m_people.isEmpty());
    m_import->setEnabled(writable);
    m_changePassphrase->setEnabled(writable);
    m_restoreBackup->setEnabled(writable);
    m_settings->setEnabled(open);
    m_find->setEnabled(open && m_pages->currentWidget() == m_numberPanel);

    const Target t = target();
    m_edit->setEnabled(!m_readOnly && t != Target::None);
    m_delete->setEnabled(!m_readOnly && t != Target::None);
    switch (t) {
    case Target::Binding:
        m_edit->setText(tr("&Edit service…"));
        m_delete->setText(tr("&Delete service…"));
        break;
    case Target::Number:
        m_edit->setText(tr("&Edit number…"));
        m_delete->setText(tr("&Delete number…"));
        break;
    case Target::Person:
        m_edit->setText(tr("&Edit person…"));
        m_delete->setText(tr("&Delete person…"));
        break;
    case Target::None:
        m_edit->setText(tr("&Edit…"));
        m_delete->setText(tr("&Delete…"));
        break;
    }
    m_undo->setEnabled(writable && !m_removed.isEmpty());
    m_undo->setText(m_removed.isEmpty() ? tr("&Undo")
                    : m_removed.last().numberBefore.id != 0
                        ? tr("&Undo editing %1").arg(m_removed.last().numberBefore.number.display())
                        : tr("&Undo deleting %1").arg(m_removed.last().serviceName));
    fitToolBar();
}

// ---- lookups -----------------------------------------------------------------------------------

const Person* MainWindow::personById(qint64 id) const
{
    for (const Person& person : m_people) {
        if (person.id == id) {
            return &person;
        }
    }
    return nullptr;
}

const NumberRecord* MainWindow::numberById(qint64 id) const
{
    for (const NumberRecord& record : m_numbers) {
        if (record.id == id) {
            return &record;
        }
    }
    return nullptr;
}

qint64 MainWindow::currentPersonId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(PeopleModel::PersonIdRole).toLongLong() : 0;
}

qint64 MainWindow::currentNumberId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return PeopleModel::kindOf(current) == PeopleModel::NumberKind ? PeopleModel::idOf(current) : 0;
}

void MainWindow::selectPerson(qint64 id)
{
    const QModelIndex index = m_peopleModel->find(PeopleModel::PersonKind, id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
    }
}

void MainWindow::selectNumber(qint64 id)
{
    const QModelIndex index = m_peopleModel->find(PeopleModel::NumberKind, id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
    }
}

QStringList MainWindow::personalWords() const
{
    QStringList words;
    for (const Person& person : m_people) {
        words << person.name << person.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    for (const NumberRecord& record : m_numbers) {
        words << record.number.e164() << record.number.e164().mid(1);
        QString national = record.number.display();
        words << national.remove(QLatin1Char(' '));
    }
    words.removeDuplicates();
    return words;
}

void MainWindow::showError(const Result<void>& result)
{
    if (!result) {
        showError(result.message());
    }
}

void MainWindow::showError(const QString& message)
{
    MessageBox::error(this, tr("Rebind"), message);
}

template <typename D> D* MainWindow::openDialog(D* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// ---- adding ------------------------------------------------------------------------------------

PersonDialog* MainWindow::addPerson()
{
    if (m_inventory == nullptr || m_readOnly) {
        return nullptr;
    }
    Person fresh;
    fresh.relation = m_people.isEmpty() ? QStringLiteral("self") : QString();
    auto* dialog = new PersonDialog(fresh, this);
    dialog->setSubmit([this, dialog]() -> Result<void> {
        auto added = m_inventory->addPerson(dialog->person());
        if (!added) {
            return added.error();
        }
        reload();
        selectPerson(*added);
        return {};
    });
    return openDialog(dialog);
}

NumberDialog* MainWindow::addNumber()
{
    if (m_inventory == nullptr || m_readOnly || m_people.isEmpty()) {
        return nullptr;
    }
    NumberRecord fresh;
    fresh.personId = currentPersonId() != 0 ? currentPersonId() : m_people.first().id;
    auto* dialog = new NumberDialog(fresh, m_people, this);
    dialog->setSubmit([this, dialog]() -> Result<void> {
        auto added = m_inventory->addNumber(dialog->record());
        if (!added) {
            return added.error();
        }
        reload();
        selectNumber(*added);
        return {};
    });
    return openDialog(dialog);
}

namespace {

enum class Resolution
{
    Save,
    AddAgain,
    Drop
};

// What to do with an edit form's record, given what the vault holds now: now (NotFound when
// another program removed it), the changes made there since the form opened (changesSince), and
// whether the form's version differs from theirs at all (mineVersusTheirs). An Error keeps the
// form open; a Cancelled one without a message.
template <typename T, typename Since, typename Versus>
Result<Resolution> resolve(QWidget* dialog, const Result<T>& now, const QString& what,
                           const QString& removed, Since changesSince, Versus mineVersusTheirs)
{
    if (!now) {
        if (now.code() != ErrorCode::NotFound) {
            return now.error();
        }
        switch (EditConflict::askRemoved(dialog, removed)) {
        case EditConflict::Choice::KeepMine:
            return Resolution::AddAgain;
        case EditConflict::Choice::UseTheirs:
            return Resolution::Drop;
        case EditConflict::Choice::KeepEditing:
            break;
        }
        return makeError(ErrorCode::Cancelled, QString());
    }
    const QStringList changes = changesSince(*now);
    if (changes.isEmpty() || mineVersusTheirs(*now).isEmpty()) {
        return Resolution::Save;
    }
    switch (EditConflict::askChanged(dialog, what, changes)) {
    case EditConflict::Choice::KeepMine:
        return Resolution::Save;
    case EditConflict::Choice::UseTheirs:
        return Resolution::Drop;
    case EditConflict::Choice::KeepEditing:
        break;
    }
    return makeError(ErrorCode::Cancelled, QString());
}

} // namespace

Result<void> MainWindow::saveBinding(BindingDialog* dialog, qint64 numberId,
                                     const std::optional<Binding>& original)
{
    Binding binding = dialog->binding();
    binding.numberId = numberId;
    qint64 id = binding.id;
    if (id != 0 && original) {
        const QString service = m_services.value(original->serviceId).name;
        const QString what =
            original->account.isEmpty() ? service : tr("%1 (%2)").arg(service, original->account);
        auto resolution = resolve(
            dialog, m_inventory->binding(id), what,
            tr("This service was removed by another program: %1.").arg(what),
            [&](const Binding& now) {
                return EditConflict::differences(*original, now, m_services);
            },
            [&](const Binding& now) {
                return EditConflict::differences(binding, now, m_services);
            });
        if (!resolution) {
            return resolution.error();
        }
        if (*resolution == Resolution::Drop) {
            reload();
            selectNumber(numberId);
            return {};
        }
        if (*resolution == Resolution::AddAgain) {
            binding.id = 0;
            binding.uid.clear();
            id = 0;
        }
    }
    if (id == 0) {
        // A service typed for the first time is stored with the binding, as one change.
        auto added = binding.serviceId == 0 ? m_inventory->addBinding(binding, dialog->service())
                                            : m_inventory->addBinding(binding);
        if (!added) {
            return added.error();
        }
        id = *added;
    } else {
        if (binding.serviceId == 0) {
            auto service = m_inventory->ensureService(dialog->service());
            if (!service) {
                return service.error();
            }
            binding.serviceId = service->id;
        }
        if (auto updated = m_inventory->updateBinding(binding); !updated) {
            return updated;
        }
    }
    reload();
    selectNumber(numberId);
    m_numberPanel->selectBinding(id);
    return {};
}

BindingDialog* MainWindow::addBinding(const QString& serviceName, QWidget* parent)
{
    const qint64 numberId = m_numberPanel->numberId();
    if (m_inventory == nullptr || m_readOnly || numberId == 0 ||
        m_pages->currentWidget() != m_numberPanel) {
        return nullptr;
    }
    Binding fresh;
    fresh.numberId = numberId;
    fresh.roles = BindingRole::Login;
    if (const NumberRecord* record = numberById(numberId); record != nullptr) {
        // Leave time to act while the old number still receives codes.
        if (record->cancelDate.isValid()) {
            fresh.due = record->cancelDate.addDays(-14);
        }
    }
    auto* dialog = new BindingDialog(fresh, m_services.values(), parent != nullptr ? parent : this);
    if (!serviceName.isEmpty()) {
        dialog->serviceCombo()->setEditText(serviceName);
    }
    dialog->setSubmit([this, dialog, numberId] { return saveBinding(dialog, numberId); });
    return openDialog(dialog);
}

ChecklistDialog* MainWindow::findServices()
{
    const qint64 numberId = m_numberPanel->numberId();
    const NumberRecord* record = numberById(numberId);
    if (m_inventory == nullptr || m_readOnly || record == nullptr ||
        m_pages->currentWidget() != m_numberPanel) {
        return nullptr;
    }
    auto* dialog = new ChecklistDialog(m_inventory, *record, this);
    connect(dialog, &ChecklistDialog::bindingsAdded, this,
            [this, numberId](const QList<qint64>& ids, const QStringList& names) {
                bindingsAdded(numberId, ids, names);
            });
    connect(dialog, &ChecklistDialog::customServiceRequested, this,
            [this, dialog](const QString& name) { addBinding(name, dialog); });
    return openDialog(dialog);
}

WalkthroughDialog* MainWindow::walkThrough()
{
    const qint64 numberId = m_numberPanel->numberId();
    const NumberRecord* record = numberById(numberId);
    if (m_inventory == nullptr || m_readOnly || record == nullptr ||
        m_pages->currentWidget() != m_numberPanel) {
        return nullptr;
    }
    auto* dialog = new WalkthroughDialog(m_inventory, *record, this);
    connect(dialog, &WalkthroughDialog::changed, this, [this, numberId] {
        reload();
        selectNumber(numberId);
    });
    return openDialog(dialog);
}

BindingHistoryDialog* MainWindow::showHistory()
{
    const Binding* binding = m_numberPanel->currentBinding();
    if (m_inventory == nullptr || binding == nullptr || m_pages->currentWidget() != m_numberPanel) {
        return nullptr;
    }
    const qint64 numberId = m_numberPanel->numberId();
    const qint64 bindingId = binding->id;
    auto* dialog = new BindingHistoryDialog(m_inventory, bindingId,
                                            m_numberPanel->currentServiceName(), m_services, this);
    if (m_readOnly) {
        enableButtons(dialog, dialogEditingButtons(), false);
    }
    connect(dialog, &BindingHistoryDialog::changed, this, [this, numberId, bindingId] {
        reload();
        selectNumber(numberId);
        m_numberPanel->showServices();
        m_numberPanel->selectBinding(bindingId);
    });
    return openDialog(dialog);
}

NewOwnerDialog* MainWindow::newOwnerChecks()
{
    const qint64 numberId = m_numberPanel->numberId();
    const NumberRecord* record = numberById(numberId);
    if (m_inventory == nullptr || m_readOnly || record == nullptr ||
        m_pages->currentWidget() != m_numberPanel || record->status != NumberStatus::Received) {
        return nullptr;
    }
    auto* dialog = new NewOwnerDialog(m_inventory, *record, this);
    connect(dialog, &NewOwnerDialog::changed, this, [this, numberId] {
        reload();
        selectNumber(numberId);
    });
    return openDialog(dialog);
}

ExportDialog* MainWindow::exportData()
{
    if (m_inventory == nullptr || m_people.isEmpty()) {
        return nullptr;
    }
    const NumberRecord* record =
        m_pages->currentWidget() == m_numberPanel ? numberById(m_numberPanel->numberId()) : nullptr;
    const qint64 personId = record != nullptr ? record->personId : currentPersonId();
    const Person* person = personById(personId);
    auto* dialog = new ExportDialog(m_inventory, record != nullptr ? record->id : 0,
                                    person != nullptr ? person->id : 0,
                                    record != nullptr ? record->number.display() : QString(),
                                    person != nullptr ? person->name : QString(), this);
    return openDialog(dialog);
}

namespace {
MainWindow::PassphrasePrompt& passphrasePrompt()
{
    static MainWindow::PassphrasePrompt prompt;
    return prompt;
}
} // namespace

void MainWindow::setPassphrasePrompt(PassphrasePrompt prompt)
{
    passphrasePrompt() = std::move(prompt);
}

void MainWindow::importData()
{
    if (m_inventory == nullptr || m_readOnly) {
        return;
    }
    const QString path = FileDialogs::openFileName(
        this, tr("Import"), QString(),
        tr("Rebind hand-off or JSON files (*.rebindhandoff *.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    importFile(path);
}

void MainWindow::importFile(const QString& path)
{
    if (m_inventory == nullptr || m_readOnly || path.isEmpty()) {
        return;
    }
    QFile file(path);
    const bool handoff = file.open(QIODevice::ReadOnly) && file.read(8) == "REBINDHO";
    file.close();
    QString passphrase;
    if (handoff) {
        std::optional<QString> typed;
        if (passphrasePrompt()) {
            typed = passphrasePrompt()(this);
        } else {
            bool ok = false;
            const QString text =
                QInputDialog::getText(this, tr("Import"), tr("Passphrase of the hand-off file:"),
                                      QLineEdit::Password, QString(), &ok);
            if (ok) {
                typed = text;
            }
        }
        if (!typed) {
            return;
        }
        passphrase = *typed;
    }
    if (MessageBox::question(this, tr("Import"),
                             tr("Merge %1 into this vault? New people, numbers and services are "
                                "added; where both sides changed the same service, the newer "
                                "change is kept, and both histories are kept.")
                                 .arg(QFileInfo(path).fileName()),
                             tr("Import")) != QMessageBox::Yes) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const BackupMaker backup = m_backupMaker;
    auto report = Importer::run(
        *m_inventory, handoff ? Importer::Kind::Handoff : Importer::Kind::Json, path, passphrase,
        [backup, handoff]() -> Result<void> {
            return backup ? backup(handoff ? VaultBackups::kMerge : VaultBackups::kImport)
                          : Result<void>();
        });
    QApplication::restoreOverrideCursor();
    passphrase.fill(QLatin1Char(' '));
    if (!report) {
        MessageBox::error(this, tr("Could not import"),
                          report.message() + QStringLiteral("\n\n") + tr("Nothing was imported."));
        return;
    }
    reload();
    MessageBox::information(this, tr("Imported"), Importer::summary(*report));
}

DiscoveryDialog* MainWindow::discoverServices()
{
    const qint64 numberId = m_numberPanel->numberId();
    const NumberRecord* record = numberById(numberId);
    if (m_inventory == nullptr || m_readOnly || record == nullptr ||
        m_pages->currentWidget() != m_numberPanel) {
        return nullptr;
    }
    auto* dialog = new DiscoveryDialog(m_inventory, *record, this);
    connect(dialog, &DiscoveryDialog::changed, this, [this, numberId] {
        reload();
        selectNumber(numberId);
        m_numberPanel->showServices();
    });
    return openDialog(dialog);
}

void MainWindow::bindingsAdded(qint64 numberId, const QList<qint64>& ids, const QStringList& names)
{
    reload();
    selectNumber(numberId);
    if (!ids.isEmpty()) {
        m_numberPanel->showServices();
        m_numberPanel->selectBinding(ids.first());
    }
    statusBar()->showMessage(
        tr("Added %n service(s): %1", "", static_cast<int>(names.size())).arg(names.join(tr(", "))),
        15000);
}

ServiceDetailDialog* MainWindow::showServiceDetails()
{
    const Binding* binding = m_numberPanel->currentBinding();
    if (m_inventory == nullptr || binding == nullptr || m_pages->currentWidget() != m_numberPanel) {
        return nullptr;
    }
    const auto service = m_services.constFind(binding->serviceId);
    if (service == m_services.cend()) {
        return nullptr;
    }
    auto* dialog = new ServiceDetailDialog(m_inventory, *service, this);
    if (m_readOnly) {
        enableButtons(dialog, dialogEditingButtons(), false);
    }
    return openDialog(dialog);
}

// ---- editing -----------------------------------------------------------------------------------

FormDialog* MainWindow::editSelected()
{
    if (m_readOnly) {
        return nullptr;
    }
    switch (target()) {
    case Target::Binding:
        return editBinding(m_numberPanel->currentBinding()->id);
    case Target::Number:
        return editNumber(currentNumberId());
    case Target::Person:
        return editPerson(currentPersonId());
    case Target::None:
        break;
    }
    return nullptr;
}

FormDialog* MainWindow::editPerson(qint64 id)
{
    const Person* person = personById(id);
    if (m_inventory == nullptr || m_readOnly || person == nullptr) {
        return nullptr;
    }
    const Person original = *person;
    auto* dialog = new PersonDialog(original, this);
    dialog->setSubmit([this, dialog, original]() -> Result<void> {
        Person edited = dialog->person();
        auto resolution = resolve(
            dialog, m_inventory->person(original.id), original.name,
            tr("This person was removed by another program: %1.").arg(original.name),
            [&](const Person& now) { return EditConflict::differences(original, now); },
            [&](const Person& now) { return EditConflict::differences(edited, now); });
        if (!resolution) {
            return resolution.error();
        }
        if (*resolution == Resolution::AddAgain) {
            edited.id = 0;
            edited.uid.clear();
            auto added = m_inventory->addPerson(edited);
            if (!added) {
                return added.error();
            }
            reload();
            selectPerson(*added);
            return {};
        }
        if (*resolution == Resolution::Save) {
            if (auto updated = m_inventory->updatePerson(edited); !updated) {
                return updated;
            }
        }
        reload();
        return {};
    });
    return openDialog(dialog);
}

FormDialog* MainWindow::editNumber(qint64 id)
{
    const NumberRecord* record = numberById(id);
    if (m_inventory == nullptr || m_readOnly || record == nullptr) {
        return nullptr;
    }
    const NumberRecord original = *record;
    auto* dialog = new NumberDialog(original, m_people, this);
    dialog->setSubmit([this, dialog, original]() -> Result<void> {
        NumberRecord edited = dialog->record();
        const QString what = original.number.display();
        auto resolution = resolve(
            dialog, m_inventory->number(original.id), what,
            tr("This number was removed by another program: %1.").arg(what),
            [&](const NumberRecord& now) {
                return EditConflict::differences(original, now, m_people);
            },
            [&](const NumberRecord& now) {
                return EditConflict::differences(edited, now, m_people);
            });
        if (!resolution) {
            return resolution.error();
        }
        if (*resolution != Resolution::Drop) {
            if (auto confirmed = CancellationCheck::confirm(dialog, *m_inventory, original, edited,
                                                            QDate::currentDate());
                !confirmed) {
                return confirmed;
            }
        }
        if (*resolution == Resolution::AddAgain) {
            edited.id = 0;
            edited.uid.clear();
            auto added = m_inventory->addNumber(edited);
            if (!added) {
                return added.error();
            }
            edited.id = *added;
        } else if (*resolution == Resolution::Save) {
            auto stored = m_inventory->number(edited.id);
            if (!stored) {
                return stored.error();
            }
            if (auto updated = m_inventory->updateNumber(edited); !updated) {
                return updated;
            }
            auto after = m_inventory->number(edited.id);
            if (after && !EditConflict::differences(*stored, *after, m_people).isEmpty()) {
                Removed step;
                step.numberBefore = *stored;
                step.numberAfter = *after;
                m_removed.append(step);
            }
        }
        reload();
        selectNumber(edited.id);
        return {};
    });
    return openDialog(dialog);
}

FormDialog* MainWindow::editBinding(qint64 id)
{
    if (m_inventory == nullptr || m_readOnly || id == 0) {
        return nullptr;
    }
    auto binding = m_inventory->binding(id);
    if (!binding) {
        showError(binding.message());
        return nullptr;
    }
    auto* dialog = new BindingDialog(*binding, m_services.values(), this);
    const qint64 numberId = binding->numberId;
    const Binding original = *binding;
    dialog->setSubmit(
        [this, dialog, numberId, original] { return saveBinding(dialog, numberId, original); });
    return openDialog(dialog);
}

// ---- deleting and undo -------------------------------------------------------------------------

void MainWindow::deleteSelected()
{
    if (m_readOnly) {
        return;
    }
    switch (target()) {
    case Target::Binding:
        deleteBinding();
        break;
    case Target::Number:
        deleteNumber(currentNumberId());
        break;
    case Target::Person:
        deletePerson(currentPersonId());
        break;
    case Target::None:
        break;
    }
}

void MainWindow::deletePerson(qint64 id)
{
    const Person* person = personById(id);
    if (m_inventory == nullptr || person == nullptr) {
        return;
    }
    int numbers = 0;
    int services = 0;
    for (const NumberRecord& record : m_numbers) {
        if (record.personId == id) {
            ++numbers;
            services += m_bindingCounts.value(record.id);
        }
    }
    const QString text =
        numbers == 0 ? tr("Delete %1?").arg(person->name)
                     : tr("Delete %1, with %2 and %3 listed for them? This cannot be undone.")
                           .arg(person->name, tr("%n phone number(s)", "", numbers),
                                tr("%n service(s)", "", services));
    if (MessageBox::question(this, tr("Delete person"), text, tr("Delete")) != QMessageBox::Yes) {
        return;
    }
    showError(m_inventory->removePerson(id));
    reload();
}

void MainWindow::deleteNumber(qint64 id)
{
    const NumberRecord* record = numberById(id);
    if (m_inventory == nullptr || record == nullptr) {
        return;
    }
    const int services = m_bindingCounts.value(id);
    const QString text =
        services == 0 ? tr("Delete the number %1?").arg(record->number.display())
                      : tr("Delete the number %1 and the %2 listed for it? This cannot be undone.")
                            .arg(record->number.display(), tr("%n service(s)", "", services));
    if (MessageBox::question(this, tr("Delete number"), text, tr("Delete")) != QMessageBox::Yes) {
        return;
    }
    const qint64 owner = record->personId;
    showError(m_inventory->removeNumber(id));
    reload();
    selectPerson(owner);
}

void MainWindow::deleteBinding()
{
    const Binding* current = m_numberPanel->currentBinding();
    if (m_inventory == nullptr || current == nullptr) {
        return;
    }
    const qint64 id = current->id;
    const QString service = m_numberPanel->currentServiceName();
    const QString label =
        current->account.isEmpty() ? service : tr("%1 (%2)").arg(service, current->account);
    const QString text = tr("Remove %1 from this number's list?\n\nYou can bring it back with "
                            "Edit → Undo (Ctrl+Z).")
                             .arg(label);
    if (MessageBox::question(this, tr("Delete service"), text, tr("Delete")) != QMessageBox::Yes) {
        return;
    }
    auto removed = m_inventory->removeBinding(id);
    if (!removed) {
        showError(removed.message());
        return;
    }
    m_removed.append({*removed, service, {}, {}});
    reload();
    m_numberPanel->table()->setFocus();
    statusBar()->showMessage(tr("Deleted %1. Press Ctrl+Z to bring it back.").arg(label), 15000);
    updateActions();
}

void MainWindow::undo()
{
    if (m_inventory == nullptr || m_readOnly || m_removed.isEmpty()) {
        return;
    }
    const Removed entry = m_removed.takeLast();
    if (entry.numberBefore.id != 0) {
        const NumberRecord& before = entry.numberBefore;
        if (auto reverted = m_inventory->revertNumber(before, entry.numberAfter); !reverted) {
            showError(reverted.message());
            updateActions();
            return;
        }
        reload();
        selectNumber(before.id);
        statusBar()->showMessage(tr("The edit of %1 is undone.").arg(before.number.display()),
                                 8000);
        updateActions();
        return;
    }
    auto restored = m_inventory->restoreBinding(entry.binding);
    if (!restored) {
        showError(restored.message());
        updateActions();
        return;
    }
    reload();
    selectNumber(entry.binding.numberId);
    m_numberPanel->selectBinding(*restored);
    m_numberPanel->table()->setFocus();
    statusBar()->showMessage(tr("%1 is back.").arg(entry.serviceName), 8000);
    updateActions();
}

// ---- other -------------------------------------------------------------------------------------

AboutDialog* MainWindow::about()
{
    return openDialog(new AboutDialog(this));
}

GuideWindow* MainWindow::userGuide()
{
    if (m_guideWindow == nullptr) {
        // Not a child of this window: locking empties every text field below it, and the
        // guide holds nothing of the vault, so it stays readable while Rebind is locked.
        m_guideWindow = new GuideWindow(ServiceText::language());
        m_guideWindow->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<GuideWindow> guide = m_guideWindow;
        connect(this, &QObject::destroyed, m_guideWindow.data(), [guide] { delete guide.data(); });
    }
    m_guideWindow->show();
    m_guideWindow->raise();
    m_guideWindow->activateWindow();
    return m_guideWindow;
}

ShortcutsDialog* MainWindow::showShortcuts()
{
    return openDialog(new ShortcutsDialog(this, this));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    Q_EMIT closeRequested();
}

} // namespace rebind
