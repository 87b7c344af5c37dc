// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingItemDelegate.h"

#include "BindingTableModel.h"

#include <QStyle>
#include <QWidget>

namespace rebind {

BindingItemDelegate::BindingItemDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize BindingItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    // Wrapped text depends on the column's width, which is not part of the key.
    if (option.features.testFlag(QStyleOptionViewItem::WrapText)) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    const QStyle* style = option.widget != nullptr ? option.widget->style() : nullptr;
    if (style != m_style || option.font != m_font) {
        m_sizes.clear();
        m_style = style;
        m_font = option.font;
    }
    // The binding's id and the column: the same cell wherever sorting and filtering put it.
    const auto id = static_cast<quint64>(index.data(BindingTableModel::IdRole).toLongLong());
    const quint64 key = (id << 4) | static_cast<quint64>(index.column() & 0xf);
    const auto found = m_sizes.constFind(key);
    if (found != m_sizes.cend()) {
        return *found;
    }
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}

void BindingItemDelegate::clear()
{
    m_sizes.clear();
}

} // namespace rebind
