// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "AppSettings.h"
#include "AutoLock.h"
#include "ChangePassphraseDialog.h"
#include "DisplayText.h"
#include "FileToOpen.h"
#include "FirstRunDialog.h"
#include "FormDialog.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReadOnlyBanner.h"
#include "RestoreBackupDialog.h"
#include "SensitiveClipboard.h"
#include "SettingsDialog.h"
#include "StartupTrace.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"
#include "VaultOpening.h"
#include "VaultWatcher.h"
#include "WidgetWipe.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTimer>
#include <utility>

namespace rebind {

AppController::AppController(UiContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    connect(&m_context, &UiContext::keychainStatusChanged, this,
            &AppController::onKeychainStatusChanged);
    m_watcher = std::make_unique<VaultWatcher>();
    connect(m_watcher.get(), &VaultWatcher::changed, this, &AppController::onChangedOutside);
    connect(m_watcher.get(), &VaultWatcher::failed, this, &AppController::lockBecause);
    connect(m_watcher.get(), &VaultWatcher::holderReleased, this, &AppController::onHolderReleased);
}

void AppController::createWindow()
{
    if (m_window) {
        return;
    }
    m_window = std::make_unique<MainWindow>();
    m_autoLock = std::make_unique<AutoLock>(m_window.get());
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lockOnRequest);
    connect(m_autoLock.get(), &AutoLock::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::changePassphraseRequested, this,
            [this] { changePassphrase(); });
    connect(m_window.get(), &MainWindow::restoreBackupRequested, this, [this] { restoreBackup(); });
    connect(m_window.get(), &MainWindow::forgetKeyRequested, this,
            &AppController::forgetRememberedKey);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window.get(), &MainWindow::closeRequested, this, &AppController::quit);
    connect(m_window->readOnlyBanner(), &ReadOnlyBanner::switchRequested, this,
            &AppController::switchToEditing);
    StartupTrace::mark("main window built");
}

void AppController::createWindowOnceShown(QWidget* dialog)
{
    if (!m_window) {
        dialog->installEventFilter(this);
    }
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Once this paint is on the screen: built while the person types.
        QTimer::singleShot(0, this, &AppController::createWindow);
    }
    return QObject::eventFilter(watched, event);
}

MainWindow* AppController::mainWindow() const
{
    // Asked for before it was built (tests): built now.
    const_cast<AppController*>(this)->createWindow();
    return m_window.get();
}

AutoLock* AppController::autoLock() const
{
    const_cast<AppController*>(this)->createWindow();
    return m_autoLock.get();
}

AppController::~AppController()
{
    endSession();
    delete m_firstRun.data();
    delete m_unlock.data();
}

void AppController::setVaultPath(const QString& path)
{
    m_path = path;
}

FirstRunDialog* AppController::firstRunDialog() const
{
    return m_firstRun;
}

UnlockDialog* AppController::unlockDialog() const
{
    return m_unlock;
}

bool AppController::isUnlocked() const
{
    return m_vault != nullptr && m_vault->isOpen();
}

void AppController::start()
{
    m_started = true;
    m_context.probeKeychain();
    if (m_path.isEmpty()) {
        m_path = AppSettings().vaultPath();
    }
    if (!QFileInfo::exists(m_path)) {
        showFirstRun();
        return;
    }
    openExisting(QString());
}

void AppController::openExisting(const QString& notice)
{
    // The dialog first: the passphrase works meanwhile, and the remembered key is tried once
    // the dialog is up, or when the keychain answers after all.
    m_tryRememberedKey = true;
    showUnlock(notice);
    if (m_context.keychainAvailable()) {
        QTimer::singleShot(0, this, &AppController::onKeychainStatusChanged);
    }
}

void AppController::onKeychainStatusChanged()
{
    if (!m_tryRememberedKey || m_vault || m_unlock == nullptr || !m_context.keychainAvailable() ||
        m_unlock->isReadOnlyOffered()) {
        return;
    }
    if (m_unlock->isBusy()) {
        // A passphrase is being tried; if it opens the vault, nothing is left to do.
        QTimer::singleShot(100, this, &AppController::onKeychainStatusChanged);
        return;
    }
    m_tryRememberedKey = false;
    QPointer<UnlockDialog> dialog = m_unlock;
    QString notice;
    dialog->setBusy(true, tr("Reading the remembered key…"));
    const bool opened = tryRememberedKey(&notice);
    if (dialog == nullptr) {
        return;
    }
    dialog->setBusy(false);
    if (opened) {
        disconnect(dialog, nullptr, this, nullptr);
        m_unlock.clear();
        dialog->hide();
        dialog->deleteLater();
        return;
    }
    if (!notice.isEmpty()) {
        dialog->setNotice(notice);
    }
    dialog->setKeyRemembered(m_keyRemembered);
}

