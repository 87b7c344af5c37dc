// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingRowHeader.h"

namespace rebind {

BindingRowHeader::BindingRowHeader(QWidget* parent) : QHeaderView(Qt::Vertical, parent)
{
    // As QTableView sets up its own.
    setSectionsClickable(true);
    setHighlightSections(true);
}

QSize BindingRowHeader::sectionSizeFromContents(int logicalIndex) const
{
    // Every row's label is its number in the same font: the same height (its width is never
    // used, the header being hidden).
    if (!m_size.isValid() || font() != m_font || style() != m_style) {
        m_size = QHeaderView::sectionSizeFromContents(logicalIndex);
        m_font = font();
        m_style = style();
    }
    return m_size;
}

} // namespace rebind
