// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace rebind {

// The binding table's cells as QStyledItemDelegate draws them, with each cell's size hint
// measured once per load: the table sizes its rows and columns to their contents, and Qt asks
// again for every row on every change of the filter (shaping each cell's text anew each time).
class BindingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BindingItemDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Forgets every size (the rows changed, or the font or style did).
    void clear();

private:
    mutable QHash<quint64, QSize> m_sizes;
    mutable QFont m_font;
    mutable const QStyle* m_style = nullptr;
};

} // namespace rebind
