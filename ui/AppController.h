#pragma once

#include <memory>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rebind {

class ChangePassphraseDialog;
class FirstRunDialog;
class Inventory;
class MainWindow;
class SettingsDialog;
class UiContext;
class UnlockDialog;
class Vault;

// Runs the GUI's life cycle: first run (no vault yet) or unlock (with the remembered key when
// the keychain has one, else the passphrase), the main window while unlocked, and lock, which
// wipes every decrypted value from the window, closes the vault (wiping its key) and asks for the
// passphrase again. Dialogs are shown without nested event loops and handed out, so tests can
// drive the real widgets step by step.
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
    MainWindow* mainWindow() const { return m_window.get(); }
    FirstRunDialog* firstRunDialog() const;
    UnlockDialog* unlockDialog() const;
    Vault* vault() const { return m_vault.get(); }
    Inventory* inventory() const { return m_inventory.get(); }

    ChangePassphraseDialog* changePassphrase();
    SettingsDialog* openSettings();

public Q_SLOTS:
    void lock();
    void forgetRememberedKey();
    void quit();

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();

private:
    void showFirstRun();
    void showUnlock(const QString& notice);
    // Opens the vault with the key remembered for it, if any; otherwise explains in notice why
    // that did not work (empty when nothing is remembered).
    bool tryRememberedKey(QString* notice);
    void onFirstRunFinished(int result);
    void onUnlockFinished(int result);
    void onPassphraseChanged(const QString& oldVaultId);
    void beginSession(std::unique_ptr<Vault> vault);
    void endSession();
    void storeKey();
    void savePath();

    UiContext& m_context;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<UnlockDialog> m_unlock;
    bool m_keyRemembered = false;
};

} // namespace rebind
