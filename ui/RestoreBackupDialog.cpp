// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include "Appearance.h"
#include "DisplayText.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rebind {

RestoreBackupDialog::RestoreBackupDialog(const QList<VaultBackup>& backups, QWidget* parent)
    : QDialog(parent), m_backups(backups), m_list(new QTreeWidget(this)),
      m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore a backup"));
    setWindowModality(Qt::WindowModal);

    auto* title = new QLabel(tr("Go back to an earlier state of the vault"), this);
    Appearance::setScaledFont(title, 1.3, true);
    title->setWordWrap(true);

    auto* explanation = new QLabel(
        tr("Rebind keeps an encrypted copy of the vault before every upgrade, passphrase "
           "change, import, merge and restore. Restoring one replaces everything in the vault "
           "with that copy; what the vault holds now is kept as a new backup first, so you can "
           "come back to it the same way."),
        this);
    explanation->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Made on"), tr("Reason"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const VaultBackup& backup : m_backups) {
        auto* item = new QTreeWidgetItem(m_list, {DisplayText::dateTime(backup.created),
                                                  VaultBackups::reasonText(backup.reason),
                                                  locale.formattedDataSize(backup.size)});
        item->setData(0, Qt::UserRole, backup.id);
    }
    auto* empty = new QLabel(tr("There are no backups yet."), this);
    empty->setObjectName(QStringLiteral("noBackups"));
    empty->setVisible(m_backups.isEmpty());
    m_list->setVisible(!m_backups.isEmpty());
    if (!m_backups.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }

    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(760, 460);
    updateButton();
    m_list->setFocus();
}

void RestoreBackupDialog::updateButton()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void RestoreBackupDialog::accept()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    const QString when = item->text(0);
    if (MessageBox::question(this, tr("Restore a backup"),
                             tr("Replace everything in the vault with the backup made %1 (%2)?\n\n"
                                "What the vault holds now is kept as a backup first.")
                                 .arg(when, item->text(1)),
                             tr("Restore")) != QMessageBox::Yes) {
        return;
    }
    m_chosen = item->data(0, Qt::UserRole).toString();
    QDialog::accept();
}

} // namespace rebind