bool AppController::tryRememberedKey(QString* notice)
{
    m_keyRemembered = false;
    if (!m_context.keychainAvailable()) {
        return false;
    }
    auto vaultId = Vault::peekVaultId(m_path);
    if (!vaultId) {
        return false; // the unlock dialog reports what is wrong with the file
    }
    auto key = m_context.loadKey(*vaultId);
    if (!key) {
        // Not answering in time included: the passphrase is the way on.
        if (key.code() != ErrorCode::NotFound) {
            *notice = key.message();
        }
        return false;
    }
    auto opened = VaultOpening::withKey(m_path, std::move(key).value());
    if (!opened) {
        if (opened.code() == ErrorCode::WrongPassphrase) {
            (void)m_context.removeKey(*vaultId);
            *notice = tr("The key remembered on this computer no longer opens this vault, so it "
                         "has been forgotten. Please type the passphrase.");
        } else {
            m_keyRemembered = true;
            *notice = opened.message();
        }
        return false;
    }
    m_keyRemembered = true;
    if (opened->isInUse()) {
        offerReadOnly(std::move(opened->key), opened->inUse);
        return false;
    }
    beginSession(std::move(opened->vault));
    return true;
}

void AppController::offerReadOnly(SecureBytes key, const QString& why)
{
    if (m_unlock != nullptr) {
        m_unlock->offerReadOnly(std::move(key), why);
        return;
    }
    m_inUseKey = std::move(key);
    m_inUseText = why;
}

