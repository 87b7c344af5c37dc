#include "AppController.h"

#include "AppSettings.h"
#include "ChangePassphraseDialog.h"
#include "FirstRunDialog.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingsDialog.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace rebind {

AppController::AppController(UiContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_window(std::make_unique<MainWindow>())
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::changePassphraseRequested, this,
            [this] { changePassphrase(); });
    connect(m_window.get(), &MainWindow::forgetKeyRequested, this,
            &AppController::forgetRememberedKey);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window.get(), &MainWindow::closeRequested, this, &AppController::quit);
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
    m_context.probeKeychain();
    if (m_path.isEmpty()) {
        m_path = AppSettings().vaultPath();
    }
    if (!QFileInfo::exists(m_path)) {
        showFirstRun();
        return;
    }
    QString notice;
    if (tryRememberedKey(&notice)) {
        return;
    }
    showUnlock(notice);
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
    auto key = m_context.keyStore().load(*vaultId);
    if (!key) {
        if (key.code() != ErrorCode::NotFound) {
            *notice = key.message();
        }
        return false;
    }
    auto opened = Vault::openWithKey(m_path, std::move(key).value());
    if (!opened) {
        if (opened.code() == ErrorCode::WrongPassphrase) {
            (void)m_context.keyStore().remove(*vaultId);
            *notice = tr("The key remembered on this computer no longer opens this vault, so it "
                         "has been forgotten. Please type the passphrase.");
        } else {
            m_keyRemembered = true;
            *notice = opened.message();
        }
        return false;
    }
    m_keyRemembered = true;
    beginSession(std::move(opened).value());
    return true;
}

void AppController::showFirstRun()
{
    auto* dialog = new FirstRunDialog(m_context, m_path);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &AppController::onFirstRunFinished);
    m_firstRun = dialog;
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
        QString notice;
        if (!tryRememberedKey(&notice)) {
            showUnlock(notice);
        }
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
        (void)m_context.keyStore().remove(m_vault->vaultId());
        m_keyRemembered = false;
        m_window->setKeyRemembered(false);
    }
}

void AppController::beginSession(std::unique_ptr<Vault> vault)
{
    if (!vault) {
        return;
    }
    m_vault = std::move(vault);
    m_inventory = std::make_unique<Inventory>(m_vault->database());
    m_window->setInventory(m_inventory.get(), m_path);
    m_window->setKeyRemembered(m_keyRemembered);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT unlocked();
}

void AppController::endSession()
{
    m_window->wipe();
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
    auto stored = m_context.keyStore().store(m_vault->vaultId(), m_vault->key());
    m_keyRemembered = stored.ok();
    m_window->setKeyRemembered(m_keyRemembered);
    if (!stored) {
        MessageBox::warning(m_window.get(), tr("Rebind"),
                            tr("The passphrase could not be remembered on this computer: %1\n\n"
                               "Rebind will ask for it next time.")
                                .arg(stored.message()));
    }
}

void AppController::lock()
{
    if (!m_vault) {
        return;
    }
    endSession();
    showUnlock(QString());
    m_window->hide();
    Q_EMIT locked();
}

void AppController::quit()
{
    endSession();
    m_window->hide();
    Q_EMIT quitRequested();
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
            (void)m_context.keyStore().remove(oldVaultId);
        }
    }
    MessageBox::information(m_window.get(), tr("Passphrase changed"),
                            tr("The passphrase has been changed. Use the new one from now on."));
}

void AppController::forgetRememberedKey()
{
    if (!m_vault) {
        return;
    }
    auto removed = m_context.keyStore().remove(m_vault->vaultId());
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
    dialog->open();
    return dialog;
}

} // namespace rebind
