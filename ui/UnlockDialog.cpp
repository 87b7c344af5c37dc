// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockDialog.h"

#include "Appearance.h"
#include "Background.h"
#include "BusyIndicator.h"
#include "FileDialogs.h"
#include "RememberOption.h"
#include "ThemeColors.h"
#include "UiContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

UnlockDialog::UnlockDialog(UiContext& context, const QString& path, bool keyRemembered,
                           QWidget* parent)
    : QDialog(parent), m_context(context), m_inputs(new QWidget(this)),
      m_pathLabel(new QLabel(this)), m_notice(new QLabel(this)), m_passphrase(new QLineEdit(this)),
      m_remember(new RememberOption(this)), m_busy(new BusyIndicator(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(this)), m_unlock(nullptr),
      m_useRemembered(nullptr), m_inUsePanel(new QFrame(this)), m_inUseText(new QLabel(this)),
      m_openReadOnly(new QPushButton(tr("Open &read-only"), this)),
      m_tryAgain(new QPushButton(tr("&Try again"), this)),
      m_cancelInUse(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Rebind"));

    auto* title = new QLabel(tr("Unlock your vault"), this);
    Appearance::setScaledFont(title, 1.5, true);

    m_pathLabel->setObjectName(QStringLiteral("vaultPathLabel"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    ThemeColors::setTextTone(m_notice, Tone::Caution);
    m_notice->hide();

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(320);
    auto* show = new QCheckBox(tr("Show what I type"), m_inputs);
    connect(show, &QCheckBox::toggled, this, [this](bool shown) {
        m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    auto* form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(10);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), show);
    form->addRow(m_remember);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    ThemeColors::setTextTone(m_error, Tone::Danger);
    m_error->hide();

    m_unlock = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    // Outside the button box: QDialogButtonBox shows every button again when it lays them out.
    m_useRemembered = new QPushButton(tr("Unlock with the &remembered key"), this);
    m_useRemembered->setObjectName(QStringLiteral("rememberedKeyButton"));
    auto* other = new QPushButton(tr("&Open another vault file…"), m_inputs);
    other->setObjectName(QStringLiteral("openAnotherButton"));
    QPushButton* quit = m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    // Another program holds the vault: who, and what can be done meanwhile.
    m_inUsePanel->setObjectName(QStringLiteral("inUsePanel"));
    m_inUsePanel->setFrameShape(QFrame::StyledPanel);
    ThemeColors::setPanelTone(m_inUsePanel, Tone::Caution, 1, 4);
    m_inUseText->setObjectName(QStringLiteral("inUseLabel"));
    m_inUseText->setWordWrap(true);
    m_inUseText->setTextFormat(Qt::PlainText);
    m_openReadOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgainButton"));
    m_cancelInUse->setObjectName(QStringLiteral("cancelInUseButton"));
    auto* inUseButtons = new QHBoxLayout;
    inUseButtons->addWidget(m_openReadOnly);
    inUseButtons->addWidget(m_tryAgain);
    inUseButtons->addStretch();
    inUseButtons->addWidget(m_cancelInUse);
    auto* inUseLayout = new QVBoxLayout(m_inUsePanel);
    inUseLayout->setContentsMargins(14, 12, 14, 12);
    inUseLayout->setSpacing(12);
    inUseLayout->addWidget(m_inUseText);
    inUseLayout->addLayout(inUseButtons);
    m_inUsePanel->hide();
    connect(m_openReadOnly, &QPushButton::clicked, this, &UnlockDialog::openReadOnly);
    connect(m_tryAgain, &QPushButton::clicked, this, &UnlockDialog::tryAgain);
    connect(m_cancelInUse, &QPushButton::clicked, this, &UnlockDialog::cancelInUse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_notice);
    layout->addWidget(m_inUsePanel);
    layout->addWidget(m_inputs);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(other);
    bottom->addStretch();
    bottom->addWidget(m_useRemembered);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    setMinimumWidth(620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_useRemembered, &QPushButton::clicked, this, &UnlockDialog::unlockWithRememberedKey);
    connect(other, &QPushButton::clicked, this, &UnlockDialog::openAnotherFile);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] { showError(QString()); });
    // The keychain may answer after the dialog is up (UiContext::probeKeychain).
    connect(&m_context, &UiContext::keychainStatusChanged, this, &UnlockDialog::updateKeychain);
    setKeyRemembered(keyRemembered);

    setPath(path);
    Appearance::keepFitted(this);
    m_passphrase->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setPath(const QString& path)
{
    m_path = path;
    m_pathLabel->setText(tr("Vault file: %1").arg(QDir::toNativeSeparators(path)));
}

void UnlockDialog::setKeyRemembered(bool remembered)
{
    m_keyRemembered = remembered;
    updateKeychain();
    m_remember->setChecked(remembered);
}

void UnlockDialog::updateKeychain()
{
    m_remember->setKeychainStatus(m_context.keychainStatus(), m_context.isCheckingKeychain());
    m_useRemembered->setVisible(m_keyRemembered && m_context.keychainAvailable());
}

bool UnlockDialog::isBusy() const
{
    return m_busy->isBusy();
}

void UnlockDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

bool UnlockDialog::rememberRequested() const
{
    return m_remember->isRequested();
}

bool UnlockDialog::rememberAvailable() const
{
    return m_remember->isAvailable();
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UnlockDialog::setBusy(bool busy, const QString& what)
{
    m_inputs->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_useRemembered->setEnabled(!busy);
    if (busy) {
        m_busy->start(what.isEmpty() ? tr("Unlocking…") : what);
    } else {
        m_busy->stop();
    }
}

void UnlockDialog::accept()
{
    if (m_busy->isBusy()) {
        return;
    }
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        showError(tr("Please type the passphrase."));
        m_passphrase->setFocus();
        return;
    }
    showError(QString());
    setBusy(true);
    const QString path = m_path;
    auto opened = runInBackground(
        [path, passphrase] { return VaultOpening::withPassphrase(path, passphrase); });
    setBusy(false);
    m_usedRememberedKey = false;
    if (!takeOutcome(std::move(opened))) {
        m_passphrase->setFocus();
        m_passphrase->selectAll();
    }
}

bool UnlockDialog::takeOutcome(Result<VaultOpening::Outcome> outcome)
{
    if (!outcome) {
        showError(outcome.message());
        return false;
    }
    if (outcome->isInUse()) {
        m_passphrase->setText(QString());
        offerReadOnly(std::move(outcome->key), outcome->inUse);
        return true;
    }
    m_vault = std::move(outcome->vault);
    m_inUseKey.clear();
    m_passphrase->setText(QString());
    QDialog::accept();
    return true;
}

void UnlockDialog::offerReadOnly(SecureBytes key, const QString& why)
{
    m_inUseKey = std::move(key);
    m_inUseText->setText(why);
    showError(QString());
    showInUse(true);
}

void UnlockDialog::showInUse(bool shown)
{
    m_inUsePanel->setVisible(shown);
    m_inputs->setVisible(!shown);
    m_unlock->setVisible(!shown);
    if (shown) {
        m_useRemembered->hide();
        m_openReadOnly->setDefault(true);
        m_openReadOnly->setFocus();
    } else {
        updateKeychain();
        m_unlock->setDefault(true);
        m_passphrase->setFocus();
    }
}

void UnlockDialog::openReadOnly()
{
    if (!isReadOnlyOffered()) {
        return;
    }
    auto opened = VaultOpening::readOnly(m_path, m_inUseKey.clone());
    if (!opened) {
        showError(opened.message());
        return;
    }
    m_vault = std::move(opened).value();
    m_inUseKey.clear();
    QDialog::accept();
}

void UnlockDialog::tryAgain()
{
    if (!isReadOnlyOffered()) {
        return;
    }
    showError(QString());
    takeOutcome(VaultOpening::withKey(m_path, m_inUseKey.clone()));
}

void UnlockDialog::cancelInUse()
{
    m_inUseKey.clear();
    m_inUseText->clear();
    showError(QString());
    showInUse(false);
}

void UnlockDialog::unlockWithRememberedKey()
{
    if (m_busy->isBusy()) {
        return;
    }
    showError(QString());
    auto vaultId = Vault::peekVaultId(m_path);
    if (!vaultId) {
        showError(vaultId.message());
        return;
    }
    setBusy(true, tr("Reading the remembered key…"));
    auto key = m_context.loadKey(*vaultId);
    setBusy(false);
    if (!key) {
        // Not answering in time included: the message says to type the passphrase.
        m_keyRemembered = false;
        m_useRemembered->hide();
        m_remember->setChecked(false);
        showError(key.message());
        m_passphrase->setFocus();
        return;
    }
    auto opened = VaultOpening::withKey(m_path, std::move(key).value());
    if (!opened) {
        if (opened.code() == ErrorCode::WrongPassphrase) {
            (void)m_context.removeKey(*vaultId);
            m_keyRemembered = false;
            m_useRemembered->hide();
            m_remember->setChecked(false);
            showError(tr("The key remembered on this computer no longer opens this vault, so it "
                         "has been forgotten. Please type the passphrase."));
        } else {
            showError(opened.message());
        }
        m_passphrase->setFocus();
        return;
    }
    m_usedRememberedKey = true;
    takeOutcome(std::move(opened));
}

void UnlockDialog::openAnotherFile()
{
    const QString chosen =
        FileDialogs::openFileName(this, tr("Open a vault file"), QFileInfo(m_path).absolutePath(),
                                  tr("Rebind vaults (*.rebind *.vault);;All files (*)"));
    if (chosen.isEmpty()) {
        return;
    }
    setPath(chosen);
    setNotice(QString());
    showError(QString());
    // Whether a key is remembered for the other file is unknown here; the passphrase works.
    cancelInUse();
    m_keyRemembered = false;
    m_useRemembered->hide();
    m_remember->setChecked(false);
    m_passphrase->setFocus();
}

void UnlockDialog::reject()
{
    if (m_busy->isBusy()) {
        return;
    }
    m_inUseKey.clear();
    m_passphrase->setText(QString());
    QDialog::reject();
}

} // namespace rebind
