// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunDialog.h"

#include "Appearance.h"
#include "Background.h"
#include "BusyIndicator.h"
#include "FileDialogs.h"
#include "PassphraseFields.h"
#include "RememberOption.h"
#include "ThemeColors.h"
#include "UiContext.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

FirstRunDialog::FirstRunDialog(UiContext& context, const QString& defaultPath, QWidget* parent)
    : QDialog(parent), m_context(context), m_defaultPath(defaultPath), m_inputs(new QWidget(this)),
      m_pathLabel(new QLabel(this)),
      m_useDefault(new QPushButton(tr("Use the &usual place"), this)),
      m_fields(new PassphraseFields(this)), m_remember(new RememberOption(this)),
      m_busy(new BusyIndicator(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_create(nullptr), m_openExisting(nullptr)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Rebind"));

    auto* title = new QLabel(tr("Welcome to Rebind"), this);
    Appearance::setScaledFont(title, 1.5, true);
    auto* intro = new QLabel(
        tr("Rebind keeps a private list of the apps, banks and other services tied to your "
           "phone numbers. The list is stored encrypted in one file on this computer, locked "
           "with a passphrase that you choose now."),
        this);
    intro->setWordWrap(true);

    // Where the file goes.
    auto* where = new QGroupBox(tr("Where to keep the vault file"), m_inputs);
    m_pathLabel->setObjectName(QStringLiteral("vaultPathLabel"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("Choose &another place…"), where);
    choose->setObjectName(QStringLiteral("chooseLocationButton"));
    m_useDefault->setObjectName(QStringLiteral("useDefaultLocationButton"));
    auto* whereButtons = new QHBoxLayout;
    whereButtons->addWidget(choose);
    whereButtons->addWidget(m_useDefault);
    whereButtons->addStretch();
    auto* whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_pathLabel);
    whereLayout->addLayout(whereButtons);

    // The passphrase.
    auto* secret = new QGroupBox(tr("Choose a passphrase"), m_inputs);
    m_fields->setExtraWords({}); // nothing personal is known before the vault exists
    m_remember->setKeychainStatus(context.keychainStatus(), context.isCheckingKeychain());
    // The keychain may answer after the dialog is up (UiContext::probeKeychain).
    connect(&context, &UiContext::keychainStatusChanged, this, [this] {
        m_remember->setKeychainStatus(m_context.keychainStatus(), m_context.isCheckingKeychain());
    });
    auto* secretLayout = new QVBoxLayout(secret);
    secretLayout->setSpacing(12);
    secretLayout->addWidget(m_fields);
    secretLayout->addWidget(m_remember);

    auto* inputsLayout = new QVBoxLayout(m_inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->setSpacing(16);
    inputsLayout->addWidget(where);
    inputsLayout->addWidget(secret);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    ThemeColors::setTextTone(m_error, Tone::Danger);
    m_error->hide();

    m_create = m_buttons->addButton(tr("&Create vault"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_openExisting = new QPushButton(tr("&Open an existing vault file…"), this);
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    QPushButton* quit = m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_inputs);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_openExisting);
    bottom->addStretch();
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    setMinimumWidth(680);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_openExisting, &QPushButton::clicked, this, &FirstRunDialog::openExisting);
    connect(choose, &QPushButton::clicked, this, &FirstRunDialog::chooseLocation);
    connect(m_useDefault, &QPushButton::clicked, this, [this] { setPath(m_defaultPath); });

    setPath(defaultPath);
    Appearance::keepFitted(this);
    m_fields->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setPath(const QString& path)
{
    m_path = path;
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_useDefault->setVisible(QDir::cleanPath(path) != QDir::cleanPath(m_defaultPath));
}

std::unique_ptr<Vault> FirstRunDialog::takeVault()
{
    return std::move(m_vault);
}

bool FirstRunDialog::rememberRequested() const
{
    return m_remember->isRequested();
}

bool FirstRunDialog::isBusy() const
{
    return m_busy->isBusy();
}

void FirstRunDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FirstRunDialog::chooseLocation()
{
    QString chosen = FileDialogs::saveFileName(this, tr("Where to keep the vault"),
                                               QFileInfo(m_path).absolutePath(),
                                               tr("Rebind vaults (*.rebind *.vault)"));
    if (chosen.isEmpty()) {
        return;
    }
    if (QFileInfo(chosen).suffix().isEmpty()) {
        chosen += QStringLiteral(".rebind");
    }
    setPath(chosen);
    showError(QString());
}

void FirstRunDialog::openExisting()
{
    const QString chosen =
        FileDialogs::openFileName(this, tr("Open a vault file"), QFileInfo(m_path).absolutePath(),
                                  tr("Rebind vaults (*.rebind *.vault);;All files (*)"));
    if (chosen.isEmpty()) {
        return;
    }
    m_path = chosen;
    m_outcome = Outcome::OpenExisting;
    m_fields->clear();
    QDialog::accept();
}

void FirstRunDialog::accept()
{
    if (m_busy->isBusy()) {
        return;
    }
    showError(QString());
    if (!m_fields->check()) {
        return;
    }
    if (QFileInfo::exists(m_path)) {
        showError(tr("There is already a file at %1. Choose another place, or open it with "
                     "“Open an existing vault file…”.")
                      .arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    m_inputs->setEnabled(false);
    m_buttons->setEnabled(false);
    m_openExisting->setEnabled(false);
    m_busy->start(tr("Creating your vault… This takes a moment on purpose: it makes the "
                     "passphrase much harder to guess."));
    const QString path = m_path;
    const QString passphrase = m_fields->passphrase();
    UiContext& context = m_context;
    auto created = runInBackground([&context, path, passphrase] {
        return Vault::create(path, passphrase, context.newKdfParams());
    });
    m_busy->stop();
    m_inputs->setEnabled(true);
    m_buttons->setEnabled(true);
    m_openExisting->setEnabled(true);
    if (!created) {
        showError(created.message());
        return;
    }
    m_vault = std::move(created).value();
    m_outcome = Outcome::Created;
    m_fields->clear();
    QDialog::accept();
}

void FirstRunDialog::reject()
{
    if (m_busy->isBusy()) {
        return;
    }
    m_fields->clear();
    QDialog::reject();
}

void FirstRunDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy->isBusy()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace rebind
