// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DraftKeeper.h"
#include "SecureBytes.h"

#include <memory>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rebind {

class AutoLock;
class ChangePassphraseDialog;
class RestoreBackupDialog;
class FirstRunDialog;
class Inventory;
class MainWindow;
class SettingsDialog;
class UiContext;
class UnlockDialog;
class Vault;
class VaultWatcher;

// Runs the GUI's life cycle: first run (no vault yet) or unlock (with the remembered key when
// the keychain has one, else the passphrase), the main window while unlocked, and lock, which
// wipes every decrypted value from the window, closes the vault (wiping its key) and asks for the
// passphrase again. Dialogs are shown without nested event loops and handed out, so tests can
// drive the real widgets step by step. AutoLock locks by itself (idle, screen lock, suspend,
// minimise); an edit in progress survives a lock as a sealed draft (DraftKeeper). The keychain
// is asked in the background: the first dialog appears at once, and a remembered key still
// opens the vault when the keychain answers. The open vault holds its lock file; a vault another
// program holds opens read-only until that one lets go, and VaultWatcher reloads what other
// programs changed meanwhile.
class AppController : public QObject
{
    Q_OBJECT

public:
    // Takes over the decision to quit: QGuiApplication's quit-on-last-window-closed is turned
    // off, and quitRequested() is emitted when the person closes the window or a first dialog.
    explicit AppController(UiContext& context, QObject* parent = nullptr);
    ~AppController() override;

    // The vault file to use instead of AppSettings' (command line).
    void setVaultPath(const QString& path);
    QString vaultPath() const { return m_path; }

    void start();

    bool isUnlocked() const;
    bool isKeyRemembered() const { return m_keyRemembered; }
    // Built once the first dialog has been painted, so that the unlock window does not wait for
    // it, or when first needed (a remembered key, these accessors).
    MainWindow* mainWindow() const;
    FirstRunDialog* firstRunDialog() const;
    UnlockDialog* unlockDialog() const;
    Vault* vault() const { return m_vault.get(); }
    Inventory* inventory() const { return m_inventory.get(); }

    ChangePassphraseDialog* changePassphrase();
    // Vault → Restore a backup…; the chosen one replaces the vault (the current state is kept
    // as a backup first) and the window reloads.
    RestoreBackupDialog* restoreBackup();
    SettingsDialog* openSettings();
    AutoLock* autoLock() const;
    // The drafts sealed at the last lock (empty while unlocked).
    const DraftKeeper& drafts() const { return m_drafts; }
    // Notices changes made by other programs while the vault is open (see VaultWatcher).
    VaultWatcher* vaultWatcher() const { return m_watcher.get(); }

public Q_SLOTS:
    void lock();
    // Ctrl+L: asks first when an open form has changes that cannot be kept as a draft.
    void lockOnRequest();
    void forgetRememberedKey();
    void quit();
    // A second start of the GUI: shows the window (or the unlock dialog) of this one.
    void raiseWindow();
    // rebind FILE, or a file a later start sent (see FileToOpen). A vault: before start() it is
    // the one opened; later, Rebind asks before closing the open vault for it (the same vault is
    // only raised). A hand-off file goes into the open vault's Import (its passphrase, then a
    // confirmation), after unlocking when locked. Anything else is reported and nothing changes.
    void openFile(const QString& path);
    // Read-only, once the other program has let go: opens the vault again for writing.
    void switchToEditing();

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createWindow();
    void createWindowOnceShown(QWidget* dialog);
    void showFirstRun();
    void showUnlock(const QString& notice);
    // Opens the vault with the key remembered for it, if any; otherwise explains in notice why
    // that did not work (empty when nothing is remembered).
    bool tryRememberedKey(QString* notice);
    // The unlock dialog for an existing file, or straight in with the remembered key.
    void openExisting(const QString& notice);
    void onKeychainStatusChanged();
    void onFirstRunFinished(int result);
    void onUnlockFinished(int result);
    void onPassphraseChanged(const QString& oldVaultId);
    void onRestoreChosen(const QString& backupId);
    void beginSession(std::unique_ptr<Vault> vault);
    void endSession();
    void storeKey();
    void savePath();
    // Another program holds the vault; the remembered key opens it read-only if wanted.
    void offerReadOnly(SecureBytes key, const QString& why);
    void onChangedOutside();
    void onHolderReleased();
    // The file was replaced by one that this key does not open: lock, saying why.
    void lockBecause(const QString& message);
    // The window a request from outside is shown on: the main window, or the dialog before it.
    QWidget* frontWindow() const;
    void switchVault(const QString& path);
    // Closes the first-run or unlock dialog without quitting; false while it is busy.
    bool closeStartDialogs();
    // The open forms and checklists whose changes leaving this vault would lose.
    QStringList changesLostBySwitching() const;
    void importPending();

    UiContext& m_context;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<UnlockDialog> m_unlock;
    bool m_keyRemembered = false;
    // The remembered key is still to be tried once the keychain answers.
    bool m_tryRememberedKey = false;
    std::unique_ptr<AutoLock> m_autoLock;
    DraftKeeper m_drafts;
    std::unique_ptr<VaultWatcher> m_watcher;
    // An "in use" offer waiting for the unlock dialog (from the remembered key).
    SecureBytes m_inUseKey;
    QString m_inUseText;
    bool m_started = false;
    bool m_openingFile = false;
    // A hand-off file to import once a vault is unlocked.
    QString m_pendingImport;
};

} // namespace rebind
