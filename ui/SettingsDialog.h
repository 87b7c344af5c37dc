// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QComboBox;

namespace rebind {

// Vault → Settings…: the language (saved in AppSettings, used from the next start), the text
// size, when the vault locks by itself, and where the vault file is.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString& vaultPath, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QComboBox* textSizeCombo() const { return m_textSize; }
    // Minutes without input before locking; the item data is the number, 0 for never.
    QComboBox* autoLockCombo() const { return m_autoLock; }
    QCheckBox* lockOnScreenLockBox() const { return m_onScreenLock; }
    QCheckBox* lockOnMinimizeBox() const { return m_onMinimize; }
    // How many automatic backups to keep beside the vault.
    QSpinBox* backupsSpin() const { return m_backups; }
    // The code chosen: "zh_CN", "en", or empty for the system's language.
    QString chosenLanguage() const;

public Q_SLOTS:
    void accept() override;

private:
    QComboBox* m_language;
    QComboBox* m_textSize;
    QComboBox* m_autoLock;
    QCheckBox* m_onScreenLock;
    QCheckBox* m_onMinimize;
    QSpinBox* m_backups;
};

} // namespace rebind
