// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "CatalogEntry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QStringList>
#include <QStyledItemDelegate>

namespace rebind {

// The catalog services shown in the discovery checklist, with what the person ticked (kept
// across category changes and searches) and the roles chosen for each ticked service.
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OtherNameRole, // the name in the other language, when it differs
        AddedRole,     // already in the number's list
        CategoryRole,
    };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setLanguage(const QString& language) { m_language = language; }
    void setEntries(const QList<const CatalogEntry*>& entries);
    void setAdded(const QSet<QString>& ids);

    const CatalogEntry* entryAt(int row) const;
    int rowOf(const QString& id) const;
    bool isAdded(const QString& id) const { return m_added.contains(id); }
    bool isTicked(const QString& id) const { return m_roles.contains(id); }
    // Ticking starts from the catalog's default roles.
    void setTicked(const CatalogEntry& entry, bool ticked);
    BindingRoles roles(const QString& id) const { return m_roles.value(id); }
    void setRoles(const QString& id, BindingRoles roles);
    // In the order they were ticked.
    QStringList tickedIds() const { return m_order; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void ticksChanged();

private:
    void changed(const QString& id);

    QList<const CatalogEntry*> m_entries;
    QHash<QString, BindingRoles> m_roles;
    QStringList m_order;
    QSet<QString> m_added;
    QString m_language = QStringLiteral("en");
    mutable QHash<QString, QIcon> m_icons;
};

// One checklist row: tick box, lettered badge, the name, the other language's name small and
// grey beside it, and "Added" at the right for services already listed.
class ChecklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rebind
