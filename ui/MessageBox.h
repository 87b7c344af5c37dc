// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <utility>

class QWidget;

namespace rebind {

// Every confirmation and error message of the GUI goes through here, so that tests can answer
// them without a modal loop: setNextAnswer() queues answers, setUnattended(true) never shows a
// box (unqueued questions get their default button), and lastText() tells what was said.
class MessageBox
{
public:
    // confirmText, when given, replaces the Yes button's label ("Delete" reads better than "Yes").
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             const QString& confirmText = QString(),
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // A question whose buttons say what they do: each choice is a button and its label.
    // (icon: Information for "done; what next?" offers.)
    using Choices = QList<std::pair<QMessageBox::StandardButton, QString>>;
    static QMessageBox::StandardButton choose(QWidget* parent, const QString& title,
                                              const QString& text, const Choices& choices,
                                              QMessageBox::StandardButton defaultButton,
                                              QMessageBox::Icon icon = QMessageBox::Question);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Test seams.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setUnattended(bool unattended);
    static QString lastText();
    static QMessageBox::Icon lastIcon();
    static int shownCount();
    static void resetLog();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon,
                                            const QString& title, const QString& text,
                                            const Choices& labels,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace rebind
