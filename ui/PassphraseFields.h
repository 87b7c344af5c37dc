// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace rebind {

// A new passphrase typed twice, with a live strength meter (zxcvbn through PassphraseStrength)
// and a plain-words verdict. Used when a vault is created and when its passphrase changes.
class PassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseFields(QWidget* parent = nullptr);

    // Words an attacker would try first (names and numbers in the vault); they weaken a
    // passphrase that contains them.
    void setExtraWords(const QStringList& words);
    // A field above the two (the current passphrase, when changing it), aligned with them.
    void addLeadingRow(const QString& label, QWidget* field);
    void setFirstLabel(const QString& label);

    QString passphrase() const;
    // Empty when the passphrase can be used; otherwise what to do about it.
    QString problem() const;
    // Shows problem() under the fields and moves the focus to where it can be fixed; returns
    // whether the passphrase is acceptable.
    bool check();
    void clear();

    QLineEdit* firstEdit() const { return m_first; }
    QLineEdit* secondEdit() const { return m_second; }
    QProgressBar* meter() const { return m_meter; }
    QLabel* strengthLabel() const { return m_strength; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void updateStrength();

    QGridLayout* m_grid = nullptr;
    QLabel* m_firstLabel = nullptr;
    QLineEdit* m_first;
    QLineEdit* m_second;
    QCheckBox* m_show;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_problem;
    QStringList m_extraWords;
};

} // namespace rebind
