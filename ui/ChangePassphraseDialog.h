// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rebind {

class BusyIndicator;
class PassphraseFields;
class UiContext;
class Vault;

// Vault → Change passphrase…: the current passphrase, the new one twice with a strength meter.
// Re-encrypts the open vault with a freshly tuned key on a worker thread; a wrong current
// passphrase is reported and the dialog stays open. Afterwards oldVaultId() names the keychain
// entry that no longer fits (the vault id changes with the salt).
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(UiContext& context, Vault& vault, const QStringList& extraWords,
                           QWidget* parent = nullptr);

    QString oldVaultId() const { return m_oldVaultId; }

    QLineEdit* currentEdit() const { return m_current; }
    PassphraseFields* passphraseFields() const { return m_fields; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void showError(const QString& message);

    UiContext& m_context;
    Vault& m_vault;
    QString m_oldVaultId;
    QWidget* m_inputs;
    QLineEdit* m_current;
    PassphraseFields* m_fields;
    BusyIndicator* m_busy;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace rebind
