#include "SettingsDialog.h"

#include "Appearance.h"
#include "AppSettings.h"
#include "Translator.h"

#include <cmath>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rebind {

SettingsDialog::SettingsDialog(const QString& vaultPath, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_textSize(new QComboBox(this))
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

    // Large text for people helping elderly relatives, or reading with them.
    m_textSize->setObjectName(QStringLiteral("textSizeCombo"));
    for (const double scale : {1.0, 1.25, 1.5, 1.75, 2.0}) {
        m_textSize->addItem(scale == 1.0 ? tr("Normal (100%)")
                                         : tr("Larger (%1%)").arg(qRound(scale * 100)),
                            scale);
    }
    const double savedScale = AppSettings().textScale();
    int nearest = 0;
    for (int i = 0; i < m_textSize->count(); ++i) {
        if (std::abs(m_textSize->itemData(i).toDouble() - savedScale) <
            std::abs(m_textSize->itemData(nearest).toDouble() - savedScale)) {
            nearest = i;
        }
    }
    m_textSize->setCurrentIndex(nearest);

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
    form->addRow(tr("&Text size:"), m_textSize);
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
    const double scale = m_textSize->currentData().toDouble();
    settings.setTextScale(scale);
    Appearance::setTextScale(scale);
    settings.sync();
    QDialog::accept();
}

} // namespace rebind
