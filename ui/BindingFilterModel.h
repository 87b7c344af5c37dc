// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace rebind {

// Sorts the binding table and keeps the rows whose service, account or notes contain the filter
// text, ignoring case. The text is matched literally: "+", "(" or "*" mean themselves.
class BindingFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BindingFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace rebind
