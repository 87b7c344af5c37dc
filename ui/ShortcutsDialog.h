// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;
class QTreeWidget;

namespace rebind {

// Help → Keyboard shortcuts: every shortcut of the main window, grouped by menu. Read from the
// window's actions when the dialog opens, so the list cannot drift from what the keys do, and
// is in the UI language and the platform's own notation (⌘ on macOS).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;  // the menu, without its mnemonic
        QString action; // the action, without mnemonic or ellipsis
        QString keys;   // every shortcut of the action, in native text
    };

    explicit ShortcutsDialog(const QMainWindow* window, QWidget* parent = nullptr);

    // What the dialog lists, in menu order: the menus' actions, then any action of the window
    // that has a shortcut but sits in no menu.
    static QList<Entry> entriesOf(const QMainWindow* window);

    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace rebind