void AppController::showFirstRun()
{
    auto* dialog = new FirstRunDialog(m_context, m_path);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &AppController::onFirstRunFinished);
    m_firstRun = dialog;
    createWindowOnceShown(dialog);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::showUnlock(const QString& notice)
{
    auto* dialog = new UnlockDialog(m_context, m_path, m_keyRemembered);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotice(notice);
    connect(dialog, &QDialog::finished, this, &AppController::onUnlockFinished);
    m_unlock = dialog;
    if (!m_inUseKey.isEmpty()) {
        dialog->offerReadOnly(std::move(m_inUseKey), m_inUseText);
        m_inUseText.clear();
    }
    createWindowOnceShown(dialog);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::savePath()
{
    AppSettings settings;
    settings.setVaultPath(m_path);
    settings.sync();
}

void AppController::onFirstRunFinished(int result)
{
    FirstRunDialog* dialog = m_firstRun;
    m_firstRun.clear();
    if (dialog == nullptr || result != QDialog::Accepted) {
        Q_EMIT quitRequested();
        return;
    }
    m_path = dialog->path();
    savePath();
    if (dialog->outcome() == FirstRunDialog::Outcome::OpenExisting) {
        openExisting(QString());
        return;
    }
    const bool remember = dialog->rememberRequested();
    m_keyRemembered = false;
    beginSession(dialog->takeVault());
    if (remember) {
        storeKey();
    }
}

void AppController::onUnlockFinished(int result)
{
    UnlockDialog* dialog = m_unlock;
    m_unlock.clear();
    m_tryRememberedKey = false;
    if (dialog == nullptr || result != QDialog::Accepted) {
        Q_EMIT quitRequested();
        return;
    }
    m_path = dialog->path();
    savePath();
    const bool available = dialog->rememberAvailable();
    const bool wanted = dialog->rememberRequested();
    beginSession(dialog->takeVault());
    if (!available) {
        return;
    }
    if (wanted) {
        storeKey();
    } else if (m_vault) {
        // The box was cleared: nothing may stay remembered for this vault.
        (void)m_context.removeKey(m_vault->vaultId());
        m_keyRemembered = false;
        m_window->setKeyRemembered(false);
    }
}

void AppController::beginSession(std::unique_ptr<Vault> vault)
{
    if (!vault) {
        return;
    }
    createWindow();
    m_vault = std::move(vault);
    m_inventory = std::make_unique<Inventory>(m_vault->database());
    m_window->setInventory(m_inventory.get(), m_path);
    m_window->setBackupMaker([this](const QString& reason) -> Result<void> {
        if (!m_vault) {
            return makeError(ErrorCode::Locked, tr("The vault is locked."));
        }
        auto kept = m_vault->backup(reason);
        if (!kept) {
            return kept.error();
        }
        return {};
    });
    m_window->setReadOnly(m_vault->isReadOnly(),
                          m_vault->isReadOnly() ? VaultOpening::holderOf(m_path) : QString());
    m_window->setKeyRemembered(m_keyRemembered);
    // Locked by minimising: unlocking brings it back as a window.
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_tryRememberedKey = false;
    m_autoLock->start();
    // Same vault, same key: the edits in progress at the last lock come back (once the vault
    // can be written again).
    if (!m_vault->isReadOnly()) {
        DraftKeeper::reopen(*m_window, m_drafts.take(m_vault->key()));
    }
    m_watcher->watch(m_vault.get());
    Q_EMIT unlocked();
    if (!m_pendingImport.isEmpty()) {
        // After the unlock dialog's own work (remembering the key) is done.
        QTimer::singleShot(0, this, &AppController::importPending);
    }
}

void AppController::endSession()
{
    m_watcher->stop();
    SensitiveClipboard::instance().clear();
    if (m_window) {
        m_autoLock->stop();
        WidgetWipe::clearTexts(m_window.get());
        m_window->wipe();
    }
    m_inventory.reset();
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
}

void AppController::storeKey()
{
    if (!m_vault) {
        return;
    }
    auto stored = m_context.storeKey(m_vault->vaultId(), m_vault->key());
    m_keyRemembered = stored.ok();
    m_window->setKeyRemembered(m_keyRemembered);
    if (!stored) {
        // The message says what happened and that the passphrase is asked for next time.
        MessageBox::warning(m_window.get(), tr("Rebind"), stored.message());
    }
}

void AppController::lockOnRequest()
{
    const QStringList unkept = DraftKeeper::unkeptChanges(m_window.get());
    if (!unkept.isEmpty() &&
        MessageBox::question(m_window.get(), tr("Lock"),
                             tr("Changes in %1 are not saved and cannot be kept while Rebind "
                                "is locked. Lock anyway and lose them?")
                                 .arg(unkept.join(tr(", "))),
                             tr("Lock")) != QMessageBox::Yes) {
        return;
    }
    lock();
}

void AppController::lock()
{
    if (!m_vault) {
        return;
    }
    if (!m_vault->isReadOnly()) {
        // Read-only, nothing can be edited: the drafts of an earlier lock stay as they are.
        m_drafts.keep(m_window.get(), m_vault->key());
    }
    endSession();
    showUnlock(QString());
    m_window->hide();
    Q_EMIT locked();
}

void AppController::quit()
{
    m_drafts.discard();
    endSession();
    if (m_window) {
        m_window->hide();
    }
    Q_EMIT quitRequested();
}

RestoreBackupDialog* AppController::restoreBackup()
{
    if (!m_vault || m_vault->isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new RestoreBackupDialog(m_vault->backups().list(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { onRestoreChosen(dialog->chosenId()); });
    dialog->open();
    return dialog;
}

void AppController::onRestoreChosen(const QString& backupId)
{
    if (!m_vault) {
        return;
    }
    const auto chosen = m_vault->backups().find(backupId);
    auto kept = m_vault->restoreBackup(backupId);
    if (!kept) {
        MessageBox::error(m_window.get(), tr("Restore a backup"),
                          tr("The backup was not restored: %1").arg(kept.message()));
        if (!m_vault->isOpen()) {
            lock();
        }
        return;
    }
    m_window->reload();
    MessageBox::information(
        m_window.get(), tr("Backup restored"),
        tr("The vault is back to the state of %1 (%2). What it held before is kept as the "
           "newest backup: restore that one to undo this.")
            .arg(chosen ? DisplayText::dateTime(chosen->created) : backupId,
                 chosen ? VaultBackups::reasonText(chosen->reason) : QString()));
}

ChangePassphraseDialog* AppController::changePassphrase()
{
    if (!m_vault) {
        return nullptr;
    }
    auto* dialog =
        new ChangePassphraseDialog(m_context, *m_vault, m_window->personalWords(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { onPassphraseChanged(dialog->oldVaultId()); });
    dialog->open();
    return dialog;
}

void AppController::onPassphraseChanged(const QString& oldVaultId)
{
    if (m_context.keychainAvailable()) {
        // The vault id changes with the salt: remember the new key under the new id, and drop
        // the entry under the old one, which no longer opens anything.
        if (m_keyRemembered) {
            storeKey();
        }
        if (!oldVaultId.isEmpty() && oldVaultId != m_vault->vaultId()) {
            (void)m_context.removeKey(oldVaultId);
        }
    }
    QString text = tr("The passphrase has been changed. Use the new one from now on; it also "
                      "opens the vault's backups.");
    const QStringList warnings = m_vault ? m_vault->backupWarnings() : QStringList();
    if (!warnings.isEmpty()) {
        text += QStringLiteral("\n\n") + warnings.join(QLatin1Char('\n'));
    }
    MessageBox::information(m_window.get(), tr("Passphrase changed"), text);
}

void AppController::forgetRememberedKey()
{
    if (!m_vault) {
        return;
    }
    auto removed = m_context.removeKey(m_vault->vaultId());
    if (!removed && removed.code() != ErrorCode::NotFound) {
        MessageBox::error(m_window.get(), tr("Rebind"), removed.message());
        return;
    }
    m_keyRemembered = false;
    m_window->setKeyRemembered(false);
    MessageBox::information(m_window.get(), tr("Passphrase forgotten"),
                            tr("This computer no longer remembers the passphrase. Rebind will "
                               "ask for it the next time it opens the vault."));
}

SettingsDialog* AppController::openSettings()
{
    if (!m_vault) {
        return nullptr;
    }
    auto* dialog = new SettingsDialog(m_path, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_autoLock.get(), &AutoLock::applySettings);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_vault) {
            m_vault->setBackupsToKeep(AppSettings().backupsToKeep());
        }
    });
    dialog->open();
    return dialog;
}

QWidget* AppController::frontWindow() const
{
    if (isUnlocked()) {
        return m_window.get();
    }
    if (m_unlock != nullptr) {
        return m_unlock;
    }
    if (m_firstRun != nullptr) {
        return m_firstRun;
    }
    return nullptr;
}

void AppController::raiseWindow()
{
    QWidget* shown = frontWindow();
    if (shown == nullptr) {
        return;
    }
    if (shown->isMinimized()) {
        shown->showNormal();
    } else {
        shown->show();
    }
    shown->raise();
    shown->activateWindow();
}

void AppController::openFile(const QString& path)
{
    if (m_openingFile) {
        // Another file's question or import is still up (its own event loop runs this): one
        // at a time, in order.
        QTimer::singleShot(200, this, [this, path] { openFile(path); });
        return;
    }
    m_openingFile = true;
    const auto done = qScopeGuard([this] { m_openingFile = false; });
    auto file = FileToOpen::inspect(path);
    if (!file) {
        if (m_started) {
            raiseWindow();
        }
        // Before start() there is no window yet: the message stands alone, then Rebind starts
        // as usual.
        MessageBox::warning(frontWindow(), tr("Rebind"), file.message());
        return;
    }
    if (file->kind == FileToOpen::Kind::Handoff) {
        m_pendingImport = file->path;
        if (m_started) {
            raiseWindow();
            importPending();
        }
        return;
    }
    if (!m_started) {
        m_path = file->path;
        return;
    }
    switchVault(file->path);
}

void AppController::importPending()
{
    if (m_pendingImport.isEmpty() || !isUnlocked()) {
        return; // imported once the vault is unlocked
    }
    const QString path = std::exchange(m_pendingImport, QString());
    if (m_vault->isReadOnly()) {
        MessageBox::information(
            m_window.get(), tr("Import"),
            tr("%1 cannot be imported now: another program is using this vault, so Rebind "
               "opened it read-only. Import it with Vault → Import… once you can make changes "
               "again.")
                .arg(QFileInfo(path).fileName()));
        return;
    }
    m_window->importFile(path);
}

namespace {
bool isSameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists()) {
        return first.canonicalFilePath() == second.canonicalFilePath();
    }
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}
} // namespace

