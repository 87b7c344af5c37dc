// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "Service.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace rebind {

// The services tied to one number, one row per binding.
class BindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        AccountColumn,
        RolesColumn,
        ActionColumn,
        StatusColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        SearchRole, // service, account and notes: what the filter box looks at
    };

    explicit BindingTableModel(QObject* parent = nullptr);

    void load(const QList<Binding>& bindings, const QHash<qint64, Service>& services);
    // Drops every decrypted row (on lock).
    void wipe();
    void setToday(const QDate& today);

    const Binding* bindingAt(int row) const;
    QString serviceName(int row) const;
    int rowOf(qint64 bindingId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Binding binding;
        QString service;
        QString search; // SearchRole
    };
    QVariant display(const Row& row, int column) const;
    bool isOverdue(const Binding& binding) const;

    QList<Row> m_rows;
    QDate m_today = QDate::currentDate();
};

} // namespace rebind
