// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include "Appearance.h"

#include <algorithm>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rebind {

namespace {

// A menu text as a list reads it: no mnemonic ("&Lock", "锁定(&L)") and no ellipsis.
QString plainText(const QString& text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    static const QRegularExpression ampersand(QStringLiteral("&(.)"));
    QString result = text;
    result.remove(cjkMnemonic);
    result.replace(ampersand, QStringLiteral("\\1"));
    if (result.endsWith(QStringLiteral("…"))) {
        result.chop(1);
    } else if (result.endsWith(QStringLiteral("..."))) {
        result.chop(3);
    }
    return result.trimmed();
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& shortcut : action->shortcuts()) {
        if (!shortcut.isEmpty()) {
            keys.append(shortcut.toString(QKeySequence::NativeText));
        }
    }
    return QLocale().createSeparatedList(keys);
}

void collect(const QMenu* menu, const QString& group, QList<ShortcutsDialog::Entry>& entries,
             QSet<const QAction*>& seen)
{
    const auto actions = menu->actions();
    for (const QAction* action : actions) {
        if (action->isSeparator() || seen.contains(action)) {
            continue;
        }
        seen.insert(action);
        if (const QMenu* sub = action->menu()) {
            collect(sub, group, entries, seen);
            continue;
        }
        const QString keys = keysOf(action);
        if (!keys.isEmpty()) {
            entries.append({group, plainText(action->text()), keys});
        }
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QMainWindow* window)
{
    QList<Entry> entries;
    QSet<const QAction*> seen;
    const auto menus = window->menuBar()->actions();
    for (const QAction* menuAction : menus) {
        if (const QMenu* menu = menuAction->menu()) {
            seen.insert(menuAction);
            collect(menu, plainText(menu->title()), entries, seen);
        }
    }
    const auto others = window->actions();
    for (const QAction* action : others) {
        const QString keys = keysOf(action);
        if (!seen.contains(action) && !keys.isEmpty()) {
            entries.append({tr("Other"), plainText(action->text()), keys});
        }
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow* window, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    auto* intro = new QLabel(tr("These keys work in the main window."), this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);

    QTreeWidgetItem* group = nullptr;
    for (const Entry& entry : entriesOf(window)) {
        if (group == nullptr || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        new QTreeWidgetItem(group, {entry.action, entry.keys});
    }
    m_list->expandAll();
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, m_list->columnWidth(0) + fontMetrics().averageCharWidth() * 4);
    if (QTreeWidgetItem* first =
            m_list->topLevelItemCount() > 0 ? m_list->topLevelItem(0)->child(0) : nullptr) {
        m_list->setCurrentItem(first);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Tall enough to show every row without scrolling where the screen allows; with very large
    // text on a small screen the list scrolls instead.
    int rows = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        rows += 1 + m_list->topLevelItem(i)->childCount();
    }
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height());
    const int listHeight = m_list->header()->sizeHint().height() + rows * rowHeight +
                           2 * m_list->frameWidth() + rowHeight / 2;
    m_list->setMinimumHeight(std::min(listHeight, rowHeight * 8));
    setMinimumWidth(m_list->columnWidth(0) + fontMetrics().averageCharWidth() * 24 + 48);
    int height = listHeight + intro->sizeHint().height() + buttons->sizeHint().height() + 80;
    if (const QScreen* current = screen()) {
        height = std::min(height, current->availableGeometry().height() * 9 / 10);
    }
    resize(minimumWidth(), height);
    Appearance::keepFitted(this);
    m_list->setFocus();
}

} // namespace rebind
