#include "UnlockDialog.h"

#include "Appearance.h"
#include "Background.h"
#include "BusyIndicator.h"
#include "FileDialogs.h"
#include "RememberOption.h"
#include "UiContext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
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
      m_useRemembered(nullptr)
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
    m_notice->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_notice->hide();

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(320);
    auto* show = new QCheckBox(tr("Show what I type"), m_inputs);
    connect(show, &QCheckBox::toggled, this, [this](bool shown) {
        m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_remember->setKeychainStatus(context.keychainStatus());
    m_remember->setChecked(keyRemembered);

    auto* form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(10);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), show);
    form->addRow(m_remember);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_unlock = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    // Outside the button box: QDialogButtonBox shows every button again when it lays them out.
    m_useRemembered = new QPushButton(tr("Unlock with the &remembered key"), this);
    m_useRemembered->setObjectName(QStringLiteral("rememberedKeyButton"));
    m_useRemembered->setVisible(keyRemembered && context.keychainAvailable());
    auto* other = new QPushButton(tr("&Open another vault file…"), m_inputs);
    other->setObjectName(QStringLiteral("openAnotherButton"));
    QPushButton* quit = m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_notice);
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

void UnlockDialog::setBusy(bool busy)
{
    m_inputs->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_useRemembered->setEnabled(!busy);
    if (busy) {
        m_busy->start(tr("Unlocking…"));
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
    auto opened = runInBackground([path, passphrase] { return Vault::open(path, passphrase); });
    setBusy(false);
    if (!opened) {
        showError(opened.message());
        m_passphrase->setFocus();
        m_passphrase->selectAll();
        return;
    }
    m_vault = std::move(opened).value();
    m_usedRememberedKey = false;
    m_passphrase->setText(QString());
    QDialog::accept();
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
    auto key = m_context.keyStore().load(*vaultId);
    if (!key) {
        m_useRemembered->hide();
        m_remember->setChecked(false);
        showError(key.message());
        m_passphrase->setFocus();
        return;
    }
    auto opened = Vault::openWithKey(m_path, std::move(key).value());
    if (!opened) {
        if (opened.code() == ErrorCode::WrongPassphrase) {
            m_context.keyStore().remove(*vaultId);
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
    m_vault = std::move(opened).value();
    m_usedRememberedKey = true;
    m_passphrase->setText(QString());
    QDialog::accept();
}

void UnlockDialog::openAnotherFile()
{
    const QString chosen =
        FileDialogs::openFileName(this, tr("Open a vault file"), QFileInfo(m_path).absolutePath(),
                                  tr("Rebind vaults (*.vault);;All files (*)"));
    if (chosen.isEmpty()) {
        return;
    }
    setPath(chosen);
    setNotice(QString());
    showError(QString());
    // Whether a key is remembered for the other file is unknown here; the passphrase works.
    m_useRemembered->hide();
    m_remember->setChecked(false);
    m_passphrase->setFocus();
}

void UnlockDialog::reject()
{
    if (m_busy->isBusy()) {
        return;
    }
    m_passphrase->setText(QString());
    QDialog::reject();
}

} // namespace rebind
