#pragma once

#include "Vault.h"

#include <memory>
#include <QDialog>

class QDialogButtonBox;
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
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(UiContext& context, const QString& path, bool keyRemembered,
                 QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // A message shown above the passphrase, for example why the remembered key was forgotten.
    void setNotice(const QString& notice);

    QString path() const { return m_path; }
    std::unique_ptr<Vault> takeVault();
    // Whether the key should be remembered after unlocking (ticked, keychain available).
    bool rememberRequested() const;
    bool rememberAvailable() const;
    // Whether the file was opened with the remembered key, not with the passphrase.
    bool usedRememberedKey() const { return m_usedRememberedKey; }

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

private:
    void setPath(const QString& path);
    void showError(const QString& message);
    void setBusy(bool busy);

    UiContext& m_context;
    QString m_path;
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
};

} // namespace rebind
