// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePassphraseDialog.h"

#include "Appearance.h"
#include "Background.h"
#include "BusyIndicator.h"
#include "PassphraseFields.h"
#include "ThemeColors.h"
#include "UiContext.h"
#include "Vault.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

ChangePassphraseDialog::ChangePassphraseDialog(UiContext& context, Vault& vault,
                                               const QStringList& extraWords, QWidget* parent)
    : QDialog(parent), m_context(context), m_vault(vault), m_inputs(new QWidget(this)),
      m_current(new QLineEdit), m_fields(new PassphraseFields(this)),
      m_busy(new BusyIndicator(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));

    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setMinimumWidth(320);
    m_fields->setExtraWords(extraWords);

    auto* intro = new QLabel(tr("Type the passphrase you use now, then the new one twice. If "
                                "this computer remembers the vault, it will remember the new "
                                "one instead."),
                             this);
    intro->setWordWrap(true);

    m_fields->addLeadingRow(tr("&Current passphrase:"), m_current);
    m_fields->setFirstLabel(tr("&New passphrase:"));

    auto* inputs = new QVBoxLayout(m_inputs);
    inputs->setContentsMargins(0, 0, 0, 0);
    inputs->addWidget(m_fields);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    ThemeColors::setTextTone(m_error, Tone::Danger);
    m_error->hide();

    QPushButton* change =
        m_buttons->addButton(tr("C&hange passphrase"), QDialogButtonBox::AcceptRole);
    change->setObjectName(QStringLiteral("changeButton"));
    change->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addWidget(m_inputs);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    m_current->setFocus();
    Appearance::keepFitted(this);
}

void ChangePassphraseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ChangePassphraseDialog::accept()
{
    if (m_busy->isBusy()) {
        return;
    }
    showError(QString());
    if (m_current->text().isEmpty()) {
        showError(tr("Please type the passphrase you use now."));
        m_current->setFocus();
        return;
    }
    if (!m_fields->check()) {
        return;
    }
    if (m_fields->passphrase() == m_current->text()) {
        showError(tr("The new passphrase is the same as the current one."));
        m_fields->firstEdit()->setFocus();
        return;
    }
    m_inputs->setEnabled(false);
    m_buttons->setEnabled(false);
    m_busy->start(tr("Changing the passphrase… This takes a moment."));
    const QString oldId = m_vault.vaultId();
    const QString current = m_current->text();
    const QString replacement = m_fields->passphrase();
    Vault& vault = m_vault;
    UiContext& context = m_context;
    auto changed = runInBackground([&vault, &context, current, replacement] {
        return vault.changePassphrase(current, replacement, context.newKdfParams());
    });
    m_busy->stop();
    m_inputs->setEnabled(true);
    m_buttons->setEnabled(true);
    if (!changed) {
        showError(changed.message());
        if (changed.code() == ErrorCode::WrongPassphrase) {
            m_current->setFocus();
            m_current->selectAll();
        }
        return;
    }
    m_oldVaultId = oldId;
    m_current->setText(QString());
    m_fields->clear();
    QDialog::accept();
}

void ChangePassphraseDialog::reject()
{
    if (m_busy->isBusy()) {
        return;
    }
    m_current->setText(QString());
    m_fields->clear();
    QDialog::reject();
}

} // namespace rebind
