#pragma once

#include <QDialog>

class QComboBox;

namespace rebind {

// Vault → Settings…: the language (saved in AppSettings, used from the next start) and where
// the vault file is.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString& vaultPath, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QComboBox* textSizeCombo() const { return m_textSize; }
    // The code chosen: "zh_CN", "en", or empty for the system's language.
    QString chosenLanguage() const;

public Q_SLOTS:
    void accept() override;

private:
    QComboBox* m_language;
    QComboBox* m_textSize;
};

} // namespace rebind
