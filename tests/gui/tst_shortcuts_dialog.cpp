// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Keyboard shortcuts lists what the main window's actions really do, in both languages,
// and closes with Esc.

#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "Translator.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace rebind;
using namespace rebind::test;

namespace {

// "Action\tKeys" for every row under its menu heading, as the dialog shows them.
QStringList rowsOf(const QTreeWidget* list)
{
    QStringList rows;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            rows.append(group->text(0) + QLatin1Char('/') + group->child(i)->text(0) +
                        QLatin1Char('\t') + group->child(i)->text(1));
        }
    }
    return rows;
}

// With REBIND_SHOTS_DIR set, the dialog as tested is saved there as a PNG file for a look.
void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("REBIND_SHOTS_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(100);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QString native(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
    }

    void cleanup() { Translator::install(QStringLiteral("en")); }

    void listsTheActionsShortcuts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void listsTheActionsShortcuts()
    {
        QFETCH(QString, language);
        QCOMPARE(Translator::install(language), language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Opened from the Help menu, where its entry has a mnemonic.
        QAction* entry = window.shortcutsAction();
        QVERIFY(entry != nullptr);
        QVERIFY2(entry->text().contains(QLatin1Char('&')), qPrintable(entry->text()));
        bool inHelp = false;
        for (QAction* top : window.menuBar()->actions()) {
            if (top->menu() != nullptr && top->menu()->actions().contains(entry)) {
                inHelp = top->menu()->actions().contains(window.aboutAction());
            }
        }
        QVERIFY(inHelp);
        entry->trigger();
        auto* dialog = window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList rows = rowsOf(dialog->list());
        saveShot(dialog, QStringLiteral("shortcuts-") + language);

        // The keys the issue names, as the actions define them (Ctrl+L is translatable).
        const auto rowFor = [&rows](const QString& keys) {
            QStringList found;
            for (const QString& row : rows) {
                if (row.section(QLatin1Char('\t'), 1) == keys) {
                    found.append(row);
                }
            }
            return found;
        };
        for (const char* name : {"lockAction", "exportAction", "findServicesAction"}) {
            auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY(action != nullptr);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            const QStringList found = rowFor(native(action->shortcut()));
            QVERIFY2(found.size() == 1,
                     qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + rows.join(u'\n')));
        }
        if (language == QLatin1String("en")) {
            QVERIFY2(rows.contains(QStringLiteral("Vault/Lock\tCtrl+L")),
                     qPrintable(rows.join(u'\n')));
            QVERIFY2(rows.contains(QStringLiteral("Vault/Export\tCtrl+E")),
                     qPrintable(rows.join(u'\n')));
            QVERIFY2(rows.contains(QStringLiteral("Edit/Find services to add\tCtrl+Shift+F")),
                     qPrintable(rows.join(u'\n')));
        }

        // Every action of the window with a shortcut is listed, under its menu, with all its
        // keys: a shortcut added later shows up without anyone touching the dialog.
        int withShortcut = 0;
        for (QAction* top : window.menuBar()->actions()) {
            QMenu* menu = top->menu();
            if (menu == nullptr) {
                continue;
            }
            for (QAction* action : menu->actions()) {
                if (action->isSeparator() || action->shortcut().isEmpty()) {
                    continue;
                }
                ++withShortcut;
                bool listed = false;
                for (const ShortcutsDialog::Entry& e : ShortcutsDialog::entriesOf(&window)) {
                    listed |= e.keys.contains(native(action->shortcut())) && !e.action.isEmpty() &&
                              !e.action.contains(QLatin1Char('&')) &&
                              QString(action->text()).remove(QLatin1Char('&')).contains(e.action);
                }
                QVERIFY2(listed, qPrintable(action->text()));
            }
        }
        for (QAction* action : window.findChildren<QAction*>()) {
            if (!action->shortcut().isEmpty()) {
                QVERIFY2(rowFor(native(action->shortcut())).size() == 1,
                         qPrintable(action->text()));
            }
        }
        QCOMPARE(rows.size(), withShortcut);
        QVERIFY(withShortcut >= 15);

        // Readable as a list: no mnemonic marks, no ellipses, no empty cells.
        for (const QString& row : rows) {
            QVERIFY2(!row.contains(QLatin1Char('&')) && !row.contains(QStringLiteral("…")),
                     qPrintable(row));
            QVERIFY2(!row.section(QLatin1Char('\t'), 0, 0).endsWith(QLatin1Char('/')),
                     qPrintable(row));
        }

        // A shortcut added now is in the next dialog.
        auto* extra = new QAction(QStringLiteral("&Frobnicate…"), &window);
        extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+J")));
        window.menuBar()->actions().constFirst()->menu()->addAction(extra);
        bool extraListed = false;
        for (const ShortcutsDialog::Entry& e : ShortcutsDialog::entriesOf(&window)) {
            extraListed |= e.action == QLatin1String("Frobnicate") &&
                           e.keys == native(QKeySequence(QStringLiteral("Ctrl+Alt+J")));
        }
        QVERIFY(extraListed);

        // Esc closes it.
        QTest::keyClick(dialog->list(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    // Larger text makes a larger dialog, not clipped rows.
    void followsTheTextSize()
    {
        MainWindow window;
        const auto rowHeight = [](const ShortcutsDialog& dialog) {
            return dialog.list()->visualItemRect(dialog.list()->topLevelItem(0)->child(0)).height();
        };
        const QFont normal = QApplication::font();
        ShortcutsDialog small(&window);
        small.show();
        QVERIFY(QTest::qWaitForWindowExposed(&small));
        const int smallRow = rowHeight(small);
        const int smallWidth = small.minimumWidth();
        small.hide();

        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 2);
        QApplication::setFont(large);
        ShortcutsDialog big(&window);
        big.show();
        QVERIFY(QTest::qWaitForWindowExposed(&big));
        saveShot(&big, QStringLiteral("shortcuts-large"));
        const int bigRow = rowHeight(big);
        const int bigWidth = big.minimumWidth();
        QApplication::setFont(normal);

        QVERIFY2(bigRow > smallRow, qPrintable(QStringLiteral("%1 %2").arg(bigRow).arg(smallRow)));
        QVERIFY2(bigWidth > smallWidth,
                 qPrintable(QStringLiteral("%1 %2").arg(bigWidth).arg(smallWidth)));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcuts_dialog.moc"
