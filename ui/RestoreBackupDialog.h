// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultBackups.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rebind {

// Vault → Restore a backup…: the automatic backups beside the vault, newest first, and a Restore
// button that asks for confirmation. It only chooses; the caller restores (Vault::restoreBackup)
// so that the connection and the window follow the new file.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QList<VaultBackup>& backups, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    // The backup chosen, once accepted.
    QString chosenId() const { return m_chosen; }

    void accept() override;

private:
    void updateButton();

    QList<VaultBackup> m_backups;
    QTreeWidget* m_list;
    QPushButton* m_restore;
    QString m_chosen;
};

} // namespace rebind
