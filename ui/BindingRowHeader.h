// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHeaderView>

namespace rebind {

// The binding table's (hidden) row header. Rows take the height of their contents, and for
// that QHeaderView also measures each row's own label, a number one line high, on every change
// of the filter: that line's height is measured once per font and style instead.
class BindingRowHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit BindingRowHeader(QWidget* parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    mutable QSize m_size;
    mutable QFont m_font;
    mutable const QStyle* m_style = nullptr;
};

} // namespace rebind
