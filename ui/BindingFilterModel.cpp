// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingFilterModel.h"

#include "BindingTableModel.h"

namespace rebind {

BindingFilterModel::BindingFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BindingTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void BindingFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

bool BindingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(BindingTableModel::SearchRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

} // namespace rebind