QStringList AppController::changesLostBySwitching() const
{
    if (!isUnlocked()) {
        return {};
    }
    // Drafts are sealed with this vault's key, which the other vault does not have: every
    // changed form is lost, not only those DraftKeeper cannot keep.
    QStringList titles;
    const auto forms = m_window->findChildren<FormDialog*>();
    for (const FormDialog* form : forms) {
        if (form->isVisible() && form->hasChanges()) {
            titles.append(form->windowTitle());
        }
    }
    const QStringList unkept = DraftKeeper::unkeptChanges(m_window.get());
    for (const QString& title : unkept) {
        if (!titles.contains(title)) {
            titles.append(title);
        }
    }
    return titles;
}

bool AppController::closeStartDialogs()
{
    if ((m_unlock != nullptr && m_unlock->isBusy()) ||
        (m_firstRun != nullptr && m_firstRun->isBusy())) {
        return false;
    }
    // Closed here, not by the person: their finished() must not quit.
    if (UnlockDialog* dialog = m_unlock) {
        disconnect(dialog, nullptr, this, nullptr);
        m_unlock.clear();
        dialog->reject();
    }
    if (FirstRunDialog* dialog = m_firstRun) {
        disconnect(dialog, nullptr, this, nullptr);
        m_firstRun.clear();
        dialog->reject();
    }
    return true;
}

