// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Service.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rebind {

class Inventory;

// What happened to one binding, newest first (from the vault's append-only event log), and
// undo of its last change. An undo is a change of its own, so it shows up in the list too and
// nothing is ever erased.
class BindingHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    BindingHistoryDialog(Inventory* inventory, qint64 bindingId, const QString& serviceName,
                         const QHash<qint64, Service>& services, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* undoButton() const { return m_undo; }
    QLabel* undoLabel() const { return m_undoLabel; }

Q_SIGNALS:
    // The binding was changed (by an undo).
    void changed();

private:
    void refresh();
    void undoLastChange();
    QString serviceName(qint64 id) const;

    Inventory* m_inventory;
    qint64 m_bindingId;
    QHash<qint64, Service> m_services;
    QTreeWidget* m_list;
    QLabel* m_undoLabel;
    QPushButton* m_undo;
};

} // namespace rebind
