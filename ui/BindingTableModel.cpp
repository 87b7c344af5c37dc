// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingTableModel.h"

#include "DisplayText.h"
#include "ThemeColors.h"
#include "Vocabulary.h"

#include <limits>
#include <QApplication>
#include <QBrush>
#include <QFont>

namespace rebind {

namespace {
bool isFinished(BindingStatus status)
{
    return status == BindingStatus::Done || status == BindingStatus::Verified ||
           status == BindingStatus::NotNeeded;
}
} // namespace

BindingTableModel::BindingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BindingTableModel::load(const QList<Binding>& bindings, const QHash<qint64, Service>& services)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(bindings.size());
    for (const Binding& binding : bindings) {
        QString service = services.value(binding.serviceId).name;
        // Made once here: the filter looks at every row on every keystroke.
        QString search =
            QStringList{service, binding.account, binding.notes}.join(QLatin1Char('\n'));
        m_rows.append({binding, std::move(service), std::move(search)});
    }
    endResetModel();
}

void BindingTableModel::wipe()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void BindingTableModel::setToday(const QDate& today)
{
    m_today = today;
}

const Binding* BindingTableModel::bindingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).binding : nullptr;
}

QString BindingTableModel::serviceName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).service : QString();
}

int BindingTableModel::rowOf(qint64 bindingId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).binding.id == bindingId) {
            return row;
        }
    }
    return -1;
}

int BindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BindingTableModel::isOverdue(const Binding& binding) const
{
    return binding.due.isValid() && binding.due < m_today && !isFinished(binding.status);
}

QVariant BindingTableModel::display(const Row& row, int column) const
{
    const Binding& b = row.binding;
    switch (column) {
    case ServiceColumn:
        return row.service;
    case AccountColumn:
        return b.account;
    case RolesColumn:
        return Vocabulary::roleLabels(b.roles);
    case ActionColumn:
        return Vocabulary::label(b.action);
    case StatusColumn:
        return Vocabulary::label(b.status);
    case DueColumn:
        return DisplayText::date(b.due);
    default:
        return QVariant();
    }
}

QVariant BindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return QVariant();
    }
    const Row& row = m_rows.at(index.row());
    const Binding& b = row.binding;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString text = display(row, index.column()).toString();
        if (!text.isEmpty()) {
            lines.append(text);
        }
        if (index.column() == DueColumn && b.due.isValid()) {
            lines.append(DisplayText::relativeDays(b.due, m_today));
        }
        if (!b.notes.isEmpty()) {
            lines.append(tr("Notes: %1").arg(b.notes));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && isOverdue(b)) {
            return QBrush(ThemeColors::text(Tone::Danger, QApplication::palette()));
        }
        if (index.column() == StatusColumn && isFinished(b.status)) {
            return QBrush(ThemeColors::text(Tone::Good, QApplication::palette()));
        }
        return QVariant();
    case Qt::FontRole:
        if (index.column() == DueColumn && isOverdue(b)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case IdRole:
        return b.id;
    case SortRole:
        switch (index.column()) {
        case ActionColumn:
            return static_cast<int>(b.action);
        case StatusColumn:
            return static_cast<int>(b.status);
        case DueColumn:
            // Entries without a date sort after every dated one.
            return b.due.isValid() ? b.due.toJulianDay() : std::numeric_limits<qint64>::max();
        default:
            return display(row, index.column());
        }
    case SearchRole:
        return row.search;
    default:
        return QVariant();
    }
}

QVariant BindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case AccountColumn:
        return tr("Account");
    case RolesColumn:
        return tr("Used for");
    case ActionColumn:
        return tr("What to do");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    default:
        return QVariant();
    }
}

} // namespace rebind