void AppController::switchVault(const QString& path)
{
    // While locked, the unlock dialog may already show another file ("Open another vault file…").
    const QString current = m_unlock != nullptr ? m_unlock->path() : m_path;
    if (isSameFile(path, current) && m_firstRun == nullptr) {
        raiseWindow();
        return;
    }
    if ((m_unlock != nullptr && m_unlock->isBusy()) ||
        (m_firstRun != nullptr && m_firstRun->isBusy())) {
        // A vault is being opened or created right now: ask once that is over.
        QTimer::singleShot(100, this, [this, path] { switchVault(path); });
        return;
    }
    raiseWindow();
    // Nothing to leave while the first-run dialog is up: no vault is open yet.
    if (m_firstRun == nullptr) {
        QString text = tr("Close %1 and open %2?")
                           .arg(QFileInfo(current).fileName(), QFileInfo(path).fileName());
        const QStringList lost = changesLostBySwitching();
        if (!lost.isEmpty()) {
            text += QStringLiteral("\n\n") +
                    tr("Changes in %1 are not saved and will be lost.").arg(lost.join(tr(", ")));
        } else if (!isUnlocked() && !m_drafts.isEmpty()) {
            text +=
                QStringLiteral("\n\n") + tr("The changes kept when it was locked will be lost.");
        }
        if (MessageBox::choose(frontWindow(), tr("Open another vault"), text,
                               {{QMessageBox::Yes, tr("&Open the other vault")},
                                {QMessageBox::No, tr("&Keep this one")}},
                               QMessageBox::No) != QMessageBox::Yes) {
            return;
        }
    }
    if (!closeStartDialogs()) {
        // Became busy while the question was up: ask again once that is over.
        QTimer::singleShot(100, this, [this, path] { switchVault(path); });
        return;
    }
    // As "Open another vault file…" after a lock, minus the drafts, which the other vault's key
    // would not open anyway.
    m_drafts.discard();
    if (m_vault) {
        endSession();
        m_window->hide();
        Q_EMIT locked();
    }
    m_path = path;
    m_keyRemembered = false;
    m_inUseKey = SecureBytes();
    m_inUseText.clear();
    openExisting(QString());
}

void AppController::switchToEditing()
{
    if (!m_vault || !m_vault->isReadOnly()) {
        return;
    }
    auto opened = Vault::openWithKey(m_path, m_vault->key().clone(),
                                     VaultOpening::options(Vault::Access::ReadWrite));
    if (!opened) {
        if (opened.code() == ErrorCode::InUse) {
            // Taken again meanwhile (by someone else, perhaps).
            m_window->setReadOnly(true, VaultOpening::holderOf(m_path));
            m_watcher->watch(m_vault.get());
        }
        MessageBox::warning(m_window.get(), tr("Rebind"), opened.message());
        return;
    }
    m_watcher->stop();
    auto inventory = std::make_unique<Inventory>((*opened)->database());
    m_window->replaceInventory(inventory.get());
    m_inventory = std::move(inventory);
    m_vault = std::move(opened).value();
    m_window->setReadOnly(false);
    m_watcher->watch(m_vault.get());
    DraftKeeper::reopen(*m_window, m_drafts.take(m_vault->key()));
    m_window->statusBar()->showMessage(tr("You can make changes again."), 10000);
}

void AppController::onChangedOutside()
{
    if (!isUnlocked()) {
        return;
    }
    m_window->reload();
    m_window->statusBar()->showMessage(
        tr("The vault was changed by another program; Rebind reloaded it."), 15000);
}

void AppController::onHolderReleased()
{
    if (m_vault && m_vault->isReadOnly()) {
        m_window->readOnlyBanner()->showReleased();
    }
}

void AppController::lockBecause(const QString& message)
{
    lock();
    if (m_unlock != nullptr) {
        m_unlock->setNotice(message);
    }
}

} // namespace rebind
