// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetWipe.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace rebind {

void WidgetWipe::clearTexts(QWidget* root)
{
    const auto lines = root->findChildren<QLineEdit*>();
    for (QLineEdit* line : lines) {
        if (qobject_cast<QAbstractSpinBox*>(line->parent()) != nullptr) {
            continue; // a date or number box's own editor: emptying it breaks the box
        }
        // setText(), unlike clear(), also drops the undo history.
        line->setText(QString());
    }
    const auto plains = root->findChildren<QPlainTextEdit*>();
    for (QPlainTextEdit* plain : plains) {
        const bool undo = plain->isUndoRedoEnabled();
        plain->setUndoRedoEnabled(false);
        plain->clear();
        plain->setUndoRedoEnabled(undo);
    }
    const auto riches = root->findChildren<QTextEdit*>();
    for (QTextEdit* rich : riches) {
        const bool undo = rich->isUndoRedoEnabled();
        rich->setUndoRedoEnabled(false);
        rich->clear();
        rich->setUndoRedoEnabled(undo);
    }
}

} // namespace rebind
