// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Vault.h"
#include "VaultOpening.h"

#include <memory>
#include <QDialog>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rebind {

class BusyIndicator;
class RememberOption;
class UiContext;

// Asks for the passphrase of one vault file. A failed attempt shows the reason (wrong
// passphrase, damaged, missing…) and the dialog stays open for another try. When a key is
// remembered in the keychain, "Unlock with the remembered key" opens without the passphrase.
// When another program holds the vault, it says who and offers "Open read-only" and "Try again"
// (VaultOpening).
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(UiContext& context, const QString& path, bool keyRemembered,
                 QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // A message shown above the passphrase, for example why the remembered key was forgotten.
    void setNotice(const QString& notice);
    // Whether the keychain holds a key for this file: offers "Unlock with the remembered key"
    // and ticks "Remember" (both only while the keychain answers).
    void setKeyRemembered(bool remembered);
    // Opening the file (on a worker thread) or reading the remembered key; nothing may take
    // the dialog away meanwhile.
    bool isBusy() const;
    // Shows what (default: "Unlocking…") with the busy indication and holds the inputs back.
    void setBusy(bool busy, const QString& what = QString());

    QString path() const { return m_path; }
    std::unique_ptr<Vault> takeVault();
    // Whether the key should be remembered after unlocking (ticked, keychain available).
    bool rememberRequested() const;
    bool rememberAvailable() const;
    // Whether the file was opened with the remembered key, not with the passphrase.
    bool usedRememberedKey() const { return m_usedRememberedKey; }

    // Another program holds the vault: says so (why: who, and what can be done) and offers to
    // open it read-only or to try again, with key, which is known to open it.
    void offerReadOnly(SecureBytes key, const QString& why);
    bool isReadOnlyOffered() const { return !m_inUseKey.isEmpty(); }
    QFrame* inUsePanel() const { return m_inUsePanel; }
    QLabel* inUseLabel() const { return m_inUseText; }
    QPushButton* openReadOnlyButton() const { return m_openReadOnly; }
    QPushButton* tryAgainButton() const { return m_tryAgain; }
    QPushButton* cancelInUseButton() const { return m_cancelInUse; }

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    RememberOption* rememberOption() const { return m_remember; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* rememberedKeyButton() const { return m_useRemembered; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* noticeLabel() const { return m_notice; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void unlockWithRememberedKey();
    void openAnotherFile();
    void openReadOnly();
    void tryAgain();
    // Back to the passphrase (for another file, say).
    void cancelInUse();

private:
    void setPath(const QString& path);
    void showError(const QString& message);
    void updateKeychain();
    // Accepts outcome's vault, or offers read-only when another program holds it.
    bool takeOutcome(Result<VaultOpening::Outcome> outcome);
    void showInUse(bool shown);

    UiContext& m_context;
    QString m_path;
    bool m_keyRemembered = false;
    std::unique_ptr<Vault> m_vault;
    bool m_usedRememberedKey = false;

    QWidget* m_inputs;
    QLabel* m_pathLabel;
    QLabel* m_notice;
    QLineEdit* m_passphrase;
    RememberOption* m_remember;
    BusyIndicator* m_busy;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_unlock;
    QPushButton* m_useRemembered;
    SecureBytes m_inUseKey;
    QFrame* m_inUsePanel;
    QLabel* m_inUseText;
    QPushButton* m_openReadOnly;
    QPushButton* m_tryAgain;
    QPushButton* m_cancelInUse;
};

} // namespace rebind
