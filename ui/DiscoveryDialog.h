// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveryScanner.h"
#include "NumberRecord.h"

#include <atomic>
#include <memory>
#include <QDialog>
#include <QSet>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace rebind {

class Inventory;

// "Find services in my messages…": reads the person's own SMS backup or password export (off
// the UI thread, with progress and Cancel), lists the services found with their evidence,
// grouped by category and riskier first, marks the ones already listed, and adds the ticked ones
// to the number with the roles the evidence suggests. Nothing from the file is kept: the vault
// gets only which service, how often and when, and how it was found.
class DiscoveryDialog : public QDialog
{
    Q_OBJECT

public:
    DiscoveryDialog(Inventory* inventory, const NumberRecord& number, QWidget* parent = nullptr);
    ~DiscoveryDialog() override;

    // Asks for a file (FileDialogs seam) and starts scanning it.
    void chooseFile();
    // Asks for an iPhone backup folder (FileDialogs seam) and starts scanning it.
    void chooseFolder();
    void scan(const QString& path);
    void cancel();
    bool isScanning() const { return m_thread != nullptr; }
    // Adds the ticked findings; returns how many were added.
    int addTicked();

    QTreeWidget* results() const { return m_results; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* chooseFolderButton() const { return m_chooseFolder; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* addButton() const { return m_add; }
    const QList<Finding>& findings() const { return m_findings; }

Q_SIGNALS:
    void scanFinished();
    // Services were added to the number.
    void changed();

public Q_SLOTS:
    // Stops a scan under way before closing.
    void reject() override;

private:
    void finished(const rebind::Result<DiscoveryScanner::Result>& result);
    void showFindings();
    void updateAddButton();
    void loadListed();

    Inventory* m_inventory;
    NumberRecord m_number;
    QSet<QString> m_listed; // keys of the services the number has already
    QList<Finding> m_findings;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;

    QLabel* m_status;
    QProgressBar* m_progress;
    QTreeWidget* m_results;
    QPushButton* m_choose;
    QPushButton* m_chooseFolder;
    QPushButton* m_cancel;
    QPushButton* m_add;
};

} // namespace rebind
