// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Appearance.h"
#include "AppSettings.h"
#include "Translator.h"

#include <cmath>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rebind {

SettingsDialog::SettingsDialog(const QString& vaultPath, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_textSize(new QComboBox(this)),
      m_autoLock(new QComboBox(this)),
      m_onScreenLock(
          new QCheckBox(tr("Also lock when the scr&een locks or the computer sleeps"), this)),
      m_onMinimize(new QCheckBox(tr("Also lock when the window is &minimised"), this)),
      m_backups(new QSpinBox(this))
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

    // Locking by itself, so that a vault left open on an unattended computer closes.
    m_autoLock->setObjectName(QStringLiteral("autoLockCombo"));
    m_autoLock->addItem(tr("Never"), 0);
    for (const int minutes : {1, 2, 5, 10, 15, 30, 60}) {
        m_autoLock->addItem(tr("After %n minute(s) without use", "", minutes), minutes);
    }
    const AppSettings saved;
    const int savedMinutes = saved.autoLockMinutes();
    if (m_autoLock->findData(savedMinutes) < 0) {
        // A value set elsewhere stays as it is unless the person picks another.
        m_autoLock->addItem(tr("After %n minute(s) without use", "", savedMinutes), savedMinutes);
    }
    m_autoLock->setCurrentIndex(m_autoLock->findData(savedMinutes));
    m_onScreenLock->setObjectName(QStringLiteral("lockOnScreenLockBox"));
    m_onScreenLock->setChecked(saved.lockOnScreenLock());
    m_onMinimize->setObjectName(QStringLiteral("lockOnMinimizeBox"));
    m_onMinimize->setChecked(saved.lockOnMinimize());
    m_backups->setObjectName(QStringLiteral("backupsSpin"));
    m_backups->setRange(AppSettings::kMinBackupsToKeep, AppSettings::kMaxBackupsToKeep);
    m_backups->setValue(saved.backupsToKeep());
    m_backups->setSuffix(tr(" newest"));
    m_backups->setToolTip(tr("Rebind keeps an encrypted copy of the vault before every upgrade, "
                             "passphrase change, import, merge and restore."));

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
    form->addRow(tr("Loc&k the vault:"), m_autoLock);
    form->addRow(QString(), m_onScreenLock);
    form->addRow(QString(), m_onMinimize);
    form->addRow(tr("Keep &backups:"), m_backups);
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
    settings.setAutoLockMinutes(m_autoLock->currentData().toInt());
    settings.setLockOnScreenLock(m_onScreenLock->isChecked());
    settings.setLockOnMinimize(m_onMinimize->isChecked());
    settings.setBackupsToKeep(m_backups->value());
    settings.sync();
    QDialog::accept();
}

} // namespace rebind
