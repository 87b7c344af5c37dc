// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rebind {

// The strip above the main window's content while the vault is open read-only: who holds it,
// and once they have let go, "Switch to editing".
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget* parent = nullptr);

    // holder: VaultLock::describe's "rebind-cli (process 1234)".
    void showHeld(const QString& holder);
    void showReleased();

    QLabel* textLabel() const { return m_text; }
    QPushButton* switchButton() const { return m_switch; }

Q_SIGNALS:
    void switchRequested();

private:
    QString m_holder;
    QLabel* m_text;
    QPushButton* m_switch;
};

} // namespace rebind
