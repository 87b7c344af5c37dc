// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Vault.h"

#include <memory>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace rebind {

class BusyIndicator;
class PassphraseFields;
class RememberOption;
class UiContext;

// Shown when there is no vault yet: where to keep it, a passphrase typed twice with a strength
// meter, and "Remember on this computer". Creating derives the key on a worker thread (about half
// a second by design) with a busy indication. "Open an existing vault file…" ends the dialog
// with outcome OpenExisting and the chosen file instead.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome
    {
        None,
        Created,
        OpenExisting
    };

    FirstRunDialog(UiContext& context, const QString& defaultPath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    Outcome outcome() const { return m_outcome; }
    // The created vault's file, or the existing file chosen.
    QString path() const { return m_path; }
    std::unique_ptr<Vault> takeVault();
    bool rememberRequested() const;
    // Creating the vault (the key is being derived): the dialog cannot close now.
    bool isBusy() const;

    PassphraseFields* passphraseFields() const { return m_fields; }
    RememberOption* rememberOption() const { return m_remember; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* openExistingButton() const { return m_openExisting; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void chooseLocation();
    void openExisting();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setPath(const QString& path);
    void showError(const QString& message);

    UiContext& m_context;
    QString m_defaultPath;
    QString m_path;
    Outcome m_outcome = Outcome::None;
    std::unique_ptr<Vault> m_vault;

    QWidget* m_inputs;
    QLabel* m_pathLabel;
    QPushButton* m_useDefault;
    PassphraseFields* m_fields;
    RememberOption* m_remember;
    BusyIndicator* m_busy;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    QPushButton* m_openExisting;
};

} // namespace rebind
