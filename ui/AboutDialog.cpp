// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "Appearance.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_text(new QLabel(this)), m_attribution(new QLabel(this)),
      m_twoFactor(new QPushButton(tr("2fa.directory &licence…"), this)),
      m_justDeleteMe(new QPushButton(tr("&JustDeleteMe licence…"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rebind"));

    auto* title = new QLabel(tr("Rebind %1").arg(QCoreApplication::applicationVersion()), this);
    Appearance::setScaledFont(title, 1.5, true);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(
        tr("Keeps a private, encrypted list of the services tied to your phone numbers, so that "
           "you can move each one to a new number before the old one is cancelled. Everything "
           "stays on this computer.\n\nKeys: Ctrl+Shift+P add a person, Ctrl+Shift+N add a "
           "number, Ctrl+Shift+F find services to add, Ctrl+N add a service, Ctrl+I service "
           "details, F2 edit, Delete delete, Ctrl+Z undo, Ctrl+F find, Ctrl+L lock."));
    m_attribution->setObjectName(QStringLiteral("aboutAttribution"));
    m_attribution->setWordWrap(true);
    m_attribution->setTextFormat(Qt::PlainText);
    m_attribution->setText(attribution());
    m_twoFactor->setObjectName(QStringLiteral("twoFactorLicence"));
    m_justDeleteMe->setObjectName(QStringLiteral("justDeleteMeLicence"));
    for (QPushButton* button : {m_twoFactor, m_justDeleteMe}) {
        button->setAutoDefault(false);
    }
    auto* licences = new QHBoxLayout;
    licences->setSpacing(12);
    licences->addWidget(m_twoFactor);
    licences->addWidget(m_justDeleteMe);
    licences->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addWidget(m_attribution);
    layout->addLayout(licences);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(640);
    Appearance::keepFitted(this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_twoFactor, &QPushButton::clicked, this, [this] {
        showLicence(tr("Licence of the 2fa.directory data"), twoFactorLicencePath());
    });
    connect(m_justDeleteMe, &QPushButton::clicked, this, [this] {
        showLicence(tr("Licence of the JustDeleteMe data"), justDeleteMeLicencePath());
    });
}

QString AboutDialog::attribution()
{
    return tr("Service data includes 2fa.directory (2factorauth/twofactorauth) and JustDeleteMe "
              "(jdm-contrib/jdm), MIT licence.");
}

QDialog* AboutDialog::showLicence(const QString& title, const QString& path)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("licenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setReadOnly(true);
    QFile file(path);
    text->setPlainText(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                      : tr("The licence text is missing."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(720, 560);
    dialog->open();
    return dialog;
}

} // namespace rebind
