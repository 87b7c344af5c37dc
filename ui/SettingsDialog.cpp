#include "SettingsDialog.h"

#include "Appearance.h"
#include "AppSettings.h"
#include "Translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rebind {

SettingsDialog::SettingsDialog(const QString& vaultPath, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), QString());
    for (const auto& [code, name] : Translator::availableLanguages()) {
        m_language->addItem(name, code);
    }
    const int current = m_language->findData(AppSettings().language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto* note = new QLabel(tr("A new language is used the next time you start Rebind."), this);
    note->setWordWrap(true);
    auto* path = new QLabel(QDir::toNativeSeparators(vaultPath), this);
    path->setObjectName(QStringLiteral("vaultPathLabel"));
    path->setWordWrap(true);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Vault file:"), path);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    Appearance::keepFitted(this);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    AppSettings settings;
    settings.setLanguage(chosenLanguage());
    settings.sync();
    QDialog::accept();
}

} // namespace rebind
