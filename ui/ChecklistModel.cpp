// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistModel.h"

#include "ServiceBadge.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QApplication>
#include <QPainter>

namespace rebind {

namespace {
constexpr int kBadgeSize = 32;
}

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractListModel(parent) {}

void ChecklistModel::setEntries(const QList<const CatalogEntry*>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ChecklistModel::setAdded(const QSet<QString>& ids)
{
    beginResetModel();
    m_added = ids;
    for (const QString& id : ids) {
        m_roles.remove(id);
        m_order.removeAll(id);
    }
    endResetModel();
    Q_EMIT ticksChanged();
}

const CatalogEntry* ChecklistModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : nullptr;
}

int ChecklistModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row)->id == id) {
            return row;
        }
    }
    return -1;
}

void ChecklistModel::setTicked(const CatalogEntry& entry, bool ticked)
{
    if (m_added.contains(entry.id) || ticked == isTicked(entry.id)) {
        return;
    }
    if (ticked) {
        m_roles.insert(entry.id, entry.defaultRoles());
        m_order.append(entry.id);
    } else {
        m_roles.remove(entry.id);
        m_order.removeAll(entry.id);
    }
    changed(entry.id);
    Q_EMIT ticksChanged();
}

void ChecklistModel::setRoles(const QString& id, BindingRoles roles)
{
    if (!isTicked(id)) {
        return;
    }
    m_roles.insert(id, roles);
    changed(id);
}

void ChecklistModel::changed(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    const CatalogEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (entry == nullptr) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return entry->name(m_language);
    case Qt::AccessibleTextRole: {
        QString text = entry->name(m_language);
        if (m_added.contains(entry->id)) {
            text += QStringLiteral(", ") + tr("Added");
        }
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines = {entry->name(m_language)};
        if (const QString other = ServiceText::otherName(*entry, m_language); !other.isEmpty()) {
            lines << other;
        }
        lines << Vocabulary::categoryLabel(entry->category);
        lines << ServiceText::warnings(*entry);
        if (m_roles.contains(entry->id)) {
            lines << tr("Used for: %1").arg(Vocabulary::roleLabels(m_roles.value(entry->id)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        const QString name = entry->name(m_language);
        auto found = m_icons.constFind(entry->id);
        if (found == m_icons.constEnd()) {
            found =
                m_icons.insert(entry->id, ServiceBadge::icon(name, entry->category, kBadgeSize));
        }
        return *found;
    }
    case Qt::CheckStateRole:
        return (m_added.contains(entry->id) || m_roles.contains(entry->id)) ? Qt::Checked
                                                                            : Qt::Unchecked;
    case IdRole:
        return entry->id;
    case OtherNameRole:
        return ServiceText::otherName(*entry, m_language);
    case AddedRole:
        return m_added.contains(entry->id);
    case CategoryRole:
        return entry->category;
    default:
        return QVariant();
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const CatalogEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (entry == nullptr || role != Qt::CheckStateRole || m_added.contains(entry->id)) {
        return false;
    }
    setTicked(*entry, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    const CatalogEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (entry == nullptr) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_added.contains(entry->id)) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

// ---- delegate ----------------------------------------------------------------------------------

void ChecklistDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    const bool added = index.data(ChecklistModel::AddedRole).toBool();
    const QString name = opt.text;
    const QString other = index.data(ChecklistModel::OtherNameRole).toString();

    // Background, focus, tick box and badge by the style; the text by hand.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.text.clear();
    QStyleOptionViewItem box(opt);
    if (added) {
        // The tick of a listed service reads as fixed: drawn in the disabled colours, in its
        // usual place (without the indicator the style would put the badge there).
        for (const QPalette::ColorGroup shown : {QPalette::Active, QPalette::Inactive}) {
            for (const QPalette::ColorRole role :
                 {QPalette::Base, QPalette::Text, QPalette::Window, QPalette::WindowText}) {
                box.palette.setColor(shown, role, opt.palette.color(QPalette::Disabled, role));
            }
        }
    }
    style->drawControl(QStyle::CE_ItemViewItem, &box, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = textColor;
    quiet.setAlphaF(selected ? 0.85f : 0.62f);

    painter->save();
    QRect rest = textRect.adjusted(4, 0, -6, 0);
    if (added) {
        QFont tagFont = opt.font;
        tagFont.setBold(true);
        const QString tag = ChecklistModel::tr("Added");
        const int tagWidth = QFontMetrics(tagFont).horizontalAdvance(tag);
        painter->setFont(tagFont);
        painter->setPen(selected ? textColor : ThemeColors::text(Tone::Good, opt.palette));
        painter->drawText(rest, Qt::AlignRight | Qt::AlignVCenter, tag);
        rest.setRight(rest.right() - tagWidth - 12);
    }
    const QFontMetrics metrics(opt.font);
    const QString shownName = metrics.elidedText(name, Qt::ElideRight, rest.width());
    painter->setFont(opt.font);
    painter->setPen(textColor);
    painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    const int used = metrics.horizontalAdvance(shownName) + 10;
    if (!other.isEmpty() && used < rest.width()) {
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.85);
        const QFontMetrics smallMetrics(small);
        QRect otherRect = rest;
        otherRect.setLeft(rest.left() + used);
        painter->setFont(small);
        painter->setPen(quiet);
        painter->drawText(otherRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(other, Qt::ElideRight, otherRect.width()));
    }
    painter->restore();
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    size.setHeight(std::max({size.height(), kBadgeSize + 12, line + 18}));
    // The list stretches every row to its own width; a row asking for more (a long name) would
    // bring a horizontal scroll bar. Ask for little: paint() elides what does not fit.
    size.setWidth(
        std::min(size.width(), kBadgeSize + 2 * line + 4 * option.fontMetrics.averageCharWidth()));
    return size;
}

} // namespace rebind
