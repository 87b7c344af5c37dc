// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingHistoryDialog.h"

#include "Appearance.h"
#include "DisplayText.h"
#include "EventText.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "UndoableChange.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rebind {

BindingHistoryDialog::BindingHistoryDialog(Inventory* inventory, qint64 bindingId,
                                           const QString& serviceName,
                                           const QHash<qint64, Service>& services, QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_bindingId(bindingId), m_services(services),
      m_list(new QTreeWidget(this)), m_undoLabel(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo the last change"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History: %1").arg(serviceName));
    setWindowModality(Qt::WindowModal);

    auto* title = new QLabel(tr("What happened to %1").arg(serviceName), this);
    Appearance::setScaledFont(title, 1.3, true);
    title->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("When"), tr("What changed")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_undoLabel->setObjectName(QStringLiteral("undoLabel"));
    m_undoLabel->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoChange"));
    connect(m_undo, &QPushButton::clicked, this, &BindingHistoryDialog::undoLastChange);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undoLabel, 1);
    undoRow->addWidget(m_undo);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(undoRow);
    layout->addWidget(buttons);

    refresh();
    resize(760, 520);
    Appearance::keepFitted(this);
    m_list->setFocus();
}

QString BindingHistoryDialog::serviceName(qint64 id) const
{
    const auto found = m_services.constFind(id);
    return found != m_services.cend() ? found->name : tr("(unknown service)");
}

void BindingHistoryDialog::refresh()
{
    m_list->clear();
    m_undo->setEnabled(false);
    if (m_inventory == nullptr) {
        return;
    }
    auto binding = m_inventory->binding(m_bindingId);
    if (!binding) {
        m_undoLabel->setText(binding.message());
        return;
    }
    auto history = m_inventory->events(binding->uid);
    if (!history) {
        m_undoLabel->setText(history.message());
        return;
    }
    const auto name = [this](qint64 id) { return serviceName(id); };
    // One row per change, newest first; the events of one edit share a row.
    QList<QTreeWidgetItem*> rows;
    for (qsizetype end = history->size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && history->at(begin - 1).batch == history->at(end - 1).batch) {
            --begin;
        }
        const QList<Event> change = history->mid(begin, end - begin);
        const QDateTime at = change.first().at.toLocalTime();
        auto* row = new QTreeWidgetItem({DisplayText::date(at.date()) + QLatin1Char(' ') +
                                             at.time().toString(QStringLiteral("HH:mm")),
                                         EventText::describe(change, name, QStringLiteral("\n"))});
        rows.append(row);
        end = begin;
    }
    m_list->addTopLevelItems(rows);
    if (!rows.isEmpty()) {
        m_list->setCurrentItem(rows.first());
    }

    const QList<Event> undoable = UndoableChange::find(*history);
    if (undoable.isEmpty()) {
        m_undoLabel->setText(tr("Nothing to undo."));
    } else {
        m_undoLabel->setText(tr("Last change: %1").arg(EventText::describe(undoable, name)));
        m_undo->setEnabled(true);
    }
}

void BindingHistoryDialog::undoLastChange()
{
    if (m_inventory == nullptr) {
        return;
    }
    auto undone = m_inventory->undoLastChange(m_bindingId);
    if (!undone) {
        MessageBox::error(this, tr("Could not undo"), undone.message());
    } else {
        Q_EMIT changed();
    }
    refresh();
    m_list->setFocus();
}

} // namespace rebind
